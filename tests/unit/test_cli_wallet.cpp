// SPDX-License-Identifier: MIT
// cairn-cli wallet basics: restore from the BIP84 vector mnemonic (file), info, getnewaddress (vector addresses in
// order, change chain), descriptors public/private, passwd, unlock, lock, watch-only from the vector zpub, labels
// export/import, create with --mnemonic-out (0600), list; errors are one line on stderr with exit code 1.
#include "common/cli_runner.h"
#include "common/test_paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using cairn::test::CliResult;
using cairn::test::runCli;

namespace {

const QByteArray kMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n";

QJsonObject bip84() {
    return cairn::test::readJsonObject(QStringLiteral("bip44family_vectors.json"), QStringLiteral("bip84"));
}

}  // namespace

class TestCliWallet : public QObject {
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

    // cairn-cli --json --datadir <dir> <args> (mainnet).
    CliResult cli(QStringList args, const QByteArray& stdinData = {}) {
        args.prepend(m_dir + QStringLiteral("/data"));
        args.prepend(QStringLiteral("--datadir"));
        args.prepend(QStringLiteral("--json"));
        return runCli(args, stdinData);
    }

    static void expectOneLineError(const CliResult& r, const QByteArray& fragment) {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("error: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(fragment), r.err.constData());
    }

    QString m_pw;
    QString m_pw2;

private slots:
    void initTestCase() {
        m_dir = cairn::test::freshTempDir(QStringLiteral("cli_wallet"));
        m_pw = writeFile(QStringLiteral("pw"), "hunter2\n");
        m_pw2 = writeFile(QStringLiteral("pw2"), "correct horse battery\n");
        const QString words = writeFile(QStringLiteral("words"), kMnemonic);
        const CliResult r = cli({QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("--mnemonic-file"), words,
                                 QStringLiteral("--password-file"), m_pw, QStringLiteral("--scrypt-n"), QStringLiteral("1024"),
                                 QStringLiteral("--birthday"), QStringLiteral("550000")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = r.json().object();
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
        QCOMPARE(info.value(QStringLiteral("birthday")).toInt(), 550000);
        QCOMPARE(info.value(QStringLiteral("watch_only")).toBool(), false);
        QVERIFY(!r.out.contains("abandon"));
    }

    void restoreRefusesAnExistingName() {
        const QString words = writeFile(QStringLiteral("words"), kMnemonic);
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("--mnemonic-file"), words,
                                QStringLiteral("--password-file"), m_pw, QStringLiteral("--scrypt-n"), QStringLiteral("1024")}),
                           "already exists");
    }

