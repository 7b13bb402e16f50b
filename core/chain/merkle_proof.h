// SPDX-License-Identifier: MIT
#pragma once

#include "chain/merkle_block.h"
#include "chain/partial_merkle_tree.h"
#include "crypto/hash.h"
#include "primitives/block.h"
#include "primitives/block_header.h"
#include "primitives/hash_types.h"
#include "util/result.h"

#include <cstdint>
#include <vector>

namespace cairn::chain {

/// A Merkle branch (Electrum-style proof) tying one transaction to a block header.
struct MerkleBranch {
    primitives::Txid txid;
    uint32_t index = 0;                     ///< position of the tx in the block
    std::vector<crypto::Hash256> siblings;  ///< bottom first
};

/// The branch for the transaction at `index` of `block`. Fails when the index is out of range or the
/// block's transaction list does not hash to its header's Merkle root (or is CVE-2012-2459 mutated).
[[nodiscard]] util::Result<MerkleBranch> merkleBranchFor(const primitives::Block& block, size_t index);
/// The branch for transaction `txid` of `block`; fails when the block does not contain it.
[[nodiscard]] util::Result<MerkleBranch> merkleBranchFor(const primitives::Block& block, const primitives::Txid& txid);
/// True when `branch` leads from its txid to header.merkleRoot. A branch longer than 32 levels is false.
bool verifyMerkleBranch(const MerkleBranch& branch, const primitives::BlockHeader& header);

}  // namespace cairn::chain
