// SPDX-License-Identifier: MIT
// Cairn's P2P stack against a real bcoin node: header sync to 2,500 blocks, restart without re-download,
// a reorg, block fetch and Merkle proofs compared with bcoin's gettxoutproof, and a kill -9 mid-sync.
// The slots run in order on one node; later ones build on the chain the earlier ones mined.
#include "common/bcoin_node.h"
#include "common/cli_runner.h"
#include "common/test_paths.h"
#include "crypto/hash.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <array>
#include <csignal>
#include <vector>

using cairn::test::BcoinNode;
using cairn::test::CliResult;
using cairn::test::runCli;

namespace {

// Merkle branch (sibling hashes from the leaf up, display hex) of transaction `index` among `txids`
// (display hex, block order), hashed here independently of the code under test.
QStringList branchOf(const QJsonArray& txids, int index) {
    std::vector<cairn::crypto::Hash256> level;
    for (const QJsonValue& t : txids) {
        QByteArray b = QByteArray::fromHex(t.toString().toLatin1());
        std::reverse(b.begin(), b.end());
        cairn::crypto::Hash256 h{};
        std::copy(b.begin(), b.end(), h.begin());
        level.push_back(h);
    }
    auto display = [](const cairn::crypto::Hash256& h) {
        QByteArray b(reinterpret_cast<const char*>(h.data()), 32);
        std::reverse(b.begin(), b.end());
        return QString::fromLatin1(b.toHex());
    };
    QStringList out;
    while (level.size() > 1) {
        if (level.size() % 2) level.push_back(level.back());
        out << display(level[static_cast<size_t>(index ^ 1)]);
        std::vector<cairn::crypto::Hash256> up;
        for (size_t i = 0; i < level.size(); i += 2) {
            std::array<uint8_t, 64> both;
            std::copy(level[i].begin(), level[i].end(), both.begin());
            std::copy(level[i + 1].begin(), level[i + 1].end(), both.begin() + 32);
            up.push_back(cairn::crypto::sha256d(both));
        }
        level = up;
        index /= 2;
    }
    return out;
}
const QString kOurScript = QStringLiteral("0014751e76e8199196d454941c45d1b3a323f1433bd6");
}  // namespace

class TestP2pSync : public QObject {
    Q_OBJECT
    BcoinNode m_node{QStringLiteral("bcoin-p2p-sync")};
    QString m_datadir;
    QString m_txid;
    QString m_txBlock;

    QStringList nodeArgs(const QString& datadir) const {
        return {QStringLiteral("--json"), QStringLiteral("--network"), QStringLiteral("regtest"), QStringLiteral("--datadir"),
                datadir, QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(m_node.p2pPort())};
    }

    QJsonObject cliJson(const QString& datadir, const QStringList& command, int timeoutMs = 300000) {
        const CliResult r = runCli(nodeArgs(datadir) + command, {}, timeoutMs);
        if (r.exitCode != 0) {
            qWarning("cairn-cli %s failed (%d): %s", qPrintable(command.join(' ')), r.exitCode, r.err.constData());
            return {};
        }
        return r.json().object();
    }

    QJsonObject syncUntilSynced(const QString& datadir) {
        return cliJson(datadir, {QStringLiteral("sync"), QStringLiteral("--until-synced"), QStringLiteral("--timeout"),
                                 QStringLiteral("240")});
    }

private slots:
    void initTestCase() {
        if (const QString problem = BcoinNode::installProblem(); !problem.isEmpty()) QSKIP(qPrintable(problem));
        QVERIFY2(m_node.start(), qPrintable(m_node.lastError()));
        m_datadir = cairn::test::freshTempDir(QStringLiteral("p2p-sync"));
    }

    void syncs2500HeadersToBcoinsTip() {
        const QStringList mined = m_node.mine(2500, kOurScript);
        QVERIFY2(mined.size() == 2500, qPrintable(m_node.lastError()));
        const QJsonObject s = syncUntilSynced(m_datadir);
        QCOMPARE(s[QStringLiteral("height")].toInt(), 2500);
        QCOMPARE(s[QStringLiteral("tip")].toString(), m_node.tipHash());
        QVERIFY(s[QStringLiteral("synced")].toBool());
        QCOMPARE(s[QStringLiteral("peers_used")].toInt(), 1);
        // The stored header at a height matches bcoin's.
        const QJsonObject h = cliJson(m_datadir, {QStringLiteral("getblockheader"), QStringLiteral("1234")});
        QCOMPARE(h[QStringLiteral("hash")].toString(), m_node.rpc(QStringLiteral("getblockhash"), {1234}).toString());
        const QJsonValue bh = m_node.rpc(QStringLiteral("getblockheader"), {h[QStringLiteral("hash")].toString()});
        QCOMPARE(h[QStringLiteral("merkleroot")].toString(), bh[QStringLiteral("merkleroot")].toString());
        QCOMPARE(h[QStringLiteral("time")].toInteger(), bh[QStringLiteral("time")].toInteger());
    }

