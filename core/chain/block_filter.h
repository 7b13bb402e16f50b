// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/block.h"
#include "primitives/hash_types.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cairn::chain {

/// BIP158 basic filter parameters: Golomb-Rice parameter P and the false-positive rate inverse M.
constexpr int kBasicFilterP = 19;
constexpr uint64_t kBasicFilterM = 784931;

/// A BIP158 Golomb-coded set (the "basic" filter type) of one block: the encoded bytes as peers send them
/// (CompactSize N, then the Golomb-Rice coded deltas) and the decoded, sorted set of hashed values.
/// Elements are hashed with SipHash-2-4 keyed by the first 16 bytes of the block hash and mapped to [0, N*M).
class BlockFilter {
public:
    BlockFilter() = default;

    /// The basic filter element set of `block`: every output script except empty ones and those starting
    /// with OP_RETURN, plus every non-empty script in `spentScripts` (the scriptPubKeys of the outputs the
    /// block's inputs spend, in any order); duplicates removed, sorted bytewise.
    static std::vector<Bytes> basicElements(const primitives::Block& block, std::span<const Bytes> spentScripts);
    /// Builds the basic filter of `block` (see basicElements for `spentScripts`).
    static BlockFilter buildBasic(const primitives::Block& block, std::span<const Bytes> spentScripts);
    /// Builds a filter over arbitrary `elements` (duplicates are removed) keyed by `blockHash`.
    static BlockFilter build(const primitives::BlockHash& blockHash, std::span<const Bytes> elements);
    /// Decodes a filter as received (cfilter payload) for block `blockHash`. Fails on a truncated or oversized
    /// N, running out of bits, a value outside [0, N*M) or bytes after the last element (the padding bits of
    /// the final byte are not checked, as in Bitcoin Core).
    [[nodiscard]] static util::Result<BlockFilter> parse(const primitives::BlockHash& blockHash, ByteView encoded);

    const primitives::BlockHash& blockHash() const { return m_blockHash; }
    /// The serialised filter (what cfilter carries and what the filter hash commits to).
    const Bytes& encoded() const { return m_encoded; }
    /// Number of elements N.
    size_t elementCount() const { return m_values.size(); }
    /// The decoded set: hashed values in ascending order.
    const std::vector<uint64_t>& values() const { return m_values; }
    /// sha256d of encoded() (BIP157 filter hash).
    crypto::Hash256 hash() const;
    /// The BIP157 filter header of this filter after `previousHeader`.
    crypto::Hash256 header(const crypto::Hash256& previousHeader) const;

    /// The value an element hashes to in this filter (SipHash-2-4, then mapped to [0, N*M)).
    uint64_t hashElement(ByteView element) const;
    /// True when `element` may be in the set (false positives at rate 1/M; never a false negative).
    bool match(ByteView element) const;
    /// True when any of `elements` may be in the set. Hashes every element once, sorts and merges with the
    /// filter's sorted values (O(n log n + N)). False for an empty filter or no elements.
    bool matchAny(std::span<const Bytes> elements) const;

private:
    BlockFilter(const primitives::BlockHash& blockHash, Bytes encoded, std::vector<uint64_t> values);
    primitives::BlockHash m_blockHash;
    Bytes m_encoded{0x00};
    std::vector<uint64_t> m_values;
};

/// The BIP157 filter header: sha256d(filterHash || previousHeader). The genesis filter's previous header is zero.
crypto::Hash256 filterHeader(const crypto::Hash256& filterHash, const crypto::Hash256& previousHeader);

}  // namespace cairn::chain
