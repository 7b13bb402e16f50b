// SPDX-License-Identifier: MIT
#pragma once

#include "chain/partial_merkle_tree.h"
#include "primitives/block.h"
#include "primitives/block_header.h"
#include "util/bytes.h"
#include "util/result.h"

#include <vector>

namespace cairn::chain {

/// A BIP37 `merkleblock` payload: a block header plus a partial Merkle tree. Also the exact format of
/// `gettxoutproof` output (bcoin, Bitcoin Core).
class MerkleBlock {
public:
    primitives::BlockHeader header;
    PartialMerkleTree tree;

    /// Parses exactly one merkleblock occupying all of `data` (no trailing bytes).
    [[nodiscard]] static util::Result<MerkleBlock> parse(ByteView data);
    /// Builds the merkleblock proving the transactions `wanted` of `block` (txids not in the block are ignored).
    static MerkleBlock build(const primitives::Block& block, const std::vector<primitives::Txid>& wanted);
    Bytes serialize() const;

    /// Checks the tree (see PartialMerkleTree::extract) and that its root equals header.merkleRoot;
    /// returns the proven transactions with their positions.
    [[nodiscard]] util::Result<std::vector<MerkleMatch>> verify() const;
};

}  // namespace cairn::chain
