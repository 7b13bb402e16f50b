// SPDX-License-Identifier: MIT
#pragma once

#include "chain/block_filter.h"
#include "chain/header_chain.h"
#include "crypto/hash.h"
#include "net/block_fetcher.h"
#include "net/peer_manager.h"
#include "primitives/hash_types.h"
#include "util/result.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace cairn::storage {
class FilterHeaderStore;
}

namespace cairn::net {

/// BIP157 client: keeps the verified chain of basic filter headers in step with the HeaderChain's best chain,
/// using the ready peers that advertise NODE_COMPACT_FILTERS, and serves verified filters to the wallet.
///
/// Header sync. Every filter peer is asked for its checkpoints (getcfcheckpt, a filter header every 1,000
/// blocks, up to the last multiple of 1,000 of our tip). Ranges below the last checkpoint all peers agree on
/// are downloaded (getcfheaders, at most 2,000 per batch) from one peer; ranges above it (the tail, or where
/// checkpoints disagree) from every filter peer. A batch must connect to the previous verified filter header,
/// cover exactly the requested range and hit each checkpoint of the peer that sent it; a peer whose reply
/// does not is banned, as is one sending malformed or oversized replies. A peer that stays silent past
/// Options::requestTimeoutMs is left out of filter work until our tip changes (a peer on another branch ignores
/// requests for blocks it does not have as best) and the work moves to another peer; silent a second time without
/// answering anything in between, it is disconnected (no ban).
///
/// Disagreement. When the replies of a batch differ, the first differing height is found, the block is
/// downloaded (BlockFetcher, Merkle-checked against its header) and each side's filter is fetched
/// (getcfilters) and judged. The rule: a filter is PROVEN WRONG when (a) its hash differs from the filter hash
/// the same peer sent in cfheaders, (b) it cannot be decoded, (c) some output script of the block does not match
/// it (every output script except empty and OP_RETURN ones is an element of a basic filter), (d) its
/// element count is below the number of distinct output scripts or above that plus the number of spending
/// inputs, or (e) the block spends nothing (coinbase only) and the filter is not byte-identical to the one
/// built locally. A peer whose filter is proven wrong is banned (PeerManager::punish) and its replies are
/// dropped; the honest side's headers are kept. When no side can be proven wrong (the spent scripts, which a
/// light client cannot see, would be needed), the peers outside the largest group are disconnected without a
/// ban and filterSyncFailed is emitted.
///
/// Reorgs: filter headers above the fork point are dropped from the verified chain and fetched again for the
/// new branch; requests in flight about blocks above the fork are abandoned (their late answers are ignored). Verified headers are persisted (one transaction per batch) in the FilterHeaderStore, keyed by
/// block hash, and reloaded at construction. Memory: 64 bytes per verified height.
///
/// Peers that join later: a checkpoint contradicting a verified header, or cfheaders that do not connect to the
/// verified chain where the peer's own checkpoints do not pin the header it builds on, roll the verified chain
/// back to the last checkpoint that peer agrees with (its rows are erased from the store) and the range is
/// verified again with every peer, so a disagreement is settled by the block, never by who came first.
/// cfheaders that do not connect where they provably must (from genesis, or onto the peer's own checkpoint)
/// get the peer banned. Peers known to be behind a request's stop block are not asked.
///
/// Filters fetched for the wallet are cached (FilterHeaderStore::putFilters, size-capped) and served from the
/// cache, re-checked against the verified headers, when asked again (rescans).
///
/// Lives on the network thread (like BlockFetcher); not thread-safe.
class FilterSync : public QObject, public PeerListener {
    Q_OBJECT
public:
    struct Options {
        int requestTimeoutMs = 20'000;  ///< Reply deadline of one getcfcheckpt / getcfheaders / getcfilters.
        int maxAttempts = 4;            ///< Peers tried for one filter batch before fetchFilters fails.
    };
    /// One verified filter, delivered in ascending height order.
    using FilterCallback = std::function<void(int height, const primitives::BlockHash& hash, const chain::BlockFilter& filter)>;
    /// The end of a fetchFilters call: ok, or why it stopped (no filter peer, every attempt failed, reorg).
    using DoneCallback = std::function<void(util::Result<void>)>;

    /// `store` may be null (nothing persisted); chain, peers, blocks and store must outlive the sync.
    /// Loads the verified headers of the current best chain from `store`.
    FilterSync(chain::HeaderChain& chain, PeerManager& peers, BlockFetcher& blocks, storage::FilterHeaderStore* store,
               Options options, QObject* parent = nullptr);
    ~FilterSync() override;

    /// True when a ready peer advertises NODE_COMPACT_FILTERS.
    bool available() const;
    /// Filter headers are verified up to this best-chain height (-1: none).
    int verifiedHeight() const;
    /// The verified filter header at best-chain `height`, or nullopt above verifiedHeight().
    std::optional<crypto::Hash256> filterHeaderAt(int height) const;
    /// Starts following the header chain (idempotent).
    void start();
    /// Stops requesting; pending fetchFilters calls finish with an error.
    void stop();

    /// Fetches the basic filters of best-chain heights [from, to] (getcfilters, batches of at most 1,000),
    /// checks each against the verified filter-header chain (a peer sending one that does not match is banned
    /// and the batch moves to another peer) and delivers them through `each` in height order; then calls
    /// `done` once: ok, or an error (range not verified yet, no filter peer, attempts exhausted, the best chain
    /// changed below `to`, stop()). Calls are served one after another in call order.
    void fetchFilters(int from, int to, FilterCallback each, DoneCallback done);