    void infoShowsTheAccount() {
        const CliResult r = cli({QStringLiteral("wallet"), QStringLiteral("info")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = r.json().object();
        const QJsonObject acc = info.value(QStringLiteral("accounts")).toArray().first().toObject();
        QCOMPARE(acc.value(QStringLiteral("kind")).toString(), QStringLiteral("bip84"));
        QCOMPARE(acc.value(QStringLiteral("origin")).toString(), QStringLiteral("73c5da0a/84h/0h/0h"));
        QCOMPARE(info.value(QStringLiteral("kdf")).toString(), QStringLiteral("scrypt N=1024 r=8 p=1"));
        QCOMPARE(info.value(QStringLiteral("locked")).toBool(), true);
    }

    void getNewAddressGivesTheVectorAddresses() {
        const QJsonArray addrs = bip84().value(QStringLiteral("addresses")).toArray();
        const CliResult first = cli({QStringLiteral("getnewaddress")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.json().object().value(QStringLiteral("address")).toString(),
                 addrs[0].toObject().value(QStringLiteral("address")).toString());
        QCOMPARE(first.json().object().value(QStringLiteral("path")).toString(), QStringLiteral("m/84h/0h/0h/0/0"));
        const CliResult second = cli({QStringLiteral("getnewaddress"), QStringLiteral("--wallet"), QStringLiteral("default")});
        QCOMPARE(second.json().object().value(QStringLiteral("address")).toString(),
                 addrs[1].toObject().value(QStringLiteral("address")).toString());
        const CliResult change = cli({QStringLiteral("getnewaddress"), QStringLiteral("--change")});
        QCOMPARE(change.json().object().value(QStringLiteral("address")).toString(),
                 addrs[2].toObject().value(QStringLiteral("address")).toString());
        // Without --json the address alone.
        const CliResult plain = runCli({QStringLiteral("--datadir"), m_dir + QStringLiteral("/data"), QStringLiteral("getnewaddress")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith("bc1q"));
        QCOMPARE(plain.out.count('\n'), 1);
    }

    void descriptorsPublicAndPrivate() {
        const CliResult pub = cli({QStringLiteral("descriptors")});
        QVERIFY2(pub.exitCode == 0, pub.err.constData());
        const QJsonArray list = pub.json().array();
        QCOMPARE(list.size(), 2);
        const QString recv = list[0].toObject().value(QStringLiteral("desc")).toString();
        QVERIFY2(recv.startsWith(QStringLiteral("wpkh([73c5da0a/84h/0h/0h]xpub")), qPrintable(recv));
        QVERIFY(recv.contains(QStringLiteral("/0/*)#")));
        QVERIFY(!pub.out.contains("xprv"));
        expectOneLineError(cli({QStringLiteral("descriptors"), QStringLiteral("--private"), QStringLiteral("--password-file"), m_pw2}),
                           "wrong password");
        const CliResult priv = cli({QStringLiteral("descriptors"), QStringLiteral("--private"), QStringLiteral("--password-file"), m_pw});
        QVERIFY2(priv.exitCode == 0, priv.err.constData());
        QVERIFY(priv.out.contains("xprv"));
        QVERIFY(priv.err.contains("private keys"));
    }

    void unlockLockAndPasswd() {
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("unlock"), QStringLiteral("--password-file"), m_pw}).exitCode, 0);
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("unlock"), QStringLiteral("--password-file"), m_pw2}),
                           "wrong password");
        const CliResult lock = cli({QStringLiteral("wallet"), QStringLiteral("lock")});
        QCOMPARE(lock.exitCode, 0);
        QVERIFY(lock.err.contains("never keeps a wallet unlocked"));
        const CliResult passwd = cli({QStringLiteral("wallet"), QStringLiteral("passwd"), QStringLiteral("--password-file"), m_pw,
                                      QStringLiteral("--new-password-file"), m_pw2});
        QVERIFY2(passwd.exitCode == 0, passwd.err.constData());
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("unlock"), QStringLiteral("--password-file"), m_pw}),
                           "wrong password");
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("unlock"), QStringLiteral("--password-file"), m_pw2}).exitCode, 0);
        // No terminal and no file: refused, not hung.
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("unlock")}), "no terminal");
    }

    void watchOnlyFromZpub() {
        const QString zpub = bip84().value(QStringLiteral("account")).toObject().value(QStringLiteral("zpub")).toString();
        const CliResult r = cli({QStringLiteral("wallet"), QStringLiteral("watchonly"), zpub, QStringLiteral("--wallet"),
                                 QStringLiteral("watch")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("watch_only")).toBool(), true);
        const CliResult a = cli({QStringLiteral("getnewaddress"), QStringLiteral("--wallet"), QStringLiteral("watch")});
        QCOMPARE(a.json().object().value(QStringLiteral("address")).toString(),
                 bip84().value(QStringLiteral("addresses")).toArray()[0].toObject().value(QStringLiteral("address")).toString());
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("unlock"), QStringLiteral("--wallet"), QStringLiteral("watch"),
                                QStringLiteral("--password-file"), m_pw}),
                           "watch-only");
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("watchonly"), QStringLiteral("xpubnonsense"),
                                QStringLiteral("--wallet"), QStringLiteral("bad")}),
                           "invalid extended public key");
    }

    void labelsExportImport() {
        const QString example = cairn::test::dataPath(QStringLiteral("bip329_example.jsonl"));
        const CliResult imp = cli({QStringLiteral("labels"), QStringLiteral("import"), example});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QCOMPARE(imp.json().object().value(QStringLiteral("imported")).toInt(), 7);
        const CliResult exp = cli({QStringLiteral("labels"), QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(exp.exitCode, 0);
        QCOMPARE(exp.out.count('\n'), 7);
        QVERIFY(exp.out.contains("\"spendable\":false"));
        const QString bad = writeFile(QStringLiteral("bad.jsonl"), "{\"type\":\"tx\"}\n");
        expectOneLineError(cli({QStringLiteral("labels"), QStringLiteral("import"), bad}), "nothing imported: line 1");
    }

    void createWritesTheWordsToAPrivateFile() {
        const QString out = m_dir + QStringLiteral("/new-words.txt");
        const CliResult r = cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--wallet"), QStringLiteral("fresh"),
                                 QStringLiteral("--words"), QStringLiteral("24"), QStringLiteral("--type"), QStringLiteral("p2tr"),
                                 QStringLiteral("--mnemonic-out"), out, QStringLiteral("--password-file"), m_pw,
                                 QStringLiteral("--scrypt-n"), QStringLiteral("1024")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split(' ').size(), 24);
        QVERIFY(!(f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        QVERIFY(!r.out.contains("mnemonic\""));
        QCOMPARE(r.json().object().value(QStringLiteral("accounts")).toArray().first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("bip86"));
        // Without a terminal and without --mnemonic-out: refused before anything is created.
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--wallet"), QStringLiteral("nowhere"),
                                QStringLiteral("--password-file"), m_pw}),
                           "--mnemonic-out");
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("info"), QStringLiteral("--wallet"), QStringLiteral("nowhere")}),
                           "no wallet named 'nowhere'");
        // An existing words file is never overwritten.
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--wallet"), QStringLiteral("fresh2"),
                                QStringLiteral("--mnemonic-out"), out, QStringLiteral("--password-file"), m_pw}),
                           "already exists");
    }

    void listShowsEveryWallet() {
        const CliResult r = cli({QStringLiteral("wallet"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList names;
        for (const QJsonValue& v : r.json().array()) names << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("default")) && names.contains(QStringLiteral("watch")) &&
                     names.contains(QStringLiteral("fresh")),
                 qPrintable(names.join(QLatin1Char(','))));
        // Another network sees none of them.
        const CliResult other = runCli({QStringLiteral("--json"), QStringLiteral("--datadir"), m_dir + QStringLiteral("/data"),
                                        QStringLiteral("--network"), QStringLiteral("regtest"), QStringLiteral("wallet"),
                                        QStringLiteral("list")});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(other.json().array().size(), 0);
    }

    void badOptionsAreOneLineErrors() {
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("info"), QStringLiteral("--wallet"), QStringLiteral("../x")}),
                           "wallet name");
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("--wallet"), QStringLiteral("t"),
                                QStringLiteral("--type"), QStringLiteral("p2xx"), QStringLiteral("--mnemonic-file"),
                                writeFile(QStringLiteral("w2"), kMnemonic), QStringLiteral("--password-file"), m_pw}),
                           "unknown address type");
        expectOneLineError(cli({QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("--wallet"), QStringLiteral("t"),
                                QStringLiteral("--mnemonic-file"), writeFile(QStringLiteral("w3"), "abandon abandon\n"),
                                QStringLiteral("--password-file"), m_pw}),
                           "invalid mnemonic");
    }
};

QTEST_GUILESS_MAIN(TestCliWallet)
#include "test_cli_wallet.moc"
