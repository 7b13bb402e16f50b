// SPDX-License-Identifier: MIT
// The Send page against a real bcoin regtest node: a P2WPKH wallet funded by bcoin's wallet (found by cairn-cli's
// catch-up sync) pays bcoin's wallet through the page — form, review dialog, password prompt — and bcoin accepts
// the transaction into its mempool (it checks the signature). Then "Bump fee" (the entry the Transactions context
// menu calls) replaces it: the replacement is in bcoin's mempool and the original is gone from it.
// bcoin quirks as in test_wallet_send_bcoin: segwit activates at height 432; BIP125 replacement comes from the
// plugin tests/regtest/plugins/rbf.js.
#include "common/bcoin_node.h"
#include "common/cli_runner.h"
#include "common/test_paths.h"
#include "service/wallet_service.h"
#include "ui/dialogs/password_dialog.h"
#include "ui/dialogs/review_dialog.h"
#include "ui/pages/send_page.h"
#include "ui/translator.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace cairn;
using test::BcoinNode;
using test::CliResult;

namespace {
const QString kForeign = QStringLiteral("0014000000000000000000000000000000000000dead");
}  // namespace

class TestGuiSend : public QObject {
    Q_OBJECT
    BcoinNode m_node{QStringLiteral("bcoin-gui-send")};
    QString m_dir;
    QString m_pw;
    QString m_bcoinAddress;

