// SPDX-License-Identifier: MIT
#include "service/node_service.h"

#include "service/node_worker.h"

#include <QTimer>

#include <algorithm>

namespace cairn::service {

namespace {
constexpr int kBestChainCoalesceMs = 100;
}  // namespace

NodeService::NodeService(Network network, QString dataDir, QObject* parent) : QObject(parent) {
    qRegisterMetaType<cairn::service::NodeStatus>();
    qRegisterMetaType<cairn::service::NetworkConfig>();
    qRegisterMetaType<cairn::service::SyncProgress>();
    qRegisterMetaType<cairn::service::HeaderInfo>();
    qRegisterMetaType<cairn::service::BlockInfo>();
    qRegisterMetaType<cairn::service::MerkleProofInfo>();
    qRegisterMetaType<cairn::service::PeerInfo>();
    qRegisterMetaType<QList<cairn::service::PeerInfo>>();
    qRegisterMetaType<QList<cairn::service::HeaderInfo>>();
    qRegisterMetaType<QList<cairn::service::MerkleProofInfo>>();
    m_status.network = network;
    m_status.dataDir = std::move(dataDir);
    m_thread.setObjectName(QStringLiteral("cairn-node"));
}

NodeService::~NodeService() { stop(); }

void NodeService::start() {
    if (m_worker) return;
    m_status.state = NodeStatus::State::Starting;
    emit statusChanged(m_status);
    m_worker = new NodeWorker(m_status, m_snapshot);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NodeWorker::statusChanged, this, &NodeService::onWorkerStatus, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::syncProgressChanged, this, [this](const SyncProgress& p) {
        m_progress = p;
        emit syncProgressChanged(p);
    }, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::peersChanged, this, [this](const QList<PeerInfo>& p) {
        m_peers = p;
        emit peersChanged(p);
    }, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::headerReady, this, &NodeService::headerReady, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::headersReady, this, &NodeService::headersReady, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::blockReady, this, &NodeService::blockReady, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::txProofReady, this, &NodeService::txProofReady, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::txProofVerified, this, &NodeService::txProofVerified, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::requestFailed, this, &NodeService::requestFailed, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::bestChainChanged, this, [this](int fork, int tip) {
        // A sync commits hundreds of batches a second: views hear about them a few times a second.
        const bool idle = m_pendingFork < 0;
        m_pendingFork = idle ? fork : std::min(m_pendingFork, fork);
        m_pendingTip = tip;
        if (!idle) return;
        QTimer::singleShot(kBestChainCoalesceMs, this, [this] {
            const int f = std::exchange(m_pendingFork, -1);
            if (f >= 0) emit bestChainChanged(f, m_pendingTip);
        });
    }, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::txBroadcast, this, &NodeService::txBroadcast, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::txRelayed, this, &NodeService::txRelayed, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::txRejected, this, &NodeService::txRejected, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::walletWatched, this, &NodeService::walletWatched, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::walletSyncProgress, this, &NodeService::walletSyncProgress, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::walletUpdated, this, &NodeService::walletUpdated, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::walletSynced, this, &NodeService::walletSynced, Qt::QueuedConnection);
    connect(m_worker, &NodeWorker::walletSyncFailed, this, &NodeService::walletSyncFailed, Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &NodeWorker::open, Qt::QueuedConnection);
}

void NodeService::stop() {
    if (!m_thread.isRunning()) return;
    // Close sockets on the worker thread before it ends (they belong to it).
    QMetaObject::invokeMethod(m_worker, &NodeWorker::stopNetwork, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_status.state = NodeStatus::State::Stopped;
}

template <typename F>
quint64 NodeService::post(F&& call) {
    const quint64 id = m_nextRequest++;
    if (!m_worker) {
        // Report on the next turn of the event loop, like every other result.
        QMetaObject::invokeMethod(this, [this, id] { emit requestFailed(id, tr("the node is not started")); },
                                  Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, call = std::forward<F>(call)] { call(w, id); },
                              Qt::QueuedConnection);
    return id;
}

void NodeService::startNetwork(const NetworkConfig& config) {
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, config] { w->startNetwork(config); }, Qt::QueuedConnection);
}

void NodeService::stopNetwork() {
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, &NodeWorker::stopNetwork, Qt::QueuedConnection);
}

quint64 NodeService::requestHeaderAt(int height) {
    return post([height](NodeWorker* w, quint64 id) { w->requestHeader(id, height, QString()); });
}

quint64 NodeService::requestHeader(const QString& hash) {
    return post([hash](NodeWorker* w, quint64 id) { w->requestHeader(id, -1, hash); });
}

quint64 NodeService::requestHeaders(int fromHeight, int count) {
    return post([fromHeight, count](NodeWorker* w, quint64 id) { w->requestHeaders(id, fromHeight, count); });
}

quint64 NodeService::requestBlock(const QString& hash) {
    return post([hash](NodeWorker* w, quint64 id) { w->requestBlock(id, hash); });
}

quint64 NodeService::requestTxProof(const QString& txid, const QString& blockHash) {
    return post([txid, blockHash](NodeWorker* w, quint64 id) { w->requestTxProof(id, txid, blockHash); });
}

quint64 NodeService::verifyTxProof(const QString& merkleBlockHex) {
    return post([merkleBlockHex](NodeWorker* w, quint64 id) { w->verifyTxProof(id, merkleBlockHex); });
}

void NodeService::onWorkerStatus(const NodeStatus& status) {
    m_status = status;
    emit statusChanged(m_status);
}

quint64 NodeService::broadcastTransaction(const QString& rawHex) {
    return post([rawHex](NodeWorker* w, quint64 id) { w->broadcastTransaction(id, rawHex); });
}

quint64 NodeService::watchWallet(const QString& walletPath) {
    return post([walletPath](NodeWorker* w, quint64 id) { w->watchWallet(id, walletPath); });
}

void NodeService::unwatchWallet(quint64 watchId) {
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, watchId] { w->unwatchWallet(watchId); }, Qt::QueuedConnection);
}

void NodeService::rescanWallet(quint64 watchId, int fromHeight) {
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, watchId, fromHeight] { w->rescanWallet(watchId, fromHeight); },
                              Qt::QueuedConnection);
}

}  // namespace cairn::service
