// SPDX-License-Identifier: MIT
// Txid/Wtxid/BlockHash: display order is the reverse of internal order (the genesis block's hash and
// Merkle root as every explorer prints them), strict hex, use as hash-map keys; OutPoint.
#include "crypto/hash.h"
#include "primitives/hash_types.h"
#include "primitives/outpoint.h"
#include "util/hex.h"

#include <QtTest>

#include <unordered_map>
#include <unordered_set>

using namespace cairn;
using primitives::BlockHash;
using primitives::OutPoint;
using primitives::Txid;

class TestPrimitivesHashTypes : public QObject {
    Q_OBJECT
private slots:
    void displayOrderIsReversed() {
        const std::string display = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
        auto h = BlockHash::fromHex(display);
        QVERIFY(h.ok());
        QCOMPARE(h->bytes()[0], uint8_t(0x6f));
        QCOMPARE(h->bytes()[31], uint8_t(0x00));
        QCOMPARE(h->toHex(), display);
        QCOMPARE(util::toHex(h->view()),
                 std::string("6fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000"));
        // Upper-case input is accepted, output is lower case.
        auto upper = BlockHash::fromHex(QString::fromStdString(display).toUpper().toStdString());
        QVERIFY(upper.ok());
        QVERIFY(*upper == *h);
    }

    void hashOfHeaderBytesMatchesDisplay() {
        // sha256d of the mainnet genesis header (internal order) displays as the well-known block hash.
        auto header = util::fromHex(
            "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac72c3e67768f61"
            "7fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c");
        QVERIFY(header.ok());
        const BlockHash h(crypto::sha256d(*header));
        QCOMPARE(h.toHex(), std::string("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"));
    }

    void badHex_data() {
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << "";
        QTest::newRow("63 digits") << QString(63, QLatin1Char('a'));
        QTest::newRow("65 digits") << QString(65, QLatin1Char('a'));
        QTest::newRow("66 digits") << QString(66, QLatin1Char('a'));
        QTest::newRow("non-hex") << QString(63, QLatin1Char('a')) + QLatin1Char('g');
        QTest::newRow("0x prefix") << QStringLiteral("0x") + QString(62, QLatin1Char('a'));
    }
    void badHex() {
        QFETCH(QString, hex);
        QVERIFY(!Txid::fromHex(hex.toStdString()).ok());
    }

    void fromBytesNeeds32() {
        QVERIFY(Txid::fromBytes(Bytes(32, 1)).ok());
        QVERIFY(!Txid::fromBytes(Bytes(31, 1)).ok());
        QVERIFY(!Txid::fromBytes(Bytes(33, 1)).ok());
        QVERIFY(Txid().isNull());
        QVERIFY(!Txid::fromBytes(Bytes(32, 1))->isNull());
    }

    void usableAsMapKeys() {
        std::unordered_map<Txid, int> byTxid;
        std::unordered_set<OutPoint> spent;
        for (uint8_t i = 0; i < 50; ++i) {
            std::array<uint8_t, 32> b{};
            b[0] = i;
            b[31] = static_cast<uint8_t>(255 - i);
            byTxid[Txid(b)] = i;
            spent.insert(OutPoint{Txid(b), i});
            spent.insert(OutPoint{Txid(b), i});
        }
        QCOMPARE(byTxid.size(), size_t(50));
        QCOMPARE(spent.size(), size_t(50));
        std::array<uint8_t, 32> b{};
        b[0] = 7;
        b[31] = 248;
        QCOMPARE(byTxid.at(Txid(b)), 7);
        QVERIFY(spent.count(OutPoint{Txid(b), 7}) == 1);
        QVERIFY(spent.count(OutPoint{Txid(b), 8}) == 0);
        QVERIFY(Txid(b) < Txid::fromBytes(Bytes(32, 0xff)).value());
    }

    void outPoint() {
        OutPoint coinbase;
        QVERIFY(coinbase.isNull());
        QCOMPARE(coinbase.index, 0xffffffffu);
        OutPoint o{Txid::fromHex("23b397edccd3740a74adb603c9756370fafcde9bcc4483eb271ecad09a94dd63").value(), 1};
        QVERIFY(!o.isNull());
        QCOMPARE(o.toString(), std::string("23b397edccd3740a74adb603c9756370fafcde9bcc4483eb271ecad09a94dd63:1"));
    }
};

QTEST_GUILESS_MAIN(TestPrimitivesHashTypes)
#include "test_primitives_hash_types.moc"
