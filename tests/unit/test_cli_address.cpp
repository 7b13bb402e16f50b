// SPDX-License-Identifier: MIT
// cairn-cli address decode/fromscript and descriptor parse/derive: JSON output for valid input, exit 1 with one
// "error: ..." line for invalid input, wrong-network hints, and private descriptors refused as arguments.
#include "common/cli_runner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using cairn::test::runCli;

namespace {
const QString kXpub = QStringLiteral(
    "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH");
const QString kWif = QStringLiteral("L4rK1yDtCWekvXuE6oXD9jCYfFNV2cWRpVuPLBcCU2z8TrisoyY1");

QJsonObject jsonOf(const QStringList& args, const QByteArray& stdinData = {}) {
    const auto r = runCli(QStringList{QStringLiteral("--json")} + args, stdinData);
    if (r.exitCode != 0) qWarning("cairn-cli failed: %s", r.err.constData());
    return r.json().object();
}

// Exit status 1 and exactly one "error: ..." line containing `needle`.
void expectOneLineError(const QStringList& args, const QString& needle, const QByteArray& stdinData = {}) {
    const auto r = runCli(args, stdinData);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("error: ")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(needle), qPrintable(err));
}
}  // namespace

class TestCliAddress : public QObject {
    Q_OBJECT
private slots:
    void decodeSegwit() {
        const QJsonObject o = jsonOf({QStringLiteral("address"), QStringLiteral("decode"),
                                      QStringLiteral("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")});
        QCOMPARE(o[QStringLiteral("address")].toString(), QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        QCOMPARE(o[QStringLiteral("network")].toString(), QStringLiteral("main"));
        QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("witness_v0_keyhash"));
        QCOMPARE(o[QStringLiteral("witness_version")].toInt(), 0);
        QCOMPARE(o[QStringLiteral("witness_program")].toString(), QStringLiteral("751e76e8199196d454941c45d1b3a323f1433bd6"));
        QCOMPARE(o[QStringLiteral("scriptPubKey")].toString(), QStringLiteral("0014751e76e8199196d454941c45d1b3a323f1433bd6"));
    }

