// SPDX-License-Identifier: MIT
// scripts/demo (what `scripts/run --demo` runs), end to end without the GUI: it starts a real regtest bcoin,
// creates the demo wallet with cairn-cli, mines and pays it, and cairn-cli getbalance — catching up with bcoin
// over P2P and BIP157 filters — finds exactly the coins the script promised. Then bcoin is stopped.
// A directory that is not a demo directory is never wiped.
#include "common/test_paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace cairn;

namespace {

struct ScriptRun {
    int exitCode = -1;
    QString err;
};

// Runs scripts/demo without the GUI, with the cairn-cli built next to this test, in `demoDir`.
ScriptRun runDemo(const QString& demoDir, int timeoutMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAIRN_DEMO_NO_GUI"), QStringLiteral("1"));
    env.insert(QStringLiteral("CAIRN_DEMO_DIR"), demoDir);
    env.insert(QStringLiteral("CAIRN_DEMO_BIN_DIR"), QFileInfo(QStringLiteral(CAIRN_CLI_PATH)).absolutePath());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("bash"), {test::sourcePath(QStringLiteral("scripts/demo"))});
    ScriptRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("scripts/demo did not finish within %1 s").arg(timeoutMs / 1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonDocument readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll());
}

// "251.85000000" → 25185000000; -1 when it is not a BTC amount with 8 decimals.
qint64 satoshis(const QString& btc) {
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d{8})$"));
    const auto m = re.match(btc);
    if (!m.hasMatch()) return -1;
    return m.captured(1).toLongLong() * 100'000'000 + m.captured(2).toLongLong();
}

}  // namespace

class TestDemoScript : public QObject {
    Q_OBJECT
private slots:
    void refusesForeignDirectory() {
        const QString dir = test::freshTempDir(QStringLiteral("demo-foreign"));
        QFile keep(dir + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("not a demo\n");
        keep.close();
        const ScriptRun r = runDemo(dir, 120000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a Cairn demo directory")), qPrintable(r.err));
        QVERIFY(QFile::exists(keep.fileName()));
    }

    void demoWalletHasThePromisedCoins() {
        // An earlier demo directory (marked) is wiped and rebuilt.
        const QString dir = test::freshTempDir(QStringLiteral("demo-run"));
        QVERIFY(QFile(dir + QStringLiteral("/.cairn-demo")).open(QIODevice::WriteOnly));
        QVERIFY(QFile(dir + QStringLiteral("/stale.txt")).open(QIODevice::WriteOnly));

        const ScriptRun r = runDemo(dir, 480000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(3000)));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/stale.txt")));

        const QJsonObject demo = readJson(dir + QStringLiteral("/demo.json")).object();
        QCOMPARE(demo.value(QStringLiteral("wallet")).toString(), QStringLiteral("demo"));
        QCOMPARE(demo.value(QStringLiteral("height")).toInt(), 119);
        const QJsonArray confirmed = demo.value(QStringLiteral("confirmed_txids")).toArray();
        QCOMPARE(confirmed.size(), 3);
        static const QRegularExpression txidRe(QStringLiteral("^[0-9a-f]{64}$"));
        for (const QJsonValue& t : confirmed) QVERIFY2(txidRe.match(t.toString()).hasMatch(), qPrintable(t.toString()));
        const QString unconfirmed = demo.value(QStringLiteral("unconfirmed_txid")).toString();
        QVERIFY(txidRe.match(unconfirmed).hasMatch());

        // The wallet exists for cairn-cli, and its secrets are files only the user can read.
        const QJsonArray wallets = readJson(dir + QStringLiteral("/wallet-list.json")).array();
        QCOMPARE(wallets.size(), 1);
        QCOMPARE(wallets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
        for (const char* secret : {"/password.txt", "/mnemonic.txt"}) {
            const QFileInfo fi(dir + QLatin1String(secret));
            QVERIFY2(fi.exists(), secret);
            QCOMPARE(fi.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        }
        QFile words(dir + QStringLiteral("/mnemonic.txt"));
        QVERIFY(words.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(words.readAll()).simplified().split(QLatin1Char(' ')).size(), 12);

        // bcoin's view before it stopped: three payments in blocks 116..118 (4, 3 and 2 confirmations at the tip,
        // height 119, the immature coinbase), the fourth still in its mempool.
        const QJsonObject bcoin = readJson(dir + QStringLiteral("/bcoin-view.json")).object();
        const QJsonArray confs = bcoin.value(QStringLiteral("confirmations")).toArray();
        QCOMPARE(confs.size(), 3);
        QCOMPARE(confs.at(0).toInt(), 4);
        QCOMPARE(confs.at(1).toInt(), 3);
        QCOMPARE(confs.at(2).toInt(), 2);
        const QJsonArray mempool = bcoin.value(QStringLiteral("mempool")).toArray();
        QCOMPARE(mempool.size(), 1);
        QCOMPARE(mempool.at(0).toString(), unconfirmed);

        // bcoin was stopped when the script ended: its P2P port no longer answers.
        const QStringList hostPort = demo.value(QStringLiteral("p2p")).toString().split(QLatin1Char(':'));
        QCOMPARE(hostPort.size(), 2);
        QTcpSocket probe;
        probe.connectToHost(hostPort[0], quint16(hostPort[1].toUInt()));
        QVERIFY(!probe.waitForConnected(2000));
        m_demoDir = dir;
    }

    // What Cairn found on its own, over P2P with BIP157 filters: every confirmed coin, to the satoshi.
    void cairnFindsThePromisedCoins() {
        QVERIFY2(!m_demoDir.isEmpty(), "the demo run failed");
        const QJsonObject demo = readJson(m_demoDir + QStringLiteral("/demo.json")).object();
        const QJsonObject balance = readJson(m_demoDir + QStringLiteral("/getbalance.json")).object();
        QVERIFY2(!balance.isEmpty(), "cairn-cli getbalance wrote nothing");
        QCOMPARE(balance.value(QStringLiteral("height")).toInt(), 119);
        QCOMPARE(satoshis(balance.value(QStringLiteral("confirmed")).toString()),
                 qint64(demo.value(QStringLiteral("expected_confirmed_sat")).toDouble()));
        QCOMPARE(satoshis(balance.value(QStringLiteral("immature")).toString()),
                 qint64(demo.value(QStringLiteral("expected_immature_sat")).toDouble()));
        // The unconfirmed payment: getbalance catches up from blocks (filters) only, so it may or may not have
        // heard of the mempool transaction; when it reports one, it must be exactly that payment.
        const qint64 incoming = satoshis(balance.value(QStringLiteral("unconfirmed_incoming")).toString());
        QVERIFY2(incoming == 0 || incoming == qint64(demo.value(QStringLiteral("expected_unconfirmed_sat")).toDouble()),
                 qPrintable(QString::number(incoming)));
        QCOMPARE(satoshis(balance.value(QStringLiteral("unconfirmed_outgoing")).toString()), qint64(0));
    }

private:
    QString m_demoDir;
};

QTEST_GUILESS_MAIN(TestDemoScript)
#include "test_demo_script.moc"