    void restartResumesWithoutRedownloading() {
        const QJsonObject s = syncUntilSynced(m_datadir);
        QCOMPARE(s[QStringLiteral("height")].toInt(), 2500);
        QCOMPARE(s[QStringLiteral("tip")].toString(), m_node.tipHash());
        // At most one announcement-sized batch, never the 2,500 headers again.
        QVERIFY2(s[QStringLiteral("headers_received")].toInt() <= 8,
                 qPrintable(QString::number(s[QStringLiteral("headers_received")].toInt())));
    }

    void followsAReorgToALongerBranch() {
        const int height = m_node.tipHeight();
        const QString forkAt = m_node.rpc(QStringLiteral("getblockhash"), {height - 4}).toString();
        const QString oldTip = m_node.tipHash();
        QVERIFY(!m_node.rpc(QStringLiteral("invalidateblock"), {forkAt}).isUndefined());
        QCOMPARE(m_node.tipHeight(), height - 5);
        // A different coinbase script makes the new branch's blocks differ from the old ones.
        const QStringList branch = m_node.mine(8, QStringLiteral("0014000102030405060708090a0b0c0d0e0f10111213"));
        QVERIFY2(branch.size() == 8, qPrintable(m_node.lastError()));
        QCOMPARE(m_node.tipHeight(), height + 3);
        const QJsonObject s = syncUntilSynced(m_datadir);
        QCOMPARE(s[QStringLiteral("height")].toInt(), height + 3);
        QCOMPARE(s[QStringLiteral("tip")].toString(), m_node.tipHash());
        QVERIFY(s[QStringLiteral("tip")].toString() != oldTip);
        const QJsonObject h = cliJson(m_datadir, {QStringLiteral("getblockheader"), QString::number(height - 4)});
        QCOMPARE(h[QStringLiteral("hash")].toString(), branch.first());
    }

    void fetchesABlockAndProvesATransactionLikeBcoin() {
        const QString walletAddress = m_node.fundWallet();
        QVERIFY2(!walletAddress.isEmpty(), qPrintable(m_node.lastError()));
        const QString payTo = m_node.bcoinAddressForScript(kOurScript);
        QVERIFY2(!payTo.isEmpty(), qPrintable(m_node.lastError()));
        QStringList txids;
        for (int i = 0; i < 3; ++i) {
            // Regtest halves every 150 blocks: past height 2,500 a coinbase is worth about 0.0008 BTC.
            const QString txid = m_node.sendFromWallet(payTo, 0.0001 * (i + 1));
            QVERIFY2(txid.size() == 64, qPrintable(m_node.lastError()));
            txids << txid;
        }
        const QStringList mined = m_node.mine(1, kOurScript);
        QVERIFY2(mined.size() == 1, qPrintable(m_node.lastError()));
        m_txBlock = mined.first();
        m_txid = txids[1];
        QVERIFY(!syncUntilSynced(m_datadir).isEmpty());

        const QJsonObject block = cliJson(m_datadir, {QStringLiteral("getblock"), m_txBlock});
        const QJsonValue bcoinBlock = m_node.rpc(QStringLiteral("getblock"), {m_txBlock, true, false});
        QCOMPARE(block[QStringLiteral("tx")].toArray(), bcoinBlock[QStringLiteral("tx")].toArray());
        QCOMPARE(block[QStringLiteral("nTx")].toInt(), 4);
        QCOMPARE(block[QStringLiteral("size")].toInt(), bcoinBlock[QStringLiteral("size")].toInt());
        QCOMPARE(block[QStringLiteral("weight")].toInt(), bcoinBlock[QStringLiteral("weight")].toInt());

        // Our proof and bcoin's are the same bytes (same header, same partial tree).
        const QString bcoinProof = m_node.rpc(QStringLiteral("gettxoutproof"), {QJsonArray{m_txid}, m_txBlock}).toString();
        QVERIFY2(!bcoinProof.isEmpty(), qPrintable(m_node.lastError()));
        const CliResult ours = runCli(nodeArgs(m_datadir) + QStringList{QStringLiteral("gettxproof"), m_txid, m_txBlock});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QCOMPARE(QString::fromLatin1(ours.json().isNull() ? ours.out.trimmed() : ours.out.trimmed()).remove(QLatin1Char('"')),
                 bcoinProof);

        // verifytxproof accepts bcoin's proof: same txid, block and height.
        const QJsonObject v = cliJson(m_datadir, {QStringLiteral("verifytxproof"), bcoinProof});
        QCOMPARE(v[QStringLiteral("txids")].toArray(), QJsonArray{m_txid});
        QCOMPARE(v[QStringLiteral("blockhash")].toString(), m_txBlock);
        QCOMPARE(v[QStringLiteral("height")].toInt(), m_node.tipHeight());
        QCOMPARE(v[QStringLiteral("proofs")][0][QStringLiteral("index")].toInt(),
                 static_cast<int>(bcoinBlock[QStringLiteral("tx")].toArray().toVariantList().indexOf(m_txid)));
        QCOMPARE(v[QStringLiteral("proofs")][0][QStringLiteral("merkleroot")].toString(),
                 m_node.rpc(QStringLiteral("getblockheader"), {m_txBlock})[QStringLiteral("merkleroot")].toString());

        // A proof whose block we do not know is refused.
        QByteArray tampered = QByteArray::fromHex(bcoinProof.toLatin1());
        tampered[70] = static_cast<char>(tampered[70] ^ 1);  // time field: another header hash
        const CliResult bad = runCli(nodeArgs(m_datadir) + QStringList{QStringLiteral("verifytxproof"),
                                                                       QString::fromLatin1(tampered.toHex())});
        QCOMPARE(bad.exitCode, 1);

        // The proof's sibling hashes (read from bcoin's partial tree) are the branch computed here from
        // bcoin's transaction list of the block.
        const QJsonValue proof0 = v[QStringLiteral("proofs")][0];
        const QStringList expectedSiblings =
            branchOf(bcoinBlock[QStringLiteral("tx")].toArray(), proof0[QStringLiteral("index")].toInt());
        QCOMPARE(expectedSiblings.size(), 2);  // 4 transactions: two levels
        QVERIFY(proof0.toObject().contains(QStringLiteral("siblings")));
        QStringList printed;
        for (const QJsonValue& sib : proof0[QStringLiteral("siblings")].toArray()) printed << sib.toString();
        QCOMPARE(printed, expectedSiblings);
    }

