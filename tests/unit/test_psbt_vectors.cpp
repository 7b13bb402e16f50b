// SPDX-License-Identifier: MIT
// PSBT decoding against tests/data/psbt_vectors.json (BIP174 vectors as carried by the npm psbt package, plus
// its extra cases): every valid PSBT decodes and re-encodes to the same bytes (binary and base64), every invalid
// one is rejected with a reason. Also strict base64 and a few hand-made malformed encodings.
#include "common/test_paths.h"
#include "script/psbt.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using script::Psbt;

namespace {

QJsonArray section(const char* name) {
    const auto doc = QJsonDocument::fromJson(test::readData(QStringLiteral("psbt_vectors.json")));
    return doc.object().value(QLatin1String(name)).toArray();
}

Bytes hexBytes(const QString& hex) {
    auto b = util::fromHex(hex.toStdString());
    return b ? *b : Bytes{};
}

// A 1-input, 1-output unsigned transaction (from the BIP174 P2SH-P2WSH vector) as a global record.
const std::string kTxRecord =
    "0100550200000001279a2323a5dfb51fc45f220fa58b0fc13e1e3342792a85d7e36cd6333b5cbc390000000000ffffffff01a05aea0b00"
    "0000001976a914ffe9c0061097cc3b636f2cb0460fa4fc427d2b4588ac00000000";

}  // namespace

