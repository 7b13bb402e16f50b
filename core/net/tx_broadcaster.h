// SPDX-License-Identifier: MIT
#pragma once

#include "net/peer_manager.h"
#include "primitives/hash_types.h"
#include "primitives/transaction.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <set>
#include <string>

namespace cairn::net {

/// Broadcasts our own transactions over P2P (a PeerListener on the PeerManager, network thread only).
///
/// A transaction is announced by inv to every ready peer (MSG_WTX with the wtxid to peers that negotiated
/// BIP339 wtxid relay, i.e. protocol >= 70016, else MSG_TX with the txid) and to peers that become ready later;
/// a getdata for it is answered with the transaction. It counts as "sent" once a peer fetched it, and as
/// "relayed" once a peer announces it back by inv (on its own, or in answer to the BIP35 `mempool` request
/// sent to NODE_BLOOM peers after they fetched it), and as refused by a peer that answers with `reject`. While it is tracked it is re-announced on a timer (until
/// forget(), e.g. when it confirms). A peer that never fetches, closes or is banned changes nothing else.
class TxBroadcaster : public QObject, public PeerListener {
    Q_OBJECT
public:
    struct Options {
        int rebroadcastIntervalMs = 10 * 60 * 1000;  ///< re-announce tracked transactions this often
        int mempoolCheckDelayMs = 1000;  ///< after a NODE_BLOOM peer fetched a tx, ask it for its mempool
    };

    /// Registers itself with `peers` (which must outlive it, or the broadcaster be destroyed first).
    TxBroadcaster(PeerManager& peers, Options options, QObject* parent = nullptr);
    ~TxBroadcaster() override;

    /// Starts tracking `tx` (a no-op besides a fresh announcement when already tracked) and announces it to
    /// every ready peer now.
    void broadcast(const primitives::Transaction& tx);
    /// Stops tracking (confirmed, replaced or abandoned). Unknown txids are ignored.
    void forget(const primitives::Txid& txid);
    /// True while `txid` is tracked.
    bool isTracked(const primitives::Txid& txid) const { return m_txs.count(txid) != 0; }
    /// Number of peers that fetched the transaction (0 when unknown).
    int fetchCount(const primitives::Txid& txid) const;
    /// True once a peer announced the transaction back.
    bool isRelayed(const primitives::Txid& txid) const;

    // PeerListener
    void peerReady(Connection& peer) override;
    void peerMessage(Connection& peer, const Message& message) override;
    void peerClosed(int id) override;

signals:
    /// Peer `peerId` fetched the transaction (emitted for every peer that does).
    void sent(const cairn::primitives::Txid& txid, int peerId);
    /// A peer announced the transaction back (emitted once per transaction).
    void relayed(const cairn::primitives::Txid& txid);
    /// Peer `peerId` refused the transaction with a BIP61 `reject` (e.g. "no-witness-yet"). The transaction stays
    /// tracked for the other peers.
    void rejected(const cairn::primitives::Txid& txid, int peerId, const QString& reason);

private:
    struct Tracked {
        primitives::Transaction tx;
        primitives::Wtxid wtxid;
        std::set<int> announcedTo;
        std::set<int> fetchedBy;
        bool relayed = false;
    };

    void announce(Connection& peer, Tracked& t);
    void answerGetData(Connection& peer, const GetData& request);
    void noticeInv(Connection& peer, const Inv& inv);
    void noticeReject(Connection& peer, const Reject& reject);
    void rebroadcast();
    Tracked* find(const crypto::Hash256& hash);

    PeerManager& m_peers;
    Options m_options;
    std::map<primitives::Txid, Tracked> m_txs;
    QTimer m_rebroadcastTimer;
};

}  // namespace cairn::net
