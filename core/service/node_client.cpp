// SPDX-License-Identifier: MIT
#include "service/node_client.h"

#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

namespace cairn::service {

using util::fail;

namespace {

/// Runs `start` (which issues one request and returns its id), then waits for the result signal carrying
/// that id, or requestFailed, or the timeout.
template <typename T, typename Signal, typename Start>
util::Result<T> awaitRequest(NodeService& svc, Signal signal, Start start, int timeoutMs, const char* what) {
    QEventLoop loop;
    std::optional<util::Result<T>> out;
    quint64 id = 0;
    auto c1 = QObject::connect(&svc, signal, &loop, [&](quint64 rid, const T& value) {
        if (rid != id) return;
        out = value;
        loop.quit();
    });
    auto c2 = QObject::connect(&svc, &NodeService::requestFailed, &loop, [&](quint64 rid, const QString& err) {
        if (rid != id) return;
        out = util::Result<T>(fail(err.toStdString()));
        loop.quit();
    });
    id = start();
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (!out) return fail(std::string(what) + " timed out after " + std::to_string(timeoutMs / 1000) + " s");
    return std::move(*out);
}

}  // namespace

NodeClient::NodeClient(Network network, QString dataDir, NetworkConfig config)
    : m_config(std::move(config)), m_service(std::make_unique<NodeService>(network, std::move(dataDir))) {}

NodeClient::~NodeClient() { m_service->stop(); }

util::Result<void> NodeClient::open(int timeoutMs) {
    QEventLoop loop;
    QObject::connect(m_service.get(), &NodeService::statusChanged, &loop, [&](const NodeStatus& s) {
        if (s.state == NodeStatus::State::Ready || s.state == NodeStatus::State::Error) loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_service->start();
    loop.exec();
    const NodeStatus& s = m_service->status();
    if (s.state == NodeStatus::State::Ready) return {};
    if (s.state == NodeStatus::State::Error) return fail(s.error.toStdString());
    return fail("opening the node database timed out");
}

util::Result<SyncProgress> NodeClient::sync(bool requireSynced, int timeoutMs,
                                            const std::function<void(const SyncProgress&)>& onProgress) {
    QEventLoop loop;
    QObject::connect(m_service.get(), &NodeService::syncProgressChanged, &loop, [&](const SyncProgress& p) {
        if (onProgress) onProgress(p);
        if (p.state == SyncProgress::State::Synced || p.state == SyncProgress::State::Error) loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!m_networkStarted) {
        m_service->startNetwork(m_config);
        m_networkStarted = true;
    }
    loop.exec();
    const SyncProgress& p = m_service->syncProgress();
    if (p.state == SyncProgress::State::Error) return fail(p.error.toStdString());
    if (requireSynced && p.state != SyncProgress::State::Synced) {
        if (p.peerCount == 0) return fail("no peer could be reached within " + std::to_string(timeoutMs / 1000) + " s");
        return fail("not synced within " + std::to_string(timeoutMs / 1000) + " s (height " +
                    std::to_string(p.headerHeight) + " of " + std::to_string(p.bestPeerHeight) + ")");
    }
    return p;
}

util::Result<HeaderInfo> NodeClient::header(const QString& heightOrHash, int timeoutMs) {
    bool isHeight = false;
    const int height = heightOrHash.toInt(&isHeight);
    return awaitRequest<HeaderInfo>(
        *m_service, &NodeService::headerReady,
        [&] { return isHeight ? m_service->requestHeaderAt(height) : m_service->requestHeader(heightOrHash); },
        timeoutMs, "reading the header");
}

util::Result<BlockInfo> NodeClient::block(const QString& hash, int timeoutMs) {
    if (!m_networkStarted) {
        m_service->startNetwork(m_config);
        m_networkStarted = true;
    }
    return awaitRequest<BlockInfo>(*m_service, &NodeService::blockReady, [&] { return m_service->requestBlock(hash); },
                                   timeoutMs, "fetching the block");
}

util::Result<MerkleProofInfo> NodeClient::txProof(const QString& txid, const QString& blockHash, int timeoutMs) {
    if (!m_networkStarted) {
        m_service->startNetwork(m_config);
        m_networkStarted = true;
    }
    return awaitRequest<MerkleProofInfo>(*m_service, &NodeService::txProofReady,
                                         [&] { return m_service->requestTxProof(txid, blockHash); }, timeoutMs,
                                         "fetching the proof");
}

util::Result<QList<MerkleProofInfo>> NodeClient::verifyTxProof(const QString& hex, int timeoutMs) {
    return awaitRequest<QList<MerkleProofInfo>>(*m_service, &NodeService::txProofVerified,
                                                [&] { return m_service->verifyTxProof(hex); }, timeoutMs,
                                                "verifying the proof");
}

util::Result<QString> NodeClient::broadcast(const QString& rawHex, int timeoutMs, bool* relayed, int relayWaitMs) {
    if (!m_networkStarted) {
        m_service->startNetwork(m_config);
        m_networkStarted = true;
    }
    QSet<QString> relayedTxids;
    QHash<QString, QString> refusals;  // txid -> the first reject reason
    auto watch = QObject::connect(m_service.get(), &NodeService::txRelayed,
                                  [&](const QString& txid) { relayedTxids.insert(txid); });
    auto watchRejects = QObject::connect(m_service.get(), &NodeService::txRejected,
                                         [&](const QString& txid, const QString& reason) {
                                             if (!refusals.contains(txid)) refusals.insert(txid, reason);
                                         });
    auto txid = awaitRequest<QString>(*m_service, &NodeService::txBroadcast,
                                      [&] { return m_service->broadcastTransaction(rawHex); }, timeoutMs,
                                      "broadcasting the transaction");
    if (txid.ok() && !relayedTxids.contains(*txid)) {
        // Give the peers a moment to take and announce it back (this also lets the tx message leave the socket
        // before a short-lived client closes its connections).
        QEventLoop loop;
        QObject::connect(m_service.get(), &NodeService::txRelayed, &loop, [&](const QString& t) {
            if (t == *txid) loop.quit();
        });
        QObject::connect(m_service.get(), &NodeService::txRejected, &loop, [&](const QString& t, const QString&) {
            if (t == *txid) loop.quit();
        });
        QTimer::singleShot(relayWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QObject::disconnect(watch);
    QObject::disconnect(watchRejects);
    if (relayed) *relayed = txid.ok() && relayedTxids.contains(*txid);
    if (txid.ok() && !relayedTxids.contains(*txid) && refusals.contains(*txid))
        return fail("the peer refused the transaction: " + refusals.value(*txid).toStdString());
    return txid;
}

util::Result<QList<PeerInfo>> NodeClient::peers(int waitMs) {
    QEventLoop loop;
    const int wanted = m_config.connect.isEmpty() ? m_config.maxOutbound : static_cast<int>(m_config.connect.size());
    QObject::connect(m_service.get(), &NodeService::peersChanged, &loop, [&](const QList<PeerInfo>& list) {
        int ready = 0;
        for (const auto& p : list) ready += p.handshakeDone && p.pingMs >= 0 ? 1 : 0;
        if (ready >= wanted) loop.quit();
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    if (!m_networkStarted) {
        m_service->startNetwork(m_config);
        m_networkStarted = true;
    }
    loop.exec();
    return m_service->peers();
}

util::Result<int> NodeClient::syncWallet(const QString& walletPath, int timeoutMs,
                                         const std::function<void(int, int)>& onProgress) {
    if (!m_networkStarted) {
        m_service->startNetwork(m_config);
        m_networkStarted = true;
    }
    QEventLoop loop;
    quint64 watchId = 0;
    QString name;
    // Plain values rather than a Result in the lambdas (GCC 12 warns spuriously about the variant there).
    bool finished = false;
    int height = -1;
    QString error;
    auto finish = [&](int h, const QString& why) {
        if (finished) return;
        finished = true;
        height = h;
        error = why;
        loop.quit();
    };
    NodeService* svc = m_service.get();
    QObject::connect(svc, &NodeService::walletWatched, &loop, [&](quint64 id, const QString& n) {
        if (id == watchId) name = n;
    });
    QObject::connect(svc, &NodeService::requestFailed, &loop, [&](quint64 id, const QString& err) {
        if (id == watchId) finish(-1, err.isEmpty() ? QStringLiteral("could not watch the wallet") : err);
    });
    QObject::connect(svc, &NodeService::walletSyncProgress, &loop, [&](const QString& n, int h, int tip) {
        if (n == name && onProgress) onProgress(h, tip);
    });
    QObject::connect(svc, &NodeService::walletSynced, &loop, [&](const QString& n, int h) {
        if (n == name) finish(h, QString());
    });
    QObject::connect(svc, &NodeService::walletSyncFailed, &loop, [&](const QString& n, const QString& why) {
        if (n == name) finish(-1, why.isEmpty() ? QStringLiteral("discovery stopped") : why);
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watchId = svc->watchWallet(walletPath);
    loop.exec();
    if (!finished) return fail("wallet discovery did not finish within " + std::to_string(timeoutMs / 1000) + " s");
    if (!error.isEmpty()) return fail(error.toStdString());
    return height;
}

}  // namespace cairn::service