    void killDashNineMidSyncThenResume() {
        // More headers make the download long enough to be interrupted.
        QVERIFY2(m_node.mine(3000, kOurScript).size() == 3000, qPrintable(m_node.lastError()));
        const int tipHeight = m_node.tipHeight();
        QString dir;
        bool killedMidway = false;
        // On an idle machine the whole download takes well under a second, so start with short windows.
        for (int delayMs : {30, 60, 100, 150, 200, 300, 400, 700, 1000, 1500}) {
            dir = cairn::test::freshTempDir(QStringLiteral("p2p-kill"));
            QProcess proc;
            proc.setProgram(QStringLiteral(CAIRN_CLI_PATH));
            proc.setArguments(nodeArgs(dir) + QStringList{QStringLiteral("sync"), QStringLiteral("--until-synced")});
            proc.start();
            QVERIFY(proc.waitForStarted());
            QTest::qWait(delayMs);
            const qint64 pid = proc.processId();
            if (proc.state() == QProcess::Running && pid > 0) ::kill(static_cast<pid_t>(pid), SIGKILL);
            proc.waitForFinished(10000);
            if (proc.exitStatus() != QProcess::CrashExit) continue;  // it finished first: try a shorter window
            // Mid-sync means: headers past genesis stored, but not the tip.
            const CliResult first = runCli(nodeArgs(dir) + QStringList{QStringLiteral("getblockheader"), QStringLiteral("1")});
            const CliResult tip = runCli(nodeArgs(dir) + QStringList{QStringLiteral("getblockheader"), QString::number(tipHeight)});
            if (first.exitCode == 0 && tip.exitCode != 0) {
                killedMidway = true;
                break;
            }
        }
        QVERIFY2(killedMidway, "could not interrupt a sync in the middle");
        const QJsonObject s = syncUntilSynced(dir);
        QCOMPARE(s[QStringLiteral("tip")].toString(), m_node.tipHash());
        QCOMPARE(s[QStringLiteral("height")].toInt(), tipHeight);
        // Consistent store: every height answers with bcoin's hash.
        for (int h : {0, 1, 1000, 2000, 4000, tipHeight}) {
            const QJsonObject hdr = cliJson(dir, {QStringLiteral("getblockheader"), QString::number(h)});
            QCOMPARE(hdr[QStringLiteral("hash")].toString(), m_node.rpc(QStringLiteral("getblockhash"), {h}).toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestP2pSync)
#include "test_p2p_sync.moc"
