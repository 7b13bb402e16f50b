// SPDX-License-Identifier: MIT
// NodeWorker: the wallet discovery engines (one WalletSync per watched wallet file) and the BIP157 filter sync
// they use, living on the worker thread next to the header chain and the peers.
#include "net/filter_sync.h"
#include "net/header_sync.h"
#include "net/peer_manager.h"
#include "service/node_worker.h"
#include "storage/filter_header_store.h"
#include "util/log.h"
#include "wallet/wallet.h"
#include "wallet/wallet_sync.h"

namespace cairn::service {

void NodeWorker::watchWallet(quint64 id, const QString& path) {
    if (!m_chain) return emit requestFailed(id, tr("the node database is not open"));
    // Check the file now, so a bad path fails the request instead of a later scan.
    auto probe = wallet::Wallet::open(path.toStdString(), m_status.network);
    if (!probe.ok()) return emit requestFailed(id, QString::fromStdString(probe.message()));
    WatchedWallet& w = m_wallets[id];
    w.path = path;
    w.name = QString::fromStdString((*probe)->meta().name);
    probe->reset();
    emit walletWatched(id, w.name);
    if (m_peers) attachWallet(id);
}

void NodeWorker::unwatchWallet(quint64 id) { m_wallets.erase(id); }

void NodeWorker::rescanWallet(quint64 id, int fromHeight) {
    auto it = m_wallets.find(id);
    if (it == m_wallets.end()) return emit requestFailed(id, tr("that wallet is not watched"));
    if (!it->second.sync) return;  // no network yet: the file's cursor (WalletClient::rescan) decides
    if (auto r = it->second.sync->rescanFrom(fromHeight); !r.ok())
        emit walletSyncFailed(it->second.name, QString::fromStdString(r.message()));
}

void NodeWorker::attachWallet(quint64 id) {
    auto it = m_wallets.find(id);
    if (it == m_wallets.end() || it->second.sync || !m_peers || !m_fetcher) return;
    WatchedWallet& w = it->second;
    wallet::WalletSync::Options options;
    options.requestTimeoutMs = m_networkConfig.requestTimeoutMs;
    options.mempoolWaitMs = m_networkConfig.mempoolWaitMs;
    auto sync = wallet::WalletSync::open(w.path.toStdString(), m_status.network, *m_chain, *m_peers, *m_fetcher,
                                         m_filters.get(), options);
    if (!sync.ok()) return emit walletSyncFailed(w.name, QString::fromStdString(sync.message()));
    w.sync = std::move(sync).value();
    const QString name = w.name;
    connect(w.sync.get(), &wallet::WalletSync::progress, this,
            [this, name](int height, int tip) { emit walletSyncProgress(name, height, tip); });
    connect(w.sync.get(), &wallet::WalletSync::updated, this, [this, name] { emit walletUpdated(name); });
    connect(w.sync.get(), &wallet::WalletSync::synced, this, [this, name](int height) { emit walletSynced(name, height); });
    connect(w.sync.get(), &wallet::WalletSync::failed, this,
            [this, name](const QString& why) { emit walletSyncFailed(name, why); });
    w.sync->start();
}

void NodeWorker::startWalletDiscovery(const NetworkConfig& config) {
    m_networkConfig = config;
    if (!m_filterStore && m_db) {
        auto store = storage::FilterHeaderStore::open(*m_db);
        if (store.ok()) m_filterStore = std::move(store).value();
        else qCWarning(lcCairnService, "filter header store: %s", store.message().c_str());
    }
    net::FilterSync::Options fo;
    fo.requestTimeoutMs = config.requestTimeoutMs;
    m_filters = std::make_unique<net::FilterSync>(*m_chain, *m_peers, *m_fetcher, m_filterStore.get(), fo);
    m_filters->start();
    // A finished header sync is the moment to scan (the engines also follow every later chain change).
    connect(m_sync.get(), &net::HeaderSync::synced, this, [this] {
        for (auto& [id, w] : m_wallets)
            if (w.sync) w.sync->start();
    });
    for (auto& [id, w] : m_wallets) attachWallet(id);
}

void NodeWorker::stopWalletDiscovery() {
    // The engines and the filter sync hold references to the peers, the fetcher and the chain: go first.
    for (auto& [id, w] : m_wallets) w.sync.reset();
    if (m_filters) m_filters->stop();
    m_filters.reset();
}

}  // namespace cairn::service
