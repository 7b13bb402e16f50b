// SPDX-License-Identifier: MIT
// Bech32/bech32m strings and segwit addresses against the BIP173 and BIP350 test vectors
// (tests/data/bech32_vectors.json), every valid and invalid row.
#include "common/test_paths.h"
#include "script/bech32.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using script::Bech32Encoding;

namespace {
QJsonObject vectors() { return QJsonDocument::fromJson(test::readData(QStringLiteral("bech32_vectors.json"))).object(); }

// JSON strings are UTF-16 in Qt; the spec's 0x80 and 0xFF characters reach the decoder as their UTF-8 bytes,
// which are just as far outside the printable ASCII range the decoder accepts.
std::string utf8(const QString& s) { return s.toStdString(); }

// The scriptPubKey of a decoded program: OP_0 or OP_1..OP_16, then one direct push.
std::string scriptHex(const script::SegwitProgram& p) {
    Bytes spk{static_cast<uint8_t>(p.version == 0 ? 0 : 0x50 + p.version), static_cast<uint8_t>(p.program.size())};
    spk.insert(spk.end(), p.program.begin(), p.program.end());
    return util::toHex(spk);
}

void addRows(const char* bip, const char* key, const char* field) {
    int n = 0;
    for (const auto& v : vectors()[QLatin1String(bip)].toObject()[QLatin1String(key)].toArray()) {
        const QJsonObject o = v.toObject();
        const QString text = field ? o[QLatin1String(field)].toString() : v.toString();
        const QString reason = o[QStringLiteral("reason")].toString(o[QStringLiteral("note")].toString());
        QTest::newRow(qPrintable(QStringLiteral("%1/%2: %3").arg(QLatin1String(bip)).arg(n++).arg(
                          reason.isEmpty() ? text : reason)))
            << text << o[QStringLiteral("scriptPubKey")].toString();
    }
}
}  // namespace

