// SPDX-License-Identifier: MIT
// `cairn-cli decodepsbt`, `signmessage` and `verifymessage`: every valid PSBT vector decodes (with its fields
// and, when the UTXOs are known, the fee), invalid ones and garbage exit 1 with one error line; message
// signatures from the vector file verify and signing reads the WIF key from a file only.
#include "common/cli_runner.h"
#include "common/test_paths.h"
#include "script/psbt.h"
#include "util/hex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using test::runCli;

namespace {

QJsonObject psbtVectors() {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("psbt_vectors.json"))).object();
}
QJsonObject messageVectors() {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("message_signing_vectors.json"))).object();
}

void expectOneLineError(const test::CliResult& r) {
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("error: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
}

QString writeKeyFile(const QString& name, const QByteArray& wif) {
    const QString path = test::freshTempDir(QStringLiteral("cli_psbt")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(wif + "\n");
    return path;
}

const char* kBip322Wif = "L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k";
const char* kBip322Address = "bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l";

}  // namespace

class TestCliPsbt : public QObject {
    Q_OBJECT
private slots:
    void decodesValidVectors_data() {
        QTest::addColumn<QString>("base64");
        QTest::addColumn<QString>("hex");
        for (const auto& v : psbtVectors()[QStringLiteral("valid")].toArray())
            QTest::newRow(v[QStringLiteral("name")].toString().toUtf8().constData())
                << v[QStringLiteral("base64")].toString() << v[QStringLiteral("hex")].toString();
    }
    void decodesValidVectors() {
        QFETCH(QString, base64);
        QFETCH(QString, hex);
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("decodepsbt"), base64});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        auto psbt = script::Psbt::fromBase64(base64.toStdString());
        QVERIFY(psbt.ok());
        QCOMPARE(o[QStringLiteral("tx")][QStringLiteral("txid")].toString(),
                 QString::fromStdString(psbt->tx.txid().toHex()));
        QCOMPARE(o[QStringLiteral("inputs")].toArray().size(), int(psbt->inputs.size()));
        QCOMPARE(o[QStringLiteral("outputs")].toArray().size(), int(psbt->outputs.size()));
        auto fee = psbt->fee();
        QCOMPARE(o.contains(QStringLiteral("fee")), fee.ok());
        if (fee) QCOMPARE(o[QStringLiteral("fee")].toString(), QString::fromStdString(fee->toBtcString()));
        // Hex input gives the same answer.
        const auto viaHex = runCli({QStringLiteral("--json"), QStringLiteral("decodepsbt"), hex});
        QCOMPARE(viaHex.exitCode, 0);
        QCOMPARE(viaHex.json(), r.json());
    }

    void decodeShowsFields() {
        // The BIP174 signer output: partial signature, sighash, scripts, derivations; fee 0.0001 BTC.
        QString b64;
        for (const auto& v : psbtVectors()[QStringLiteral("roles")].toArray())
            if (v[QStringLiteral("role")].toString() == QStringLiteral("signer"))
                b64 = v[QStringLiteral("expected_psbt_base64")].toString();
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("--network"), QStringLiteral("test"),
                               QStringLiteral("decodepsbt"), b64});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o[QStringLiteral("fee")].toString(), QStringLiteral("0.00010000"));
        QCOMPARE(o[QStringLiteral("complete")].toBool(), false);
        const QJsonObject in0 = o[QStringLiteral("inputs")].toArray().at(0).toObject();
        QCOMPARE(in0[QStringLiteral("sighash")].toString(), QStringLiteral("ALL"));
        QCOMPARE(in0[QStringLiteral("partial_signatures")].toObject().size(), 1);
        QCOMPARE(in0[QStringLiteral("redeem_script")][QStringLiteral("type")].toString(), QStringLiteral("multisig"));
        QCOMPARE(in0[QStringLiteral("bip32_derivs")].toArray().at(0)[QStringLiteral("path")].toString(),
                 QStringLiteral("m/0'/0'/0'"));
        QCOMPARE(in0[QStringLiteral("bip32_derivs")].toArray().at(0)[QStringLiteral("master_fingerprint")].toString(),
                 QStringLiteral("d90c6a4f"));
        const QJsonObject in1 = o[QStringLiteral("inputs")].toArray().at(1).toObject();
        QCOMPARE(in1[QStringLiteral("witness_utxo")][QStringLiteral("amount")].toString(),
                 QStringLiteral("2.00000000"));
        QCOMPARE(in1[QStringLiteral("witness_script")][QStringLiteral("type")].toString(), QStringLiteral("multisig"));
        QCOMPARE(o[QStringLiteral("outputs")].toArray().at(0)[QStringLiteral("bip32_derivs")].toArray().size(), 1);
        QVERIFY(o[QStringLiteral("tx")][QStringLiteral("vout")]
                    .toArray()
                    .at(0)[QStringLiteral("scriptPubKey")][QStringLiteral("address")]
                    .toString()
                    .startsWith(QStringLiteral("tb1q")));
    }

    void rejectsInvalidVectors_data() {
        QTest::addColumn<QString>("base64");
        for (const auto& v : psbtVectors()[QStringLiteral("invalid")].toArray())
            QTest::newRow(v[QStringLiteral("name")].toString().toUtf8().constData())
                << v[QStringLiteral("base64")].toString();
        QTest::newRow("garbage") << QStringLiteral("not a psbt");
        QTest::newRow("empty") << QString();
        QTest::newRow("base64 of text") << QStringLiteral("aGVsbG8gd29ybGQ=");
        QTest::newRow("truncated")
            << psbtVectors()[QStringLiteral("valid")].toArray().at(1)[QStringLiteral("base64")].toString().left(60);
    }
    void rejectsInvalidVectors() {
        QFETCH(QString, base64);
        const auto r = runCli({QStringLiteral("decodepsbt"), base64});
        expectOneLineError(r);
        QVERIFY(r.err.startsWith("error: invalid PSBT: "));
    }

    void decodepsbtNeedsOneArgument() { expectOneLineError(runCli({QStringLiteral("decodepsbt")})); }

    void verifymessageVectors_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("valid");
        int n = 0;
        for (const auto& v : messageVectors()[QStringLiteral("bip137")][QStringLiteral("verify")].toArray())
            QTest::newRow(qPrintable(QStringLiteral("bip137 %1").arg(n++)))
                << v[QStringLiteral("address")].toString() << v[QStringLiteral("message")].toString()
                << v[QStringLiteral("signature")].toString() << v[QStringLiteral("valid")].toBool();
        const QJsonObject bip322 = messageVectors()[QStringLiteral("bip322")][QStringLiteral("signing")].toObject();
        for (const auto& v : bip322[QStringLiteral("signatures")].toArray())
            for (const auto& s : v[QStringLiteral("valid_simple_signatures")].toArray())
                QTest::newRow(qPrintable(QStringLiteral("bip322 %1").arg(n++)))
                    << bip322[QStringLiteral("address")].toString() << v[QStringLiteral("message")].toString()
                    << s.toString() << true;
    }
    void verifymessageVectors() {
        QFETCH(QString, address);
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QFETCH(bool, valid);
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("verifymessage"), address, signature, message});
        if (valid) {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().object()[QStringLiteral("valid")].toBool(), true);
        } else {
            expectOneLineError(r);
        }
    }

    void signmessageFromKeyFile() {
        const QString keyFile = writeKeyFile(QStringLiteral("bip322.wif"), kBip322Wif);
        QVERIFY(!keyFile.isEmpty());
        // BIP322 simple for the BIP's P2WPKH address: the deterministic signature of the BIP.
        auto r = runCli({QStringLiteral("--json"), QStringLiteral("signmessage"), QStringLiteral("--address"),
                         QLatin1String(kBip322Address), QStringLiteral("--key-file"), keyFile,
                         QStringLiteral("--bip322"), QStringLiteral("Hello World")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString sig = r.json().object()[QStringLiteral("signature")].toString();
        QStringList expected;
        for (const auto& v :
             messageVectors()[QStringLiteral("bip322")][QStringLiteral("signing")][QStringLiteral("signatures")]
                 .toArray())
            if (v[QStringLiteral("message")].toString() == QStringLiteral("Hello World"))
                for (const auto& s : v[QStringLiteral("valid_simple_signatures")].toArray()) expected << s.toString();
        QVERIFY2(expected.contains(sig), qPrintable(sig));
        // BIP137 for the same address verifies through verifymessage.
        r = runCli({QStringLiteral("--json"), QStringLiteral("signmessage"), QStringLiteral("--address"),
                    QLatin1String(kBip322Address), QStringLiteral("--key-file"), keyFile,
                    QStringLiteral("Hello World")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString bip137 = r.json().object()[QStringLiteral("signature")].toString();
        r = runCli({QStringLiteral("--json"), QStringLiteral("verifymessage"), QLatin1String(kBip322Address), bip137,
                    QStringLiteral("Hello World")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object()[QStringLiteral("format")].toString(), QStringLiteral("BIP137"));
        // Wrong message: exit 1, one line.
        expectOneLineError(
            runCli({QStringLiteral("verifymessage"), QLatin1String(kBip322Address), bip137, QStringLiteral("Hello")}));
    }

    void signmessageErrors() {
        const QString keyFile = writeKeyFile(QStringLiteral("k.wif"), kBip322Wif);
        const QString badKey = writeKeyFile(QStringLiteral("bad.wif"), "not a key");
        // Another key's address, a bad key file, a missing file, no address, a taproot address without --bip322.
        expectOneLineError(runCli({QStringLiteral("signmessage"), QStringLiteral("--address"),
                                   QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                                   QStringLiteral("--key-file"), keyFile, QStringLiteral("m")}));
        expectOneLineError(
            runCli({QStringLiteral("signmessage"), QStringLiteral("--address"), QLatin1String(kBip322Address),
                    QStringLiteral("--key-file"), badKey, QStringLiteral("m")}));
        expectOneLineError(
            runCli({QStringLiteral("signmessage"), QStringLiteral("--address"), QLatin1String(kBip322Address),
                    QStringLiteral("--key-file"), keyFile + QStringLiteral(".missing"), QStringLiteral("m")}));
        expectOneLineError(
            runCli({QStringLiteral("signmessage"), QStringLiteral("--key-file"), keyFile, QStringLiteral("m")}));
        expectOneLineError(runCli({QStringLiteral("signmessage"), QStringLiteral("--address"),
                                   QStringLiteral("bc1ppv609nr0vr25u07u95waq5lucwfm6tde4nydujnu8npg4q75mr5sxq8lt3"),
                                   QStringLiteral("--key-file"), keyFile, QStringLiteral("m")}));
        // Without a key file and without a terminal there is no way to get the key: refused, never read from argv.
        expectOneLineError(runCli({QStringLiteral("signmessage"), QStringLiteral("--address"),
                                   QLatin1String(kBip322Address), QStringLiteral("m")},
                                  QByteArray(kBip322Wif) + "\n"));
        const auto r =
            runCli({QStringLiteral("signmessage"), QStringLiteral("--address"), QLatin1String(kBip322Address),
                    QStringLiteral("--key-file"), badKey, QStringLiteral("m")});
        QVERIFY(!r.err.contains("not a key"));  // secrets never echoed
    }
};

QTEST_GUILESS_MAIN(TestCliPsbt)
#include "test_cli_psbt.moc"
