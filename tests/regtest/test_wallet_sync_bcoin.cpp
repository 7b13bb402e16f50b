// SPDX-License-Identifier: MIT
// Wallet discovery against a real bcoin node, driven through cairn-cli like a script would: (1) a coinbase paid to a
// Cairn address is immature, then mature after 100 blocks, and equals what bcoin reports for that output; (2) bcoin's
// wallet pays Cairn -> unconfirmed at once (BIP35 mempool) -> confirmed after a block, with a Merkle proof byte-equal
// to bcoin's gettxoutproof; (5) invalidateblock + a longer branch without it -> unconfirmed again; the block
// resubmitted and built on -> confirmed again with the same proof. (6) Everything over BIP37 (plain bcoin) and over
// BIP157 (bcoin with the compact-filter plugin).
#include "common/bcoin_node.h"
#include "common/cli_runner.h"
#include "common/test_paths.h"
#include "common/wallet_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using cairn::test::BcoinNode;
using cairn::test::CliResult;
using cairn::test::runCli;

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
// A script that is nobody's in this test: blocks mined "elsewhere".
const QString kForeign = QStringLiteral("0014000000000000000000000000000000000000dead");
constexpr qint64 kCoin = 100'000'000;

}  // namespace

class TestWalletSyncBcoin : public QObject {
    Q_OBJECT
    QString m_dir;
    QString m_pw;
    QString m_words;

    QStringList base(const QString& datadir, const BcoinNode& node) const {
        return {QStringLiteral("--json"), QStringLiteral("--network"), QStringLiteral("regtest"), QStringLiteral("--datadir"),
                datadir, QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(node.p2pPort())};
    }

