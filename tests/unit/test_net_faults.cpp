// SPDX-License-Identifier: MIT
// Protocol faults from scripted peers (QTcpServers in this test that speak the P2P protocol, then misbehave).
// Each row runs a header sync against one faulty peer and one good peer serving 2,100 valid regtest headers
// mined in-process. Expected every time: the faulty peer is disconnected and banned (the ban is in the peer
// store), nothing of its data reaches the header store, and the sync completes with the good peer. A peer
// that merely stalls is replaced without a ban.
#include "chain/header_chain.h"
#include "chain/params.h"
#include "common/test_paths.h"
#include "net/header_sync.h"
#include "net/peer_manager.h"
#include "storage/database.h"
#include "storage/header_store.h"
#include "storage/peer_store.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <functional>

using namespace cairn;
using namespace cairn::net;
using primitives::BlockHeader;

namespace {

const chain::ChainParams& regtest() { return chain::chainParams(Network::Regtest); }

/// Finds a nonce meeting (or, with `valid` false, missing) the header's own target.
BlockHeader solve(BlockHeader h, bool valid = true) {
    for (h.nonce = 0;; ++h.nonce) {
        if (h.checkProofOfWork(regtest().powLimit) == valid) return h;
    }
}

/// `count` headers on top of `parent`, `spacing` seconds apart, with a per-branch `salt` in the version.
std::vector<BlockHeader> mineBranch(const BlockHeader& parent, int count, int32_t salt = 0, uint32_t spacing = 600) {
    std::vector<BlockHeader> out;
    BlockHeader prev = parent;
    for (int i = 0; i < count; ++i) {
        BlockHeader h;
        h.version = 0x20000000 | salt;
        h.prevBlock = prev.hash();
        h.merkleRoot.fill(static_cast<uint8_t>(i));
        h.time = prev.time + spacing;
        h.bits = regtest().powLimitBits;
        h = solve(h);
        out.push_back(h);
        prev = h;
    }
    return out;
}

enum class Fault { BadChecksum, OversizedLength, InvalidPow, WrongBits, NotConnecting, TimeTooNew, TooManyHeaders,
                   LowWorkForkFlood, Stall };

/// A peer on a loopback QTcpServer: answers the handshake, then serves `chain` (after genesis) to getheaders,
/// or misbehaves as `fault` says.
class ScriptedPeer : public QObject {
public:
    ScriptedPeer(std::vector<BlockHeader> chain, std::optional<Fault> fault, int announcedHeight)
        : m_chain(std::move(chain)), m_fault(fault), m_height(announcedHeight) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_socket = s;
                connect(s, &QTcpSocket::readyRead, this, [this] { onRead(); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }

private:
    void sendRaw(const Bytes& b) { m_socket->write(reinterpret_cast<const char*>(b.data()), static_cast<qint64>(b.size())); }
    void send(const Message& m) { sendRaw(encodeMessage(regtest().messageStart, m)); }
    void sendHeaders(std::vector<BlockHeader> hs) {
        Headers msg;
        msg.headers = std::move(hs);
        send(msg);
    }

    void onRead() {
        const QByteArray data = m_socket->readAll();
        m_reader.append(ByteView(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size())));
        while (true) {
            auto next = m_reader.next();
            if (!next.ok() || !next->has_value()) return;
            auto msg = decodeMessage((*next)->command, (*next)->payload);
            if (!msg.ok() || !msg->has_value()) continue;
            if (std::holds_alternative<Version>(**msg)) {
                Version v;
                v.services = kNodeNetwork | kNodeWitness;
                v.nonce = 7;
                v.userAgent = "/scripted:1/";
                v.startHeight = m_height;
                v.receiver = NetAddress::ipv4(127, 0, 0, 1, 0);
                v.sender = v.receiver;
                send(v);
                send(Verack{});
            } else if (const auto* gh = std::get_if<GetHeaders>(&**msg)) {
                onGetHeaders(*gh);
            }
        }
    }

    /// Index in m_chain just after the first locator hash we know (0 = right after genesis).
    size_t startAfter(const GetHeaders& gh) const {
        for (const auto& h : gh.locator) {
            for (size_t i = 0; i < m_chain.size(); ++i)
                if (m_chain[i].hash() == h) return i + 1;
        }
        return 0;
    }

