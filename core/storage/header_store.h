// SPDX-License-Identifier: MIT
#pragma once

#include "chain/header_repository.h"
#include "storage/database.h"
#include "util/result.h"

#include <memory>
#include <optional>

namespace cairn::storage {

/// SQLite persistence of validated headers (table `headers`, best tip in `header_tip`), implementing
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

    /// Test seam for crash safety: writes `headers` inside a transaction and then abandons it without
    /// COMMIT (as if the process died mid-batch). The store must read as before afterwards.
    [[nodiscard]] util::Result<void> writeWithoutCommitForTest(std::span<const chain::StoredHeader> headers);

private:
    explicit HeaderStore(Database& db);
    util::Result<void> insertRows(std::span<const chain::StoredHeader> headers);

    Database& m_db;
    std::optional<Statement> m_insert;
    std::optional<Statement> m_setTip;
    std::optional<Statement> m_getHeader;
};

}  // namespace cairn::storage