class TestAddressBech32 : public QObject {
    Q_OBJECT
private slots:
    void validChecksums_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unused");
        QTest::addColumn<int>("encoding");
        int n = 0;
        for (const char* bip : {"bip173", "bip350"}) {
            const bool m = QLatin1String(bip) == QLatin1String("bip350");
            for (const auto& v : vectors()[QLatin1String(bip)].toObject()[QLatin1String(m ? "valid_bech32m" : "valid_bech32")].toArray())
                QTest::newRow(qPrintable(QStringLiteral("%1/%2: %3").arg(QLatin1String(bip)).arg(n++).arg(v.toString().left(30))))
                    << v.toString() << QString() << int(m ? Bech32Encoding::Bech32m : Bech32Encoding::Bech32);
        }
        QCOMPARE(n, 14);
    }
    void validChecksums() {
        QFETCH(QString, text);
        QFETCH(int, encoding);
        auto d = script::bech32Decode(utf8(text));
        QVERIFY2(d.ok(), d.message().c_str());
        QCOMPARE(int(d->encoding), encoding);
        // Re-encoding gives the lower-case form of the input.
        QCOMPARE(QString::fromStdString(script::bech32Encode(d->encoding, d->hrp, d->values)), text.toLower());
        // One flipped data character breaks the checksum.
        std::string broken = utf8(text);
        char& last = broken.back();
        last = (last == 'q' || last == 'Q') ? (last == 'q' ? 'p' : 'P') : (std::isupper(static_cast<unsigned char>(last)) ? 'Q' : 'q');
        QVERIFY(!script::bech32Decode(broken).ok());
    }

    void invalidChecksums_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unused");
        addRows("bip173", "invalid_bech32", "string");
        addRows("bip350", "invalid_bech32m", "string");
    }
    void invalidChecksums() {
        QFETCH(QString, text);
        auto d = script::bech32Decode(utf8(text));
        QVERIFY2(!d.ok(), "an invalid vector decoded");
        QVERIFY(!d.message().empty());
    }

    void validAddresses_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("scriptPubKey");
        addRows("bip173", "valid_segwit_v0_addresses", "address");
        addRows("bip350", "valid_segwit_addresses", "address");
    }
    void validAddresses() {
        QFETCH(QString, address);
        QFETCH(QString, scriptPubKey);
        auto p = script::decodeSegwitAddress(utf8(address));
        QVERIFY2(p.ok(), p.message().c_str());
        QCOMPARE(QString::fromStdString(scriptHex(*p)), scriptPubKey);
        QVERIFY(p->hrp == "bc" || p->hrp == "tb");
        auto again = script::encodeSegwitAddress(p->hrp, p->version, p->program);
        QVERIFY2(again.ok(), again.message().c_str());
        QCOMPARE(QString::fromStdString(*again), address.toLower());
    }

    void invalidAddresses_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("scriptPubKey");
        addRows("bip173", "invalid_segwit_addresses", "address");
        addRows("bip350", "invalid_segwit_addresses", "address");
        // BIP173's own v1+ examples: valid bech32 checksums, but BIP350 requires bech32m for v1+.
        addRows("bip173", "bip173_obsolete_v1plus_addresses", "address");
    }
    void invalidAddresses() {
        QFETCH(QString, address);
        auto p = script::decodeSegwitAddress(utf8(address));
        // The "Invalid human-readable part" rows (tc1...) decode structurally; the HRP is what makes them
        // invalid, so they must not carry a Bitcoin HRP.
        if (p.ok()) {
            QVERIFY2(p->hrp != "bc" && p->hrp != "tb" && p->hrp != "bcrt", "invalid address accepted");
            QCOMPARE(p->hrp, std::string("tc"));
        }
    }

    void obsoleteV1ChecksumIsStillBech32() {
        // The BIP173 v1+ examples still have valid *bech32* checksums: the rejection is BIP350's rule.
        for (const auto& v : vectors()[QStringLiteral("bip173")].toObject()[QStringLiteral("bip173_obsolete_v1plus_addresses")].toArray()) {
            auto d = script::bech32Decode(utf8(v.toObject()[QStringLiteral("address")].toString()));
            QVERIFY2(d.ok(), d.message().c_str());
            QCOMPARE(d->encoding, Bech32Encoding::Bech32);
            auto p = script::decodeSegwitAddress(utf8(v.toObject()[QStringLiteral("address")].toString()));
            QVERIFY(!p.ok());
            QVERIFY2(QString::fromStdString(p.message()).contains(QStringLiteral("bech32m")), p.message().c_str());
        }
    }

    void encoderRejectsBadPrograms() {
        const Bytes p20(20, 1), p33(33, 1), p1(1, 1), p41(41, 1);
        QVERIFY(script::encodeSegwitAddress("bc", 0, p20).ok());
        QVERIFY(!script::encodeSegwitAddress("bc", 0, p33).ok());
        QVERIFY(!script::encodeSegwitAddress("bc", 1, p1).ok());
        QVERIFY(!script::encodeSegwitAddress("bc", 1, p41).ok());
        QVERIFY(!script::encodeSegwitAddress("bc", 17, p20).ok());
    }

    void convertBitsPadding() {
        const Bytes in{0xff};
        auto five = script::convertBits(in, 8, 5, true);
        QVERIFY(five.ok());
        QCOMPARE(*five, (Bytes{31, 28}));
        auto back = script::convertBits(*five, 5, 8, false);  // two zero padding bits are fine
        QVERIFY(back.ok());
        QCOMPARE(*back, in);
        QVERIFY(!script::convertBits(Bytes{31, 29}, 5, 8, false).ok());  // non-zero padding bits
        QVERIFY(!script::convertBits(Bytes{31, 28, 0}, 5, 8, false).ok());  // 7 padding bits (> 4)
        QVERIFY(!script::convertBits(Bytes{32}, 5, 8, false).ok());  // value out of range
    }
};

QTEST_GUILESS_MAIN(TestAddressBech32)
#include "test_address_bech32.moc"
