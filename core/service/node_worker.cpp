// SPDX-License-Identifier: MIT
#include "service/node_worker.h"

#include "chain/header_chain.h"
#include "chain/merkle_block.h"
#include "chain/params.h"
#include "net/block_fetcher.h"
#include "net/filter_sync.h"
#include "net/header_sync.h"
#include "net/peer_manager.h"
#include "net/tx_broadcaster.h"
#include "service/node_convert.h"
#include "storage/block_store.h"
#include "storage/database.h"
#include "storage/filter_header_store.h"
#include "storage/header_store.h"
#include "storage/peer_store.h"
#include "storage/schema.h"
#include "util/hex.h"
#include "util/log.h"
#include "wallet/wallet_sync.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

namespace cairn::service {

namespace {

constexpr int kProgressIntervalMs = 500;
constexpr int kBroadcastTimeoutMs = 60'000;

}  // namespace

NodeWorker::NodeWorker(NodeStatus initial, std::shared_ptr<ChainSnapshot> snapshot)
    : m_status(std::move(initial)), m_snapshot(std::move(snapshot)) {
    // A child, so that moveToThread() takes the timer to the worker thread with us (a plain member would stay
    // on the creating thread, and starting it from the worker fails).
    m_progressTimer.setParent(this);
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        publishProgress();
        publishPeers();
    });
}

NodeWorker::~NodeWorker() {
    // Network objects reference the chain and stores: tear them down first.
    stopWalletDiscovery();
    m_broadcaster.reset();
    m_fetcher.reset();
    m_sync.reset();
    m_peers.reset();
}

void NodeWorker::setError(const QString& message) {
    m_status.state = NodeStatus::State::Error;
    m_status.error = message;
    qCWarning(lcCairnService, "%s", qPrintable(message));
}

int NodeWorker::statusHeight() const {
    // The chain always holds genesis; the status shows "no headers" until something beyond it is synced.
    return m_chain && m_chain->tipHeight() > 0 ? m_chain->tipHeight() : -1;
}

void NodeWorker::open() {
    const QString path = QDir(m_status.dataDir).absoluteFilePath(QStringLiteral("cairn.sqlite"));
    auto db = storage::Database::open(path.toStdString(), storage::nodeMigrations());
    if (!db.ok()) {
        setError(QString::fromStdString(db.message()));
        emit statusChanged(m_status);
        return;
    }
    m_db = std::move(db).value();
    m_status.schemaVersion = m_db->schemaVersion();
    auto headers = storage::HeaderStore::open(*m_db);
    auto blocks = storage::BlockStore::open(*m_db);
    auto peers = storage::PeerStore::open(*m_db);
    if (!headers.ok() || !blocks.ok() || !peers.ok()) {
        setError(QString::fromStdString(!headers.ok() ? headers.message() : !blocks.ok() ? blocks.message() : peers.message()));
        emit statusChanged(m_status);
        return;
    }
    m_headerStore = std::move(headers).value();
    m_blockStore = std::move(blocks).value();
    m_peerStore = std::move(peers).value();
    auto chain = chain::HeaderChain::open(chain::chainParams(m_status.network), *m_headerStore);
    if (!chain.ok()) {
        setError(QString::fromStdString(chain.message()));
        emit statusChanged(m_status);
        return;
    }
    m_chain = std::move(chain).value();
    // The GUI's copy of the best chain: complete before Ready is reported, then kept current.
    m_snapshot->resetFrom(*m_chain);
    m_chain->subscribe([this](const chain::ChainChange& change) {
        m_snapshot->apply(*m_chain, change);
        emit bestChainChanged(change.forkHeight, change.newHeight);
    });
    m_status.state = NodeStatus::State::Ready;
    m_status.headerHeight = statusHeight();
    emit statusChanged(m_status);
    publishProgress();
}

