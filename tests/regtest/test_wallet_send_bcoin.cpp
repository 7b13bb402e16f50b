// SPDX-License-Identifier: MIT
// Sending against a real bcoin node, through cairn-cli like a script would. (3) Wallets of each type (P2WPKH,
// P2SH-P2WPKH, P2PKH) are funded by bcoin's wallet, find the coin through the sync engine (BIP37 catch-up), then pay
// bcoin's wallet with `send`: bcoin accepts each transaction into its mempool (it checks our signatures) and its
// wallet sees the payment after a block. (4) `bumpfee` on an unconfirmed send, and `cpfp` on the change of one.
//
// bcoin 1.0.2 quirks this test works with: its regtest activates segwit only at height 432 (BIP9 signalling), so
// the test mines past it first; its mempool has no BIP125 replacement (any conflicting spend is a double spend), so
// the node loads tests/regtest/plugins/rbf.js, which adds replacement by the BIP125 rules in front of bcoin's own
// full verification (written to <prefix>/regtest/bcoin.conf, as the filter plugin fixture does).
#include "common/bcoin_node.h"
#include "common/cli_runner.h"
#include "common/test_paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using cairn::test::BcoinNode;
using cairn::test::CliResult;
using cairn::test::runCli;

namespace {

// A script that is nobody's in this test: blocks mined "elsewhere".
const QString kForeign = QStringLiteral("0014000000000000000000000000000000000000dead");

}  // namespace

class TestWalletSendBcoin : public QObject {
    Q_OBJECT
    BcoinNode m_node{QStringLiteral("bcoin-send")};
    QString m_dir;
    QString m_pw;
    QString m_bcoinAddress;  // bcoin's wallet, as a standard regtest address Cairn understands

    QStringList base() const {
        return {QStringLiteral("--json"),    QStringLiteral("--network"), QStringLiteral("regtest"),
                QStringLiteral("--datadir"), m_dir + QStringLiteral("/cairn"), QStringLiteral("--connect"),
                QStringLiteral("127.0.0.1:%1").arg(m_node.p2pPort())};
    }

    // Runs cairn-cli; the result (exit code and output) for the caller to check.
    CliResult cli(const QStringList& args) {
        const CliResult r = runCli(base() + args, {}, 180'000);
        if (r.exitCode != 0) qWarning("cairn-cli %s -> %d: %s", qPrintable(args.join(' ')), r.exitCode, r.err.constData());
        return r;
    }

    QStringList mempool() {
        QStringList out;
        for (const auto& v : m_node.rpc(QStringLiteral("getrawmempool")).toArray()) out.append(v.toString());
        return out;
    }

    /// Creates wallet `name` of `type`, has bcoin's wallet pay it `btc`, mines a block; returns false on failure.
    bool fundedWallet(const QString& name, const QString& type, double btc) {
        if (cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--wallet"), name,
                 QStringLiteral("--type"), type, QStringLiteral("--password-file"), m_pw, QStringLiteral("--scrypt-n"),
                 QStringLiteral("1024"), QStringLiteral("--mnemonic-out"), m_dir + QStringLiteral("/words-") + name})
                .exitCode != 0)
            return false;
        const CliResult addr = cli({QStringLiteral("getnewaddress"), QStringLiteral("--wallet"), name});
        const QString script = addr.json().object().value(QStringLiteral("scriptpubkey")).toString();
        if (addr.exitCode != 0 || script.isEmpty()) return false;
        if (m_node.sendFromWallet(script, btc).isEmpty()) return false;
        return m_node.mine(1, kForeign).size() == 1;
    }

    /// `send` to bcoin's wallet; the txid or empty.
    QString send(const QString& wallet, const QStringList& extra) {
        const CliResult r = cli(QStringList{QStringLiteral("send"), m_bcoinAddress} + extra +
                                QStringList{QStringLiteral("--wallet"), wallet, QStringLiteral("--password-file"), m_pw});
        return r.exitCode == 0 ? r.json().object().value(QStringLiteral("txid")).toString() : QString();
    }