    void peerReady(Connection& c) override;
    void peerMessage(Connection& c, const Message& m) override;
    void peerClosed(int id) override;

signals:
    /// The verified filter header chain now reaches `height` (emitted after each persisted batch).
    void filterHeadersAdvanced(int height);
    /// Filter header sync cannot make progress for the reason given (peers disagree undecidably, store error).
    void filterSyncFailed(QString why);

private:
    struct Verified {
        crypto::Hash256 filterHash{};
        crypto::Hash256 header{};
    };
    struct PeerState {
        std::optional<std::vector<crypto::Hash256>> checkpoints;  ///< answer for m_checkpointStop
        bool checkpointAsked = false;
        int outstanding = 0;  ///< requests sent and not fully answered
        bool strike = false;  ///< timed out once without answering anything since
        bool benched = false;  ///< left out of filter work while our tip is benchedAt
        primitives::BlockHash benchedAt;
        /// getcfheaders sent, oldest first: (round id, stop hash). A reply is matched to the oldest request with
        /// its stop hash, so a late answer to a cancelled round is never taken for the current one.
        std::deque<std::pair<uint64_t, primitives::BlockHash>> headerRequests;
        std::unique_ptr<QTimer> timer;
    };
    /// One getcfheaders range asked of one or more peers.
    struct HeaderRound {
        uint64_t id = 0;
        int start = 0;
        int stop = 0;
        primitives::BlockHash stopHash;
        std::set<int> waiting;                                ///< peers not answered yet
        std::map<int, std::vector<crypto::Hash256>> replies;  ///< peer -> filter hashes (checked to connect)
    };
    /// A disagreement at one height being judged against the block.
    struct Dispute {
        int height = 0;
        primitives::BlockHash blockHash;
        std::map<crypto::Hash256, std::set<int>> sides;  ///< claimed filter hash -> peers
        std::map<int, std::optional<Bytes>> filters;     ///< asked peer -> its filter (nullopt: waiting)
        std::optional<primitives::Block> block;
        bool blockDone = false;
    };
    /// A fetchFilters call.
    struct FilterJob {
        int from = 0;
        int to = 0;
        int next = 0;  ///< next height to deliver
        FilterCallback each;
        DoneCallback done;
        int peer = 0;  ///< peer asked for the current batch (0: none)
        int batchStop = 0;
        int attempts = 0;
        std::set<int> tried;
        QString lastError;
        std::vector<std::pair<primitives::BlockHash, Bytes>> toCache;  ///< verified, not cached yet
    };

    void load();
    void advance();
    void step();
    void rollbackTo(int height, bool distrust);
    void cancelAbove(int height);
    bool servesFilters(const Connection& c) const;
    std::vector<Connection*> filterPeers() const;
    std::vector<Connection*> filterPeersAt(int height) const;
    void sent(int peer);
    void answered(int peer, bool finished);
    void onTimeout(int peer);
    void punish(int id, const QString& why);
    void drop(int id, const QString& why);
    void forget(int id, const QString& why);
    void releaseWork(int id, const QString& why);
    bool isBenched(int id) const;
    void heard(int id);
    bool startCheckpointRound();
    void onCheckpoint(Connection& c, const CFCheckpt& m);
    int agreedCheckpointHeight() const;
    void startHeaderRound();
    void onHeaders(Connection& c, const CFHeaders& m);
    void finishHeaderRound();
    void acceptBatch(const HeaderRound& round, const std::vector<crypto::Hash256>& hashes);
    void askDisputeFilter(const crypto::Hash256& side);
    void startDispute(int height, std::map<crypto::Hash256, std::set<int>> sides);
    bool onDisputeFilter(Connection& c, const CFilter& m);
    void judgeDispute();
    void onChainChanged(const chain::ChainChange& change);
    void runFilterJob();
    bool serveFromCache(FilterJob& job);
    void cacheFilters(FilterJob& job);
    void onJobFilter(Connection& c, const CFilter& m);
    void finishJob(util::Result<void> result);
    crypto::Hash256 previousHeader(int height) const;
    static QString blockLabel(const primitives::BlockHash& hash, int height);

    chain::HeaderChain& m_chain;
    PeerManager& m_peers;
    BlockFetcher& m_blocks;
    storage::FilterHeaderStore* m_store;
    Options m_options;
    int m_chainListener = 0;
    bool m_running = false;
    bool m_advancing = false;
    bool m_again = false;
    std::vector<Verified> m_verified;  ///< index = best-chain height
    std::map<int, PeerState> m_state;  ///< filter peers
    std::set<int> m_gone;              ///< punished or dropped, close not delivered yet
    primitives::BlockHash m_checkpointStop;  ///< stop hash the peers' checkpoints answer
    int m_checkpointStopHeight = 0;
    std::optional<HeaderRound> m_round;
    uint64_t m_nextRoundId = 1;
    std::optional<Dispute> m_dispute;
    std::deque<FilterJob> m_jobs;
    uint64_t m_generation = 0;  ///< bumped on reorg/stop so late callbacks of old work are ignored
};

}  // namespace cairn::net