    QStringList base() const {
        return {QStringLiteral("--json"),    QStringLiteral("--network"), QStringLiteral("regtest"),
                QStringLiteral("--datadir"), m_dir,                       QStringLiteral("--connect"),
                QStringLiteral("127.0.0.1:%1").arg(m_node.p2pPort())};
    }
    CliResult cli(const QStringList& args) {
        const CliResult r = test::runCli(base() + args, {}, 180'000);
        if (r.exitCode != 0) qWarning("cairn-cli %s -> %d: %s", qPrintable(args.join(' ')), r.exitCode, r.err.constData());
        return r;
    }
    QStringList mempool() {
        QStringList out;
        for (const auto& v : m_node.rpc(QStringLiteral("getrawmempool")).toArray()) out.append(v.toString());
        return out;
    }

    // Accepts the review dialog the page opens next, then answers the password prompt; returns the review.
    void confirmAndSign(ui::SendPage& page, QSignalSpy& shown) {
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
        auto* review = shown.first().at(0).value<ui::ReviewDialog*>();
        QVERIFY(review->outputsTable()->rowCount() >= 1);
        review->accept();
        auto* ask = page.findChild<ui::PasswordDialog*>();
        QVERIFY(ask);
        QTest::keyClicks(ask->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("regtest-pass"));
        ask->accept();
    }

private slots:
    void initTestCase() {
        if (const QString problem = BcoinNode::installProblem(); !problem.isEmpty()) QFAIL(qPrintable(problem));
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-gui-send-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("gsettings")));
        ui::installTranslations(QStringLiteral("en"));
        m_dir = test::freshTempDir(QStringLiteral("gui-send-bcoin"));
        QFile pw(m_dir + QStringLiteral("/pw"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("regtest-pass\n");
        pw.close();
        m_pw = pw.fileName();
        const QString prefix = QFileInfo(m_node.logPath()).absolutePath() + QStringLiteral("/regtest");
        QVERIFY(QDir().mkpath(prefix));
        QFile conf(prefix + QStringLiteral("/bcoin.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        conf.write("replace-by-fee: true\nplugins: " +
                   test::sourcePath(QStringLiteral("tests/regtest/plugins/rbf.js")).toUtf8() + "\n");
        conf.close();
        QVERIFY2(m_node.start(), qPrintable(m_node.lastError()));
        QCOMPARE(m_node.mine(432, kForeign).size(), 432);
        const QString bcoinAddr = m_node.fundWallet();
        QVERIFY2(!bcoinAddr.isEmpty(), qPrintable(m_node.lastError()));
        const CliResult a = cli({QStringLiteral("address"), QStringLiteral("fromscript"), m_node.scriptForBcoinAddress(bcoinAddr)});
        QCOMPARE(a.exitCode, 0);
        m_bcoinAddress = a.json().object().value(QStringLiteral("address")).toString();

        // A Cairn wallet with one coin from bcoin, found by the CLI's catch-up sync.
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--wallet"), QStringLiteral("w"),
                      QStringLiteral("--password-file"), m_pw, QStringLiteral("--scrypt-n"), QStringLiteral("1024"),
                      QStringLiteral("--mnemonic-out"), m_dir + QStringLiteral("/words")})
                     .exitCode,
                 0);
        const CliResult addr = cli({QStringLiteral("getnewaddress"), QStringLiteral("--wallet"), QStringLiteral("w")});
        const QString script = addr.json().object().value(QStringLiteral("scriptpubkey")).toString();
        QVERIFY(!script.isEmpty());
        QVERIFY(!m_node.sendFromWallet(script, 2.0).isEmpty());
        QCOMPARE(m_node.mine(1, kForeign).size(), 1);
        const CliResult bal = cli({QStringLiteral("getbalance"), QStringLiteral("--sat"), QStringLiteral("--wallet"), QStringLiteral("w")});
        QCOMPARE(bal.exitCode, 0);
        QCOMPARE(bal.json().object().value(QStringLiteral("confirmed")).toInteger(), qint64(200'000'000));
    }

    void sendReachesMempoolThenBumpFeeReplacesIt() {
        service::WalletService wallet(Network::Regtest, m_dir + QStringLiteral("/regtest"));
        wallet.setBroadcastPeers({QStringLiteral("127.0.0.1:%1").arg(m_node.p2pPort())}, QString());
        ui::SendPage page(&wallet, QStringLiteral("w"));
        page.show();
        page.findChild<QLineEdit*>(QStringLiteral("recipientAddress0"))->setText(m_bcoinAddress);
        page.findChild<QLineEdit*>(QStringLiteral("recipientAmount0"))->setText(QStringLiteral("0.5"));
        auto* preset = page.findChild<QComboBox*>(QStringLiteral("feePreset"));
        preset->setCurrentIndex(preset->count() - 1);
        page.findChild<QDoubleSpinBox*>(QStringLiteral("customFee"))->setValue(2.0);

        QSignalSpy shown(&page, &ui::SendPage::reviewShown);
        QSignalSpy sent(&page, &ui::SendPage::transactionSent);
        page.reviewAndSend();
        confirmAndSign(page, shown);
        QTRY_VERIFY2_WITH_TIMEOUT(sent.count() == 1, qPrintable(page.statusText()), 120000);
        const QString txid = sent.first().at(0).toString();
        QVERIFY2(m_node.waitForMempool(txid), qPrintable(m_node.lastError() + QStringLiteral("\n") + m_node.logTail()));

        // Bump fee, as the Transactions context menu does: fee rate dialog, review, password.
        shown.clear();
        page.startBumpFee(txid);
        auto* rate = page.findChild<QInputDialog*>(QStringLiteral("feeRateDialog"));
        QVERIFY(rate);
        rate->setDoubleValue(10.0);
        rate->accept();
        confirmAndSign(page, shown);
        QTRY_VERIFY2_WITH_TIMEOUT(sent.count() == 2, qPrintable(page.statusText()), 120000);
        const QString replacement = sent.last().at(0).toString();
        QVERIFY(replacement != txid);
        QVERIFY2(m_node.waitForMempool(replacement), qPrintable(m_node.lastError() + QStringLiteral("\n") + m_node.logTail()));
        QTRY_VERIFY_WITH_TIMEOUT(!mempool().contains(txid), 10000);
    }
};

QTEST_MAIN(TestGuiSend)
#include "test_gui_send.moc"
