// SPDX-License-Identifier: MIT
// Base58 and Base58Check against Bitcoin Core's public base58_encode_decode.json vectors (every row both
// ways), plus the strictness rules: whitespace, bad characters, bad checksums and the length bound.
#include "common/test_paths.h"
#include "script/base58.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cairn;

class TestAddressBase58 : public QObject {
    Q_OBJECT
private slots:
    void vectors_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("text");
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("base58_encode_decode.json"))).array();
        QVERIFY(rows.size() >= 10);
        int n = 0;
        for (const auto& r : rows) {
            const QJsonArray row = r.toArray();
            const QString text = row[1].toString();
            QTest::newRow(qPrintable(QStringLiteral("%1:%2").arg(n++).arg(text.isEmpty() ? QStringLiteral("empty") : text)))
                << row[0].toString() << text;
        }
    }
    void vectors() {
        QFETCH(QString, hex);
        QFETCH(QString, text);
        auto bytes = util::fromHex(hex.toStdString());
        QVERIFY(bytes.ok());
        QCOMPARE(QString::fromStdString(script::base58Encode(*bytes)), text);
        auto decoded = script::base58Decode(text.toStdString());
        QVERIFY2(decoded.ok(), decoded.message().c_str());
        QCOMPARE(util::toHex(*decoded), hex.toLower().toStdString());
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("leading space") << QStringLiteral(" 3EFU7m");
        QTest::newRow("trailing space") << QStringLiteral("3EFU7m ");
        QTest::newRow("trailing newline") << QStringLiteral("3EFU7m\n");
        QTest::newRow("inner space") << QStringLiteral("3EF U7m");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("capital O") << QStringLiteral("O");
        QTest::newRow("capital I") << QStringLiteral("I");
        QTest::newRow("small l") << QStringLiteral("l");
        QTest::newRow("plus") << QStringLiteral("3EF+7m");
        QTest::newRow("too long") << QString(int(script::kMaxBase58Length) + 1, QLatin1Char('2'));
    }
    void rejectsBadInput() {
        QFETCH(QString, text);
        QVERIFY(!script::base58Decode(text.toStdString()).ok());
        QVERIFY(!script::base58CheckDecode(text.toStdString()).ok());
    }

    void nulByteIsRejected() {
        const std::string text("3EF\0U7m", 7);
        QVERIFY(!script::base58Decode(text).ok());
    }

    void checkRoundTripAndKnownAddress() {
        // key_io_valid.json's first mainnet P2PKH address: version 0x00 + hash160.
        auto payload = script::base58CheckDecode("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo");
        QVERIFY2(payload.ok(), payload.message().c_str());
        QCOMPARE(util::toHex(*payload), std::string("00a31c06bd463e3923bc1aadbde48b16976c080717"));
        QCOMPARE(script::base58CheckEncode(*payload), std::string("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"));
    }

    void checkRejectsBadChecksum() {
        // Last character changed: the checksum no longer matches.
        auto bad = script::base58CheckDecode("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp");
        QVERIFY(!bad.ok());
        QVERIFY2(QString::fromStdString(bad.message()).contains(QStringLiteral("checksum")), bad.message().c_str());
        QVERIFY(!script::base58CheckDecode("").ok());
        QVERIFY(!script::base58CheckDecode("3EFU").ok());
        // Valid Base58 but not Base58Check (base58_encode_decode.json row 5 has no real checksum).
        QVERIFY(!script::base58CheckDecode("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L").ok());
    }
};

QTEST_GUILESS_MAIN(TestAddressBase58)
#include "test_address_base58.moc"