void NodeWorker::startNetwork(const NetworkConfig& config) {
    if (!m_chain || m_peers) return;
    net::PeerManager::Options po;
    po.maxOutbound = config.maxOutbound;
    po.connectOnly = config.connect;
    po.proxy = config.proxy;
    po.connection.handshakeTimeoutMs = config.handshakeTimeoutMs;
    po.connection.startHeight = m_chain->tipHeight();
    m_peers = std::make_unique<net::PeerManager>(m_chain->params(), m_peerStore.get(), po);
    net::HeaderSync::Options so;
    so.requestTimeoutMs = config.requestTimeoutMs;
    so.idleTimeoutMs = config.idleTimeoutMs;
    m_sync = std::make_unique<net::HeaderSync>(*m_chain, *m_peers, so);
    net::BlockFetcher::Options fo;
    fo.requestTimeoutMs = config.requestTimeoutMs;
    m_fetcher = std::make_unique<net::BlockFetcher>(*m_chain, *m_peers, m_blockStore.get(), fo);
    // A wallet sync keeps its own bloom filter loaded in a BIP37 peer: while one runs, proofs for the
    // explorer and gettxproof come from full blocks instead of a filterload that would replace it.
    m_fetcher->setPeerFilterBusy([this](int) {
        for (const auto& entry : m_wallets)
            if (entry.second.sync) return true;
        return false;
    });
    m_broadcaster = std::make_unique<net::TxBroadcaster>(*m_peers, net::TxBroadcaster::Options{});
    connect(m_broadcaster.get(), &net::TxBroadcaster::sent, this, [this](const primitives::Txid& txid, int) {
        const QString hex = QString::fromStdString(txid.toHex());
        for (quint64 id : m_pendingBroadcasts[hex]) emit txBroadcast(id, hex);
        m_pendingBroadcasts.erase(hex);
    });
    connect(m_broadcaster.get(), &net::TxBroadcaster::relayed, this, [this](const primitives::Txid& txid) {
        emit txRelayed(QString::fromStdString(txid.toHex()));
    });
    connect(m_broadcaster.get(), &net::TxBroadcaster::rejected, this,
            [this](const primitives::Txid& txid, int, const QString& reason) {
                emit txRejected(QString::fromStdString(txid.toHex()), reason);
            });
    connect(m_sync.get(), &net::HeaderSync::synced, this, &NodeWorker::publishProgress);
    connect(m_peers.get(), &net::PeerManager::peersChanged, this, &NodeWorker::publishPeers);
    m_progress = SyncProgress{};
    m_progress.state = SyncProgress::State::Connecting;
    if (auto r = m_peers->start(); !r.ok()) {
        m_progress.state = SyncProgress::State::Error;
        m_progress.error = QString::fromStdString(r.message());
        m_broadcaster.reset();
        m_fetcher.reset();
        m_sync.reset();
        m_peers.reset();
        emit syncProgressChanged(m_progress);
        return;
    }
    startWalletDiscovery(config);
    m_lastAccepted = 0;
    m_lastRateMs = QDateTime::currentMSecsSinceEpoch();
    m_recentRate = 0.0;
    m_progressTimer.start();
    publishProgress();
}

void NodeWorker::stopNetwork() {
    m_progressTimer.stop();
    stopWalletDiscovery();
    m_broadcaster.reset();
    m_fetcher.reset();
    m_sync.reset();
    if (m_peers) m_peers->stop();
    m_peers.reset();
    if (m_progress.state != SyncProgress::State::Error) m_progress.state = SyncProgress::State::Idle;
    m_progress.peerCount = 0;
}

bool NodeWorker::ensureNetwork(quint64 id) {
    if (!m_chain) {
        emit requestFailed(id, tr("the node database is not open"));
        return false;
    }
    if (!m_peers) startNetwork(NetworkConfig{});
    if (!m_peers) {
        emit requestFailed(id, m_progress.error);
        return false;
    }
    return true;
}

