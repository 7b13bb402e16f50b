// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace cairn::storage {
class Database;
class HeaderStore;
class BlockStore;
class PeerStore;
class FilterHeaderStore;
}  // namespace cairn::storage
namespace cairn::wallet {
class WalletSync;
}
namespace cairn::chain {
class HeaderChain;
}
namespace cairn::net {
class PeerManager;
class HeaderSync;
class BlockFetcher;
class TxBroadcaster;
class FilterSync;
}  // namespace cairn::net

namespace cairn::service {

/// Lives on NodeService's worker thread and owns that thread's SQLite connection, the header chain and
/// the network (peers, header sync, block fetcher). Every slot runs on the worker thread; results leave
/// through signals (queued to the service's thread).
class NodeWorker : public QObject {
    Q_OBJECT
public:
    /// `snapshot` (shared with NodeService) is filled when the store opens and after every best-chain change.
    NodeWorker(NodeStatus initial, std::shared_ptr<ChainSnapshot> snapshot);
    ~NodeWorker() override;

public slots:
    /// Opens the database and loads the header chain.
    void open();
    /// Connects to peers and syncs headers (a no-op when running or not opened).
    void startNetwork(const cairn::service::NetworkConfig& config);
    /// Disconnects every peer.
    void stopNetwork();
    void requestHeader(quint64 id, int height, const QString& hash);
    void requestHeaders(quint64 id, int fromHeight, int count);
    void requestBlock(quint64 id, const QString& hash);
    void requestTxProof(quint64 id, const QString& txid, const QString& blockHash);
    void verifyTxProof(quint64 id, const QString& merkleBlockHex);
    // --- wallet discovery (node_worker_wallets.cpp)
    /// Hosts a discovery engine for the wallet file `path` (scans whenever the network runs) → walletWatched.
    void watchWallet(quint64 id, const QString& path);
    /// Stops and forgets the engine of watch `id`.
    void unwatchWallet(quint64 id);
    /// Rescans the wallet of watch `id` from `fromHeight` (-1: its birthday).
    void rescanWallet(quint64 id, int fromHeight);
    /// Broadcasts a signed transaction (hex) to the peers: txBroadcast once a peer fetched it, requestFailed
    /// on malformed hex or when no peer took it within kBroadcastTimeoutMs; txRelayed when announced back.
    void broadcastTransaction(quint64 id, const QString& rawHex);

signals:
    void statusChanged(const cairn::service::NodeStatus& status);
    void syncProgressChanged(const cairn::service::SyncProgress& progress);
    void peersChanged(const QList<cairn::service::PeerInfo>& peers);
    void headerReady(quint64 id, const cairn::service::HeaderInfo& header);
    void headersReady(quint64 id, const QList<cairn::service::HeaderInfo>& headers);
    void blockReady(quint64 id, const cairn::service::BlockInfo& block);
    void txProofReady(quint64 id, const cairn::service::MerkleProofInfo& proof);
    void txProofVerified(quint64 id, const QList<cairn::service::MerkleProofInfo>& proofs);
    void requestFailed(quint64 id, const QString& error);
    void walletWatched(quint64 id, const QString& name);
    void walletSyncProgress(const QString& name, int height, int tip);
    void walletUpdated(const QString& name);
    void walletSynced(const QString& name, int height);
    void walletSyncFailed(const QString& name, const QString& why);
    /// The snapshot was updated: heights above `forkHeight` up to `tipHeight` changed.
    void bestChainChanged(int forkHeight, int tipHeight);
    void txBroadcast(quint64 id, const QString& txid);
    void txRelayed(const QString& txid);
    void txRejected(const QString& txid, const QString& reason);

private:
    void publishProgress();
    void publishPeers();
    void setError(const QString& message);
    bool ensureNetwork(quint64 id);
    int statusHeight() const;
    struct WatchedWallet {
        QString path;
        QString name;
        std::unique_ptr<wallet::WalletSync> sync;  ///< exists while the network runs
    };
    void attachWallet(quint64 id);
    void startWalletDiscovery(const NetworkConfig& config);
    void stopWalletDiscovery();

    NodeStatus m_status;
    std::shared_ptr<ChainSnapshot> m_snapshot;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::HeaderStore> m_headerStore;
    std::unique_ptr<storage::BlockStore> m_blockStore;
    std::unique_ptr<storage::PeerStore> m_peerStore;
    std::unique_ptr<chain::HeaderChain> m_chain;
    std::unique_ptr<net::PeerManager> m_peers;
    std::unique_ptr<net::HeaderSync> m_sync;
    std::unique_ptr<net::BlockFetcher> m_fetcher;
    std::unique_ptr<net::TxBroadcaster> m_broadcaster;
    std::map<QString, QList<quint64>> m_pendingBroadcasts;  // txid -> requests waiting for a peer to fetch it
    std::unique_ptr<storage::FilterHeaderStore> m_filterStore;
    std::unique_ptr<net::FilterSync> m_filters;
    std::map<quint64, WatchedWallet> m_wallets;
    NetworkConfig m_networkConfig;
    QTimer m_progressTimer;
    SyncProgress m_progress;
    double m_recentRate = 0.0;
    uint64_t m_lastAccepted = 0;
    qint64 m_lastRateMs = 0;
};

}  // namespace cairn::service