    std::vector<BlockHeader> goodBatch(const GetHeaders& gh) const {
        const size_t from = startAfter(gh);
        const size_t to = std::min(m_chain.size(), from + 2000);
        return {m_chain.begin() + static_cast<std::ptrdiff_t>(from), m_chain.begin() + static_cast<std::ptrdiff_t>(to)};
    }

    /// The header our peer would accept next (after its locator tip), then `mutate` applied and re-solved.
    BlockHeader nextHeaderAfter(const GetHeaders& gh, const std::function<void(BlockHeader&)>& mutate, bool validPow = true) {
        const size_t from = startAfter(gh);
        const BlockHeader parent = from == 0 ? regtest().genesisHeader : m_chain[from - 1];
        BlockHeader h = mineBranch(parent, 1, 0x55).front();
        mutate(h);
        return solve(h, validPow);
    }

    void onGetHeaders(const GetHeaders& gh) {
        if (!m_fault) return sendHeaders(goodBatch(gh));
        switch (*m_fault) {
        case Fault::BadChecksum: {
            Bytes framed = encodeMessage(regtest().messageStart, Message(Headers{goodBatch(gh)}));
            framed[20] ^= 0x5a;
            return sendRaw(framed);
        }
        case Fault::OversizedLength: {
            Bytes framed = frameMessage(regtest().messageStart, "headers", Bytes{0});
            framed[16] = 0x01;  // 4,000,001 = 0x003d0901
            framed[17] = 0x09;
            framed[18] = 0x3d;
            framed[19] = 0x00;
            return sendRaw(framed);
        }
        case Fault::InvalidPow: return sendHeaders({nextHeaderAfter(gh, [](BlockHeader&) {}, false)});
        case Fault::WrongBits: return sendHeaders({nextHeaderAfter(gh, [](BlockHeader& h) { h.bits = 0x207ffffe; })});
        case Fault::TimeTooNew:
            return sendHeaders({nextHeaderAfter(gh, [](BlockHeader& h) {
                h.time = static_cast<uint32_t>(QDateTime::currentSecsSinceEpoch() + 3 * 3600);
            })});
        case Fault::NotConnecting: {
            BlockHeader orphanParent = regtest().genesisHeader;
            orphanParent.nonce ^= 0xdeadbeef;  // a parent nobody has
            return sendHeaders(mineBranch(orphanParent, 20));
        }
        case Fault::TooManyHeaders: {
            // 2,001 valid-looking headers: the codec refuses the count before anything is validated.
            std::vector<BlockHeader> hs(2001, m_chain.front());
            return sendHeaders(hs);
        }
        case Fault::LowWorkForkFlood: {
            // Every reply a new 2,000-header branch from genesis: valid, but less work than the 2,100 headers the
            // good peer serves. The first reply waits until that download is surely done (it takes well under a
            // second on loopback), so that no flood branch ever has the most work.
            auto flood = [this] { sendHeaders(mineBranch(regtest().genesisHeader, 2000, ++m_branch, 601)); };
            if (m_branch == 0) QTimer::singleShot(800, this, flood);
            else flood();
            return;
        }
        case Fault::Stall: return;
        }
    }

    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    FrameReader m_reader{regtest().messageStart};
    std::vector<BlockHeader> m_chain;
    std::optional<Fault> m_fault;
    int m_height;
    int32_t m_branch = 0;
};

}  // namespace

Q_DECLARE_METATYPE(Fault)

class TestNetFaults : public QObject {
    Q_OBJECT
    std::vector<BlockHeader> m_good;

private slots:
    void initTestCase() {
        m_good = mineBranch(regtest().genesisHeader, 2100);
        QCOMPARE(m_good.size(), size_t{2100});
    }

