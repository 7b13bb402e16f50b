// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/hash_types.h"
#include "storage/database.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace cairn::storage {

/// One verified BIP157 basic filter header, keyed by the block it belongs to.
struct FilterHeaderRecord {
    primitives::BlockHash blockHash;
    int height = 0;
    crypto::Hash256 filterHash{};    ///< sha256d of the encoded filter
    crypto::Hash256 filterHeader{};  ///< sha256d(filterHash || previous filter header)
};

/// Verified basic filter headers (table `filter_headers`, migrations 30-39) and a size-capped cache of
/// filters (table `filter_cache`). Rows are keyed by block hash, so a reorg needs no deletion: the rows of a
/// stale branch are simply not on the best chain, and the caller picks the rows whose hash the header chain
/// has at that height. Not thread-safe: use it from the thread owning the Database (node migrations applied),
/// which must outlive the store.
class FilterHeaderStore {
public:
    static constexpr uint64_t kDefaultFilterCapBytes = 32ull * 1024 * 1024;

    /// Checks that the tables exist; fails otherwise.
    [[nodiscard]] static util::Result<std::unique_ptr<FilterHeaderStore>> open(Database& db,
                                                                                 uint64_t filterCapBytes = kDefaultFilterCapBytes);

    /// Inserts or replaces `records` in ONE transaction; nothing is written when any row fails.
    [[nodiscard]] util::Result<void> put(const std::vector<FilterHeaderRecord>& records);
    /// The record of `blockHash`, or nullopt.
    [[nodiscard]] util::Result<std::optional<FilterHeaderRecord>> get(const primitives::BlockHash& blockHash);
    /// Every record with height >= `fromHeight`, ascending by height (rows of several branches may share a height).
    [[nodiscard]] util::Result<std::vector<FilterHeaderRecord>> fromHeight(int fromHeight);
    /// Deletes the records of these blocks (e.g. of a branch that left the best chain); absent ones are ignored.
    [[nodiscard]] util::Result<void> erase(const std::vector<primitives::BlockHash>& blockHashes);
    /// Number of records.
    [[nodiscard]] util::Result<size_t> count();

    /// Caches an encoded filter (the caller checked it against the verified header); evicts the oldest
    /// entries past the cap. A filter larger than the cap is refused with an error.
    [[nodiscard]] util::Result<void> putFilter(const primitives::BlockHash& blockHash, ByteView encoded);
    /// Caches several filters in ONE transaction (then evicts past the cap); refuses the batch when any
    /// filter alone is larger than the cap.
    [[nodiscard]] util::Result<void> putFilters(const std::vector<std::pair<primitives::BlockHash, Bytes>>& filters);
    /// The cached encoded filter of `blockHash`, or nullopt.
    [[nodiscard]] util::Result<std::optional<Bytes>> getFilter(const primitives::BlockHash& blockHash);
    /// Sum of the cached filters' sizes in bytes.
    [[nodiscard]] util::Result<uint64_t> filterBytes();

private:
    FilterHeaderStore(Database& db, uint64_t cap);
    util::Result<void> evictFilters();
    Database& m_db;
    uint64_t m_cap;
    int64_t m_clock = 0;  // insertion counter for eviction order (persisted via max(added))
};

}  // namespace cairn::storage
