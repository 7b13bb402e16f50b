// SPDX-License-Identifier: MIT
// WalletSync: passes, cursor, reorgs, relay and mempool. The BIP37 and BIP157 scanners are in their own files.
#include "wallet/wallet_sync.h"

#include "net/filter_sync.h"
#include "net/messages.h"
#include "util/log.h"
#include "wallet/wallet.h"

#include <QDateTime>

namespace cairn::wallet {

using primitives::BlockHash;
using util::fail;
using util::Result;

namespace {
constexpr int kProgressIntervalMs = 200;
}  // namespace

Result<std::unique_ptr<WalletSync>> WalletSync::open(const std::string& path, Network network, chain::HeaderChain& chain,
                                                     net::PeerManager& peers, net::BlockFetcher& blocks,
                                                     net::FilterSync* filters, Options options) {
    auto wallet = Wallet::open(path, network);
    if (!wallet.ok()) return wallet.error();
    std::unique_ptr<WalletSync> sync(
        new WalletSync(std::move(wallet).value(), chain, peers, blocks, filters, std::move(options)));
    if (auto r = sync->m_ledger.load(); !r.ok()) return r.error();
    auto cursor = sync->m_ledger.cursor();
    if (!cursor.ok()) return cursor.error();
    sync->m_scanned = *cursor ? (*cursor)->height : -1;
    return sync;
}

WalletSync::WalletSync(std::unique_ptr<Wallet> wallet, chain::HeaderChain& chain, net::PeerManager& peers,
                       net::BlockFetcher& blocks, net::FilterSync* filters, Options options)
    : m_wallet(std::move(wallet)), m_ledger(*m_wallet), m_chain(chain), m_peers(peers), m_blocks(blocks),
      m_filters(filters), m_options(std::move(options)) {
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(0);
    connect(&m_startTimer, &QTimer::timeout, this, &WalletSync::runPass);
    m_noPeerTimer.setSingleShot(true);
    connect(&m_noPeerTimer, &QTimer::timeout, this,
            [this] { fail(tr("could not reach any peer that serves compact block filters or bloom filters")); });
    m_quietTimer.setSingleShot(true);
    connect(&m_quietTimer, &QTimer::timeout, this, &WalletSync::endPassQuiet);
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &WalletSync::bip37Timeout);
    m_filterWaitTimer.setSingleShot(true);
    connect(&m_filterWaitTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcCairnWallet, "filter headers did not reach the tip in time; scanning with BIP37");
        m_filtersFailed = true;
        start();
    });
    if (m_filters) {
        connect(m_filters, &net::FilterSync::filterHeadersAdvanced, this, [this](int height) {
            if (m_filterWaitTimer.isActive() && height >= m_next) {
                m_filterWaitTimer.stop();
                start();
            }
        });
    }
    m_chainListener = m_chain.subscribe([this](const chain::ChainChange& change) { onChainChanged(change); });
    m_peers.addListener(this);
    m_progressClock.start();
}

WalletSync::~WalletSync() {
    m_peers.removeListener(this);
    m_chain.unsubscribe(m_chainListener);
    flushCursor();
}

QString WalletSync::name() const { return QString::fromStdString(m_wallet->meta().name); }

int64_t WalletSync::now() const {
    return m_options.clock ? m_options.clock() : QDateTime::currentSecsSinceEpoch();
}

void WalletSync::start() {
    if (m_running) {
        m_restart = true;
        return;
    }
    scheduleStart();
}

void WalletSync::scheduleStart() { m_startTimer.start(); }

Result<void> WalletSync::rescanFrom(int height) {
    const int birthday = m_wallet->meta().birthdayHeight;
    const int from = height < 0 ? birthday : height;
    // Drop the running pass: its results would move the cursor past the rescan point.
    ++m_generation;
    bip37Reset();
    m_running = false;
    m_unflushed.reset();
    // Genesis pays nobody spendable, so the cursor never needs to go below it.
    const int keep = std::max(0, std::min(from - 1, m_chain.tipHeight()));
    auto r = m_ledger.disconnectAbove(SyncCursor{keep, *m_chain.hashAt(keep)});
    if (!r.ok()) return r.error();
    m_scanned = keep;
    m_synced = false;
    emit updated();
    scheduleStart();
    return {};
}

