// SPDX-License-Identifier: MIT
// Proves the regtest harness (tests/common/bcoin_node.h) against a real bcoin node on loopback, and records
// the facts about bcoin that core/net and core/wallet rely on (see tests/regtest/README.md).
// The slots run in order on one node: later ones build on the chain the earlier ones mined.
#include "common/bcoin_node.h"
#include "regtest/raw_peer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using cairn::test::BcoinNode;
using cairn::test::RawMessage;
using cairn::test::RawPeer;
using cairn::test::RawReader;
using cairn::test::RawWriter;

namespace {
// A standard P2WPKH scriptPubKey (hash160 from BIP173's example key), in Cairn's (Bitcoin Core's) form.
const QString kOurScript = QStringLiteral("0014751e76e8199196d454941c45d1b3a323f1433bd6");
const QString kCoreRegtestGenesis = QStringLiteral("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206");
constexpr int kMaxHeadersPerMessage = 2000;
constexpr quint64 kNodeNetwork = 1, kNodeBloom = 4, kNodeWitness = 8;

QJsonObject vout(const QJsonValue& tx, const QString& scriptHex) {
    for (const QJsonValue& out : tx[QStringLiteral("vout")].toArray()) {
        if (out[QStringLiteral("scriptPubKey")][QStringLiteral("hex")].toString() == scriptHex) return out.toObject();
    }
    return {};
}

// The 80-byte headers of a 'headers' payload; empty list plus *ok=false when it is malformed.
QList<QByteArray> parseHeaders(const QByteArray& payload, bool* ok) {
    RawReader r(payload);
    const quint64 count = r.varint();
    QList<QByteArray> headers;
    for (quint64 i = 0; r.ok() && i < count && i <= kMaxHeadersPerMessage; ++i) {
        headers.append(r.bytes(80));
        if (r.varint() != 0) break;  // tx count is always 0 in 'headers'
    }
    *ok = r.atEnd() && quint64(headers.size()) == count;
    return headers;
}
}  // namespace

class TestBcoinHarness : public QObject {
    Q_OBJECT
    BcoinNode m_node{QStringLiteral("bcoin-harness")};
    QString m_ourAddress;
    QStringList m_first150;
    QString m_txid;
    QString m_txBlock;
    std::unique_ptr<RawPeer> m_peer;

    QString prevHash(const QString& hash) {
        return m_node.rpc(QStringLiteral("getblockheader"), {hash})[QStringLiteral("previousblockhash")].toString();
    }

private slots:
    void initTestCase() {
        const QString problem = BcoinNode::installProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QElapsedTimer t;
        t.start();
        QVERIFY2(m_node.start(), qPrintable(m_node.lastError()));
        qInfo("bcoin start-up until RPC, wallet RPC and P2P answer: %lld ms (log: %s)", t.elapsed(),
              qPrintable(m_node.logPath()));
    }

