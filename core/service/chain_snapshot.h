// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace cairn::chain {
class HeaderChain;
struct ChainChange;
}  // namespace cairn::chain

namespace cairn::service {

/// One best-chain header as the explorer's block list shows it.
struct HeaderSummary {
    int height = -1;
    QString hash;             ///< Block hash, 64 hex digits, display order.
    uint32_t time = 0;        ///< Header timestamp (Unix seconds).
    uint32_t bits = 0;        ///< Compact difficulty target.
    double difficulty = 0.0;  ///< As Bitcoin Core reports it (relative to 0x1d00ffff).
};

/// A copy of the best header chain (hash, time, bits per height; 40 bytes a header) that any thread can
/// read while the node worker updates it. The worker writes after each committed batch or reorg, under
/// an exclusive lock held only for the append; readers take a shared lock for one lookup, so the GUI
/// thread never waits on SQLite or on validation. Entries live in fixed-size chunks that never move,
/// so growing the chain never copies it while a reader waits.
class ChainSnapshot {
public:
    ChainSnapshot();
    ~ChainSnapshot();
    ChainSnapshot(const ChainSnapshot&) = delete;
    ChainSnapshot& operator=(const ChainSnapshot&) = delete;

    /// Height of the best header in the snapshot; -1 while empty (before the node opened its store).
    int tipHeight() const;
    /// The header at `height`, or nullopt outside 0..tipHeight().
    std::optional<HeaderSummary> at(int height) const;
    /// Approximate heap bytes in use.
    size_t memoryUsage() const;

    /// Worker side: copies the whole best chain of `chain` (after opening the store).
    void resetFrom(const chain::HeaderChain& chain);
    /// Worker side: applies a committed change of the best chain (drops heights above the fork point,
    /// appends the connected headers). Returns false (and resets from `chain`) when the change does not
    /// fit what the snapshot holds.
    bool apply(const chain::HeaderChain& chain, const chain::ChainChange& change);

private:
    struct Entry {
        std::array<uint8_t, 32> hash;  // internal byte order
        uint32_t time = 0;
        uint32_t bits = 0;
    };
    static constexpr size_t kChunk = 1 << 16;
    using Chunk = std::array<Entry, kChunk>;

    void pushLocked(const Entry& e);
    Entry entryOf(const chain::HeaderChain& chain, int height) const;

    mutable std::shared_mutex m_mutex;
    std::vector<std::unique_ptr<Chunk>> m_chunks;
    size_t m_size = 0;
};

}  // namespace cairn::service
