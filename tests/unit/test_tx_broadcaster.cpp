// SPDX-License-Identifier: MIT
// TxBroadcaster against scripted loopback peers: the announcement uses the txid (MSG_TX) for peers before BIP339
// and the wtxid (MSG_WTX) for protocol 70016 peers; a getdata is answered with exactly our transaction; a NODE_BLOOM
// peer is asked for its mempool and its inv makes the tx "relayed"; a reject is reported with the peer's reason;
// getdata for unknown hashes and floods of unrelated invs are ignored; a peer that connects later is told too.
#include "chain/params.h"
#include "common/test_paths.h"
#include "net/frame.h"
#include "net/peer_manager.h"
#include "net/tx_broadcaster.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace cairn;
using namespace cairn::net;

namespace {

const chain::ChainParams& regtest() { return chain::chainParams(Network::Regtest); }

/// A segwit transaction (txid != wtxid) that nobody needs to validate.
primitives::Transaction sampleTx() {
    primitives::Transaction tx;
    tx.version = 2;
    primitives::TxIn in;
    in.prevout.txid = primitives::Txid(std::array<uint8_t, 32>{1, 2, 3});
    in.prevout.index = 1;
    in.sequence = 0xfffffffd;
    in.witness = {Bytes(71, 0x30), Bytes(33, 0x02)};
    tx.inputs.push_back(in);
    tx.outputs.push_back(primitives::TxOut{primitives::Amount::fromSats(12'345), Bytes{0x00, 0x14, 9, 9, 9, 9, 9, 9, 9,
                                                                                      9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}});
    return tx;
}

/// A loopback peer announcing `version` and `services`; records what it receives and can be told what to send.
class ScriptedPeer : public QObject {
public:
    ScriptedPeer(int32_t version, uint64_t services) : m_version(version), m_services(services) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_socket = s;
                connect(s, &QTcpSocket::readyRead, this, [this] { onRead(); });
            }
        });
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    void send(const Message& m) {
        const Bytes b = encodeMessage(regtest().messageStart, m);
        m_socket->write(reinterpret_cast<const char*>(b.data()), qint64(b.size()));
    }
    std::vector<Inv> invs;
    std::vector<primitives::Transaction> txs;
    int mempoolRequests = 0;
    /// Answer every announced tx with getdata, and a mempool request with an inv of `mempoolAnswer`.
    bool fetch = true;
    std::vector<InvVector> mempoolAnswer;

private:
    void onRead() {
        const QByteArray data = m_socket->readAll();
        m_reader.append(ByteView(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size())));
        while (true) {
            auto next = m_reader.next();
            if (!next.ok() || !next->has_value()) return;
            auto msg = decodeMessage((*next)->command, (*next)->payload);
            if (!msg.ok() || !msg->has_value()) continue;
            if (std::holds_alternative<Version>(**msg)) {
                Version v;
                v.version = m_version;
                v.services = m_services;
                v.nonce = 99;
                v.userAgent = "/scripted:1/";
                v.receiver = NetAddress::ipv4(127, 0, 0, 1, 0);
                v.sender = v.receiver;
                send(v);
                send(Verack{});
            } else if (const auto* inv = std::get_if<Inv>(&**msg)) {
                invs.push_back(*inv);
                if (fetch) send(GetData{inv->items});
            } else if (const auto* tx = std::get_if<TxMessage>(&**msg)) {
                txs.push_back(tx->tx);
            } else if (std::holds_alternative<MemPool>(**msg)) {
                ++mempoolRequests;
                if (!mempoolAnswer.empty()) send(Inv{mempoolAnswer});
            }
        }
    }

    int32_t m_version;
    uint64_t m_services;
    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    FrameReader m_reader{regtest().messageStart};
};

PeerManager::Options optionsFor(const QStringList& peers) {
    PeerManager::Options po;
    po.connectOnly = peers;
    po.reconnectDelayMs = 200;
    po.useDnsSeeds = false;
    return po;
}

}  // namespace

