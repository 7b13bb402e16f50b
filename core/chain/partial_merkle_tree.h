// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/hash_types.h"
#include "primitives/serialize.h"
#include "util/result.h"

#include <cstdint>
#include <vector>

namespace cairn::chain {

/// A transaction a partial Merkle tree proves, with its position in the block.
struct MerkleMatch {
    uint32_t index = 0;
    primitives::Txid txid;
    bool operator==(const MerkleMatch&) const = default;
};

/// BIP37 partial Merkle tree: the proof part of a `merkleblock` message (and of `gettxoutproof`).
class PartialMerkleTree {
public:
    /// Most transactions a block can hold (max block weight 4,000,000 / min tx weight 240), as in
    /// Bitcoin Core; a tree claiming more is malformed.
    static constexpr uint32_t kMaxTransactions = 4'000'000 / 240;

    /// What extract() proves.
    struct Extracted {
        crypto::Hash256 root{};            ///< the Merkle root the tree commits to
        std::vector<MerkleMatch> matches;  ///< matched txids, ascending by position
    };

    PartialMerkleTree() = default;
    /// Builds the tree for a block with transaction ids `txids`, revealing those with matches[i] true.
    /// Asserts txids is non-empty and matches.size() == txids.size().
    static PartialMerkleTree build(const std::vector<primitives::Txid>& txids, const std::vector<bool>& matches);

    /// Reads total count, hashes and flag bytes; fails on truncation or absurd sizes.
    [[nodiscard]] static util::Result<PartialMerkleTree> read(primitives::Reader& reader);
    void write(primitives::Writer& writer) const;

    /// Walks the tree and returns the root and the matched txids. Fails when the tree is malformed:
    /// zero or more than kMaxTransactions transactions, more hashes than transactions, too few flag bits,
    /// running out of bits or hashes, unused hashes or unused flag bytes, or two identical children at a
    /// node whose right child exists (CVE-2012-2459 ambiguity).
    [[nodiscard]] util::Result<Extracted> extract() const;

    uint32_t totalTransactions() const { return m_total; }
    const std::vector<crypto::Hash256>& hashes() const { return m_hashes; }
    const std::vector<bool>& bits() const { return m_bits; }

    /// For tests and fuzzing: a tree from raw parts (no validation until extract()).
    static PartialMerkleTree fromParts(uint32_t total, std::vector<crypto::Hash256> hashes, std::vector<bool> bits);

private:
    uint32_t m_total = 0;
    std::vector<crypto::Hash256> m_hashes;
    std::vector<bool> m_bits;
};

}  // namespace cairn::chain