    void decodeBase58OnItsNetwork() {
        const QJsonObject o = jsonOf({QStringLiteral("--network"), QStringLiteral("testnet4"), QStringLiteral("address"),
                                      QStringLiteral("decode"), QStringLiteral("2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK")});
        QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("scripthash"));
        QCOMPARE(o[QStringLiteral("encoding")].toString(), QStringLiteral("base58check"));
        QCOMPARE(o[QStringLiteral("scriptPubKey")].toString(), QStringLiteral("a914ce0bba75891ff9ec60148d4bd4a09ee2dc5c933187"));
        QVERIFY(!o.contains(QStringLiteral("witness_version")));
    }

    void decodeNamesTheOwningNetwork() {
        expectOneLineError({QStringLiteral("address"), QStringLiteral("decode"), QStringLiteral("2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK")},
                           QStringLiteral("address is for testnet, not mainnet"));
        expectOneLineError({QStringLiteral("--network"), QStringLiteral("regtest"), QStringLiteral("address"), QStringLiteral("decode"),
                            QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")},
                           QStringLiteral("address is for mainnet, not regtest"));
    }

    void decodeInvalid() {
        expectOneLineError({QStringLiteral("address"), QStringLiteral("decode"), QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")},
                           QStringLiteral("checksum"));
        expectOneLineError({QStringLiteral("address"), QStringLiteral("decode")}, QStringLiteral("exactly one address"));
    }

    void fromScript() {
        const QJsonObject o = jsonOf({QStringLiteral("--network"), QStringLiteral("signet"), QStringLiteral("address"), QStringLiteral("fromscript"),
                                      QStringLiteral("5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433")});
        QCOMPARE(o[QStringLiteral("address")].toString(),
                 QStringLiteral("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c"));
        QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("witness_v1_taproot"));
        expectOneLineError({QStringLiteral("address"), QStringLiteral("fromscript"), QStringLiteral("6a0401020304")},
                           QStringLiteral("no address form"));
        expectOneLineError({QStringLiteral("address"), QStringLiteral("fromscript"), QStringLiteral("zz")}, QStringLiteral("hex"));
    }

    void descriptorParseMultipath() {
        const QJsonObject o = jsonOf({QStringLiteral("descriptor"), QStringLiteral("parse"),
                                      QStringLiteral("wpkh([ffffffff/13']%1/<1;3>/2/*)").arg(kXpub)});
        QVERIFY(o[QStringLiteral("descriptor")].toString().startsWith(QStringLiteral("wpkh([ffffffff/13h]")));
        QVERIFY(o[QStringLiteral("descriptor")].toString().contains(QLatin1Char('#')));
        QCOMPARE(o[QStringLiteral("ranged")].toBool(), true);
        QCOMPARE(o[QStringLiteral("branches")].toInt(), 2);
        const QJsonArray branches = o[QStringLiteral("multipath")].toArray();
        QCOMPARE(branches.size(), 2);
        QVERIFY(branches[1].toString().contains(QStringLiteral("/3/2/*)#")));
    }

    void descriptorDeriveRange() {
        // BIP382 vector: children 0..2 of wpkh([ffffffff/13']xpub.../1/2/*).
        const QJsonObject o = jsonOf({QStringLiteral("descriptor"), QStringLiteral("derive"), QStringLiteral("--range"), QStringLiteral("0:2"),
                                      QStringLiteral("wpkh([ffffffff/13']%1/1/2/*)").arg(kXpub)});
        const QJsonArray rows = o[QStringLiteral("outputs")].toArray();
        QCOMPARE(rows.size(), 3);
        const QStringList expected{QStringLiteral("0014326b2249e3a25d5dc60935f044ee835d090ba859"),
                                   QStringLiteral("0014af0bd98abc2f2cae66e36896a39ffe2d32984fb7"),
                                   QStringLiteral("00141fa798efd1cbf95cebf912c031b8a4a6e9fb9f27")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row[QStringLiteral("index")].toInt(), i);
            QCOMPARE(row[QStringLiteral("scriptPubKey")].toString(), expected[i]);
            QVERIFY(row[QStringLiteral("address")].toString().startsWith(QStringLiteral("bc1q")));
        }
    }

    void privateDescriptorsOnlyFromStdinOrFile() {
        const QString desc = QStringLiteral("wpkh(%1)").arg(kWif);
        expectOneLineError({QStringLiteral("descriptor"), QStringLiteral("parse"), desc}, QStringLiteral("--descriptor-file"));
        const QJsonObject o = jsonOf({QStringLiteral("descriptor"), QStringLiteral("derive")}, desc.toUtf8() + '\n');
        QCOMPARE(o[QStringLiteral("outputs")].toArray()[0].toObject()[QStringLiteral("scriptPubKey")].toString(),
                 QStringLiteral("00149a1c78a507689f6f54b847ad1cef1e614ee23f1e"));
        // The printed descriptor is the public form: the WIF never reaches stdout.
        QVERIFY(!o[QStringLiteral("descriptor")].toString().contains(kWif));
    }

    void descriptorInvalid() {
        expectOneLineError({QStringLiteral("descriptor"), QStringLiteral("parse"), QStringLiteral("raw(deadbeef)#89f8spxx")},
                           QStringLiteral("checksum"));
        expectOneLineError({QStringLiteral("descriptor"), QStringLiteral("parse"), QStringLiteral("sh(sh(raw(00)))")},
                           QStringLiteral("top level"));
        expectOneLineError({QStringLiteral("descriptor"), QStringLiteral("derive"), QStringLiteral("--range"), QStringLiteral("5:1"),
                            QStringLiteral("raw(00)")},
                           QStringLiteral("--range"));
    }
};

QTEST_GUILESS_MAIN(TestCliAddress)
#include "test_cli_address.moc"
