// SPDX-License-Identifier: MIT
#include "chain/merkle_proof.h"

#include "primitives/merkle.h"

namespace cairn::chain {

util::Result<MerkleBranch> merkleBranchFor(const primitives::Block& block, size_t index) {
    if (index >= block.transactions.size())
        return util::fail("transaction index " + std::to_string(index) + " is outside the block");
    std::vector<crypto::Hash256> leaves;
    leaves.reserve(block.transactions.size());
    for (const auto& tx : block.transactions) leaves.push_back(tx.txid().bytes());
    const primitives::MerkleRoot root = primitives::computeMerkleRoot(leaves);
    if (root.mutated || root.root != block.header.merkleRoot)
        return util::fail("the transactions of block " + block.hash().toHex() + " do not match its Merkle root");
    MerkleBranch branch;
    branch.txid = primitives::Txid(leaves[index]);
    branch.index = static_cast<uint32_t>(index);
    branch.siblings = primitives::merkleBranch(leaves, index);
    return branch;
}

util::Result<MerkleBranch> merkleBranchFor(const primitives::Block& block, const primitives::Txid& txid) {
    for (size_t i = 0; i < block.transactions.size(); ++i)
        if (block.transactions[i].txid() == txid) return merkleBranchFor(block, i);
    return util::fail("block " + block.hash().toHex() + " does not contain transaction " + txid.toHex());
}

bool verifyMerkleBranch(const MerkleBranch& branch, const primitives::BlockHeader& header) {
    if (branch.siblings.size() > 32) return false;
    // The index must fit the branch: bits above its length would be silently ignored otherwise.
    if (branch.siblings.size() < 32 && (static_cast<uint64_t>(branch.index) >> branch.siblings.size()) != 0) return false;
    return primitives::merkleRootFromBranch(branch.txid.bytes(), branch.siblings, branch.index) == header.merkleRoot;
}

}  // namespace cairn::chain