    void addressConversion_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("p2wpkh gets bcoin's bech32 hrp rb") << kOurScript << QStringLiteral("rb1q");
        QTest::newRow("p2pkh gets bcoin's base58 R")
            << QStringLiteral("76a914751e76e8199196d454941c45d1b3a323f1433bd688ac") << QStringLiteral("R");
        QTest::newRow("p2sh") << QStringLiteral("a914751e76e8199196d454941c45d1b3a323f1433bd687") << QString();
        QTest::newRow("p2wsh") << QStringLiteral("0020") + QString(64, QLatin1Char('7')) << QStringLiteral("rb1q");
    }
    void addressConversion() {
        QFETCH(QString, script);
        QFETCH(QString, prefix);
        const QString address = m_node.bcoinAddressForScript(script);
        QVERIFY2(!address.isEmpty(), qPrintable(m_node.lastError()));
        QVERIFY2(address.startsWith(prefix), qPrintable(address));
        QCOMPARE(m_node.scriptForBcoinAddress(address), script);
        QVERIFY(m_node.rpc(QStringLiteral("validateaddress"), {address})[QStringLiteral("isvalid")].toBool());
    }

    void addressConversionRefusesWhatItCannotMapExactly() {
        // P2PK has no address of its own (bcoin would silently answer the P2PKH address of the key).
        QVERIFY(m_node.bcoinAddressForScript(QStringLiteral("2103") + QString(64, QLatin1Char('1')) + "ac").isEmpty());
        QVERIFY(m_node.lastError().contains(QStringLiteral("no exact address form")));
        // Bitcoin Core's regtest form of kOurScript is not a bcoin regtest address.
        QVERIFY(m_node.scriptForBcoinAddress(QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080")).isEmpty());
        QVERIFY(m_node.lastError().contains(QStringLiteral("not a bcoin regtest address")));
    }

    void rpcErrorsAreReportedClearly() {
        QVERIFY(m_node.rpc(QStringLiteral("getblockheader"), {QString(64, QLatin1Char('0'))}).isUndefined());
        QVERIFY2(m_node.lastError().startsWith(QStringLiteral("rpc getblockheader: ")), qPrintable(m_node.lastError()));
        QVERIFY(m_node.rpc(QStringLiteral("nosuchmethod")).isUndefined());
        QVERIFY2(m_node.lastError().contains(QStringLiteral("nosuchmethod")), qPrintable(m_node.lastError()));
        QCOMPARE(m_node.rpc(QStringLiteral("getblockcount")).toInt(-1), 0);
        QVERIFY(m_node.lastError().isEmpty());
    }

    void genesisIsBitcoinCoresRegtestGenesis() {
        QCOMPARE(m_node.rpc(QStringLiteral("getblockhash"), {0}).toString(), kCoreRegtestGenesis);
        QCOMPARE(m_node.tipHash(), kCoreRegtestGenesis);
    }

    void mine150ToStandardP2wpkh() {
        m_ourAddress = m_node.bcoinAddressForScript(kOurScript);
        QVERIFY2(!m_ourAddress.isEmpty(), qPrintable(m_node.lastError()));
        m_first150 = m_node.mine(150, kOurScript);
        QVERIFY2(m_first150.size() == 150, qPrintable(m_node.lastError()));
        QCOMPARE(m_node.rpc(QStringLiteral("getblockcount")).toInt(-1), 150);
        QCOMPARE(m_node.tipHeight(), 150);
        QCOMPARE(m_node.tipHash(), m_first150.last());
        QCOMPARE(m_node.rpc(QStringLiteral("getblockhash"), {1}).toString(), m_first150.first());
    }

    void blockHeaderFields() {
        QVERIFY(m_first150.size() == 150);
        const QJsonValue h = m_node.rpc(QStringLiteral("getblockheader"), {m_first150.last()});
        QVERIFY2(h.isObject(), qPrintable(m_node.lastError()));
        QCOMPARE(h[QStringLiteral("hash")].toString(), m_first150.last());
        QCOMPARE(h[QStringLiteral("height")].toInt(), 150);
        QCOMPARE(h[QStringLiteral("confirmations")].toInt(), 1);
        QCOMPARE(h[QStringLiteral("previousblockhash")].toString(), m_first150.at(148));
        QCOMPARE(h[QStringLiteral("bits")].toInteger(), qint64(0x207fffff));
        QCOMPARE(h[QStringLiteral("merkleroot")].toString().size(), 64);
        QVERIFY(h[QStringLiteral("time")].toInteger() > 1296688602);  // later than the genesis block
        QCOMPARE(prevHash(m_first150.first()), kCoreRegtestGenesis);
        // The serialized header hashes (double SHA-256, reversed) to the block hash.
        const QString raw = m_node.rpc(QStringLiteral("getblockheader"), {m_first150.last(), false}).toString();
        QCOMPARE(raw.size(), 160);
        QCOMPARE(cairn::test::rawBlockHash(QByteArray::fromHex(raw.toLatin1())), m_first150.last());
    }

    void coinbasePaysOurScript() {
        QVERIFY(m_first150.size() == 150);
        const QJsonValue block1 = m_node.rpc(QStringLiteral("getblock"), {m_first150.first(), true, true});
        QVERIFY2(block1.isObject(), qPrintable(m_node.lastError()));
        const QJsonValue coinbase = block1[QStringLiteral("tx")][0];
        QCOMPARE(vout(coinbase, kOurScript)[QStringLiteral("value")].toDouble(), 50.0);
        // The same through the raw transaction and decoderawtransaction (needs --index-tx for a mined tx).
        const QString rawTx =
            m_node.rpc(QStringLiteral("getrawtransaction"), {coinbase[QStringLiteral("txid")]}).toString();
        QVERIFY2(!rawTx.isEmpty(), qPrintable(m_node.lastError()));
        const QJsonValue decoded = m_node.rpc(QStringLiteral("decoderawtransaction"), {rawTx});
        QCOMPARE(vout(decoded, kOurScript)[QStringLiteral("value")].toDouble(), 50.0);
        // Regtest halves every 150 blocks, so block 150 already pays 25.
        const QJsonValue block150 = m_node.rpc(QStringLiteral("getblock"), {m_first150.last(), true, true});
        QCOMPARE(vout(block150[QStringLiteral("tx")][0], kOurScript)[QStringLiteral("value")].toDouble(), 25.0);
    }

    void walletFundsItselfAndPaysOurScript() {
        QVERIFY(!m_ourAddress.isEmpty());
        const QString walletAddress = m_node.fundWallet();
        QVERIFY2(!walletAddress.isEmpty(), qPrintable(m_node.lastError()));
        QVERIFY2(m_node.scriptForBcoinAddress(walletAddress).startsWith(QStringLiteral("76a914")),
                 qPrintable(walletAddress));
        // sendtoaddress answers before the node's mempool has the transaction; sendFromWallet waits for it.
        m_txid = m_node.sendFromWallet(m_ourAddress, 1.25);
        QVERIFY2(m_txid.size() == 64, qPrintable(m_node.lastError()));
        QVERIFY(m_node.rpc(QStringLiteral("getrawmempool")).toArray().contains(m_txid));
        const QJsonValue tx = m_node.rpc(QStringLiteral("getrawtransaction"), {m_txid, true});
        QCOMPARE(vout(tx, kOurScript)[QStringLiteral("value")].toDouble(), 1.25);

        const QStringList mined = m_node.mine(1, kOurScript);
        QVERIFY2(mined.size() == 1, qPrintable(m_node.lastError()));
        m_txBlock = mined.first();
        QVERIFY(m_node.rpc(QStringLiteral("getrawmempool")).toArray().isEmpty());
        const QJsonValue block = m_node.rpc(QStringLiteral("getblock"), {m_txBlock, true, false});
        QCOMPARE(block[QStringLiteral("tx")].toArray().size(), 2);
        QCOMPARE(block[QStringLiteral("tx")][1].toString(), m_txid);
    }

    void txOutProofCoversTheBlock() {
        QVERIFY(!m_txid.isEmpty());
        for (const QJsonArray& params : {QJsonArray{QJsonArray{m_txid}}, QJsonArray{QJsonArray{m_txid}, m_txBlock}}) {
            const QString hex = m_node.rpc(QStringLiteral("gettxoutproof"), params).toString();
            QVERIFY2(!hex.isEmpty(), qPrintable(m_node.lastError()));
            const QByteArray proof = QByteArray::fromHex(hex.toLatin1());
            QCOMPARE(cairn::test::rawBlockHash(proof.left(80)), m_txBlock);
            RawReader r(proof.mid(80));
            QCOMPARE(r.le<quint32>(), 2u);  // total transactions in the block
        }
    }

    void mine2500BlocksTiming() {
        const int before = m_node.tipHeight();
        QElapsedTimer t;
        t.start();
        const QStringList hashes = m_node.mine(2500, kOurScript);
        const qint64 ms = t.elapsed();
        QVERIFY2(hashes.size() == 2500, qPrintable(m_node.lastError()));
        QCOMPARE(m_node.tipHeight(), before + 2500);
        qInfo("mining 2,500 regtest blocks: %lld ms (%.0f blocks/s)", ms, 2500.0 * 1000.0 / qMax<qint64>(1, ms));
    }

    void invalidateAndReconsiderMoveTheTip() {
        const QString tip = m_node.tipHash();
        const int height = m_node.tipHeight();
        const QString parent = prevHash(tip);
        const QJsonValue rawTip = m_node.rpc(QStringLiteral("getblock"), {tip, false});
        QVERIFY2(rawTip.isString(), qPrintable(m_node.lastError()));

        QVERIFY(!m_node.rpc(QStringLiteral("invalidateblock"), {tip}).isUndefined());
        QCOMPARE(m_node.tipHeight(), height - 1);
        QCOMPARE(m_node.tipHash(), parent);
        // bcoin deletes the disconnected block and refuses it while it is marked invalid.
        QVERIFY(m_node.rpc(QStringLiteral("getblockheader"), {tip}).isUndefined());
        const QJsonValue refused = m_node.rpc(QStringLiteral("submitblock"), {rawTip});
        QCOMPARE(m_node.tipHash(), parent);
        // Unlike Bitcoin Core, reconsiderblock only forgets the mark; submitting the block again reconnects it.
        QVERIFY(!m_node.rpc(QStringLiteral("reconsiderblock"), {tip}).isUndefined());
        QCOMPARE(m_node.tipHash(), parent);
        const QJsonValue accepted = m_node.rpc(QStringLiteral("submitblock"), {rawTip});
        QVERIFY2(accepted.isNull(), qPrintable(m_node.lastError() + accepted.toString()));
        QCOMPARE(m_node.tipHeight(), height);
        QCOMPARE(m_node.tipHash(), tip);
        qInfo("submitblock of an invalidated block answers %s, after reconsiderblock null",
              qPrintable(refused.isUndefined() ? m_node.lastError() : refused.toVariant().toString()));

        // A reorg for the tests of core/chain: two blocks on the parent beat the old tip, even when it comes back.
        const QStringList branch =
            m_node.reorg(1, 2, QStringLiteral("76a914") + QString(40, QLatin1Char('2')) + QStringLiteral("88ac"));
        QVERIFY2(branch.size() == 2, qPrintable(m_node.lastError()));
        QCOMPARE(prevHash(branch.first()), parent);
        QCOMPARE(m_node.tipHeight(), height + 1);
        QVERIFY(!m_node.rpc(QStringLiteral("submitblock"), {rawTip}).isUndefined());
        QCOMPARE(m_node.tipHash(), branch.last());
        qInfo("stale block after the reorg: getblockheader confirmations = %lld",
              m_node.rpc(QStringLiteral("getblockheader"), {tip})[QStringLiteral("confirmations")].toInteger());
    }

    void p2pVersionHandshake() {
        auto peer = std::make_unique<RawPeer>();
        QVERIFY2(peer->connectTo(m_node.p2pPort()), qPrintable(peer->error()));
        QVERIFY2(peer->send("version", cairn::test::rawVersionPayload(0)), qPrintable(peer->error()));
        // bcoin sends its version when the connection opens and its verack when ours arrives: either may come first.
        std::optional<RawMessage> version;
        QList<QByteArray> seen;
        while (!version || !seen.contains("verack")) {
            auto m = peer->receive(10000);
            QVERIFY2(m, qPrintable(QStringLiteral("handshake incomplete after [%1]: %2")
                                       .arg(QString::fromLatin1(seen.join(' ')), peer->error())));
            seen.append(m->command);
            if (m->command == "version") version = m;
        }
        RawReader r(version->payload);
        const qint32 protocol = r.le<qint32>();
        const quint64 services = r.le<quint64>();
        r.bytes(8 + 26 + 26 + 8);  // timestamp, addr_recv, addr_from, nonce
        const QByteArray userAgent = r.bytes(static_cast<qsizetype>(r.varint()));
        const qint32 startHeight = r.le<qint32>();
        const quint8 relay = r.le<quint8>();
        QVERIFY(r.atEnd());
        QCOMPARE(protocol, 70015);
        QCOMPARE(services & (kNodeNetwork | kNodeBloom | kNodeWitness), kNodeNetwork | kNodeBloom | kNodeWitness);
        QCOMPARE(userAgent, QByteArray("/bcoin:v1.0.2/"));
        QCOMPARE(startHeight, m_node.tipHeight());
        QVERIFY(peer->send("verack", {}));
        m_peer = std::move(peer);  // the slots below need a completed handshake
        qInfo("bcoin version: protocol %d, services 0x%llx, agent %s, relay %d; messages in order: %s", protocol,
              services, userAgent.constData(), relay, seen.join(' ').constData());
    }

    void p2pGetHeadersAtTipIsSilent() {
        QVERIFY(m_peer);
        QVERIFY(m_peer->send("getheaders", cairn::test::rawGetHeadersPayload({m_node.tipHash()})));
        QList<QByteArray> other;
        const auto headers = m_peer->receiveCommand("headers", 3000, &other);
        QVERIFY2(!headers, "bcoin answered a getheaders at its tip");
        QVERIFY2(m_peer->error().isEmpty(), qPrintable(m_peer->error()));  // a timeout, not a closed connection
        // The connection is alive and served: a ping is answered.
        const QByteArray nonce = QByteArray::fromHex("0102030405060708");
        QVERIFY(m_peer->send("ping", nonce));
        const auto pong = m_peer->receiveCommand("pong", 5000, &other);
        QVERIFY2(pong, qPrintable(m_peer->error()));
        QCOMPARE(pong->payload, nonce);
        qInfo("no 'headers' within 3 s for a locator at the tip; meanwhile bcoin sent: %s",
              other.join(' ').constData());
    }

    void p2pHeadersLoopFromGenesis() {
        QVERIFY(m_peer);
        // CAIRN_REGTEST_HEADERS=N first grows the chain to N blocks, for a one-off measurement (README).
        const int target = qEnvironmentVariableIntValue("CAIRN_REGTEST_HEADERS");
        if (target > m_node.tipHeight()) QVERIFY(!m_node.mine(target - m_node.tipHeight(), kOurScript).isEmpty());
        const int height = m_node.tipHeight();
        QString last = kCoreRegtestGenesis;
        int total = 0, messages = 0;
        QElapsedTimer t;
        t.start();
        // Stop at the known height: bcoin sends nothing at all when it has no headers to send.
        while (total < height) {
            QVERIFY(m_peer->send("getheaders", cairn::test::rawGetHeadersPayload({last})));
            const auto msg = m_peer->receiveCommand("headers", 10000);
            QVERIFY2(msg, qPrintable(QStringLiteral("no headers after %1: %2").arg(total).arg(m_peer->error())));
            bool ok = false;
            const QList<QByteArray> headers = parseHeaders(msg->payload, &ok);
            QVERIFY(ok);
            QCOMPARE(headers.size(), qMin(kMaxHeadersPerMessage, height - total));
            for (const QByteArray& h : headers) {
                QCOMPARE(QString::fromLatin1(cairn::test::reversedBytes(h.mid(4, 32)).toHex()), last);
                last = cairn::test::rawBlockHash(h);
            }
            total += static_cast<int>(headers.size());
            ++messages;
        }
        const qint64 ms = t.elapsed();
        QCOMPARE(last, m_node.tipHash());
        qInfo("getheaders loop: %d headers in %d messages, %lld ms (%.0f headers/s)", total, messages, ms,
              total * 1000.0 / qMax<qint64>(1, ms));
    }

    void p2pFilterloadGetsMerkleblock() {
        QVERIFY(m_peer && !m_txBlock.isEmpty());
        // A one-byte filter of all ones with one hash function matches every element.
        const QByteArray filter =
            RawWriter().varbytes(QByteArray(1, '\xff')).le<quint32>(1).le<quint32>(0).le<quint8>(0).data();
        QVERIFY(m_peer->send("filterload", filter));
        constexpr quint32 kMsgFilteredBlock = 3;
        const QByteArray inv = cairn::test::reversedBytes(QByteArray::fromHex(m_txBlock.toLatin1()));
        QVERIFY(m_peer->send("getdata", RawWriter().varint(1).le<quint32>(kMsgFilteredBlock).bytes(inv).data()));
        const auto merkle = m_peer->receiveCommand("merkleblock", 10000);
        QVERIFY2(merkle, qPrintable(QStringLiteral("no merkleblock: ") + m_peer->error()));
        QCOMPARE(cairn::test::rawBlockHash(merkle->payload.left(80)), m_txBlock);
        QCOMPARE(RawReader(merkle->payload.mid(80)).le<quint32>(), 2u);
        // Matched transactions follow as 'tx' messages (non-witness form: their hash is the txid).
        QStringList txids;
        for (int i = 0; i < 2; ++i) {
            const auto tx = m_peer->receiveCommand("tx", 10000);
            QVERIFY2(tx, qPrintable(QStringLiteral("tx %1 missing after merkleblock: %2").arg(i).arg(m_peer->error())));
            txids.append(QString::fromLatin1(cairn::test::reversedBytes(cairn::test::rawHash256(tx->payload)).toHex()));
        }
        QVERIFY2(txids.contains(m_txid), qPrintable(txids.join(' ')));
    }

    void cleanupTestCase() {
        m_peer.reset();
        m_node.stop();
        QVERIFY(!m_node.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBcoinHarness)
#include "test_bcoin_harness.moc"