Result<void> WalletSync::reconcile() {
    auto cursor = m_ledger.cursor();
    if (!cursor.ok()) return cursor.error();
    // Genesis pays nobody spendable: scans start at height 1 at the earliest.
    const int birthday = std::max(1, m_wallet->meta().birthdayHeight);
    if (!*cursor) {
        m_next = birthday;
        m_scanned = birthday - 1;
        return {};
    }
    SyncCursor c = **cursor;
    if (c.hash.isNull()) {
        // A rescan request (WalletClient::rescan): the height alone, resolved against our best chain.
        const int h = std::max(0, std::min(c.height, m_chain.tipHeight()));
        c = SyncCursor{h, *m_chain.hashAt(h)};
        auto rolled = m_ledger.disconnectAbove(c);
        if (!rolled.ok()) return rolled.error();
        if (*rolled > 0) emit updated();
    } else if (!m_chain.isOnBestChain(c.hash)) {
        // The cursor's block left the best chain (a reorg while we were not looking): find the fork.
        BlockHash h = c.hash;
        int guard = 0;
        while (m_chain.contains(h) && !m_chain.isOnBestChain(h) && guard++ < 100'000) {
            auto info = m_chain.info(h);
            if (!info) break;
            h = info->prev;
        }
        SyncCursor fork;
        if (auto height = m_chain.heightOf(h); height && m_chain.isOnBestChain(h)) {
            fork = SyncCursor{*height, h};
        } else {
            // Unknown to this node (another data directory?): rescan from the birthday.
            const int keep = std::max(0, std::min(birthday - 1, m_chain.tipHeight()));
            fork = SyncCursor{keep, *m_chain.hashAt(keep)};
        }
        qCInfo(lcCairnWallet, "wallet %s: cursor left the best chain, rolling back to %d", m_wallet->meta().name.c_str(),
               fork.height);
        auto rolled = m_ledger.disconnectAbove(fork);
        if (!rolled.ok()) return rolled.error();
        if (*rolled > 0) emit updated();
        c = fork;
    }
    m_scanned = c.height;
    m_next = std::max(c.height + 1, birthday);
    return {};
}

void WalletSync::runPass() {
    if (m_running) return;
    m_restart = false;
    m_quietTimer.stop();
    if (auto r = reconcile(); !r.ok()) return fail(QString::fromStdString(r.message()));
    m_running = true;
    m_synced = false;
    m_mode = Mode::None;
    ++m_generation;
    if (m_next > m_chain.tipHeight()) return finishScan();
    if (bip157Usable()) {
        m_mode = Mode::Bip157;
        return bip157Request();
    }
    if (m_filters && !m_filtersFailed && m_filters->available()) {
        // A filter peer is here but its filter headers are not verified that far yet: wait (bounded).
        m_running = false;
        if (!m_filterWaitTimer.isActive()) m_filterWaitTimer.start(m_options.requestTimeoutMs);
        return;
    }
    if (pickBloomPeer()) {
        m_mode = Mode::Bip37;
        return bip37Request();
    }
    // No usable peer yet: wait for one (peerReady restarts), but not forever.
    m_running = false;
    m_mode = Mode::None;
    if (!m_noPeerTimer.isActive()) m_noPeerTimer.start(m_options.noPeerTimeoutMs);
}

void WalletSync::fail(const QString& why) {
    ++m_generation;
    bip37Reset();
    m_running = false;
    flushCursor();
    qCWarning(lcCairnWallet, "wallet discovery: %s", qPrintable(why));
    emit failed(why);
}

void WalletSync::emitProgress(bool force) {
    if (!force && m_progressClock.elapsed() < kProgressIntervalMs) return;
    m_progressClock.restart();
    emit progress(m_scanned, m_chain.tipHeight());
}

WalletSync::Commit WalletSync::commitBlock(int height, std::vector<ConfirmedTx> txs) {
    const auto hash = m_chain.hashAt(height);
    if (!hash) {
        fail(tr("block %1 is no longer in the best chain").arg(height));
        return Commit::Failed;
    }
    bool relevant = false;
    for (const auto& t : txs) relevant |= m_ledger.isRelevant(t.tx);
    if (!relevant) {
        // Nothing to store: the cursor moves in memory and is flushed with the next write.
        m_unflushed = SyncCursor{height, *hash};
        m_scanned = height;
        m_next = height + 1;
        emitProgress(false);
        return Commit::Next;
    }
    BlockPlace place{*hash, height, 0};
    if (auto info = m_chain.info(*hash)) place.time = info->time;
    auto change = m_ledger.applyBlock(place, txs);
    if (!change.ok()) {
        fail(QString::fromStdString(change.message()));
        return Commit::Failed;
    }
    m_unflushed.reset();
    m_scanned = height;
    m_next = height + 1;
    if (change->stored > 0) emit updated();
    emitProgress(false);
    if (!change->newScripts.empty()) {
        // The gap window grew: scan this block again with the new scripts, then go on.
        qCInfo(lcCairnWallet, "wallet %s: %zu new scripts at height %d, rescanning from there",
               m_wallet->meta().name.c_str(), change->newScripts.size(), height);
        m_next = height;
        return Commit::Again;
    }
    return Commit::Next;
}

void WalletSync::flushCursor() {
    if (!m_unflushed) return;
    if (auto r = m_ledger.setCursor(*m_unflushed); !r.ok())
        qCWarning(lcCairnWallet, "saving the scan cursor failed: %s", r.message().c_str());
    m_unflushed.reset();
}

