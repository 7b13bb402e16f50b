// SPDX-License-Identifier: MIT
#pragma once

#include "chain/header_repository.h"
#include "storage/database.h"
#include "util/result.h"

#include <memory>
#include <optional>
#include <vector>

namespace cairn::storage {

/// SQLite persistence of validated headers (table `headers`, best tip in `header_tip`; see migrations 12
/// and 40 for why rows are found by height, not by hash), implementing
/// chain::HeaderRepository for chain::HeaderChain. Uses prepared multi-row statements and one
/// transaction per commit(). The Database must have the node migrations applied (storage/schema.h) and
/// outlive the store.
/// Not thread-safe: use it from the thread that owns the Database.
class HeaderStore : public chain::HeaderRepository {
public:
    /// Prepares the statements; fails when the schema lacks the header tables.
    [[nodiscard]] static util::Result<std::unique_ptr<HeaderStore>> open(Database& db);
    ~HeaderStore() override;

    util::Result<void> loadIndex(const std::function<void(const chain::IndexRow&)>& row) override;
    util::Result<size_t> count() override;
    util::Result<std::optional<primitives::BlockHash>> bestTip() override;
    util::Result<void> commit(std::span<const chain::StoredHeader> headers, const primitives::BlockHash& bestTip) override;
    util::Result<std::optional<primitives::BlockHeader>> header(const primitives::BlockHash& hash, int height) override;

    /// Test seam for crash safety: begins a transaction, writes `headers` and the tip, and returns with
    /// the transaction still open. A test then kills the process or closes the Database; the store must
    /// read as before afterwards. Never call this outside tests.
    [[nodiscard]] util::Result<void> writeUncommittedForTest(std::span<const chain::StoredHeader> headers,
                                                             const primitives::BlockHash& bestTip);

private:
    explicit HeaderStore(Database& db);
    util::Result<void> insertRows(std::span<const chain::StoredHeader> headers);
    util::Result<void> refuseStored(std::span<const chain::StoredHeader> headers,
                                    const std::vector<const primitives::BlockHash*>& sortedHashes);
    util::Result<void> insertChunk(std::span<const chain::StoredHeader> chunk);

    Database& m_db;
    // Hot-path statements, prepared once (sqlite3 handles; finalized in the destructor). m_insertMany
    // takes kRowsPerStatement rows at once, m_insertOne one row (for a batch's remainder).
    sqlite3_stmt* m_insertOne = nullptr;
    sqlite3_stmt* m_insertMany = nullptr;
    sqlite3_stmt* m_storedInRange = nullptr;
    sqlite3_stmt* m_setTip = nullptr;
    sqlite3_stmt* m_getHeader = nullptr;
};

}  // namespace cairn::storage