void NodeWorker::publishProgress() {
    if (!m_chain) return;
    SyncProgress& p = m_progress;
    p.headerHeight = m_chain->tipHeight();
    p.tipHash = QString::fromStdString(m_chain->tip().toHex());
    if (auto info = m_chain->infoAt(p.headerHeight)) p.tipTime = info->time;
    if (m_sync && m_peers) {
        p.peerCount = static_cast<int>(m_peers->readyPeers().size());
        p.bestPeerHeight = std::max(m_sync->bestPeerHeight(), p.headerHeight);
        p.headersReceived = m_sync->headersReceived();
        p.peersUsed = static_cast<int>(m_sync->peersUsed().size());
        // Rate over the last interval, smoothed, so that the ETA follows the current speed.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const uint64_t accepted = m_sync->headersAccepted();
        if (nowMs - m_lastRateMs >= kProgressIntervalMs) {
            const double rate = static_cast<double>(accepted - m_lastAccepted) * 1000.0 / static_cast<double>(nowMs - m_lastRateMs);
            m_recentRate = m_recentRate == 0.0 ? rate : 0.7 * m_recentRate + 0.3 * rate;
            m_lastAccepted = accepted;
            m_lastRateMs = nowMs;
        }
        p.headersPerSecond = m_sync->headersPerSecond();
        const int remaining = p.bestPeerHeight - p.headerHeight;
        p.etaSeconds = remaining <= 0 ? 0 : (m_recentRate > 1.0 ? static_cast<int>(remaining / m_recentRate) : -1);
        if (m_sync->isSynced()) p.state = SyncProgress::State::Synced;
        else if (p.peerCount == 0) p.state = SyncProgress::State::Connecting;
        else p.state = SyncProgress::State::Syncing;
    }
    p.fraction = p.bestPeerHeight > 0 ? std::min(1.0, static_cast<double>(p.headerHeight) / p.bestPeerHeight) : 0.0;
    if (m_status.headerHeight != statusHeight() || m_status.peerCount != p.peerCount) {
        m_status.headerHeight = statusHeight();
        m_status.peerCount = p.peerCount;
        emit statusChanged(m_status);
    }
    emit syncProgressChanged(p);
}

void NodeWorker::publishPeers() {
    QList<PeerInfo> list;
    if (m_peers) {
        for (net::Connection* c : m_peers->allPeers()) list << peerInfoFor(*c);
    }
    emit peersChanged(list);
}

void NodeWorker::requestHeader(quint64 id, int height, const QString& hash) {
    if (!m_chain) return emit requestFailed(id, tr("the node database is not open"));
    std::optional<primitives::BlockHash> h;
    if (hash.isEmpty()) {
        h = m_chain->hashAt(height);
        if (!h) return emit requestFailed(id, tr("no block at height %1 (our best height is %2)").arg(height).arg(m_chain->tipHeight()));
    } else {
        auto parsed = primitives::BlockHash::fromHex(hash.toStdString());
        if (!parsed.ok()) return emit requestFailed(id, tr("'%1' is not a block hash").arg(hash));
        h = *parsed;
    }
    auto info = headerInfoFor(*m_chain, *h);
    if (!info) return emit requestFailed(id, tr("block %1 is not in our header chain").arg(hash));
    emit headerReady(id, *info);
}

void NodeWorker::requestHeaders(quint64 id, int fromHeight, int count) {
    if (!m_chain) return emit requestFailed(id, tr("the node database is not open"));
    QList<HeaderInfo> out;
    for (const auto& i : m_chain->infoRange(fromHeight, count)) {
        if (auto h = headerInfoFor(*m_chain, i.hash)) out << *h;
    }
    emit headersReady(id, out);
}

void NodeWorker::requestBlock(quint64 id, const QString& hash) {
    auto parsed = primitives::BlockHash::fromHex(hash.toStdString());
    if (!parsed.ok()) return emit requestFailed(id, tr("'%1' is not a block hash").arg(hash));
    if (!m_chain) return emit requestFailed(id, tr("the node database is not open"));
    if (!m_chain->contains(*parsed)) return emit requestFailed(id, tr("block %1 is not in our header chain").arg(hash));
    if (!ensureNetwork(id)) return;
    m_fetcher->fetchBlock(*parsed, [this, id](util::Result<primitives::Block> block) {
        if (!block.ok()) return emit requestFailed(id, QString::fromStdString(block.message()));
        emit blockReady(id, blockInfoFor(*m_chain, *block));
    });
}

