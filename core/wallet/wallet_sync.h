// SPDX-License-Identifier: MIT
#pragma once

#include "chain/header_chain.h"
#include "chain/merkle_block.h"
#include "net/block_fetcher.h"
#include "net/peer_manager.h"
#include "util/network.h"
#include "util/result.h"
#include "wallet/wallet_sync_ledger.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cairn::net {
class FilterSync;
}

namespace cairn::wallet {

class Wallet;

/// The wallet discovery engine of one wallet file. Lives on the node worker thread next to the header chain
/// and the peers, with its own connection to the wallet file.
///
/// A pass scans from the saved cursor (or the wallet's birthday) to the best header: with BIP157 when the
/// FilterSync has verified filter headers up to the tip (the whole gap window is matched against each filter,
/// only matching blocks are downloaded and Merkle-checked by the BlockFetcher), else with BIP37 (filterload with
/// every watched script and unspent outpoint, getdata MSG_FILTERED_BLOCK, merkleblock verified against the
/// validated header + the matched `tx` messages). Each block's wallet transactions are stored with their proof
/// (a merkleblock, the `gettxoutproof` format) and the cursor, atomically (SyncLedger). When an address becomes
/// used, the window is extended and the scan resumes at that block with the new scripts. A reorg (seen through
/// the header chain, or found when the cursor's block left the best chain) rolls the wallet back to the fork.
/// After a pass the engine loads its bloom filter into a BIP37 peer, asks for the peer's mempool (BIP35) and
/// matches relayed transactions locally; once the mempool answer has gone quiet it reports synced().
class WalletSync : public QObject, public net::PeerListener {
    Q_OBJECT
public:
    struct Options {
        int requestTimeoutMs = 20'000;  ///< A peer silent this long during a scan is replaced.
        int batchSize = 500;            ///< merkleblocks asked per getdata.
        int mempoolWaitMs = 6'000;      ///< Longest wait for the answer to `mempool` (bcoin flushes invs every 5 s).
        int mempoolQuietMs = 800;       ///< Silence after the mempool transactions that ends a pass.
        int noPeerTimeoutMs = 30'000;   ///< Without a usable peer this long, failed() is emitted.
        std::function<int64_t()> clock; ///< Unix seconds; default: the system clock.
    };
    enum class Mode { None, Bip37, Bip157 };

    /// Opens the wallet file at `path` (its own SQLite connection) and attaches to the chain and peers, which
    /// must outlive the engine; `filters` may be null (BIP37 only). Fails when the wallet cannot be opened.
    [[nodiscard]] static util::Result<std::unique_ptr<WalletSync>> open(const std::string& path, Network network,
                                                                         chain::HeaderChain& chain,
                                                                         net::PeerManager& peers,
                                                                         net::BlockFetcher& blocks,
                                                                         net::FilterSync* filters, Options options);
    ~WalletSync() override;

    /// The wallet's name.
    QString name() const;
    /// Starts a pass when none runs (also triggered by chain changes and new peers).
    void start();
    /// Forgets the cursor above `height` (-1: the birthday) so the next pass rescans from there; starts it.
    [[nodiscard]] util::Result<void> rescanFrom(int height);
    /// Height of the last fully scanned block (-1 before the first).
    int scannedHeight() const { return m_scanned; }
    /// True when the last pass reached the tip and the mempool answer went quiet.
    bool isSynced() const { return m_synced; }
    /// How the current or last pass scanned.
    Mode mode() const { return m_mode; }

    void peerReady(net::Connection& c) override;
    void peerMessage(net::Connection& c, const net::Message& m) override;
    void peerClosed(int id) override;

signals:
    /// Scanned up to `height` of `tip`.
    void progress(int height, int tip);
    /// Wallet transactions were stored or changed (new, confirmed, unconfirmed again, conflicted).
    void updated();
    /// The pass reached the tip `height` and the peer's mempool was asked.
    void synced(int height);
    /// Discovery cannot proceed (no usable peer, a database error); a later start() retries.
    void failed(QString why);

private:
    /// One block asked by BIP37: its merkleblock and the matched transactions as they arrive.
    struct Bip37Slot {
        primitives::BlockHash hash;
        std::optional<chain::MerkleBlock> block;
        std::vector<chain::MerkleMatch> matches;
        std::map<primitives::Txid, primitives::Transaction> txs;
    };

    WalletSync(std::unique_ptr<Wallet> wallet, chain::HeaderChain& chain, net::PeerManager& peers,
               net::BlockFetcher& blocks, net::FilterSync* filters, Options options);
    int64_t now() const;
    void scheduleStart();
    void runPass();
    [[nodiscard]] util::Result<void> reconcile();
    void finishScan();
    void endPassQuiet();
    void fail(const QString& why);
    void emitProgress(bool force);
    /// What commitBlock() asks the scanner to do next.
    enum class Commit { Next, Again, Failed };
    [[nodiscard]] Commit commitBlock(int height, std::vector<ConfirmedTx> txs);
    void flushCursor();
    void onChainChanged(const chain::ChainChange& change);
    void onRelayedTx(const primitives::Transaction& tx);
    void onInv(net::Connection& c, const net::Inv& inv);

    // BIP37 (wallet_sync_bip37.cpp)
    net::Connection* pickBloomPeer() const;
    void loadBloomFilter(net::Connection& c);
    void bip37Request();
    void bip37OnMerkleBlock(net::Connection& c, const chain::MerkleBlock& mb);
    bool bip37OnTx(const primitives::Transaction& tx);
    void bip37Drain();
    void bip37Timeout();
    void bip37Reset();

    // BIP157 (wallet_sync_bip157.cpp)
    bool bip157Usable() const;
    void bip157Request();
    void bip157FetchNext();

    std::unique_ptr<Wallet> m_wallet;
    SyncLedger m_ledger;
    chain::HeaderChain& m_chain;
    net::PeerManager& m_peers;
    net::BlockFetcher& m_blocks;
    net::FilterSync* m_filters;
    Options m_options;
    int m_chainListener = 0;
    uint64_t m_generation = 0;       ///< bumped when a pass is abandoned, so late callbacks are ignored

    bool m_running = false;          ///< a pass is scanning
    bool m_restart = false;          ///< start() came during a pass: run another after it
    bool m_synced = false;
    Mode m_mode = Mode::None;
    int m_next = 0;                  ///< next height to scan
    int m_scanned = -1;              ///< last scanned height (cursor, possibly not flushed yet)
    std::optional<SyncCursor> m_unflushed;  ///< cursor past blocks without wallet transactions
    QTimer m_startTimer;
    QTimer m_noPeerTimer;
    QTimer m_quietTimer;
    QElapsedTimer m_progressClock;

    // BIP37 state
    int m_bloomPeer = 0;             ///< peer holding our filter (0: none)
    std::map<int, Bip37Slot> m_slots;  ///< requested heights
    std::map<primitives::BlockHash, int> m_slotByHash;
    QTimer m_requestTimer;
    std::set<int> m_badBloomPeers;   ///< peers that timed out in this pass

    // BIP157 state
    bool m_filtersFailed = false;       ///< fetchFilters failed in this pass: BIP37 until the next one
    QTimer m_filterWaitTimer;           ///< waiting for filter headers to reach the tip
    std::vector<int> m_matchedHeights;  ///< filter matches of the current range, ascending
    int m_rangeEnd = -1;

    // relay
    std::set<primitives::Txid> m_askedTxs;
    bool m_awaitingMempool = false;  ///< `mempool` sent, no inv back yet
};

}  // namespace cairn::wallet
