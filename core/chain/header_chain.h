// SPDX-License-Identifier: MIT
#pragma once

#include "chain/block_index.h"
#include "chain/header_repository.h"
#include "chain/header_validation.h"
#include "chain/params.h"
#include "primitives/block_header.h"
#include "primitives/hash_types.h"
#include "primitives/uint256.h"
#include "util/result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace cairn::chain {

/// A change of the best chain: the headers that left it (tip first) and those that joined it
/// (from just above the fork point up to the new tip). A plain extension has no disconnected hashes.
struct ChainChange {
    primitives::BlockHash forkPoint;  ///< last header shared by the old and the new best chain
    int forkHeight = 0;
    std::vector<primitives::BlockHash> disconnected;  ///< old best chain, from the old tip down
    std::vector<primitives::BlockHash> connected;     ///< new best chain, ascending to the new tip
    primitives::BlockHash newTip;
    int newHeight = 0;
    bool isReorg() const { return !disconnected.empty(); }
};

/// What acceptHeaders() did with a batch.
struct AcceptResult {
    int accepted = 0;    ///< headers newly validated (persisted or held in the low-work pool)
    int duplicates = 0;  ///< headers we already had
    int persisted = 0;   ///< headers written to the store by this call (may include earlier pool headers)
    primitives::BlockHash tip;  ///< best tip after the call
    int tipHeight = 0;
    std::optional<ChainChange> change;  ///< set when the best tip moved
    HeaderError error = HeaderError::None;  ///< first failure; headers before it stay accepted
    std::string message;                    ///< English description of `error`
    primitives::BlockHash lastHash;  ///< hash of the last header of the batch that is now known (for getheaders)
    bool ok() const { return error == HeaderError::None; }
};

/// Explorer/UI view of one header of the index.
struct HeaderInfo {
    primitives::BlockHash hash;
    primitives::BlockHash prev;
    int height = 0;
    int32_t version = 0;
    uint32_t time = 0;
    uint32_t bits = 0;
    double difficulty = 0;
    primitives::Uint256 chainWork;
    bool onBestChain = false;
    bool persisted = false;
};

/// The validated header tree with the most-work chain selected.
///
/// Memory: the index keeps ~90 bytes per header (hash, parent index, height, version, time, bits,
/// chain work) plus a 4-byte-slot open-addressing hash table; merkle root and nonce stay in the store.
///
/// Persistence and low-work spam (the rule):
///  * A header is PERSISTED only when it is on a branch that becomes the best chain, i.e. its tip has
///    strictly more work than our current best tip AND (its work >= params.minimumChainWork OR the
///    branch passed a checkpoint at or above the header's height). Everything on the best chain is
///    therefore in the store; the store never holds a branch that was never best.
///  * Every other valid header (a branch with less or equal work than ours, or a chain still below the
///    minimum chain work, e.g. during the first sync between two checkpoints) lives only in memory in
///    the "pool", which holds at most Options::maxPoolHeaders headers. When it is full, whole pool
///    branches (grouped by the persisted header they fork from) are dropped, least work first; the
///    branch just extended by the batch is kept if it has the most work, otherwise the batch fails
///    with TooManyUnpersisted. Pool headers are never written, so a low-work flood costs bounded RAM
///    and no disk; once a pool branch gains enough work it is persisted in one transaction.
///  * Low-work budget (initial sync of test networks): testnet3's only checkpoint is at height 546 and
///    its minimum chain work lies millions of headers later, far beyond what the pool may hold, so the
///    two rules above would stall a first sync at the pool cap. Therefore a branch whose tip has
///    strictly more work than our best tip is ALSO persisted (and becomes best) below the minimum chain
///    work when the headers it would write, added to those already stored below the minimum work,
///    stay within Options::maxLowWorkPersisted. A legitimate sync then streams to disk batch by batch,
///    exactly as above the minimum work. Spam stays bounded: at most maxLowWorkPersisted low-work
///    headers ever reach the disk (and the index), at most maxPoolHeaders more sit in the pool, and
///    once the budget is spent the strict rule applies again. Branches with less or equal work than
///    ours never use the budget, so a flood of side branches still costs no disk.
///  * New branches forking below the highest checkpoint on our best chain are refused
///    (ForkBeforeCheckpoint), so nothing can fork below the last checkpoint.
///
/// Crash safety: each accepted batch is written in ONE SQLite transaction (headers + best tip); on
/// open the index is rebuilt from the store, so a kill at any moment leaves the last committed state.
/// Reorgs at any depth above the last checkpoint are followed. Equal work never reorgs (first seen wins).
///
/// Not thread-safe: one owner thread (the node worker) calls everything; subscribers run on it too.
class HeaderChain {
public:
    struct Options {
        size_t maxPoolHeaders = 200'000;    ///< cap of unpersisted headers kept in memory
        /// Cap of headers stored below params.minimumChainWork (the low-work budget above); the
        /// default covers testnet3, whose minimum work is reached around height 4 million.
        size_t maxLowWorkPersisted = 5'000'000;
        std::function<int64_t()> clock;      ///< unix seconds; default: the system clock
    };
    /// Called after the best chain changed (after the store committed).
    using Listener = std::function<void(const ChainChange&)>;

    /// Most headers a peer may send in one `headers` message (and acceptHeaders takes in one call).
    static constexpr size_t kMaxHeadersPerBatch = 2000;

