// SPDX-License-Identifier: MIT
#include "net/tx_broadcaster.h"

#include "net/protocol.h"

#include <QPointer>

#include <algorithm>

namespace cairn::net {

namespace {
/// BIP339: wtxid relay is in force when both sides speak protocol 70016 or later (Cairn always sends
/// wtxidrelay; Bitcoin Core sends it to every peer at that version).
bool usesWtxidRelay(const Connection& peer) { return peer.peerVersion().version >= 70016; }
}  // namespace

TxBroadcaster::TxBroadcaster(PeerManager& peers, Options options, QObject* parent)
    : QObject(parent), m_peers(peers), m_options(options) {
    m_peers.addListener(this);
    m_rebroadcastTimer.setInterval(m_options.rebroadcastIntervalMs);
    connect(&m_rebroadcastTimer, &QTimer::timeout, this, &TxBroadcaster::rebroadcast);
}

TxBroadcaster::~TxBroadcaster() { m_peers.removeListener(this); }

void TxBroadcaster::broadcast(const primitives::Transaction& tx) {
    const primitives::Txid txid = tx.txid();
    auto it = m_txs.find(txid);
    if (it == m_txs.end()) it = m_txs.emplace(txid, Tracked{tx, tx.wtxid(), {}, {}, false}).first;
    for (Connection* peer : m_peers.readyPeers()) announce(*peer, it->second);
    if (!m_rebroadcastTimer.isActive()) m_rebroadcastTimer.start();
}

void TxBroadcaster::forget(const primitives::Txid& txid) {
    m_txs.erase(txid);
    if (m_txs.empty()) m_rebroadcastTimer.stop();
}

int TxBroadcaster::fetchCount(const primitives::Txid& txid) const {
    auto it = m_txs.find(txid);
    return it == m_txs.end() ? 0 : int(it->second.fetchedBy.size());
}

bool TxBroadcaster::isRelayed(const primitives::Txid& txid) const {
    auto it = m_txs.find(txid);
    return it != m_txs.end() && it->second.relayed;
}

void TxBroadcaster::announce(Connection& peer, Tracked& t) {
    Inv inv;
    if (usesWtxidRelay(peer))
        inv.items.push_back(InvVector{InvType::WTx, t.wtxid.bytes()});
    else
        inv.items.push_back(InvVector{InvType::Tx, t.tx.txid().bytes()});
    peer.send(inv);
    t.announcedTo.insert(peer.id());
}

TxBroadcaster::Tracked* TxBroadcaster::find(const crypto::Hash256& hash) {
    for (auto& [txid, t] : m_txs)
        if (txid.bytes() == hash || t.wtxid.bytes() == hash) return &t;
    return nullptr;
}

void TxBroadcaster::peerReady(Connection& peer) {
    for (auto& [txid, t] : m_txs) announce(peer, t);
}

void TxBroadcaster::peerMessage(Connection& peer, const Message& message) {
    if (m_txs.empty()) return;
    if (const auto* request = std::get_if<GetData>(&message)) return answerGetData(peer, *request);
    if (const auto* inv = std::get_if<Inv>(&message)) return noticeInv(peer, *inv);
    if (const auto* reject = std::get_if<Reject>(&message)) return noticeReject(peer, *reject);
}

void TxBroadcaster::peerClosed(int id) {
    for (auto& [txid, t] : m_txs) t.announcedTo.erase(id);
}

void TxBroadcaster::answerGetData(Connection& peer, const GetData& request) {
    for (const InvVector& item : request.items) {
        if (item.type != InvType::Tx && item.type != InvType::WitnessTx && item.type != InvType::WTx) continue;
        Tracked* t = find(item.hash);
        if (!t) continue;  // not ours: other listeners (or nobody) answer
        peer.send(TxMessage{t->tx});
        const primitives::Txid txid = t->tx.txid();
        const bool first = t->fetchedBy.insert(peer.id()).second;
        if (first) emit sent(txid, peer.id());
        // A NODE_BLOOM peer answers BIP35 `mempool` with invs of its mempool, which shows whether it accepted
        // the transaction. Peers without NODE_BLOOM may disconnect on `mempool`, so they are not asked.
        if (first && (peer.peerVersion().services & kNodeBloom) != 0) {
            QPointer<Connection> guard(&peer);
            QTimer::singleShot(m_options.mempoolCheckDelayMs, this, [this, guard, txid] {
                if (guard && guard->isReady() && m_txs.count(txid) && !m_txs.at(txid).relayed) guard->send(MemPool{});
            });
        }
    }
}

void TxBroadcaster::noticeInv(Connection& peer, const Inv& inv) {
    (void)peer;
    for (const InvVector& item : inv.items) {
        if (item.type != InvType::Tx && item.type != InvType::WTx && item.type != InvType::WitnessTx) continue;
        Tracked* t = find(item.hash);
        if (!t || t->relayed) continue;
        t->relayed = true;
        emit relayed(t->tx.txid());
    }
}

void TxBroadcaster::noticeReject(Connection& peer, const Reject& reject) {
    if (reject.message != TxMessage::kCommand || reject.data.size() != 32) return;
    crypto::Hash256 hash{};
    std::copy(reject.data.begin(), reject.data.end(), hash.begin());
    Tracked* t = find(hash);
    if (!t) return;
    // The reason is the peer's text: keep it printable and short before it reaches a user.
    QString reason = QString::fromLatin1(reject.reason.data(), qsizetype(std::min<size_t>(reject.reason.size(), 80)));
    for (QChar& c : reason)
        if (!c.isPrint()) c = QLatin1Char('?');
    emit rejected(t->tx.txid(), peer.id(), reason);
}

void TxBroadcaster::rebroadcast() {
    for (Connection* peer : m_peers.readyPeers())
        for (auto& [txid, t] : m_txs) announce(*peer, t);
}

}  // namespace cairn::net