private slots:
    void initTestCase() {
        if (const QString problem = BcoinNode::installProblem(); !problem.isEmpty()) QFAIL(qPrintable(problem));
        m_dir = cairn::test::freshTempDir(QStringLiteral("wallet-send-bcoin"));
        QFile pw(m_dir + QStringLiteral("/pw"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("regtest-pass\n");
        pw.close();
        m_pw = pw.fileName();
        // bcoin reads <prefix>/regtest/bcoin.conf; the harness's prefix is the directory of its log.
        const QString prefix = QFileInfo(m_node.logPath()).absolutePath() + QStringLiteral("/regtest");
        QVERIFY(QDir().mkpath(prefix));
        QFile conf(prefix + QStringLiteral("/bcoin.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        conf.write("replace-by-fee: true\nplugins: " +
                   cairn::test::sourcePath(QStringLiteral("tests/regtest/plugins/rbf.js")).toUtf8() + "\n");
        conf.close();
        QVERIFY2(m_node.start(), qPrintable(m_node.lastError()));
        // bcoin's regtest activates segwit by BIP9 signalling (window 144, threshold 108): DEFINED -> STARTED at 144,
        // LOCKED_IN at 288, ACTIVE at 432. Before that it refuses witness transactions ("no-witness-yet").
        QCOMPARE(m_node.mine(432, kForeign).size(), 432);
        const QString bcoinAddr = m_node.fundWallet();
        QVERIFY2(!bcoinAddr.isEmpty(), qPrintable(m_node.lastError()));
        const QString script = m_node.scriptForBcoinAddress(bcoinAddr);
        QVERIFY2(!script.isEmpty(), qPrintable(m_node.lastError()));
        const CliResult a = cli({QStringLiteral("address"), QStringLiteral("fromscript"), script});
        QCOMPARE(a.exitCode, 0);
        m_bcoinAddress = a.json().object().value(QStringLiteral("address")).toString();
        QVERIFY(!m_bcoinAddress.isEmpty());
    }

    // (3) Cairn pays bcoin from each account type; bcoin accepts it into its mempool, then its wallet sees it.
    void paysBcoinFromEveryAccountType_data() {
        QTest::addColumn<QString>("type");
        QTest::newRow("p2wpkh") << QStringLiteral("p2wpkh");
        QTest::newRow("p2sh-p2wpkh") << QStringLiteral("p2sh-p2wpkh");
        QTest::newRow("p2pkh") << QStringLiteral("p2pkh");
    }

    void paysBcoinFromEveryAccountType() {
        QFETCH(QString, type);
        const QString name = QStringLiteral("pay-") + type;
        QVERIFY(fundedWallet(name, type, 2.0));
        const QString txid = send(name, {QStringLiteral("0.5"), QStringLiteral("--feerate"), QStringLiteral("2")});
        QVERIFY(!txid.isEmpty());
        QVERIFY2(m_node.waitForMempool(txid), qPrintable(m_node.lastError() + QStringLiteral("\n") + m_node.logTail()));
        // Cairn recorded it as unconfirmed outgoing.
        CliResult bal = cli({QStringLiteral("getbalance"), QStringLiteral("--sat"), QStringLiteral("--wallet"), name});
        QCOMPARE(bal.exitCode, 0);
        QVERIFY(bal.json().object().value(QStringLiteral("unconfirmed_outgoing")).toInteger() > 0);
        // After a block bcoin's wallet has the payment, confirmed.
        QCOMPARE(m_node.mine(1, kForeign).size(), 1);
        QJsonValue seen;
        for (int i = 0; i < 50 && !seen.isObject(); ++i) {
            seen = m_node.walletRpc(QStringLiteral("gettransaction"), {txid});
            // bcoin's gettransaction has no confirmations field; a block hash means it is mined.
            if (!seen.isObject() || seen.toObject().value(QStringLiteral("blockhash")).toString().isEmpty()) {
                seen = QJsonValue();
                QTest::qWait(200);
            }
        }
        QVERIFY2(seen.isObject(), qPrintable(m_node.lastError() + QStringLiteral(" ") +
                                             QJsonDocument(m_node.walletRpc(QStringLiteral("gettransaction"), {txid})
                                                               .toObject())
                                                 .toJson(QJsonDocument::Compact)));
        bool paid = false;
        for (const auto& d : seen.toObject().value(QStringLiteral("details")).toArray())
            paid |= d.toObject().value(QStringLiteral("category")).toString() == QStringLiteral("receive") &&
                    qRound64(d.toObject().value(QStringLiteral("amount")).toDouble() * 1e8) == 50'000'000;
        QVERIFY2(paid, QJsonDocument(seen.toObject()).toJson().constData());
        bal = cli({QStringLiteral("getbalance"), QStringLiteral("--sat"), QStringLiteral("--wallet"), name});
        QCOMPARE(bal.exitCode, 0);
        QCOMPARE(bal.json().object().value(QStringLiteral("unconfirmed_outgoing")).toInteger(), 0);
        QVERIFY(bal.json().object().value(QStringLiteral("confirmed")).toInteger() > 140'000'000);
    }

    // (4) CPFP: a child spending the change of an unconfirmed send is accepted next to its parent.
    void cpfpChildIsAccepted() {
        const QString name = QStringLiteral("cpfp");
        QVERIFY(fundedWallet(name, QStringLiteral("p2wpkh"), 1.0));
        const QString parent = send(name, {QStringLiteral("0.1"), QStringLiteral("--feerate"), QStringLiteral("1")});
        QVERIFY(!parent.isEmpty());
        QVERIFY(m_node.waitForMempool(parent));
        const CliResult child = cli({QStringLiteral("cpfp"), parent, QStringLiteral("--feerate"), QStringLiteral("20"),
                                     QStringLiteral("--wallet"), name, QStringLiteral("--password-file"), m_pw});
        QCOMPARE(child.exitCode, 0);
        const QString childTxid = child.json().object().value(QStringLiteral("txid")).toString();
        QVERIFY2(m_node.waitForMempool(childTxid), qPrintable(m_node.logTail()));
        const QStringList pool = mempool();
        QVERIFY(pool.contains(parent) && pool.contains(childTxid));
        const QJsonObject entry = m_node.rpc(QStringLiteral("getmempoolentry"), {childTxid}).toObject();
        QVERIFY2(!entry.isEmpty(), qPrintable(m_node.lastError()));
        QCOMPARE(m_node.mine(1, kForeign).size(), 1);
    }

    // (4) Bump fee: `bumpfee` builds, signs and broadcasts a replacement (same inputs, higher fee; the BIP125
    // rules themselves are unit-tested in test_wallet_send); bcoin (with the rbf plugin) takes it into its mempool
    // in place of the original after verifying it.
    void bumpFeeReplacesTheOriginal() {
        const QString name = QStringLiteral("bump");
        QVERIFY(fundedWallet(name, QStringLiteral("p2wpkh"), 1.0));
        const QString original = send(name, {QStringLiteral("0.2"), QStringLiteral("--feerate"), QStringLiteral("1")});
        QVERIFY(!original.isEmpty());
        QVERIFY(m_node.waitForMempool(original));
        const CliResult bumped = cli({QStringLiteral("bumpfee"), original, QStringLiteral("--feerate"),
                                      QStringLiteral("10"), QStringLiteral("--wallet"), name,
                                      QStringLiteral("--password-file"), m_pw});
        QCOMPARE(bumped.exitCode, 0);
        const QString replacement = bumped.json().object().value(QStringLiteral("txid")).toString();
        QVERIFY(!replacement.isEmpty() && replacement != original);
        QVERIFY2(m_node.waitForMempool(replacement), qPrintable(m_node.logTail()));
        const QStringList pool = mempool();
        QVERIFY(pool.contains(replacement));
        QVERIFY(!pool.contains(original));
        // Cairn shows the original as replaced (conflicted), the replacement unconfirmed.
        const CliResult list = cli({QStringLiteral("listtransactions"), QStringLiteral("--wallet"), name});
        QCOMPARE(list.exitCode, 0);
        QString originalStatus;
        for (const auto& v : list.json().array())
            if (v.toObject().value(QStringLiteral("txid")).toString() == original)
                originalStatus = v.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(originalStatus, QStringLiteral("conflicted"));
        QCOMPARE(m_node.mine(1, kForeign).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWalletSendBcoin)
#include "test_wallet_send_bcoin.moc"
