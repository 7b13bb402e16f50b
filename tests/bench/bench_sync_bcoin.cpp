// SPDX-License-Identifier: MIT
// Header sync speed against a real bcoin node serving 20,000 regtest headers: Cairn's full sync (handshake,
// getheaders, validation, SQLite persistence) versus bcoin's raw serving time, measured in the same run by a
// bare client that only sends getheaders and discards the replies. Prints BENCH lines; asserts no timing.
#include "chain/header_chain.h"
#include "chain/params.h"
#include "common/bcoin_node.h"
#include "common/test_paths.h"
#include "net/frame.h"
#include "net/header_sync.h"
#include "net/messages.h"
#include "net/peer_manager.h"
#include "storage/database.h"
#include "storage/header_store.h"
#include "storage/peer_store.h"
#include "storage/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

using namespace cairn;
using cairn::test::BcoinNode;

namespace {

constexpr int kHeaders = 20000;
const QString kScript = QStringLiteral("0014751e76e8199196d454941c45d1b3a323f1433bd6");

const chain::ChainParams& regtest() { return chain::chainParams(Network::Regtest); }

/// The bare client: handshake, then getheaders from the last hash received until a short reply. Returns the
/// seconds from the first getheaders to the last headers message, or -1 on failure.
double bareGetHeadersLoop(quint16 port, int expected) {
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000)) return -1;
    net::FrameReader reader(regtest().messageStart);
    auto send = [&](const net::Message& m) {
        const Bytes b = net::encodeMessage(regtest().messageStart, m);
        s.write(reinterpret_cast<const char*>(b.data()), static_cast<qint64>(b.size()));
    };
    // Returns the next message of `command`, answering nothing else (a bare client).
    auto await = [&](const std::string& command) -> std::optional<net::RawMessage> {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            auto next = reader.next();
            if (!next.ok()) return std::nullopt;
            if (next->has_value()) {
                if ((*next)->command == command) return **next;
                continue;
            }
            if (!s.waitForReadyRead(1000)) continue;
            const QByteArray d = s.readAll();
            reader.append(ByteView(reinterpret_cast<const uint8_t*>(d.constData()), static_cast<size_t>(d.size())));
        }
        return std::nullopt;
    };
    net::Version v;
    v.receiver = net::NetAddress::ipv4(127, 0, 0, 1, port);
    v.sender = net::NetAddress::ipv4(0, 0, 0, 0, 0);
    v.nonce = 99;
    v.userAgent = "/bench-bare/";
    send(v);
    if (!await("version")) return -1;
    send(net::Verack{});
    if (!await("verack")) return -1;
    QElapsedTimer clock;
    clock.start();
    primitives::BlockHash last = regtest().genesisHash;
    int received = 0;
    while (received < expected) {
        net::GetHeaders gh;
        gh.locator = {last};
        send(gh);
        auto msg = await("headers");
        if (!msg) return -1;
        // Only the last hash is needed for the next request: read its 80 bytes, discard the rest.
        primitives::Reader r(msg->payload);
        auto count = r.compactSize(2000);
        if (!count.ok() || *count == 0) break;
        const size_t lastOffset = msg->payload.size() - 81;
        auto h = primitives::BlockHeader::parse(ByteView(msg->payload.data() + lastOffset, 80));
        if (!h.ok()) return -1;
        last = h->hash();
        received += static_cast<int>(*count);
    }
    return received >= expected ? static_cast<double>(clock.nsecsElapsed()) / 1e9 : -1;
}

}  // namespace

class BenchSyncBcoin : public QObject {
    Q_OBJECT
    BcoinNode m_node{QStringLiteral("bench-sync")};

private slots:
    void initTestCase() {
        if (const QString problem = BcoinNode::installProblem(); !problem.isEmpty()) QSKIP(qPrintable(problem));
        QVERIFY2(m_node.start(120000), qPrintable(m_node.lastError()));
        QElapsedTimer t;
        t.start();
        for (int done = 0; done < kHeaders; done += 2500)
            QVERIFY2(m_node.mine(2500, kScript).size() == 2500, qPrintable(m_node.lastError()));
        QCOMPARE(m_node.tipHeight(), kHeaders);
        qInfo("mined %d regtest blocks in %.1f s", kHeaders, t.elapsed() / 1000.0);
    }

    void sync20k() {
        const double bare1 = bareGetHeadersLoop(m_node.p2pPort(), kHeaders);
        QVERIFY2(bare1 > 0, "the bare getheaders loop failed");

        const QString dir = cairn::test::freshTempDir(QStringLiteral("bench-sync"));
        auto db = storage::Database::open(QDir(dir).absoluteFilePath(QStringLiteral("cairn.sqlite")).toStdString(),
                                          storage::nodeMigrations());
        QVERIFY2(db.ok(), db.message().c_str());
        auto headerStore = storage::HeaderStore::open(**db);
        auto peerStore = storage::PeerStore::open(**db);
        QVERIFY(headerStore.ok() && peerStore.ok());
        auto chain = chain::HeaderChain::open(regtest(), **headerStore);
        QVERIFY2(chain.ok(), chain.message().c_str());
        net::PeerManager::Options po;
        po.connectOnly = {QStringLiteral("127.0.0.1:%1").arg(m_node.p2pPort())};
        net::PeerManager peers(regtest(), peerStore->get(), po);
        net::HeaderSync sync(**chain, peers, net::HeaderSync::Options{});
        // Timed like the bare loop: from the completed handshake to the last header stored.
        QElapsedTimer clock;
        double cairnSecs = -1;
        struct Start : net::PeerListener {
            QElapsedTimer* clock;
            void peerReady(net::Connection&) override { clock->start(); }
        } start;
        start.clock = &clock;
        peers.addListener(&start);
        connect(&sync, &net::HeaderSync::progress, this, [&] {
            if (cairnSecs < 0 && (*chain)->tipHeight() >= kHeaders) cairnSecs = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        });
        QVERIFY(peers.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(cairnSecs > 0, 300000);
        peers.removeListener(&start);
        peers.stop();
        QCOMPARE((*chain)->tip().toHex(), m_node.tipHash().toStdString());

        const double bare2 = bareGetHeadersLoop(m_node.p2pPort(), kHeaders);
        QVERIFY2(bare2 > 0, "the bare getheaders loop failed");
        const double bare = (bare1 + bare2) / 2;
        std::printf("BENCH sync_20k_cairn_s: %.3f s\n", cairnSecs);
        std::printf("BENCH sync_20k_bare_s: %.3f s\n", bare);
        std::printf("BENCH sync_20k_ratio: %.2f x\n", cairnSecs / bare);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchSyncBcoin)
#include "bench_sync_bcoin.moc"
