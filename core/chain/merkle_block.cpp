// SPDX-License-Identifier: MIT
#include "chain/merkle_block.h"

#include <algorithm>

namespace cairn::chain {

util::Result<MerkleBlock> MerkleBlock::parse(ByteView data) {
    primitives::Reader reader(data);
    MerkleBlock mb;
    CAIRN_TRY_ASSIGN(header, primitives::BlockHeader::read(reader));
    CAIRN_TRY_ASSIGN(tree, PartialMerkleTree::read(reader));
    CAIRN_TRY(reader.expectEnd("merkleblock"));
    mb.header = header;
    mb.tree = std::move(tree);
    return mb;
}

MerkleBlock MerkleBlock::build(const primitives::Block& block, const std::vector<primitives::Txid>& wanted) {
    std::vector<primitives::Txid> txids;
    std::vector<bool> matches;
    txids.reserve(block.transactions.size());
    for (const auto& tx : block.transactions) {
        txids.push_back(tx.txid());
        matches.push_back(std::find(wanted.begin(), wanted.end(), txids.back()) != wanted.end());
    }
    MerkleBlock mb;
    mb.header = block.header;
    mb.tree = PartialMerkleTree::build(txids, matches);
    return mb;
}

Bytes MerkleBlock::serialize() const {
    primitives::Writer w;
    header.write(w);
    tree.write(w);
    return w.take();
}

util::Result<std::vector<MerkleMatch>> MerkleBlock::verify() const {
    auto extracted = tree.extract();
    if (!extracted.ok()) return extracted.error();
    if (extracted->root != header.merkleRoot)
        return util::fail("the merkleblock's transactions do not hash to the Merkle root of block " + header.hash().toHex());
    return std::move(extracted->matches);
}

}  // namespace cairn::chain
