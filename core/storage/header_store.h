// SPDX-License-Identifier: MIT
#pragma once

#include "chain/header_repository.h"
#include "storage/database.h"
#include "util/result.h"

#include <memory>
#include <optional>

namespace cairn::storage {

/// SQLite persistence of validated headers (table `headers`, best tip in `header_tip`; see migration 12
/// for why the hash has only a prefix index), implementing
/// chain::HeaderRepository for chain::HeaderChain. Uses prepared statements and one transaction per
/// commit(). The Database must have the node migrations applied (storage/schema.h) and outlive the store.
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
    util::Result<std::optional<primitives::BlockHeader>> header(const primitives::BlockHash& hash) override;

    /// Test seam for crash safety: begins a transaction, writes `headers` and the tip, and returns with
    /// the transaction still open. A test then kills the process or closes the Database; the store must
    /// read as before afterwards. Never call this outside tests.
    [[nodiscard]] util::Result<void> writeUncommittedForTest(std::span<const chain::StoredHeader> headers,
                                                             const primitives::BlockHash& bestTip);

private:
    explicit HeaderStore(Database& db);
    util::Result<void> insertRows(std::span<const chain::StoredHeader> headers);

    Database& m_db;
    // Hot-path statements, prepared once (sqlite3 handles; finalized in the destructor).
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_setTip = nullptr;
    sqlite3_stmt* m_getHeader = nullptr;
    sqlite3_stmt* m_exists = nullptr;
};

}  // namespace cairn::storage
