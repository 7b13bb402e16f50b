// SPDX-License-Identifier: MIT
// cairn-cli mnemonic new/check and derive, driven with the BIP84 vector mnemonic ("abandon" x11 + "about")
// from a file: derive must print the vector's account keys; bad input exits 1 with one line on stderr only.
#include "common/cli_runner.h"
#include "common/test_paths.h"
#include "crypto/bip39.h"
#include "script/extkey_io.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using cairn::test::runCli;

namespace {

const QByteArray kVectorMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

QJsonObject bip84() {
    return cairn::test::readJsonObject(QStringLiteral("bip44family_vectors.json"), QStringLiteral("bip84"));
}

// The standard-version (xpub/xprv) form of a SLIP-132 key.
QString asStandard(const QString& slip132, bool isPrivate) {
    auto d = cairn::script::decodeExtKey(slip132.toStdString());
    if (!d.ok()) return {};
    if (isPrivate) {
        const auto s = cairn::script::encodeExtPrivKey(d->key, d->chain);
        return QString::fromLatin1(s.asStringView().data(), qsizetype(s.size()));
    }
    return QString::fromStdString(cairn::script::encodeExtPubKey(d->key, d->chain));
}

}  // namespace

class TestCliHd : public QObject {
    Q_OBJECT
private:
    QString m_dir;

    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = m_dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    static void expectOneLineError(const cairn::test::CliResult& r, const QByteArray& fragment) {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("error: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(fragment), r.err.constData());
    }

private slots:
    void initTestCase() { m_dir = cairn::test::freshTempDir(QStringLiteral("cli_hd")); }

    void deriveBip84Account() {
        const QJsonObject v = bip84();
        const QJsonObject account = v.value(QStringLiteral("account")).toObject();
        const QString mnemonicFile = writeFile(QStringLiteral("mnemonic.txt"), kVectorMnemonic + '\n');
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("derive"), QStringLiteral("--mnemonic-file"),
                               mnemonicFile, QStringLiteral("--path"), QStringLiteral("m/84h/0h/0h")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("m/84h/0h/0h"));
        QCOMPARE(o.value(QStringLiteral("master_fingerprint")).toString(), QStringLiteral("73c5da0a"));
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), QStringLiteral("[73c5da0a/84h/0h/0h]"));
        QCOMPARE(o.value(QStringLiteral("slip132_pub")).toString(), account.value(QStringLiteral("zpub")).toString());
        QCOMPARE(o.value(QStringLiteral("slip132_prv")).toString(), account.value(QStringLiteral("zprv")).toString());
        QCOMPARE(o.value(QStringLiteral("xpub")).toString(),
                 asStandard(account.value(QStringLiteral("zpub")).toString(), false));
        QCOMPARE(o.value(QStringLiteral("xprv")).toString(),
                 asStandard(account.value(QStringLiteral("zprv")).toString(), true));
        QVERIFY(o.value(QStringLiteral("xpub")).toString().startsWith(QStringLiteral("xpub")));

        // Text output carries the same keys; apostrophes in the path are accepted.
        const auto t = runCli({QStringLiteral("derive"), QStringLiteral("--mnemonic-file"), mnemonicFile,
                               QStringLiteral("--path"), QStringLiteral("m/84'/0'/0'")});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains(account.value(QStringLiteral("zpub")).toString().toLatin1()));
    }

    void deriveRootAndTestnet() {
        const QString mnemonicFile = writeFile(QStringLiteral("mnemonic.txt"), kVectorMnemonic);
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("derive"), QStringLiteral("--mnemonic-file"),
                               mnemonicFile, QStringLiteral("--path"), QStringLiteral("m")});
        QCOMPARE(r.exitCode, 0);
        // The vector's root zprv, in its xprv form.
        QCOMPARE(r.json().object().value(QStringLiteral("xprv")).toString(),
                 asStandard(bip84().value(QStringLiteral("rootpriv")).toString(), true));
        QVERIFY(!r.json().object().contains(QStringLiteral("slip132_pub")));

        // BIP49 testnet account: tpub/tprv plus the vector's upub.
        const auto t = runCli({QStringLiteral("--json"), QStringLiteral("--network"), QStringLiteral("test"),
                               QStringLiteral("derive"), QStringLiteral("--mnemonic-file"), mnemonicFile,
                               QStringLiteral("--path"), QStringLiteral("m/49h/1h/0h")});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QJsonObject o = t.json().object();
        const QJsonObject bip49 =
            QJsonDocument::fromJson(cairn::test::readData(QStringLiteral("bip44family_vectors.json")))
                .object()
                .value(QStringLiteral("bip49"))
                .toObject()
                .value(QStringLiteral("account"))
                .toObject();
        QCOMPARE(o.value(QStringLiteral("slip132_pub")).toString(), bip49.value(QStringLiteral("upub")).toString());
        QVERIFY(o.value(QStringLiteral("xpub")).toString().startsWith(QStringLiteral("tpub")));
        QVERIFY(o.value(QStringLiteral("xprv")).toString().startsWith(QStringLiteral("tprv")));
    }

    void passphraseFileChangesTheSeed() {
        // Trezor vector 0: same mnemonic, passphrase "TREZOR" -> this master xprv.
        const QString mnemonicFile = writeFile(QStringLiteral("mnemonic.txt"), kVectorMnemonic);
        const QString passFile = writeFile(QStringLiteral("pass.txt"), "TREZOR\n");
        const auto r =
            runCli({QStringLiteral("--json"), QStringLiteral("derive"), QStringLiteral("--mnemonic-file"), mnemonicFile,
                    QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--path"), QStringLiteral("m")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("xprv")).toString(),
                 QStringLiteral("xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuu"
                                "RhxMwvKDwqdKiGJS9XFKzUsAF"));
    }

    void deriveErrors_data() {
        QTest::addColumn<QByteArray>("mnemonic");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("fragment");
        const QByteArray abandon12 = QByteArray("abandon ").repeated(11) + "abandon";
        QTest::newRow("bad checksum") << abandon12 << "m/84h/0h/0h" << QByteArray("checksum");
        QTest::newRow("unknown word") << QByteArray(kVectorMnemonic).replace("about", "abute") << "m/84h/0h/0h"
                                      << QByteArray("unknown word at position 12");
        QTest::newRow("wrong count") << QByteArray("abandon about") << "m/84h/0h/0h" << QByteArray("not 2");
        QTest::newRow("bad path") << kVectorMnemonic << "84h/0h" << QByteArray("must start with");
        QTest::newRow("index too large") << kVectorMnemonic << "m/2147483648" << QByteArray("too large");
    }
    void deriveErrors() {
        QFETCH(QByteArray, mnemonic);
        QFETCH(QString, path);
        QFETCH(QByteArray, fragment);
        const QString file = writeFile(QStringLiteral("bad.txt"), mnemonic);
        const auto plain =
            runCli({QStringLiteral("derive"), QStringLiteral("--mnemonic-file"), file, QStringLiteral("--path"), path});
        expectOneLineError(plain, fragment);
        // No word of the (secret) mnemonic is echoed back in the error, not even a misspelt one.
        QVERIFY2(!plain.err.contains("abute") && !plain.err.contains("abandon"), plain.err.constData());
        expectOneLineError(runCli({QStringLiteral("--json"), QStringLiteral("derive"),
                                   QStringLiteral("--mnemonic-file"), file, QStringLiteral("--path"), path}),
                           fragment);
    }

    void deriveNeedsPathAndReadableFile() {
        const QString file = writeFile(QStringLiteral("mnemonic.txt"), kVectorMnemonic);
        expectOneLineError(runCli({QStringLiteral("derive"), QStringLiteral("--mnemonic-file"), file}), "--path");
        expectOneLineError(runCli({QStringLiteral("derive"), QStringLiteral("--mnemonic-file"),
                                   m_dir + QStringLiteral("/missing"), QStringLiteral("--path"), QStringLiteral("m")}),
                           "cannot read");
        // A secret is never taken as an argument value.
        expectOneLineError(runCli({QStringLiteral("derive"), QString::fromLatin1(kVectorMnemonic),
                                   QStringLiteral("--path"), QStringLiteral("m")}),
                           "takes no arguments");
    }

    void mnemonicFromStdinWhenNoFile() {
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("derive"), QStringLiteral("--path"),
                               QStringLiteral("m/84h/0h/0h")},
                              kVectorMnemonic + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("slip132_pub")).toString(),
                 bip84().value(QStringLiteral("account")).toObject().value(QStringLiteral("zpub")).toString());
    }

    void mnemonicCheck() {
        const QString good = writeFile(QStringLiteral("good.txt"), kVectorMnemonic + '\n');
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("mnemonic"), QStringLiteral("check"),
                               QStringLiteral("--mnemonic-file"), good});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.json().object().value(QStringLiteral("words")).toInt(), 12);

        const QString bad = writeFile(QStringLiteral("bad.txt"), QByteArray("abandon ").repeated(23) + "abandon");
        expectOneLineError(
            runCli({QStringLiteral("mnemonic"), QStringLiteral("check"), QStringLiteral("--mnemonic-file"), bad}),
            "checksum");
        expectOneLineError(runCli({QStringLiteral("mnemonic"), QStringLiteral("check")}, "zebra zebra\n"), "not 2");
        expectOneLineError(runCli({QStringLiteral("mnemonic")}), "mnemonic check");
    }

    void mnemonicNew_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("words");  // 0: must fail
        QTest::newRow("default") << QStringList{} << 24;
        for (int w : {12, 15, 18, 21, 24})
            QTest::newRow(qPrintable(QString::number(w)))
                << QStringList{QStringLiteral("--words"), QString::number(w)} << w;
        QTest::newRow("13") << QStringList{QStringLiteral("--words"), QStringLiteral("13")} << 0;
        QTest::newRow("text") << QStringList{QStringLiteral("--words"), QStringLiteral("many")} << 0;
    }
    void mnemonicNew() {
        QFETCH(QStringList, args);
        QFETCH(int, words);
        const auto r =
            runCli(QStringList{QStringLiteral("--json"), QStringLiteral("mnemonic"), QStringLiteral("new")} + args);
        if (words == 0) {
            expectOneLineError(r, "--words");
            return;
        }
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("words")).toInt(), words);
        const QString mnemonic = o.value(QStringLiteral("mnemonic")).toString();
        QCOMPARE(mnemonic.split(QLatin1Char(' ')).size(), words);
        QVERIFY(cairn::crypto::mnemonicToEntropy(mnemonic.toStdString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCliHd)
#include "test_cli_hd.moc"