    // Runs cairn-cli; on failure records the error in `ok` (QVERIFY cannot return a value).
    // Catch-up commands skip the mempool wait (bcoin answers `mempool` only with its 5-second inv flush) unless
    // `mempool` is set: only the call that must see an unconfirmed payment pays for it.
    QJsonDocument cli(const QString& datadir, const BcoinNode& node, const QStringList& args, bool* ok,
                      bool mempool = false) {
        QStringList all = base(datadir, node) + args;
        static const QStringList kCatchUp{QStringLiteral("getbalance"), QStringLiteral("listtransactions"),
                                          QStringLiteral("listunspent")};
        if (kCatchUp.contains(args.first()) && !mempool) all << QStringLiteral("--mempool-wait") << QStringLiteral("0");
        const CliResult r = runCli(all, {}, 180'000);
        *ok = r.exitCode == 0;
        if (!*ok) qWarning("cairn-cli %s -> %d: %s", qPrintable(args.join(' ')), r.exitCode, r.err.constData());
        return r.json();
    }

    QJsonObject txById(const QJsonArray& list, const QString& txid) {
        for (const auto& v : list)
            if (v.toObject().value(QStringLiteral("txid")).toString() == txid) return v.toObject();
        return {};
    }

    void runFlows(BcoinNode& node, const QString& tag, const QString& expectedMode);

private slots:
    void initTestCase() {
        if (const QString problem = BcoinNode::installProblem(); !problem.isEmpty()) QFAIL(qPrintable(problem));
        m_dir = cairn::test::freshTempDir(QStringLiteral("wallet-sync-bcoin"));
        QFile pw(m_dir + QStringLiteral("/pw"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("regtest-pass\n");
        pw.close();
        QFile words(m_dir + QStringLiteral("/words"));
        QVERIFY(words.open(QIODevice::WriteOnly));
        words.write(kMnemonic);
        words.close();
        m_pw = pw.fileName();
        m_words = words.fileName();
    }

    void flowsOverBip37() {
        BcoinNode node(QStringLiteral("bcoin-wallet-bip37"));
        QVERIFY2(node.start(), qPrintable(node.lastError()));
        runFlows(node, QStringLiteral("bip37"), QStringLiteral("bip37"));
    }

    void flowsOverBip157() {
        BcoinNode node(QStringLiteral("bcoin-wallet-bip157"));
        QString error;
        QVERIFY2(cairn::test::startBcoinWithFilters(node, &error), qPrintable(error));
        runFlows(node, QStringLiteral("bip157"), QStringLiteral("bip157"));
    }
};

void TestWalletSyncBcoin::runFlows(BcoinNode& node, const QString& tag, const QString& expectedMode) {
    const QString datadir = m_dir + QStringLiteral("/") + tag;
    bool ok = false;
    cli(datadir, node,
        {QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("--mnemonic-file"), m_words,
         QStringLiteral("--password-file"), m_pw, QStringLiteral("--scrypt-n"), QStringLiteral("1024")},
        &ok);
    QVERIFY(ok);
    const QJsonObject addr1 = cli(datadir, node, {QStringLiteral("getnewaddress")}, &ok).object();
    QVERIFY(ok);
    const QJsonObject addr2 = cli(datadir, node, {QStringLiteral("getnewaddress")}, &ok).object();
    QVERIFY(ok);
    const QString script1 = addr1.value(QStringLiteral("scriptpubkey")).toString();
    const QString script2 = addr2.value(QStringLiteral("scriptpubkey")).toString();
    QVERIFY(!script1.isEmpty() && script1 != script2);
    QVERIFY2(!node.bcoinAddressForScript(script1).isEmpty(), qPrintable(node.lastError()));  // harness conversion

    // (1) A coinbase to Cairn's first address: immature...
    const QStringList cb = node.mine(1, script1);
    QVERIFY2(cb.size() == 1, qPrintable(node.lastError()));
    QJsonObject bal = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(bal.value(QStringLiteral("scan_mode")).toString(), expectedMode);
    QCOMPARE(bal.value(QStringLiteral("immature")).toInteger(), 50 * kCoin);
    QCOMPARE(bal.value(QStringLiteral("confirmed")).toInteger(), 0);
    // ... then mature after 100 more blocks (bcoin's own wallet is funded by them).
    QVERIFY2(!node.fundWallet().isEmpty(), qPrintable(node.lastError()));
    bal = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(bal.value(QStringLiteral("immature")).toInteger(), 0);
    QCOMPARE(bal.value(QStringLiteral("height")).toInt(), node.tipHeight());
    // Cairn's balance equals what bcoin reports for Cairn's outputs (gettxout: value and confirmations).
    const QJsonArray utxos = cli(datadir, node, {QStringLiteral("listunspent"), QStringLiteral("--sat")}, &ok).array();
    QVERIFY(ok);
    QCOMPARE(utxos.size(), 1);
    qint64 bcoinSum = 0;
    for (const auto& v : utxos) {
        const QJsonObject u = v.toObject();
        QCOMPARE(u.value(QStringLiteral("scriptPubKey")).toString(), script1);
        const QJsonValue out = node.rpc(QStringLiteral("gettxout"), {u.value(QStringLiteral("txid")).toString(),
                                                                    u.value(QStringLiteral("vout")).toInt()});
        QVERIFY2(out.isObject(), qPrintable(node.lastError()));
        bcoinSum += qRound64(out.toObject().value(QStringLiteral("value")).toDouble() * kCoin);
        QCOMPARE(u.value(QStringLiteral("confirmations")).toInt(), out.toObject().value(QStringLiteral("confirmations")).toInt());
        QVERIFY(u.value(QStringLiteral("coinbase")).toBool());
    }
    QCOMPARE(bal.value(QStringLiteral("confirmed")).toInteger(), bcoinSum);

    // (2) bcoin's wallet pays Cairn: unconfirmed as soon as the CLI catches up (the peer's mempool via BIP35).
    const QString txid = node.sendFromWallet(script2, 1.5);
    QVERIFY2(!txid.isEmpty(), qPrintable(node.lastError()));
    QElapsedTimer seen;
    seen.start();
    bal = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok, true).object();
    QVERIFY(ok);
    qInfo("%s: payment seen unconfirmed by a fresh cairn-cli in %lld ms", qPrintable(tag), seen.elapsed());
    QCOMPARE(bal.value(QStringLiteral("unconfirmed_incoming")).toInteger(), 150'000'000LL);
    // ... confirmed after a block, with bcoin's own proof.
    const QStringList mined = node.mine(1, kForeign);
    QVERIFY2(mined.size() == 1, qPrintable(node.lastError()));
    QJsonArray txs = cli(datadir, node, {QStringLiteral("listtransactions"), QStringLiteral("--sat"), QStringLiteral("--proofs")}, &ok).array();
    QVERIFY(ok);
    QJsonObject t = txById(txs, txid);
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(t.value(QStringLiteral("amount")).toInteger(), 150'000'000LL);
    QCOMPARE(t.value(QStringLiteral("height")).toInt(), node.tipHeight());
    QJsonArray proofParams;
    proofParams.append(QJsonArray{txid});  // gettxoutproof takes an array of txids
    const QString bcoinProof = node.rpc(QStringLiteral("gettxoutproof"), proofParams).toString();
    QVERIFY2(!bcoinProof.isEmpty(), qPrintable(node.lastError()));
    QCOMPARE(t.value(QStringLiteral("merkle_proof")).toString(), bcoinProof);
    bal = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(bal.value(QStringLiteral("confirmed")).toInteger(), 50 * kCoin + 150'000'000LL);
    QCOMPARE(bal.value(QStringLiteral("unconfirmed_incoming")).toInteger(), 0);

    // (5) The block leaves the chain: invalidateblock, and a longer branch without it (bcoin's chain reset empties
    // its mempool, so the new blocks do not carry the payment).
    const QString blockB = mined.first();
    const QString rawB = node.rpc(QStringLiteral("getblock"), {blockB, false}).toString();
    QVERIFY2(!rawB.isEmpty(), qPrintable(node.lastError()));
    QVERIFY2(!node.rpc(QStringLiteral("invalidateblock"), {blockB}).isUndefined(), qPrintable(node.lastError()));
    QVERIFY2(!node.rpc(QStringLiteral("reconsiderblock"), {blockB}).isUndefined(), qPrintable(node.lastError()));
    const QStringList branch = node.mine(2, kForeign);
    QVERIFY2(branch.size() == 2, qPrintable(node.lastError()));
    for (const QString& h : branch) {
        const QJsonArray inBlock = node.rpc(QStringLiteral("getblock"), {h}).toObject().value(QStringLiteral("tx")).toArray();
        QVERIFY2(!inBlock.contains(txid), "bcoin mined the payment into the new branch; the unconfirmed state cannot be shown");
    }
    txs = cli(datadir, node, {QStringLiteral("listtransactions"), QStringLiteral("--sat"), QStringLiteral("--proofs")}, &ok).array();
    QVERIFY(ok);
    t = txById(txs, txid);
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("unconfirmed"));
    QCOMPARE(t.value(QStringLiteral("confirmations")).toInt(), 0);
    QVERIFY(!t.contains(QStringLiteral("merkle_proof")));  // proof dropped with the block
    bal = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(bal.value(QStringLiteral("confirmed")).toInteger(), 50 * kCoin);
    QCOMPARE(bal.value(QStringLiteral("unconfirmed_incoming")).toInteger(), 150'000'000LL);

    // The block comes back (bcoin's reconsiderblock does not reconnect: drop the branch, submit B, build on it).
    QVERIFY2(!node.rpc(QStringLiteral("invalidateblock"), {branch.first()}).isUndefined(), qPrintable(node.lastError()));
    QVERIFY2(!node.rpc(QStringLiteral("reconsiderblock"), {branch.first()}).isUndefined(), qPrintable(node.lastError()));
    const QJsonValue submitted = node.rpc(QStringLiteral("submitblock"), {rawB});
    QVERIFY2(!submitted.isUndefined() && submitted.isNull(), qPrintable(node.lastError() + submitted.toString()));
    QCOMPARE(node.tipHash(), blockB);
    QVERIFY2(node.mine(2, kForeign).size() == 2, qPrintable(node.lastError()));
    txs = cli(datadir, node, {QStringLiteral("listtransactions"), QStringLiteral("--sat"), QStringLiteral("--proofs")}, &ok).array();
    QVERIFY(ok);
    t = txById(txs, txid);
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(t.value(QStringLiteral("confirmations")).toInt(), 3);
    QCOMPARE(t.value(QStringLiteral("merkle_proof")).toString(),
             node.rpc(QStringLiteral("gettxoutproof"), proofParams).toString());
    bal = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(bal.value(QStringLiteral("confirmed")).toInteger(), 50 * kCoin + 150'000'000LL);
    QCOMPARE(bal.value(QStringLiteral("scan_mode")).toString(), expectedMode);

    // rescan --from 1: everything is found again, nothing is duplicated, the proof is the same.
    const QJsonObject rescan = cli(datadir, node, {QStringLiteral("rescan"), QStringLiteral("--from"), QStringLiteral("1"),
                                                   QStringLiteral("--mempool-wait"), QStringLiteral("0")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(rescan.value(QStringLiteral("height")).toInt(), node.tipHeight());
    QCOMPARE(rescan.value(QStringLiteral("transactions")).toInt(), 2);  // the coinbase and the payment
    const QJsonArray after = cli(datadir, node, {QStringLiteral("listtransactions"), QStringLiteral("--sat"), QStringLiteral("--proofs")}, &ok).array();
    QVERIFY(ok);
    QCOMPARE(after.size(), 2);
    QCOMPARE(txById(after, txid).value(QStringLiteral("merkle_proof")).toString(), t.value(QStringLiteral("merkle_proof")).toString());
    const QJsonObject again = cli(datadir, node, {QStringLiteral("getbalance"), QStringLiteral("--sat")}, &ok).object();
    QVERIFY(ok);
    QCOMPARE(again.value(QStringLiteral("confirmed")).toInteger(), bal.value(QStringLiteral("confirmed")).toInteger());
}

QTEST_GUILESS_MAIN(TestWalletSyncBcoin)
#include "test_wallet_sync_bcoin.moc"
