// SPDX-License-Identifier: MIT
#pragma once

#include "net/messages.h"
#include "util/bytes.h"

#include <cstdint>

namespace cairn::net {

/// MurmurHash3 (x86, 32-bit) as BIP37 uses it.
uint32_t murmurHash3(uint32_t seed, ByteView data);

/// A BIP37 bloom filter that a light client loads into its peers (filterload) so that they send only
/// matching transactions (merkleblock + tx).
class BloomFilter {
public:
    /// BIP37 nFlags: how the peer updates the filter on a match.
    enum class Update : uint8_t { None = 0, All = 1, P2PubKeyOnly = 2 };

    /// A filter sized for `elements` items at false-positive rate `fpRate` (0 < fpRate < 1, elements >= 1;
    /// asserts), capped at 36,000 bytes and 50 hash functions, as BIP37 prescribes.
    BloomFilter(uint32_t elements, double fpRate, uint32_t tweak, Update flags);
    /// A filter from a filterload message (already bounded by the codec).
    explicit BloomFilter(const FilterLoad& load);

    /// Adds a data element (a pubkey, a pubkey hash, a serialised outpoint, a txid...).
    void insert(ByteView data);
    /// True when every bit the element hashes to is set (false positives possible).
    bool contains(ByteView data) const;
    /// The filterload message carrying this filter.
    FilterLoad toFilterLoad() const;
    /// BIP37 serialisation: filter bytes (CompactSize-prefixed), nHashFuncs, nTweak, nFlags.
    Bytes serialize() const;

    const Bytes& data() const { return m_data; }
    uint32_t hashFuncs() const { return m_hashFuncs; }
    uint32_t tweak() const { return m_tweak; }

private:
    uint32_t bitIndex(uint32_t hashNum, ByteView data) const;

    Bytes m_data;
    uint32_t m_hashFuncs = 0;
    uint32_t m_tweak = 0;
    Update m_flags = Update::None;
};

}  // namespace cairn::net