void WalletSync::finishScan() {
    flushCursor();
    if (m_mode != Mode::None) {
        const std::string mode = m_mode == Mode::Bip157 ? "bip157" : "bip37";
        if (auto r = m_wallet->store().setSyncValue("scan_mode", Bytes(mode.begin(), mode.end())); !r.ok())
            qCWarning(lcCairnWallet, "saving the scan mode failed: %s", r.message().c_str());
    }
    emitProgress(true);
    if (m_restart || m_next <= m_chain.tipHeight()) {
        m_running = false;
        return scheduleStart();
    }
    // Mempool: load our filter into a BIP37 peer (relay of new wallet transactions) and ask for its mempool.
    if (net::Connection* c = pickBloomPeer(); c && m_options.mempoolWaitMs > 0) {
        loadBloomFilter(*c);
        c->send(net::MemPool{});
        m_awaitingMempool = true;
        m_quietTimer.start(m_options.mempoolWaitMs);
        return;
    }
    m_quietTimer.start(0);
}

void WalletSync::endPassQuiet() {
    if (!m_running) return;
    m_awaitingMempool = false;
    if (!m_askedTxs.empty() && m_quietTimer.interval() > 0) {
        // Transactions asked after the mempool inv are still on their way: give them one more period.
        m_askedTxs.clear();
        m_quietTimer.start(m_options.mempoolQuietMs);
        return;
    }
    m_running = false;
    m_synced = true;
    m_filtersFailed = false;
    emit synced(m_scanned);
    if (m_restart) scheduleStart();
}

void WalletSync::onChainChanged(const chain::ChainChange& change) {
    if (change.isReorg() && change.forkHeight < m_scanned) {
        // Abandon whatever the pass asked for; reconcile() rolls back to the fork at the next pass.
        ++m_generation;
        bip37Reset();
        m_running = false;
        m_unflushed.reset();
    }
    start();
}

void WalletSync::onRelayedTx(const primitives::Transaction& tx) {
    m_askedTxs.erase(tx.txid());
    if (!m_ledger.isRelevant(tx)) return;
    auto change = m_ledger.applyUnconfirmed(tx, now());
    if (!change.ok()) {
        qCWarning(lcCairnWallet, "storing relayed transaction failed: %s", change.message().c_str());
        return;
    }
    if (change->stored > 0) emit updated();
    if (!change->newScripts.empty() && m_bloomPeer) {
        if (net::Connection* c = m_peers.peer(m_bloomPeer)) loadBloomFilter(*c);
    }
    if (m_quietTimer.isActive() && !m_awaitingMempool) m_quietTimer.start(m_options.mempoolQuietMs);
}

void WalletSync::onInv(net::Connection& c, const net::Inv& inv) {
    net::GetData want;
    for (const auto& item : inv.items) {
        if (item.type != net::InvType::Tx && item.type != net::InvType::WitnessTx) continue;
        const primitives::Txid txid(item.hash);
        if (m_askedTxs.count(txid)) continue;
        m_askedTxs.insert(txid);
        want.items.push_back(net::InvVector{net::InvType::WitnessTx, item.hash});
    }
    if (m_awaitingMempool) {
        // The answer to `mempool` (an empty mempool sends nothing, and the wait just runs out).
        m_awaitingMempool = false;
        m_quietTimer.start(m_options.mempoolQuietMs);
    }
    if (want.items.empty()) return;
    c.send(want);
    if (m_quietTimer.isActive() && !m_awaitingMempool) m_quietTimer.start(m_options.mempoolQuietMs);
}

void WalletSync::peerReady(net::Connection&) {
    if (!m_running && !m_synced) {
        m_noPeerTimer.stop();
        start();
    }
}

void WalletSync::peerMessage(net::Connection& c, const net::Message& m) {
    if (const auto* mb = std::get_if<net::MerkleBlockMessage>(&m)) return bip37OnMerkleBlock(c, mb->merkleBlock);
    if (const auto* tx = std::get_if<net::TxMessage>(&m)) {
        if (c.id() == m_bloomPeer && bip37OnTx(tx->tx)) return;
        return onRelayedTx(tx->tx);
    }
    if (const auto* inv = std::get_if<net::Inv>(&m)) return onInv(c, *inv);
    if (const auto* nf = std::get_if<net::NotFound>(&m)) {
        for (const auto& item : nf->items) {
            if (item.type == net::InvType::FilteredBlock && c.id() == m_bloomPeer && m_slotByHash.count(BlockHash(item.hash))) {
                m_badBloomPeers.insert(c.id());
                return bip37Timeout();
            }
            m_askedTxs.erase(primitives::Txid(item.hash));
        }
    }
}

void WalletSync::peerClosed(int id) {
    if (id == m_bloomPeer) {
        m_bloomPeer = 0;
        if (m_running && m_mode == Mode::Bip37 && !m_slots.empty()) bip37Timeout();
    }
}

}  // namespace cairn::wallet