class TestPsbtVectors : public QObject {
    Q_OBJECT
private slots:
    void validRoundTrip_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("base64");
        const QJsonArray rows = section("valid");
        QVERIFY(rows.size() >= 8);
        for (const auto& v : rows) {
            const auto o = v.toObject();
            QTest::newRow(o[QStringLiteral("name")].toString().toUtf8().constData())
                << o[QStringLiteral("hex")].toString() << o[QStringLiteral("base64")].toString();
        }
    }
    void validRoundTrip() {
        QFETCH(QString, hex);
        QFETCH(QString, base64);
        const Bytes bytes = hexBytes(hex);
        QVERIFY(!bytes.empty());
        auto psbt = Psbt::decode(bytes);
        QVERIFY2(psbt.ok(), psbt.message().c_str());
        QCOMPARE(QString::fromStdString(util::toHex(psbt->encode())), hex.toLower());
        QCOMPARE(QString::fromStdString(psbt->toBase64()), base64);
        auto fromText = Psbt::fromBase64(base64.toStdString());
        QVERIFY2(fromText.ok(), fromText.message().c_str());
        QVERIFY(*fromText == *psbt);
        QCOMPARE(psbt->inputs.size(), psbt->tx.inputs.size());
        QCOMPARE(psbt->outputs.size(), psbt->tx.outputs.size());
        QVERIFY2(psbt->validate().ok(), psbt->validate().message().c_str());
    }

    void invalidRejected_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("base64");
        const QJsonArray rows = section("invalid");
        QVERIFY(rows.size() >= 16);
        for (const auto& v : rows) {
            const auto o = v.toObject();
            QTest::newRow(o[QStringLiteral("name")].toString().toUtf8().constData())
                << o[QStringLiteral("hex")].toString() << o[QStringLiteral("base64")].toString();
        }
    }
    void invalidRejected() {
        QFETCH(QString, hex);
        QFETCH(QString, base64);
        auto psbt = Psbt::decode(hexBytes(hex));
        QVERIFY(!psbt.ok());
        QVERIFY(!psbt.message().empty());
        qInfo("rejected: %s", psbt.message().c_str());
        auto fromText = Psbt::fromBase64(base64.toStdString());
        QVERIFY(!fromText.ok());
        QCOMPARE(fromText.message(), psbt.message());
    }

    void malformedRejected_data() {
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QString();
        QTest::newRow("magic only") << QStringLiteral("70736274ff");
        QTest::newRow("wrong separator") << QStringLiteral("70736274fe00");
        QTest::newRow("global map without terminator") << QString::fromStdString("70736274ff" + kTxRecord);
        QTest::newRow("missing input and output maps") << QString::fromStdString("70736274ff" + kTxRecord + "00");
        QTest::newRow("missing output map") << QString::fromStdString("70736274ff" + kTxRecord + "0000");
        QTest::newRow("trailing byte") << QString::fromStdString("70736274ff" + kTxRecord + "00000000");
        QTest::newRow("non-minimal key type") << QString::fromStdString("70736274ff" + kTxRecord + "0003fd0100000000");
        QTest::newRow("psbt version 1") << QString::fromStdString("70736274ff" + kTxRecord + "01fb0401000000000000");
        QTest::newRow("v2 field in v0") << QString::fromStdString("70736274ff" + kTxRecord + "01020402000000000000");
        QTest::newRow("sighash 3 bytes") << QString::fromStdString("70736274ff" + kTxRecord + "00" +
                                                                   "0103030100000000");
        QTest::newRow("tap key sig 63 bytes")
            << QString::fromStdString("70736274ff" + kTxRecord + "00" + "01133f" + std::string(126, 'a') + "0000");
        QTest::newRow("preimage mismatch") << QString::fromStdString("70736274ff" + kTxRecord + "00" + "210b" +
                                                                     std::string(64, '0') + "0101" + "0000");
        QTest::newRow("taproot tree incomplete")
            << QString::fromStdString("70736274ff" + kTxRecord + "00" + "00" + "0106" + "04" + "01c00151" + "00");
        QTest::newRow("proprietary key without subtype")
            << QString::fromStdString("70736274ff" + kTxRecord + "00" + "03fc0261" + "00" + "0000");
    }
    void malformedRejected() {
        QFETCH(QString, hex);
        auto psbt = Psbt::decode(hexBytes(hex));
        QVERIFY(!psbt.ok());
        qInfo("rejected: %s", psbt.message().c_str());
    }

    void handMadeAccepted_data() {
        QTest::addColumn<QString>("hex");
        QTest::newRow("version 0, unknown global, proprietary")
            << QString::fromStdString("70736274ff" + kTxRecord + "01fb0400000000" + "03f0aabb01cc" + "05fc01610102" +
                                      "01dd" + "00" + "00" + "00");
        QTest::newRow("sha256 preimage and taproot tree") << QString::fromStdString(
            "70736274ff" + kTxRecord + "00" + "210b6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d" +
            "0100" + "00" + "0106" + "08" + "01c0015101c00152" + "00");
    }
    void handMadeAccepted() {
        QFETCH(QString, hex);
        const Bytes bytes = hexBytes(hex);
        auto psbt = Psbt::decode(bytes);
        QVERIFY2(psbt.ok(), psbt.message().c_str());
        QCOMPARE(psbt->encode(), bytes);
    }

    void base64IsStrict() {
        QCOMPARE(script::base64Encode(Bytes{}), std::string());
        QCOMPARE(script::base64Encode(hexBytes(QStringLiteral("666f6f62"))), std::string("Zm9vYg=="));
        QCOMPARE(script::base64Encode(hexBytes(QStringLiteral("666f6f6261"))), std::string("Zm9vYmE="));
        auto ok = script::base64Decode("Zm9vYmFy");
        QVERIFY(ok.ok());
        QCOMPARE(util::toHex(*ok), std::string("666f6f626172"));
        for (const char* bad :
             {"Zm9vYg=", "Zm9vYg", "Zm9v Yg==", "Zm9vYh==", "Zm=vYg==", "Zm9vYg==Zm9v", "Zm9vY===", "Zm9vYmE=\n"})
            QVERIFY2(!script::base64Decode(bad).ok(), bad);
    }

    void creatorRefusesSignedTransaction() {
        auto tx = primitives::Transaction::parse(hexBytes(QStringLiteral(
            "0200000001268171371edff285e937adeea4b37b78000c0566cbb3ad64641713ca42171bf6000000006a473044022070b2245123e6"
            "bf474d60c5b50c043d4c691a5d2435f09a34a7662a9dc251790a022001329ca9dacf280bdf30740ec0390422422c81cb45839457ae"
            "b76fc12edd95b3012102657d118d3357b8e0f4c2cd46db7b39f6d9c38d9a70abcb9b2de5dc8dbfe4ce31feffffff02d3dff5050000"
            "00001976a914d0c59903c5bac2868760e90fd521a4665aa7652088ac00e1f5050000000017a9143545e6e33b832c47050f24d3eeb9"
            "3c9c03948bc787b32e1300")));
        QVERIFY(tx.ok());
        QVERIFY(!Psbt::create(*tx).ok());
    }
};

QTEST_GUILESS_MAIN(TestPsbtVectors)
#include "test_psbt_vectors.moc"