void NodeWorker::requestTxProof(quint64 id, const QString& txid, const QString& blockHash) {
    auto tx = primitives::Txid::fromHex(txid.toStdString());
    if (!tx.ok()) return emit requestFailed(id, tr("'%1' is not a transaction id").arg(txid));
    auto block = primitives::BlockHash::fromHex(blockHash.toStdString());
    if (!block.ok()) return emit requestFailed(id, tr("'%1' is not a block hash").arg(blockHash));
    if (!m_chain) return emit requestFailed(id, tr("the node database is not open"));
    if (!m_chain->contains(*block)) return emit requestFailed(id, tr("block %1 is not in our header chain").arg(blockHash));
    if (!ensureNetwork(id)) return;
    const primitives::Txid wanted = *tx;
    m_fetcher->fetchMerkleBlock(*block, {wanted}, [this, id, wanted, txid](util::Result<chain::MerkleBlock> mb) {
        if (!mb.ok()) return emit requestFailed(id, QString::fromStdString(mb.message()));
        MerkleProofInfo proof = proofInfoFor(*m_chain, *mb, wanted);
        if (proof.index < 0) return emit requestFailed(id, tr("transaction %1 is not in that block").arg(txid));
        emit txProofReady(id, proof);
    });
}

void NodeWorker::verifyTxProof(quint64 id, const QString& merkleBlockHex) {
    if (!m_chain) return emit requestFailed(id, tr("the node database is not open"));
    auto bytes = util::fromHex(merkleBlockHex.trimmed().toStdString());
    if (!bytes.ok()) return emit requestFailed(id, tr("the proof is not hex: %1").arg(QString::fromStdString(bytes.message())));
    auto mb = chain::MerkleBlock::parse(*bytes);
    if (!mb.ok()) return emit requestFailed(id, tr("malformed proof: %1").arg(QString::fromStdString(mb.message())));
    auto matches = mb->verify();
    if (!matches.ok()) return emit requestFailed(id, tr("invalid proof: %1").arg(QString::fromStdString(matches.message())));
    const primitives::BlockHash hash = mb->header.hash();
    if (!m_chain->contains(hash))
        return emit requestFailed(id, tr("the proof's block %1 is not in our validated header chain")
                                          .arg(QString::fromStdString(hash.toHex())));
    QList<MerkleProofInfo> out;
    for (const auto& m : *matches) out << proofInfoFor(*m_chain, *mb, m.txid);
    emit txProofVerified(id, out);
}

void NodeWorker::broadcastTransaction(quint64 id, const QString& rawHex) {
    auto bytes = util::fromHex(rawHex.trimmed().toStdString());
    auto tx = bytes.ok() ? primitives::Transaction::parse(*bytes) : util::Result<primitives::Transaction>(bytes.error());
    if (!tx.ok()) {
        emit requestFailed(id, tr("not a transaction: %1").arg(QString::fromStdString(tx.message())));
        return;
    }
    if (!ensureNetwork(id)) return;
    const QString txid = QString::fromStdString(tx->txid().toHex());
    m_pendingBroadcasts[txid].append(id);
    m_broadcaster->broadcast(*tx);
    QTimer::singleShot(kBroadcastTimeoutMs, this, [this, id, txid] {
        auto it = m_pendingBroadcasts.find(txid);
        if (it == m_pendingBroadcasts.end() || !it->second.removeOne(id)) return;
        if (it->second.isEmpty()) m_pendingBroadcasts.erase(it);
        emit requestFailed(id, tr("no peer took the transaction within %1 s").arg(kBroadcastTimeoutMs / 1000));
    });
}

}  // namespace cairn::service