class TestTxBroadcaster : public QObject {
    Q_OBJECT
private slots:
    void announcesFetchesAndSeesRelay_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("bloom");
        QTest::newRow("bcoin-like: 70015, NODE_BLOOM (txid inv, mempool check)") << 70015 << true;
        QTest::newRow("Core-like: 70016 without NODE_BLOOM (wtxid inv, no mempool request)") << 70016 << false;
    }

    void announcesFetchesAndSeesRelay() {
        QFETCH(int, version);
        QFETCH(bool, bloom);
        const primitives::Transaction tx = sampleTx();
        QVERIFY(tx.txid().bytes() != tx.wtxid().bytes());
        ScriptedPeer peer(version, kNodeNetwork | kNodeWitness | (bloom ? uint64_t(kNodeBloom) : 0));
        const InvType expectedType = version >= 70016 ? InvType::WTx : InvType::Tx;
        const crypto::Hash256 expectedHash = version >= 70016 ? tx.wtxid().bytes() : tx.txid().bytes();
        peer.mempoolAnswer = {InvVector{InvType::Tx, tx.txid().bytes()}};
        PeerManager peers(regtest(), nullptr, optionsFor({peer.address()}));
        TxBroadcaster broadcaster(peers, TxBroadcaster::Options{60'000, 100});
        QSignalSpy sent(&broadcaster, &TxBroadcaster::sent);
        QSignalSpy relayed(&broadcaster, &TxBroadcaster::relayed);
        QVERIFY(peers.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(int(peers.readyPeers().size()), 1, 10'000);

        broadcaster.broadcast(tx);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10'000);
        QCOMPARE(peer.invs.size(), size_t(1));
        QCOMPARE(peer.invs[0].items.size(), size_t(1));
        QCOMPARE(int(peer.invs[0].items[0].type), int(expectedType));
        QVERIFY(peer.invs[0].items[0].hash == expectedHash);
        QTRY_COMPARE_WITH_TIMEOUT(peer.txs.size(), size_t(1), 10'000);
        QVERIFY(peer.txs[0] == tx);  // the full witness serialisation
        QCOMPARE(broadcaster.fetchCount(tx.txid()), 1);
        if (bloom) {
            QTRY_COMPARE_WITH_TIMEOUT(relayed.count(), 1, 10'000);
            QCOMPARE(peer.mempoolRequests, 1);
            QVERIFY(broadcaster.isRelayed(tx.txid()));
        } else {
            QTest::qWait(400);
            QCOMPARE(peer.mempoolRequests, 0);  // Core disconnects NODE_BLOOM-less mempool requests
            QCOMPARE(relayed.count(), 0);
            // Another announcement of it (any peer) counts as relay.
            peer.send(Inv{{InvVector{InvType::WTx, tx.wtxid().bytes()}}});
            QTRY_COMPARE_WITH_TIMEOUT(relayed.count(), 1, 10'000);
        }
        QCOMPARE(relayed.at(0).at(0).value<primitives::Txid>(), tx.txid());
    }

    void ignoresStrangersAndReportsRejects() {
        const primitives::Transaction tx = sampleTx();
        ScriptedPeer peer(70015, kNodeNetwork | kNodeWitness);
        peer.fetch = false;
        PeerManager peers(regtest(), nullptr, optionsFor({peer.address()}));
        TxBroadcaster broadcaster(peers, TxBroadcaster::Options{60'000, 100});
        QSignalSpy sent(&broadcaster, &TxBroadcaster::sent);
        QSignalSpy relayed(&broadcaster, &TxBroadcaster::relayed);
        QSignalSpy rejected(&broadcaster, &TxBroadcaster::rejected);
        QVERIFY(rejected.isValid());
        QVERIFY(peers.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(int(peers.readyPeers().size()), 1, 10'000);
        broadcaster.broadcast(tx);
        QTRY_COMPARE_WITH_TIMEOUT(peer.invs.size(), size_t(1), 10'000);

        // getdata for hashes that are not ours, and a flood of unrelated invs: nothing is sent, nothing relayed.
        std::vector<InvVector> strangers;
        for (uint32_t i = 0; i < 5000; ++i) {
            crypto::Hash256 h{};
            h[0] = uint8_t(i);
            h[1] = uint8_t(i >> 8);
            h[31] = 0xee;
            strangers.push_back(InvVector{InvType::Tx, h});
        }
        peer.send(GetData{strangers});
        peer.send(Inv{strangers});
        QTest::qWait(500);
        QCOMPARE(peer.txs.size(), size_t(0));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(relayed.count(), 0);
        QVERIFY(peers.readyPeers().size() == 1);

        // A reject naming our txid is reported with the peer's (sanitised) reason; one for another hash is not.
        Connection* conn = peers.readyPeers().front();
        Reject other{"tx", 0x40, "whatever", Bytes(32, 0xaa)};
        broadcaster.peerMessage(*conn, Message(other));
        const primitives::Txid txid = tx.txid();
        Reject ours{"tx", 0x40, "no-witness-yet\x01", Bytes(txid.bytes().begin(), txid.bytes().end())};
        broadcaster.peerMessage(*conn, Message(ours));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(2).toString(), QStringLiteral("no-witness-yet?"));
        QVERIFY(broadcaster.isTracked(tx.txid()));

        // Forgotten: a later getdata for it is not answered.
        broadcaster.forget(tx.txid());
        peer.send(GetData{{InvVector{InvType::Tx, tx.txid().bytes()}}});
        QTest::qWait(300);
        QCOMPARE(peer.txs.size(), size_t(0));
    }

    void peerThatConnectsLaterIsTold() {
        const primitives::Transaction tx = sampleTx();
        ScriptedPeer first(70015, kNodeNetwork);
        PeerManager peers(regtest(), nullptr, optionsFor({first.address()}));
        TxBroadcaster broadcaster(peers, TxBroadcaster::Options{60'000, 100});
        broadcaster.broadcast(tx);  // nobody is connected yet
        QVERIFY(peers.start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(first.txs.size(), size_t(1), 10'000);
        QCOMPARE(first.invs.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestTxBroadcaster)
#include "test_tx_broadcaster.moc"
