// SPDX-License-Identifier: MIT
#pragma once

#include "service/chain_snapshot.h"
#include "service/network.h"
#include "service/node_types.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

namespace cairn::service {

/// Where the node is, as plain values for the GUI and the CLI.
struct NodeStatus {
    enum class State { Stopped, Starting, Ready, Error };
    State state = State::Stopped;
    Network network = Network::Main;
    QString dataDir;
    int schemaVersion = 0;
    int peerCount = 0;
    int headerHeight = -1;  ///< Height of the best validated header; -1 while nothing beyond genesis is synced.
    QString error;          ///< Set when state == Error.
};

/// How the node reaches the P2P network.
struct NetworkConfig {
    QStringList connect;    ///< host:port peers to use exclusively (--connect); empty: discover peers.
    QString proxy;          ///< SOCKS5 proxy host:port (--proxy); empty: direct.
    int maxOutbound = 8;
    int handshakeTimeoutMs = 10'000;
    int requestTimeoutMs = 20'000;  ///< Deadline for a peer that is ahead of us to answer getheaders / getdata.
    int idleTimeoutMs = 1'500;      ///< Silence after getheaders that means "nothing new" from a peer not ahead.
    int mempoolWaitMs = 6'000;      ///< Wallet discovery: longest wait for a peer's answer to BIP35 `mempool`.
};

class NodeWorker;

/// Facade over chain storage and the P2P network of one Bitcoin network. Owns a worker thread;
/// every public call returns at once and results arrive through signals on the caller's thread.
/// Requests return an id that the matching result or requestFailed signal carries.
class NodeService : public QObject {
    Q_OBJECT
public:
    /// `dataDir` is the per-network directory (see resolveDataDir).
    NodeService(Network network, QString dataDir, QObject* parent = nullptr);
    ~NodeService() override;

    Network network() const { return m_status.network; }
    const NodeStatus& status() const { return m_status; }
    /// Latest sync progress and peer list (also delivered by their signals).
    const SyncProgress& syncProgress() const { return m_progress; }
    const QList<PeerInfo>& peers() const { return m_peers; }

    /// Opens the node database on the worker thread; statusChanged reports the outcome.
    void start();
    /// Stops the worker thread, waiting for it to finish its current step.
    void stop();
    /// Connects to peers and keeps the header chain in sync (after start()).
    void startNetwork(const NetworkConfig& config = {});
    /// Disconnects from all peers; the chain stays open.
    void stopNetwork();

    /// Height of the best header in the best-chain snapshot; -1 before the store is open. Never blocks.
    int snapshotTipHeight() const { return m_snapshot->tipHeight(); }
    /// The best-chain header at `height` from the snapshot (no request, no SQLite: safe to call from
    /// paint code); nullopt outside 0..snapshotTipHeight().
    std::optional<HeaderSummary> headerSummaryAt(int height) const { return m_snapshot->at(height); }

    /// The best-chain header at `height` → headerReady, or requestFailed when there is none.
    quint64 requestHeaderAt(int height);
    /// The header with display-hex `hash` (any branch) → headerReady, or requestFailed.
    quint64 requestHeader(const QString& hash);
    /// Up to `count` best-chain headers from `fromHeight` ascending → headersReady (explorer lists).
    quint64 requestHeaders(int fromHeight, int count);
    /// The block `hash`, from the cache or fetched from a peer (network started on demand) → blockReady.
    quint64 requestBlock(const QString& hash);
    /// A Merkle proof of `txid` in block `blockHash` → txProofReady (verified against our headers).
    quint64 requestTxProof(const QString& txid, const QString& blockHash);
    /// Decodes a BIP37 merkleblock (hex, as gettxoutproof prints) and checks it against our validated headers
    /// → txProofVerified with one entry per proven txid, or requestFailed when malformed or unknown block.
    quint64 verifyTxProof(const QString& merkleBlockHex);
    /// Broadcasts a signed transaction (hex) to the peers (network started on demand) → txBroadcast once a peer
    /// fetched it, requestFailed on malformed hex or when no peer took it within a minute; txRelayed later.
    quint64 broadcastTransaction(const QString& rawHex);

    // --- wallet discovery (hosted on the worker thread, see wallet/wallet_sync.h)
    /// Discovers the transactions of the wallet file `walletPath` whenever the network runs (BIP157 filters, else
    /// BIP37 merkleblocks), then follows new blocks, reorgs and relayed transactions → walletWatched(id, name),
    /// then walletSyncProgress / walletUpdated / walletSynced by name; requestFailed(id) when the file cannot be
    /// opened. The returned id is the watch handle.
    quint64 watchWallet(const QString& walletPath);
    /// Stops discovery for a watch handle.
    void unwatchWallet(quint64 watchId);
    /// Rescans the watched wallet from `fromHeight` (-1: its birthday); walletUpdated/walletSynced follow.
    void rescanWallet(quint64 watchId, int fromHeight);

signals:
    void statusChanged(const cairn::service::NodeStatus& status);
    void syncProgressChanged(const cairn::service::SyncProgress& progress);
    void peersChanged(const QList<cairn::service::PeerInfo>& peers);
    void headerReady(quint64 requestId, const cairn::service::HeaderInfo& header);
    void headersReady(quint64 requestId, const QList<cairn::service::HeaderInfo>& headers);
    void blockReady(quint64 requestId, const cairn::service::BlockInfo& block);
    void txProofReady(quint64 requestId, const cairn::service::MerkleProofInfo& proof);
    void txProofVerified(quint64 requestId, const QList<cairn::service::MerkleProofInfo>& proofs);
    void requestFailed(quint64 requestId, const QString& error);
    /// The snapshot's best chain changed: heights above `forkHeight` up to `tipHeight` are new (a reorg
    /// when forkHeight is below the previous tip). Coalesced: at most a few per second during a sync.
    void bestChainChanged(int forkHeight, int tipHeight);
    void txBroadcast(quint64 requestId, const QString& txid);
    /// A peer announced our transaction back (it is being relayed).
    void txRelayed(const QString& txid);
    /// A peer refused our transaction (BIP61 reject), with its reason.
    void txRejected(const QString& txid, const QString& reason);
    /// watchWallet(id) opened the wallet `name`.
    void walletWatched(quint64 requestId, const QString& name);
    /// Discovery of wallet `name` scanned up to `height` of `tip`.
    void walletSyncProgress(const QString& name, int height, int tip);
    /// Wallet `name` has new or changed transactions (re-read balance and history).
    void walletUpdated(const QString& name);
    /// Wallet `name` is scanned to the tip `height` and the peers' mempool was asked.
    void walletSynced(const QString& name, int height);
    /// Discovery of wallet `name` cannot proceed (no usable peer, a database error); it retries on new peers.
    void walletSyncFailed(const QString& name, const QString& why);

private:
    void onWorkerStatus(const cairn::service::NodeStatus& status);
    template <typename F>
    quint64 post(F&& call);

    NodeStatus m_status;
    SyncProgress m_progress;
    QList<PeerInfo> m_peers;
    QThread m_thread;
    NodeWorker* m_worker = nullptr;
    std::shared_ptr<ChainSnapshot> m_snapshot = std::make_shared<ChainSnapshot>();
    int m_pendingFork = -1;  // bestChainChanged coalescing: lowest fork height not yet emitted (-1: none)
    int m_pendingTip = -1;
    quint64 m_nextRequest = 1;
};

}  // namespace cairn::service

Q_DECLARE_METATYPE(cairn::service::NodeStatus)
Q_DECLARE_METATYPE(cairn::service::NetworkConfig)
