// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/hash_types.h"
#include "primitives/uint256.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace cairn::chain {

/// One header in memory: what validation and chain selection need, nothing more (~92 bytes).
struct IndexEntry {
    primitives::BlockHash hash;
    primitives::Uint256 chainWork;  ///< cumulative work up to and including this header
    uint32_t prev = kNone;          ///< index of the parent, kNone for genesis
    int32_t height = 0;
    int32_t version = 0;
    uint32_t time = 0;
    uint32_t bits = 0;
    uint8_t flags = 0;  ///< kPersisted | kLive

    static constexpr uint32_t kNone = 0xffffffffu;
    static constexpr uint8_t kPersisted = 1;
    static constexpr uint8_t kLive = 2;  ///< slot in use (dropped pool entries are recycled)
    bool persisted() const { return (flags & kPersisted) != 0; }
};

/// Dense storage of IndexEntry addressed by a 32-bit index, with an open-addressing hash table
/// (linear probing, 8 bytes per slot: the index plus 32 bits of the hash, so that probing past other
/// entries, and every lookup of an absent hash, reads only the table) from block hash to index. Entries can be removed (their slot is
/// recycled); indices of other entries never change. Not thread-safe.
class BlockIndex {
public:
    /// Reserves room for `n` entries (avoids rehashing during a bulk load).
    void reserve(size_t n);
    /// Adds an entry (its hash must not be present; asserts) and returns its index.
    uint32_t add(const IndexEntry& entry);
    /// Removes the entry at `idx` (must be live; asserts).
    void remove(uint32_t idx);
    /// Index of `hash`, or nullopt.
    std::optional<uint32_t> find(const primitives::BlockHash& hash) const;

    IndexEntry& operator[](uint32_t idx) { return m_entries[idx]; }
    const IndexEntry& operator[](uint32_t idx) const { return m_entries[idx]; }
    /// Number of live entries.
    size_t size() const { return m_live; }
    /// Approximate heap bytes in use.
    size_t memoryUsage() const;

private:
    size_t slotFor(const primitives::BlockHash& hash) const;
    static uint64_t slotValue(uint32_t idx, const primitives::BlockHash& hash);
    void insertSlot(uint32_t idx);
    void grow();

    std::vector<IndexEntry> m_entries;
    std::vector<uint32_t> m_free;   // recycled entry indices
    std::vector<uint64_t> m_table;  // low 32 bits: idx + 1 (0 = empty); high 32 bits: hash bytes 8..11
    size_t m_live = 0;
};

}  // namespace cairn::chain
