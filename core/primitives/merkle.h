// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"

#include <cstddef>
#include <vector>

namespace cairn::primitives {

/// The Merkle root of a list plus whether the list was "mutated" (CVE-2012-2459): some level had two
/// identical adjacent hashes, so a different list (e.g. with the last tx duplicated) has the same root.
struct MerkleRoot {
    crypto::Hash256 root{};
    bool mutated = false;
};

/// Bitcoin's Merkle root of `leaves` (internal byte order; an odd level duplicates its last hash).
/// An empty list gives the all-zero hash.
MerkleRoot computeMerkleRoot(std::vector<crypto::Hash256> leaves);

/// The sibling hashes from leaf `index` up to the root (bottom first). Empty when there is one leaf.
/// `index` must be < leaves.size() (asserts).
std::vector<crypto::Hash256> merkleBranch(const std::vector<crypto::Hash256>& leaves, size_t index);

/// The root reached from `leaf` at position `index` by hashing with each `branch` sibling in turn
/// (the bit of `index` at each level decides left or right).
crypto::Hash256 merkleRootFromBranch(const crypto::Hash256& leaf, const std::vector<crypto::Hash256>& branch,
                                     size_t index);

}  // namespace cairn::primitives
