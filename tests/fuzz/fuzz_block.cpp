// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as a block. Parsing and the Merkle/witness checks must never crash;
// whatever parses must re-serialise to exactly the input and re-parse to the same block, and every
// transaction's Merkle branch must lead to the computed root.
#include "primitives/block.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace cairn;

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView input(data, size);
    auto block = primitives::Block::parse(input);
    if (!block.ok()) {
        // The header alone still decodes when at least 80 bytes are there.
        if (size >= primitives::BlockHeader::kSize) {
            auto header = primitives::BlockHeader::parse(input.first(primitives::BlockHeader::kSize));
            check(header.ok() && header->serialize() == Bytes(data, data + primitives::BlockHeader::kSize));
        }
        return 0;
    }
    const Bytes again = block->serialize();
    check(again.size() == size && std::equal(again.begin(), again.end(), input.begin()));
    check(block->size() == size);
    check(block->weight() == block->strippedSize() * 3 + block->size());
    auto reparsed = primitives::Block::parse(again);
    check(reparsed.ok() && reparsed->hash() == block->hash() && reparsed->transactions == block->transactions);

    const primitives::MerkleRoot root = block->computeMerkleRoot();
    check(block->checkMerkleRoot().ok() == (root.root == block->header.merkleRoot && !root.mutated));
    (void)block->checkWitnessCommitment();
    (void)block->computeWitnessMerkleRoot();
    (void)block->header.target();
    (void)block->header.checkProofOfWork(primitives::Uint256::fromCompact(0x1d00ffff).target);

    std::vector<crypto::Hash256> leaves;
    for (const auto& tx : block->transactions) leaves.push_back(tx.txid().bytes());
    for (size_t i = 0; i < leaves.size() && i < 64; ++i) {
        check(primitives::merkleRootFromBranch(leaves[i], primitives::merkleBranch(leaves, i), i) == root.root);
    }
    return 0;
}
