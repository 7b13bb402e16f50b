// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/block_header.h"
#include "primitives/hash_types.h"
#include "primitives/uint256.h"
#include "util/result.h"

#include <functional>
#include <optional>
#include <span>

namespace cairn::chain {

/// One validated header as persisted: the header, its hash, height and cumulative chain work.
struct StoredHeader {
    primitives::BlockHeader header;
    primitives::BlockHash hash;
    int height = 0;
    primitives::Uint256 chainWork;
};

/// Compact row handed to HeaderChain when loading: everything the in-memory index keeps.
struct IndexRow {
    primitives::BlockHash hash;
    primitives::BlockHash prev;
    int height = 0;
    int32_t version = 0;
    uint32_t time = 0;
    uint32_t bits = 0;
    primitives::Uint256 chainWork;
};

/// Where HeaderChain persists validated headers. The chain layer defines the interface; the storage
/// layer implements it (storage::HeaderStore) so that chain never sees SQL. Not thread-safe.
class HeaderRepository {
public:
    virtual ~HeaderRepository() = default;
    /// Calls `row` once per stored header, parents before children (insertion order). Fails on a read
    /// error or a corrupt row.
    [[nodiscard]] virtual util::Result<void> loadIndex(const std::function<void(const IndexRow&)>& row) = 0;
    /// Number of stored headers (a hint to size the index before loadIndex).
    [[nodiscard]] virtual util::Result<size_t> count() = 0;
    /// The persisted best tip, or nullopt for an empty store.
    [[nodiscard]] virtual util::Result<std::optional<primitives::BlockHash>> bestTip() = 0;
    /// Appends `headers` (parents before children) and sets the best tip, all in ONE transaction:
    /// after a crash either all of it or none of it is in the store.
    [[nodiscard]] virtual util::Result<void> commit(std::span<const StoredHeader> headers,
                                                    const primitives::BlockHash& bestTip) = 0;
    /// The full 80-byte header stored for `hash` at `height` (the store is keyed by height: several
    /// branches may share one), or nullopt when absent.
    [[nodiscard]] virtual util::Result<std::optional<primitives::BlockHeader>> header(const primitives::BlockHash& hash,
                                                                                      int height) = 0;
};

}  // namespace cairn::chain