    void faultyPeerIsBannedAndSyncContinues_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("announced");    // the faulty peer's start height
        QTest::addColumn<bool>("banned");      // false: only replaced (stall)
        QTest::addColumn<QString>("reason");   // expected in the ban reason / log
        QTest::newRow("bad checksum") << Fault::BadChecksum << 2200 << true << QStringLiteral("bad checksum");
        QTest::newRow("oversized length") << Fault::OversizedLength << 2200 << true << QStringLiteral("exceeds the limit");
        QTest::newRow("invalid proof of work") << Fault::InvalidPow << 2200 << true << QStringLiteral("high-hash");
        QTest::newRow("wrong difficulty bits") << Fault::WrongBits << 2200 << true << QStringLiteral("bad-diffbits");
        QTest::newRow("non-connecting headers") << Fault::NotConnecting << 2200 << true << QStringLiteral("headers-not-connecting");
        QTest::newRow("timestamp too far ahead") << Fault::TimeTooNew << 2200 << true << QStringLiteral("time-too-new");
        QTest::newRow("2,001 headers") << Fault::TooManyHeaders << 2200 << true << QStringLiteral("exceeds the limit");
        QTest::newRow("low-work fork flood") << Fault::LowWorkForkFlood << 0 << true << QStringLiteral("low-work fork flood");
        QTest::newRow("stalling peer") << Fault::Stall << 2200 << false << QString();
    }

    void faultyPeerIsBannedAndSyncContinues() {
        QFETCH(Fault, fault);
        QFETCH(int, announced);
        QFETCH(bool, banned);
        QFETCH(QString, reason);

        const QString dir = cairn::test::freshTempDir(QStringLiteral("net-faults"));
        auto db = storage::Database::open(QDir(dir).absoluteFilePath(QStringLiteral("node.sqlite")).toStdString(),
                                          storage::nodeMigrations());
        QVERIFY2(db.ok(), db.message().c_str());
        auto headerStore = storage::HeaderStore::open(**db);
        auto peerStore = storage::PeerStore::open(**db);
        QVERIFY(headerStore.ok() && peerStore.ok());
        auto chain = chain::HeaderChain::open(regtest(), **headerStore);
        QVERIFY2(chain.ok(), chain.message().c_str());

        ScriptedPeer good(m_good, std::nullopt, 2100);
        ScriptedPeer bad(m_good, fault, announced);
        PeerManager::Options po;
        po.connectOnly = {bad.address(), good.address()};
        po.reconnectDelayMs = 200;
        po.connection.handshakeTimeoutMs = 3000;
        PeerManager peers(regtest(), peerStore->get(), po);
        HeaderSync::Options so;
        so.requestTimeoutMs = 1500;
        so.idleTimeoutMs = 1500;
        HeaderSync sync(**chain, peers, so);
        QVERIFY(peers.start().ok());

        const std::string badKey = PeerManager::banKey(QStringLiteral("127.0.0.1"), bad.port());
        bool badGone = false;
        // The stalling peer is redialled after it is dropped; seeing it dropped once is enough.
        auto stallDropped = [&] {
            for (Connection* c : peers.allPeers())
                if (c->port() == bad.port() && c->id() > 2) return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT((badGone = banned ? peers.isBanned(badKey) : stallDropped(),
                                  badGone && (*chain)->tipHeight() == 2100),
                                 30000);

        // The good chain, exactly: tip, height and the number of stored rows (genesis + 2,100).
        QCOMPARE((*chain)->tip(), m_good.back().hash());
        auto stored = (*headerStore)->count();
        QVERIFY(stored.ok());
        QCOMPARE(*stored, size_t{2101});
        QCOMPARE((*chain)->poolSize() > 0, fault == Fault::LowWorkForkFlood);

        auto bans = (*peerStore)->bans(QDateTime::currentSecsSinceEpoch());
        QVERIFY(bans.ok());
        if (banned) {
            QCOMPARE(bans->size(), size_t{1});
            QCOMPARE(QString::fromStdString(bans->front().host), QString::fromStdString(badKey));
            QVERIFY2(QString::fromStdString(bans->front().reason).contains(reason), bans->front().reason.c_str());
            QVERIFY(bans->front().bannedUntil >= QDateTime::currentSecsSinceEpoch() + 24 * 3600 - 60);
            // The ban survives a restart: a new manager over the same store refuses the peer.
            PeerManager again(regtest(), peerStore->get(), po);
            QVERIFY(again.isBanned(badKey));
        } else {
            QVERIFY(bans->empty());  // stalling is not a ban
        }
        QVERIFY(!peers.isBanned(PeerManager::banKey(QStringLiteral("127.0.0.1"), good.port())));
        peers.stop();
    }
};

QTEST_GUILESS_MAIN(TestNetFaults)
#include "test_net_faults.moc"
