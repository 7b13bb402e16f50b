// SPDX-License-Identifier: MIT
#include "chain/block_index.h"

#include <cassert>
#include <cstring>

namespace cairn::chain {
namespace {
uint64_t keyOf(const primitives::BlockHash& hash) {
    // Block hashes are uniformly distributed except for leading zero bytes (at the end of the internal
    // order), so the first 8 bytes make a good key.
    uint64_t v = 0;
    std::memcpy(&v, hash.bytes().data(), sizeof(v));
    return v;
}
uint32_t fingerprintOf(const primitives::BlockHash& hash) {
    // Bytes 8..11: independent of the slot position (bytes 0..7) and, like them, uniformly random.
    uint32_t v = 0;
    std::memcpy(&v, hash.bytes().data() + 8, sizeof(v));
    return v;
}

uint32_t indexPart(uint64_t slot) { return static_cast<uint32_t>(slot); }
}  // namespace

uint64_t BlockIndex::slotValue(uint32_t idx, const primitives::BlockHash& hash) {
    return (static_cast<uint64_t>(fingerprintOf(hash)) << 32) | (static_cast<uint64_t>(idx) + 1);
}

void BlockIndex::reserve(size_t n) {
    m_entries.reserve(n);
    size_t cap = 16;
    while (cap < n + n / 2 + 16) cap *= 2;  // keep the load factor below ~2/3
    if (cap > m_table.size()) {
        m_table.assign(cap, 0);
        for (uint32_t i = 0; i < m_entries.size(); ++i)
            if (m_entries[i].flags & IndexEntry::kLive) insertSlot(i);
    }
}

size_t BlockIndex::slotFor(const primitives::BlockHash& hash) const {
    return static_cast<size_t>(keyOf(hash)) & (m_table.size() - 1);
}

void BlockIndex::insertSlot(uint32_t idx) {
    size_t s = slotFor(m_entries[idx].hash);
    while (m_table[s] != 0) s = (s + 1) & (m_table.size() - 1);
    m_table[s] = slotValue(idx, m_entries[idx].hash);
}

void BlockIndex::grow() {
    std::vector<uint64_t> old;
    old.swap(m_table);
    m_table.assign(old.empty() ? 16 : old.size() * 2, 0);
    for (uint64_t slot : old)
        if (slot != 0) insertSlot(indexPart(slot) - 1);
}

uint32_t BlockIndex::add(const IndexEntry& entry) {
    assert(!find(entry.hash));
    if ((m_live + 1) * 3 > m_table.size() * 2) grow();
    uint32_t idx;
    if (!m_free.empty()) {
        idx = m_free.back();
        m_free.pop_back();
        m_entries[idx] = entry;
    } else {
        idx = static_cast<uint32_t>(m_entries.size());
        m_entries.push_back(entry);
    }
    m_entries[idx].flags |= IndexEntry::kLive;
    insertSlot(idx);
    ++m_live;
    return idx;
}

std::optional<uint32_t> BlockIndex::find(const primitives::BlockHash& hash) const {
    if (m_table.empty()) return std::nullopt;
    const size_t mask = m_table.size() - 1;
    const uint32_t fingerprint = fingerprintOf(hash);
    for (size_t s = slotFor(hash);; s = (s + 1) & mask) {
        const uint64_t v = m_table[s];
        if (v == 0) return std::nullopt;
        if (static_cast<uint32_t>(v >> 32) != fingerprint) continue;  // another hash: no entry read
        const uint32_t idx = indexPart(v) - 1;
        if (m_entries[idx].hash == hash) return idx;
    }
}

void BlockIndex::remove(uint32_t idx) {
    assert(idx < m_entries.size() && (m_entries[idx].flags & IndexEntry::kLive));
    const size_t mask = m_table.size() - 1;
    size_t s = slotFor(m_entries[idx].hash);
    while (indexPart(m_table[s]) != idx + 1) s = (s + 1) & mask;
    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    size_t hole = s;
    for (size_t next = (hole + 1) & mask; m_table[next] != 0; next = (next + 1) & mask) {
        const size_t home = slotFor(m_entries[indexPart(m_table[next]) - 1].hash);
        // Move the entry into the hole when its home slot is not inside (hole, next].
        const bool homeInRange = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next);
        if (!homeInRange) {
            m_table[hole] = m_table[next];
            hole = next;
        }
    }
    m_table[hole] = 0;
    m_entries[idx].flags = 0;
    m_free.push_back(idx);
    --m_live;
}

size_t BlockIndex::memoryUsage() const {
    return m_entries.capacity() * sizeof(IndexEntry) + m_table.capacity() * sizeof(uint64_t) +
           m_free.capacity() * sizeof(uint32_t);
}

}  // namespace cairn::chain
