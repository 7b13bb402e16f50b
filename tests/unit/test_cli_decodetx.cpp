// SPDX-License-Identifier: MIT
// `cairn-cli decodetx`: fields of the BIP143 native P2WPKH example's signed transaction (amounts
// 1.1234 and 2.2345 BTC, lock time 17 as the BIP states), network-dependent addresses, stdin input,
// and one-line errors on garbage.
#include "common/cli_runner.h"
#include "common/test_paths.h"
#include "primitives/transaction.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using test::runCli;

namespace {
QString signedTxHex() {
    const QJsonObject v = QJsonDocument::fromJson(test::readData(QStringLiteral("bip143_examples.json"))).object();
    return v[QStringLiteral("examples")].toArray().at(0).toObject()[QStringLiteral("signed_tx")].toString();
}

void expectOneLineError(const test::CliResult& r) {
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("error: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
}
}  // namespace

class TestCliDecodetx : public QObject {
    Q_OBJECT
private slots:
    void decodesSegwitTransaction() {
        const QString hex = signedTxHex();
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("decodetx"), hex});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        auto tx = primitives::Transaction::parse(*util::fromHex(hex.toStdString()));
        QVERIFY(tx.ok());
        QCOMPARE(o[QStringLiteral("txid")].toString(), QString::fromStdString(tx->txid().toHex()));
        QCOMPARE(o[QStringLiteral("wtxid")].toString(), QString::fromStdString(tx->wtxid().toHex()));
        QVERIFY(o[QStringLiteral("txid")].toString() != o[QStringLiteral("wtxid")].toString());
        QCOMPARE(o[QStringLiteral("version")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("locktime")].toInt(), 17);
        QCOMPARE(o[QStringLiteral("size")].toInt(), hex.size() / 2);
        QCOMPARE(o[QStringLiteral("weight")].toInt(), int(tx->weight()));
        QCOMPARE(o[QStringLiteral("vsize")].toInt(), int((tx->weight() + 3) / 4));

        const QJsonArray inputs = o[QStringLiteral("inputs")].toArray();
        QCOMPARE(inputs.size(), 2);
        const QJsonObject in0 = inputs.at(0).toObject();
        QCOMPARE(in0[QStringLiteral("prevout")].toString(),
                 QStringLiteral("9f96ade4b41d5433f4eda31e1738ec2b36f6e7d1420d94a6af99801a88f7f7ff:0"));
        QCOMPARE(in0[QStringLiteral("sequence")].toDouble(), double(0xffffffee));
        QVERIFY(in0[QStringLiteral("witness")].toArray().isEmpty());
        QVERIFY(in0[QStringLiteral("scriptSig")].toObject()[QStringLiteral("asm")].toString().endsWith(
            QStringLiteral("[ALL]")));
        const QJsonArray witness = inputs.at(1).toObject()[QStringLiteral("witness")].toArray();
        QCOMPARE(witness.size(), 2);
        QCOMPARE(witness.at(1).toString(),
                 QStringLiteral("025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee6357"));
        QCOMPARE(inputs.at(1).toObject()[QStringLiteral("scriptSig")].toObject()[QStringLiteral("hex")].toString(),
                 QString());

        const QJsonArray outputs = o[QStringLiteral("outputs")].toArray();
        QCOMPARE(outputs.size(), 2);
        const QJsonObject out0 = outputs.at(0).toObject();
        QCOMPARE(out0[QStringLiteral("value")].toString(), QStringLiteral("1.12340000"));
        QCOMPARE(out0[QStringLiteral("sats")].toDouble(), 112340000.0);
        QCOMPARE(outputs.at(1).toObject()[QStringLiteral("value")].toString(), QStringLiteral("2.23450000"));
        const QJsonObject spk = out0[QStringLiteral("scriptPubKey")].toObject();
        QCOMPARE(spk[QStringLiteral("hex")].toString(),
                 QStringLiteral("76a9148280b37df378db99f66f85c95a783a76ac7a6d5988ac"));
        QCOMPARE(
            spk[QStringLiteral("asm")].toString(),
            QStringLiteral("OP_DUP OP_HASH160 8280b37df378db99f66f85c95a783a76ac7a6d59 OP_EQUALVERIFY OP_CHECKSIG"));
        QVERIFY2(spk[QStringLiteral("address")].toString().startsWith(QLatin1Char('1')),
                 qPrintable(spk[QStringLiteral("address")].toString()));
    }

    void addressFollowsNetwork() {
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("--network"), QStringLiteral("test"),
                               QStringLiteral("decodetx"), signedTxHex()});
        QCOMPARE(r.exitCode, 0);
        const QString address = r.json()
                                    .object()[QStringLiteral("outputs")]
                                    .toArray()
                                    .at(0)
                                    .toObject()[QStringLiteral("scriptPubKey")]
                                    .toObject()[QStringLiteral("address")]
                                    .toString();
        QVERIFY2(address.startsWith(QLatin1Char('m')) || address.startsWith(QLatin1Char('n')), qPrintable(address));
    }

    void readsStdin() {
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("decodetx"), QStringLiteral("-")},
                              signedTxHex().toLatin1() + "\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object()[QStringLiteral("inputs")].toArray().size(), 2);
    }

    void garbageFailsWithOneLine_data() {
        QTest::addColumn<QStringList>("args");
        const QString hex = signedTxHex();
        QTest::newRow("not hex") << QStringList{QStringLiteral("decodetx"), QStringLiteral("zz")};
        QTest::newRow("odd length") << QStringList{QStringLiteral("decodetx"), QStringLiteral("abc")};
        QTest::newRow("truncated") << QStringList{QStringLiteral("decodetx"), hex.left(hex.size() - 2)};
        QTest::newRow("trailing byte") << QStringList{QStringLiteral("decodetx"), hex + QStringLiteral("00")};
        QTest::newRow("no argument") << QStringList{QStringLiteral("decodetx")};
        QTest::newRow("two arguments") << QStringList{QStringLiteral("decodetx"), hex, hex};
        QTest::newRow("json garbage") << QStringList{QStringLiteral("--json"), QStringLiteral("decodetx"),
                                                     QStringLiteral("0100")};
    }
    void garbageFailsWithOneLine() {
        QFETCH(QStringList, args);
        expectOneLineError(runCli(args));
    }
};

QTEST_GUILESS_MAIN(TestCliDecodetx)
#include "test_cli_decodetx.moc"
