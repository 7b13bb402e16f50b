// SPDX-License-Identifier: MIT
#include "chain/block_filter.h"

#include "crypto/siphash.h"
#include "primitives/serialize.h"

#include <algorithm>
#include <cstring>

namespace cairn::chain {

using primitives::Block;
using primitives::BlockHash;
using util::fail;
using util::Result;

namespace {

constexpr uint8_t kOpReturn = 0x6a;

// Bits written most significant first, as BIP158 specifies.
class BitWriter {
public:
    explicit BitWriter(Bytes& out) : m_out(out) {}
    void bit(bool one) {
        if (m_used == 0) m_out.push_back(0);
        if (one) m_out.back() |= uint8_t(0x80u >> m_used);
        m_used = (m_used + 1) & 7;
    }
    void bits(uint64_t value, int count) {
        for (int i = count - 1; i >= 0; --i) bit(((value >> i) & 1u) != 0);
    }

private:
    Bytes& m_out;
    int m_used = 0;  // bits used in the last byte (0: start a new one)
};

class BitReader {
public:
    explicit BitReader(ByteView data) : m_data(data) {}
    // False when the data ran out.
    bool bit(bool& one) {
        if (m_pos >= m_data.size() * 8) return false;
        one = ((m_data[m_pos / 8] >> (7 - m_pos % 8)) & 1u) != 0;
        ++m_pos;
        return true;
    }
    bool bits(int count, uint64_t& value) {
        value = 0;
        for (int i = 0; i < count; ++i) {
            bool one = false;
            if (!bit(one)) return false;
            value = (value << 1) | uint64_t(one);
        }
        return true;
    }
    size_t bytesTouched() const { return (m_pos + 7) / 8; }

private:
    ByteView m_data;
    size_t m_pos = 0;
};

// (hash * range) >> 64: maps a uniform 64-bit hash onto [0, range) without modulo bias (BIP158 "hash_to_range").
// Computed from 32-bit halves to stay within standard C++ (no __int128 under -Wpedantic).
uint64_t mapToRange(uint64_t hash, uint64_t range) {
    const uint64_t aLo = hash & 0xffffffffu, aHi = hash >> 32;
    const uint64_t bLo = range & 0xffffffffu, bHi = range >> 32;
    const uint64_t lolo = aLo * bLo;
    const uint64_t hilo = aHi * bLo;
    const uint64_t lohi = aLo * bHi;
    const uint64_t cross = (lolo >> 32) + (hilo & 0xffffffffu) + lohi;
    return aHi * bHi + (hilo >> 32) + (cross >> 32);
}

struct SipKey {
    uint64_t k0 = 0;
    uint64_t k1 = 0;
};

SipKey keyFor(const BlockHash& blockHash) {
    // The first 16 bytes of the block hash in internal order, read as two little-endian 64-bit words.
    SipKey key;
    const auto& b = blockHash.bytes();
    for (int i = 7; i >= 0; --i) {
        key.k0 = (key.k0 << 8) | b[size_t(i)];
        key.k1 = (key.k1 << 8) | b[size_t(i) + 8];
    }
    return key;
}

void sortUnique(std::vector<Bytes>& items) {
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
}

}  // namespace

BlockFilter::BlockFilter(const BlockHash& blockHash, Bytes encoded, std::vector<uint64_t> values)
    : m_blockHash(blockHash), m_encoded(std::move(encoded)), m_values(std::move(values)) {}

std::vector<Bytes> BlockFilter::basicElements(const Block& block, std::span<const Bytes> spentScripts) {
    std::vector<Bytes> elements;
    for (const auto& tx : block.transactions) {
        for (const auto& out : tx.outputs) {
            if (out.scriptPubKey.empty() || out.scriptPubKey[0] == kOpReturn) continue;
            elements.push_back(out.scriptPubKey);
        }
    }
    for (const Bytes& script : spentScripts) {
        if (!script.empty()) elements.push_back(script);
    }
    sortUnique(elements);
    return elements;
}

BlockFilter BlockFilter::buildBasic(const Block& block, std::span<const Bytes> spentScripts) {
    const auto elements = basicElements(block, spentScripts);
    return build(block.hash(), elements);
}

BlockFilter BlockFilter::build(const BlockHash& blockHash, std::span<const Bytes> elements) {
    std::vector<Bytes> unique(elements.begin(), elements.end());
    sortUnique(unique);
    const uint64_t range = uint64_t(unique.size()) * kBasicFilterM;
    const SipKey key = keyFor(blockHash);
    std::vector<uint64_t> values;
    values.reserve(unique.size());
    for (const Bytes& e : unique) values.push_back(mapToRange(crypto::sipHash24(key.k0, key.k1, e), range));
    std::sort(values.begin(), values.end());

    primitives::Writer w;
    w.compactSize(values.size());
    Bytes encoded = w.take();
    BitWriter bits(encoded);
    uint64_t last = 0;
    for (uint64_t v : values) {
        const uint64_t delta = v - last;
        last = v;
        for (uint64_t q = delta >> kBasicFilterP; q > 0; --q) bits.bit(true);
        bits.bit(false);
        bits.bits(delta, kBasicFilterP);
    }
    return BlockFilter(blockHash, std::move(encoded), std::move(values));
}

Result<BlockFilter> BlockFilter::parse(const BlockHash& blockHash, ByteView encoded) {
    primitives::Reader reader(encoded);
    auto n = reader.compactSize();
    if (!n.ok()) return fail("malformed filter: " + n.message());
    const ByteView body = encoded.subspan(reader.offset());
    // Every element takes at least P + 1 bits, which bounds N by the size of the data.
    if (*n > body.size() * 8 / (kBasicFilterP + 1))
        return fail("malformed filter: " + std::to_string(*n) + " elements cannot fit in " +
                    std::to_string(body.size()) + " bytes");
    const uint64_t range = *n * kBasicFilterM;
    std::vector<uint64_t> values;
    values.reserve(size_t(*n));
    BitReader bits(body);
    uint64_t last = 0;
    for (uint64_t i = 0; i < *n; ++i) {
        uint64_t quotient = 0;
        for (;;) {
            bool one = false;
            if (!bits.bit(one)) return fail("malformed filter: data ends inside element " + std::to_string(i));
            if (!one) break;
            ++quotient;
        }
        uint64_t remainder = 0;
        if (!bits.bits(kBasicFilterP, remainder))
            return fail("malformed filter: data ends inside element " + std::to_string(i));
        last += (quotient << kBasicFilterP) | remainder;
        if (last >= range) return fail("malformed filter: element " + std::to_string(i) + " is out of range");
        values.push_back(last);
    }
    if (bits.bytesTouched() != body.size())
        return fail("malformed filter: " + std::to_string(body.size() - bits.bytesTouched()) +
                    " trailing bytes after the last element");
    return BlockFilter(blockHash, Bytes(encoded.begin(), encoded.end()), std::move(values));
}

crypto::Hash256 BlockFilter::hash() const { return crypto::sha256d(m_encoded); }

crypto::Hash256 BlockFilter::header(const crypto::Hash256& previousHeader) const {
    return filterHeader(hash(), previousHeader);
}

uint64_t BlockFilter::hashElement(ByteView element) const {
    const SipKey key = keyFor(m_blockHash);
    return mapToRange(crypto::sipHash24(key.k0, key.k1, element), uint64_t(m_values.size()) * kBasicFilterM);
}

bool BlockFilter::match(ByteView element) const {
    if (m_values.empty()) return false;
    return std::binary_search(m_values.begin(), m_values.end(), hashElement(element));
}

bool BlockFilter::matchAny(std::span<const Bytes> elements) const {
    if (m_values.empty() || elements.empty()) return false;
    const SipKey key = keyFor(m_blockHash);
    const uint64_t range = uint64_t(m_values.size()) * kBasicFilterM;
    std::vector<uint64_t> queries;
    queries.reserve(elements.size());
    for (const Bytes& e : elements) queries.push_back(mapToRange(crypto::sipHash24(key.k0, key.k1, e), range));
    std::sort(queries.begin(), queries.end());
    auto f = m_values.begin();
    auto q = queries.begin();
    while (f != m_values.end() && q != queries.end()) {
        if (*f == *q) return true;
        if (*f < *q) ++f;
        else ++q;
    }
    return false;
}

crypto::Hash256 filterHeader(const crypto::Hash256& filterHash, const crypto::Hash256& previousHeader) {
    uint8_t buf[64];
    std::memcpy(buf, filterHash.data(), 32);
    std::memcpy(buf + 32, previousHeader.data(), 32);
    return crypto::sha256d(ByteView(buf, sizeof(buf)));
}

}  // namespace cairn::chain
