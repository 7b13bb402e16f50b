// SPDX-License-Identifier: MIT
// Connection: version/verack handshake through a SOCKS5 proxy (RFC 1928, no authentication, the target
// given as a domain name the proxy resolves), a handshake timeout against a silent peer, and the peer
// address book's candidate order.
#include "chain/params.h"
#include "common/test_paths.h"
#include "net/connection.h"
#include "storage/database.h"
#include "storage/peer_store.h"
#include "storage/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace cairn;
using namespace cairn::net;

namespace {

const chain::ChainParams& regtest() { return chain::chainParams(Network::Regtest); }

/// A peer that completes the handshake and answers pings.
class HandshakePeer : public QObject {
public:
    HandshakePeer() {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                const QByteArray d = s->readAll();
                m_reader.append(ByteView(reinterpret_cast<const uint8_t*>(d.constData()), static_cast<size_t>(d.size())));
                while (true) {
                    auto next = m_reader.next();
                    if (!next.ok() || !next->has_value()) return;
                    auto m = decodeMessage((*next)->command, (*next)->payload);
                    if (!m.ok() || !m->has_value()) continue;
                    if (std::holds_alternative<Version>(**m)) {
                        Version v;
                        v.services = kNodeNetwork | kNodeWitness | kNodeBloom;
                        v.nonce = 5;
                        v.userAgent = "/handshake:1/";
                        v.startHeight = 42;
                        write(s, v);
                        write(s, Verack{});
                    } else if (const auto* p = std::get_if<Ping>(&**m)) {
                        write(s, Pong{p->nonce});
                    }
                }
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static void write(QTcpSocket* s, const Message& m) {
        const Bytes b = encodeMessage(regtest().messageStart, m);
        s->write(reinterpret_cast<const char*>(b.data()), static_cast<qint64>(b.size()));
    }
    QTcpServer m_server;
    FrameReader m_reader{regtest().messageStart};
};

/// A minimal SOCKS5 proxy: checks the greeting and the CONNECT request, then relays to `target`.
class Socks5Proxy : public QObject {
public:
    explicit Socks5Proxy(quint16 target) : m_target(target) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            connect(m_client, &QTcpSocket::readyRead, this, [this] { onClient(); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString requestedHost;
    quint16 requestedPort = 0;

private:
    void onClient() {
        m_buf += m_client->readAll();
        if (m_stage == 0 && m_buf.size() >= 3) {
            if (m_buf.left(3) != QByteArray::fromHex("050100")) return m_client->abort();
            m_buf.remove(0, 3);
            m_client->write(QByteArray::fromHex("0500"));
            m_stage = 1;
        }
        if (m_stage == 1 && m_buf.size() >= 5) {
            if (m_buf.left(4) != QByteArray::fromHex("05010003")) return m_client->abort();
            const int len = static_cast<uint8_t>(m_buf[4]);
            if (m_buf.size() < 5 + len + 2) return;
            requestedHost = QString::fromLatin1(m_buf.mid(5, len));
            requestedPort = static_cast<quint16>((static_cast<uint8_t>(m_buf[5 + len]) << 8) | static_cast<uint8_t>(m_buf[6 + len]));
            m_buf.remove(0, 7 + len);
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
            connect(m_upstream, &QTcpSocket::connected, this, [this] {
                m_client->write(QByteArray::fromHex("05000001000000000000"));
                m_stage = 2;
                if (!m_buf.isEmpty()) m_upstream->write(m_buf);
                m_buf.clear();
            });
            m_upstream->connectToHost(QHostAddress::LocalHost, m_target);
            return;
        }
        if (m_stage == 2) {
            m_upstream->write(m_buf);
            m_buf.clear();
        }
    }
    quint16 m_target;
    QTcpServer m_server;
    QTcpSocket* m_client = nullptr;
    QTcpSocket* m_upstream = nullptr;
    QByteArray m_buf;
    int m_stage = 0;
};

}  // namespace

class TestNetConnection : public QObject {
    Q_OBJECT
private slots:
    void handshakeThroughSocks5WithADomainName() {
        HandshakePeer peer;
        Socks5Proxy proxy(peer.port());
        Connection::Options o;
        o.magic = regtest().messageStart;
        o.proxyHost = QStringLiteral("127.0.0.1");
        o.proxyPort = proxy.port();
        Connection c(1, QStringLiteral("peer.example.onion"), 18444, o);
        bool ready = false;
        c.onReady = [&](Connection&) { ready = true; };
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
        QCOMPARE(proxy.requestedHost, QStringLiteral("peer.example.onion"));
        QCOMPARE(proxy.requestedPort, quint16{18444});
        QCOMPARE(c.peerVersion().startHeight, 42);
        QCOMPARE(QString::fromStdString(c.peerVersion().userAgent), QStringLiteral("/handshake:1/"));
        QTRY_VERIFY_WITH_TIMEOUT(c.pingMs() >= 0, 5000);  // the first ping was answered
        QVERIFY(c.bytesIn() > 0 && c.bytesOut() > 0);
    }

    void silentPeerTimesOutTheHandshake() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Connection::Options o;
        o.magic = regtest().messageStart;
        o.handshakeTimeoutMs = 500;
        Connection c(2, QStringLiteral("127.0.0.1"), silent.serverPort(), o);
        std::optional<CloseInfo> closed;
        c.onClosed = [&](Connection&, const CloseInfo& info) { closed = info; };
        QElapsedTimer t;
        t.start();
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(closed.has_value(), 5000);
        QVERIFY(closed->reason.contains(QStringLiteral("handshake timed out")));
        QVERIFY(!closed->misbehaved);
        QVERIFY(t.elapsed() >= 450);
    }

    void addressBookPrefersPeersThatWorked() {
        const QString dir = cairn::test::freshTempDir(QStringLiteral("net-peerstore"));
        auto db = storage::Database::open(QDir(dir).absoluteFilePath(QStringLiteral("n.sqlite")).toStdString(),
                                          storage::nodeMigrations());
        QVERIFY(db.ok());
        auto store = storage::PeerStore::open(**db);
        QVERIFY(store.ok());
        auto& s = **store;
        QVERIFY(s.addAddresses({{"1.1.1.1", 8333, 9, "dns", 100, 0, 0, 0}, {"2.2.2.2", 8333, 9, "addr", 200, 0, 0, 0},
                                {"3.3.3.3", 8333, 9, "addr", 300, 0, 0, 0}}).ok());
        QVERIFY(s.markSuccess("1.1.1.1", 8333, 9, 1000).ok());
        QVERIFY(s.markFailure("3.3.3.3", 8333).ok());
        auto c = s.candidates(10);
        QVERIFY(c.ok());
        QCOMPARE(c->size(), size_t{3});
        QCOMPARE(QString::fromStdString((*c)[0].host), QStringLiteral("1.1.1.1"));  // worked before
        QCOMPARE(QString::fromStdString((*c)[1].host), QStringLiteral("2.2.2.2"));  // no failures
        QCOMPARE(QString::fromStdString((*c)[2].host), QStringLiteral("3.3.3.3"));
        QVERIFY(s.ban("3.3.3.3", 5000, "test", 1000).ok());
        QVERIFY(*s.isBanned("3.3.3.3", 4999));
        QVERIFY(!*s.isBanned("3.3.3.3", 5000));  // expired
        QVERIFY(s.unban("3.3.3.3").ok());
        QVERIFY(!*s.isBanned("3.3.3.3", 1000));
    }
};

QTEST_GUILESS_MAIN(TestNetConnection)
#include "test_net_connection.moc"
