// SPDX-License-Identifier: MIT
#include "net/bloom_filter.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace cairn::net {

namespace {

constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn2Squared = kLn2 * kLn2;
/// BIP37's per-hash-function seed multiplier.
constexpr uint32_t kSeedMultiplier = 0xFBA4C795;

inline uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

}  // namespace

uint32_t murmurHash3(uint32_t seed, ByteView data) {
    constexpr uint32_t c1 = 0xcc9e2d51;
    constexpr uint32_t c2 = 0x1b873593;
    uint32_t h = seed;
    const size_t blocks = data.size() / 4;
    for (size_t i = 0; i < blocks; ++i) {
        uint32_t k = static_cast<uint32_t>(data[4 * i]) | (static_cast<uint32_t>(data[4 * i + 1]) << 8) |
                     (static_cast<uint32_t>(data[4 * i + 2]) << 16) | (static_cast<uint32_t>(data[4 * i + 3]) << 24);
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        h = rotl32(h, 13);
        h = h * 5 + 0xe6546b64;
    }
    // Tail: the remaining 0-3 bytes, little-endian.
    const size_t tail = blocks * 4;
    uint32_t k = 0;
    switch (data.size() & 3) {
    case 3: k ^= static_cast<uint32_t>(data[tail + 2]) << 16; [[fallthrough]];
    case 2: k ^= static_cast<uint32_t>(data[tail + 1]) << 8; [[fallthrough]];
    case 1:
        k ^= data[tail];
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
    }
    h ^= static_cast<uint32_t>(data.size());
    h ^= h >> 16;
    h *= 0x85ebca6b;
    h ^= h >> 13;
    h *= 0xc2b2ae35;
    h ^= h >> 16;
    return h;
}

BloomFilter::BloomFilter(uint32_t elements, double fpRate, uint32_t tweak, Update flags)
    : m_tweak(tweak), m_flags(flags) {
    assert(elements >= 1 && fpRate > 0.0 && fpRate < 1.0);
    const double bits = -1.0 / kLn2Squared * elements * std::log(fpRate);
    const auto bytes = static_cast<size_t>(std::min(bits, static_cast<double>(kMaxBloomFilterSize * 8)) / 8);
    m_data.assign(std::max<size_t>(bytes, 1), 0);
    const double funcs = static_cast<double>(m_data.size() * 8) / elements * kLn2;
    m_hashFuncs = static_cast<uint32_t>(std::min(funcs, static_cast<double>(kMaxBloomHashFuncs)));
    m_hashFuncs = std::max<uint32_t>(m_hashFuncs, 1);
}

BloomFilter::BloomFilter(const FilterLoad& load)
    : m_data(load.filter), m_hashFuncs(load.hashFuncs), m_tweak(load.tweak),
      m_flags(static_cast<Update>(load.flags & 3)) {}

uint32_t BloomFilter::bitIndex(uint32_t hashNum, ByteView data) const {
    return murmurHash3(hashNum * kSeedMultiplier + m_tweak, data) % static_cast<uint32_t>(m_data.size() * 8);
}

void BloomFilter::insert(ByteView data) {
    if (m_data.empty()) return;
    for (uint32_t i = 0; i < m_hashFuncs; ++i) {
        const uint32_t bit = bitIndex(i, data);
        m_data[bit >> 3] |= static_cast<uint8_t>(1u << (bit & 7));
    }
}

bool BloomFilter::contains(ByteView data) const {
    if (m_data.empty()) return false;
    for (uint32_t i = 0; i < m_hashFuncs; ++i) {
        const uint32_t bit = bitIndex(i, data);
        if (!(m_data[bit >> 3] & (1u << (bit & 7)))) return false;
    }
    return true;
}

FilterLoad BloomFilter::toFilterLoad() const {
    FilterLoad m;
    m.filter = m_data;
    m.hashFuncs = m_hashFuncs;
    m.tweak = m_tweak;
    m.flags = static_cast<uint8_t>(m_flags);
    return m;
}

Bytes BloomFilter::serialize() const { return encodePayload(Message(toFilterLoad())); }

}  // namespace cairn::net
