// SPDX-License-Identifier: MIT
// (In tests/gui because regtest executables do not link the UI library; it starts its own bcoin like test_explorer.)
// The wallet in the GUI against a real bcoin regtest node (BIP157 filter plugin), offscreen: a wallet made
// through WalletService receives 1.5 BTC from bcoin's wallet in a mined block; the MainWindow (which asks the node
// to watch the open wallet) shows it on the Transactions page and the Overview, and the row's context menu
// "Show Merkle proof" opens the Explorer's proof view with a proof verified against our headers.
#include "common/bcoin_node.h"
#include "common/test_paths.h"
#include "common/wallet_fixture.h"
#include "service/node_service.h"
#include "service/wallet_service.h"
#include "ui/main_window.h"
#include "ui/models/history_model.h"
#include "ui/pages/explorer_page.h"
#include "ui/pages/transactions_page.h"
#include "ui/translator.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace cairn;
using cairn::test::BcoinNode;

namespace {
const QString kForeign = QStringLiteral("0014000000000000000000000000000000000000dead");
constexpr int kSyncTimeout = 180'000;

util::SecureBytes secure(const QByteArray& s) {
    return util::SecureBytes(reinterpret_cast<const uint8_t*>(s.constData()), static_cast<size_t>(s.size()));
}
}  // namespace

class TestTransactionsBcoin : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-gui-wallet-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("gwsettings")));
        ui::installTranslations(QStringLiteral("en"));
        const QString problem = BcoinNode::installProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void walletTransactionToMerkleProof() {
        BcoinNode bcoin(QStringLiteral("bcoin-gui-wallet"));
        QString error;
        QVERIFY2(test::startBcoinWithFilters(bcoin, &error), qPrintable(error));
        QVERIFY2(!bcoin.fundWallet().isEmpty(), qPrintable(bcoin.lastError()));

        const QString dir = test::freshTempDir(QStringLiteral("gui-wallet"));
        service::NodeService node(Network::Regtest, dir);
        service::WalletService wallet(Network::Regtest, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.scryptN = 1024;  // cheap for tests only
        QSignalSpy created(&wallet, &service::WalletService::walletCreated);
        QSignalSpy failed(&wallet, &service::WalletService::requestFailed);
        wallet.createWallet(req, secure("pw"));
        QTRY_VERIFY_WITH_TIMEOUT(created.count() == 1 || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QSignalSpy address(&wallet, &service::WalletService::addressReady);
        wallet.newAddress(QStringLiteral("w"), false);
        QTRY_COMPARE_WITH_TIMEOUT(address.count(), 1, 20000);
        const QString script = address.first().at(1).value<service::AddressInfo>().scriptPubKey;

        const QString txid = bcoin.sendFromWallet(script, 1.5);
        QVERIFY2(!txid.isEmpty(), qPrintable(bcoin.lastError()));
        QCOMPARE(bcoin.mine(1, kForeign).size(), 1);
        const int height = bcoin.tipHeight();

        ui::MainWindow window(&node, &wallet);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        node.start();
        QTRY_COMPARE_WITH_TIMEOUT(node.status().state, service::NodeStatus::State::Ready, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.walletName(), QStringLiteral("w"), 20000);
        service::NetworkConfig config;
        config.connect = {QStringLiteral("127.0.0.1:%1").arg(bcoin.p2pPort())};
        node.startNetwork(config);

        // Discovery finds the payment; the Transactions page shows it confirmed at the mined height.
        auto* page = static_cast<ui::TransactionsPage*>(window.page(ui::MainWindow::Section::Transactions));
        ui::HistoryModel* model = page->historyModel();
        auto row = [&]() {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->entry(r).txid == txid && model->entry(r).height >= 0) return r;
            return -1;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(row() >= 0, qPrintable(bcoin.logTail(5)), kSyncTimeout);
        const service::TxHistoryEntry entry = model->entry(row());
        QCOMPARE(entry.height, height);
        QCOMPARE(entry.amount, qint64(150'000'000));
        auto* confirmed = window.findChild<QLabel*>(QStringLiteral("confirmedBalance"));
        QTRY_COMPARE_WITH_TIMEOUT(confirmed->text(), QStringLiteral("1.50000000 BTC"), 20000);

        // Context menu → Show Merkle proof → the explorer's proof view, verified against our header chain.
        QSignalSpy proofs(&node, &service::NodeService::txProofReady);
        std::unique_ptr<QMenu> menu(page->contextMenuFor(row()));
        auto* show = menu->findChild<QAction*>(QStringLiteral("actionShowProof"));
        QVERIFY(show && show->isEnabled());
        show->trigger();
        auto* explorer = static_cast<ui::ExplorerPage*>(window.page(ui::MainWindow::Section::Explorer));
        QTRY_COMPARE_WITH_TIMEOUT(window.currentSection(), ui::MainWindow::Section::Explorer, 20000);
        QCOMPARE(explorer->currentView(), ui::ExplorerPage::View::Proof);
        QTRY_VERIFY_WITH_TIMEOUT(!proofs.isEmpty(), 60000);
        const auto proof = proofs.last().at(1).value<service::MerkleProofInfo>();
        QCOMPARE(proof.txid, txid);
        QCOMPARE(proof.height, height);
        QVERIFY(proof.verified);
        window.grab().save(dir + QStringLiteral("/explorer-proof.png"));
        node.stop();
    }
};

QTEST_MAIN(TestTransactionsBcoin)
#include "test_transactions_bcoin.moc"