    /// Loads the index from `repo` (which must outlive the chain). An empty store is initialised with
    /// the network's genesis header. Fails when the store is unreadable, its rows do not link up, or its
    /// genesis belongs to another network.
    [[nodiscard]] static util::Result<std::unique_ptr<HeaderChain>> open(const ChainParams& params,
                                                                          HeaderRepository& repo, Options options);
    /// open() with default options.
    [[nodiscard]] static util::Result<std::unique_ptr<HeaderChain>> open(const ChainParams& params,
                                                                          HeaderRepository& repo);
    ~HeaderChain();
    HeaderChain(const HeaderChain&) = delete;
    HeaderChain& operator=(const HeaderChain&) = delete;

    /// Validates a batch received from peer `peerId`: the first header must connect to a known header,
    /// each next one to the previous. Valid headers before the first invalid one stay accepted.
    /// Persists what qualifies in one transaction, switches to a branch with more work, and notifies
    /// listeners. Never throws; see AcceptResult for the outcome.
    AcceptResult acceptHeaders(std::span<const primitives::BlockHeader> headers, int64_t peerId);

    /// Registers a listener; returns its id for unsubscribe().
    int subscribe(Listener listener);
    void unsubscribe(int id);

    const ChainParams& params() const { return m_params; }
    /// Best tip hash / height / cumulative work.
    primitives::BlockHash tip() const;
    int tipHeight() const;
    primitives::Uint256 tipWork() const;
    /// True when the best chain has at least params.minimumChainWork.
    bool hasMinimumWork() const;

    /// True when the header is known (persisted or pooled).
    bool contains(const primitives::BlockHash& hash) const;
    /// Height of a known header.
    std::optional<int> heightOf(const primitives::BlockHash& hash) const;
    /// Hash of the best-chain header at `height` (nullopt outside 0..tipHeight()).
    std::optional<primitives::BlockHash> hashAt(int height) const;
    /// True when `hash` is on the best chain.
    bool isOnBestChain(const primitives::BlockHash& hash) const;
    /// Index data of a known header.
    std::optional<HeaderInfo> info(const primitives::BlockHash& hash) const;
    /// Index data of the best-chain header at `height`.
    std::optional<HeaderInfo> infoAt(int height) const;
    /// The index entry of the best-chain header at `height`, or nullptr outside 0..tipHeight(). Valid
    /// until the next acceptHeaders() call (cheap: no copy, for bulk readers such as snapshots).
    const IndexEntry* entryAt(int height) const;
    /// Best-chain headers [fromHeight, fromHeight + count) clipped to the chain, ascending (explorer list).
    std::vector<HeaderInfo> infoRange(int fromHeight, int count) const;
    /// The full 80-byte header of a known header (read from the store for persisted ones).
    [[nodiscard]] util::Result<std::optional<primitives::BlockHeader>> header(const primitives::BlockHash& hash) const;

    /// A getheaders block locator of the best chain: tip, then back 1,1,...(10 times), then doubling
    /// steps, always ending with genesis.
    std::vector<primitives::BlockHash> locator() const;
    /// The same from a known header `from` (on any branch); empty when unknown.
    std::vector<primitives::BlockHash> locator(const primitives::BlockHash& from) const;
    /// Serving getheaders: up to `max` best-chain headers after the first locator hash on our best chain
    /// (genesis if none), stopping after `stop` (null = no stop).
    [[nodiscard]] util::Result<std::vector<primitives::BlockHeader>> headersAfter(
        const std::vector<primitives::BlockHash>& locator, const primitives::BlockHash& stop, size_t max) const;

    /// Headers held in memory only (not persisted) right now.
    size_t poolSize() const { return m_poolHeaders.size(); }
    /// Total headers in the index (persisted + pool).
    size_t indexSize() const { return m_index.size(); }
    /// Approximate heap bytes used by the index (for memory tests and diagnostics).
    size_t memoryUsage() const;

private:
    HeaderChain(const ChainParams& params, HeaderRepository& repo, Options options);
    class BranchView;
    util::Result<void> load();
    std::vector<uint32_t> branchTo(uint32_t idx) const;  // unpersisted ancestors of idx (inclusive), ascending
    uint32_t lastCheckpointOnBestChain() const;            // height of the highest checkpoint we have, or 0
    bool isOnBest(uint32_t idx) const;
    uint32_t ancestorAt(uint32_t idx, int height) const;
    HeaderInfo makeInfo(uint32_t idx) const;
    std::vector<primitives::BlockHash> locatorFrom(uint32_t idx) const;
    void enforcePoolLimit(uint32_t keep, const std::vector<uint32_t>& added, AcceptResult& result);
    void dropPoolEntry(uint32_t idx);
    // The new headers of the batch being accepted (not yet in m_poolHeaders): entry `indices[k]` is
    // `*headers[k]`; each is the parent of the next.
    struct BatchHeaders {
        const std::vector<const primitives::BlockHeader*>& headers;
        const std::vector<uint32_t>& indices;
    };
    uint32_t persistTarget(uint32_t last) const;  // header of last's branch that may become best, or kNone
    util::Result<std::optional<ChainChange>> promote(uint32_t newTip, const BatchHeaders& batch, int& persistedCount);

    const ChainParams& m_params;
    HeaderRepository& m_repo;
    Options m_options;
    BlockIndex m_index;
    std::vector<uint32_t> m_best;  // best chain: height -> index
    std::unordered_map<uint32_t, primitives::BlockHeader> m_poolHeaders;  // unpersisted: full header
    size_t m_lowWorkPersisted = 0;  // stored headers with less than params.minimumChainWork
    std::map<int, Listener> m_listeners;
    int m_nextListener = 1;
};

}  // namespace cairn::chain
