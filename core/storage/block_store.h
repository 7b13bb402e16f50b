// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/hash_types.h"
#include "storage/database.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace cairn::storage {

/// A size-capped cache of full raw blocks (table `block_cache`): hash -> serialized block. Only blocks
/// the caller has checked (Merkle root against a validated header) belong here. When the total size
/// exceeds the cap, least-recently-accessed blocks are evicted. Not thread-safe.
class BlockStore {
public:
    static constexpr uint64_t kDefaultCapBytes = 256ull * 1024 * 1024;

    /// Opens the cache over `db` (node migrations applied; must outlive the store).
    [[nodiscard]] static util::Result<std::unique_ptr<BlockStore>> open(Database& db, uint64_t capBytes = kDefaultCapBytes);
    ~BlockStore();

    /// Stores (or refreshes) a block and evicts old ones past the cap. A block larger than the cap is
    /// refused with an error.
    [[nodiscard]] util::Result<void> put(const primitives::BlockHash& hash, ByteView rawBlock);
    /// The raw block, or nullopt when not cached; marks it as recently used.
    [[nodiscard]] util::Result<std::optional<Bytes>> get(const primitives::BlockHash& hash);
    /// True when the block is cached (does not touch its access time).
    [[nodiscard]] util::Result<bool> contains(const primitives::BlockHash& hash);
    /// Removes one block (no error when absent).
    [[nodiscard]] util::Result<void> remove(const primitives::BlockHash& hash);
    /// Sum of the cached blocks' sizes in bytes.
    [[nodiscard]] util::Result<uint64_t> totalBytes();
    /// Number of cached blocks.
    [[nodiscard]] util::Result<size_t> count();
    uint64_t capBytes() const { return m_cap; }

private:
    BlockStore(Database& db, uint64_t cap);
    util::Result<void> evict();

    Database& m_db;
    uint64_t m_cap;
    int64_t m_clock = 0;  // monotonically increasing access counter (persisted via max(last_access))
};

}  // namespace cairn::storage
