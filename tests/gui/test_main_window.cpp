// SPDX-License-Identifier: MIT
// Smoke test of the GUI shell, offscreen: the window opens, every section can be visited, About shows
// the library versions and Settings saves the network choice.
#include "common/history_wallet.h"
#include "common/test_paths.h"
#include "service/node_service.h"
#include "service/versions.h"
#include "ui/app_settings.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main_window.h"
#include "ui/pages/addresses_page.h"
#include "ui/pages/explorer_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/receive_page.h"
#include "ui/pages/transactions_page.h"
#include "ui/models/history_model.h"
#include "ui/wizard/setup_wizard.h"
#include "ui/theme.h"
#include "ui/translator.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QApplication>
#include <QComboBox>
#include <QStatusBar>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTimer>
#include <QtTest>

using namespace cairn;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-gui-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("settings")));
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    void windowVisitsEverySection() {
        service::NodeService node(Network::Regtest, test::freshTempDir(QStringLiteral("gui")));
        ui::MainWindow window(&node);
        QSignalSpy spy(&node, &service::NodeService::statusChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        node.start();
        QTRY_COMPARE(node.status().state, service::NodeStatus::State::Ready);
        QVERIFY(spy.count() >= 2);

        auto* network = window.findChild<QLabel*>(QStringLiteral("networkLabel"));
        QVERIFY(network);
        QCOMPARE(network->text(), QStringLiteral("Regtest"));
        auto* sync = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
        QVERIFY(sync);
        QCOMPARE(sync->text(), QStringLiteral("No headers yet · 0 peers"));

        auto* list = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
        QVERIFY(list);
        QCOMPARE(window.sectionCount(), 7);
        const QStringList expected{QStringLiteral("Overview"),  QStringLiteral("Send"),     QStringLiteral("Receive"),
                                   QStringLiteral("Transactions"), QStringLiteral("Addresses"),
                                   QStringLiteral("Explorer"),  QStringLiteral("Network")};
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        for (int i = 0; i < list->count(); ++i) {
            QCOMPARE(list->item(i)->text(), expected[i]);
            // Visit by clicking the item, as a user does.
            const QRect rect = list->visualItemRect(list->item(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(static_cast<int>(window.currentSection()), i);
            QVERIFY(stack->currentWidget()->isVisible());
        }
        window.showSection(ui::MainWindow::Section::Overview);
        QCOMPARE(list->currentRow(), 0);
        node.stop();
    }

    // A network without wallets: the setup wizard comes up by itself, on top of the (already visible) main
    // window; the wallet it makes is opened in every wallet section and remembered.
    void firstStartShowsWizardThenOpensWallet() {
        const QString dir = test::freshTempDir(QStringLiteral("gui-first"));
        service::NodeService node(Network::Regtest, dir);
        service::WalletService wallet(Network::Regtest, dir);
        ui::MainWindow window(&node, &wallet);
        QSignalSpy opened(&window, &ui::MainWindow::walletChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.setupWizard() != nullptr, 10000);
        ui::SetupWizard* wizard = window.setupWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->isWindow());
        QCOMPARE(QApplication::activeModalWidget(), static_cast<QWidget*>(wizard));
        QVERIFY(window.geometry().contains(wizard->geometry().center()));
        wizard->setScryptN(1024);
        wizard->findChild<QLineEdit*>(QStringLiteral("walletNameEdit"))->setText(QStringLiteral("first"));
        wizard->next();
        wizard->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pw"));
        wizard->findChild<QLineEdit*>(QStringLiteral("password2Edit"))->setText(QStringLiteral("pw"));
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::SetupWizard::kShowWords), 30000);
        const QStringList words = wizard->shownWords();
        wizard->next();
        const QList<int> pos = wizard->confirmPositions();
        for (int i = 0; i < 3; ++i)
            wizard->findChild<QLineEdit*>(QStringLiteral("confirmEdit%1").arg(i))->setText(words[pos[i] - 1]);
        wizard->next();
        wizard->accept();
        QTRY_COMPARE_WITH_TIMEOUT(window.walletName(), QStringLiteral("first"), 10000);
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("first"));
        QCOMPARE(ui::AppSettings::lastWallet(QStringLiteral("regtest")), QStringLiteral("first"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("first")));
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("walletCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("first"));

        // Receive works on the opened wallet.
        auto* receive = static_cast<ui::ReceivePage*>(window.page(ui::MainWindow::Section::Receive));
        QSignalSpy shown(receive, &ui::ReceivePage::addressShown);
        window.showSection(ui::MainWindow::Section::Receive);
        receive->requestNewAddress();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QVERIFY(receive->address().startsWith(QStringLiteral("bcrt1")));
        window.grab().save(QDir(dir).filePath(QStringLiteral("main-receive.png")));
    }

    // Two wallets: the last one used is opened, the switcher changes every section, and a wallet transaction
    // jumps to its Merkle proof in the explorer (the block hash looked up from the node's header chain).
    void switcherAndExplorerJump() {
        const QString dir = test::freshTempDir(QStringLiteral("gui-switch"));
        QString error;
        QVERIFY2(test::makeHistoryWallet(dir, QStringLiteral("alpha"), 30, 2, &error, Network::Regtest),
                 qPrintable(error));
        QVERIFY2(test::makeHistoryWallet(dir, QStringLiteral("beta"), 6, 0, &error, Network::Regtest),
                 qPrintable(error));
        ui::AppSettings::setLastWallet(QStringLiteral("regtest"), QStringLiteral("beta"));
        service::NodeService node(Network::Regtest, dir);
        service::WalletService wallet(Network::Regtest, dir);
        ui::MainWindow window(&node, &wallet);
        QSignalSpy listed(&window, &ui::MainWindow::walletsLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        node.start();
        QTRY_COMPARE(node.status().state, service::NodeStatus::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 10000);
        QCOMPARE(listed.first().at(0).toStringList(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(window.walletName(), QStringLiteral("beta"));
        QVERIFY(!window.setupWizard());
        auto* transactions = static_cast<ui::TransactionsPage*>(window.page(ui::MainWindow::Section::Transactions));
        QTRY_COMPARE_WITH_TIMEOUT(transactions->historyModel()->rowCount(), 6, 10000);

        auto* combo = window.findChild<QComboBox*>(QStringLiteral("walletCombo"));
        QCOMPARE(combo->count(), 3);  // two wallets and "New or restore…"
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up);  // keyboard selection activates
        QTRY_COMPARE(window.walletName(), QStringLiteral("alpha"));
        QTRY_COMPARE_WITH_TIMEOUT(transactions->historyModel()->rowCount(), 30, 10000);
        QCOMPARE(ui::AppSettings::lastWallet(QStringLiteral("regtest")), QStringLiteral("alpha"));
        auto* overview = static_cast<ui::OverviewPage*>(window.page(ui::MainWindow::Section::Overview));
        QTRY_VERIFY_WITH_TIMEOUT(overview->chartPointCount() > 0, 10000);
        window.showSection(ui::MainWindow::Section::Overview);
        window.grab().save(QDir(dir).filePath(QStringLiteral("main-overview.png")));
        window.showSection(ui::MainWindow::Section::Transactions);
        window.grab().save(QDir(dir).filePath(QStringLiteral("main-transactions.png")));
        window.showSection(ui::MainWindow::Section::Addresses);
        window.grab().save(QDir(dir).filePath(QStringLiteral("main-addresses.png")));
        // The same pages in the dark theme (looked at by hand; the balance chart follows the palette change).
        ui::applyTheme(QStringLiteral("dark"));
        for (auto section : {ui::MainWindow::Section::Overview, ui::MainWindow::Section::Transactions,
                             ui::MainWindow::Section::Addresses}) {
            window.showSection(section);
            QCoreApplication::processEvents();
            window.grab().save(QDir(dir).filePath(QStringLiteral("dark-%1.png").arg(int(section))));
        }
        QVERIFY(ui::isDark(window.palette()));
        ui::applyTheme(QStringLiteral("light"));

        // The regtest chain holds only the genesis block: a "transaction at height 0" jumps to a proof view
        // there (the proof itself then fails: the genesis block has no such transaction).
        auto* explorer = static_cast<ui::ExplorerPage*>(window.page(ui::MainWindow::Section::Explorer));
        emit transactions->merkleProofRequested(transactions->historyModel()->entry(0).txid, 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentSection(), ui::MainWindow::Section::Explorer, 10000);
        QCOMPARE(explorer->currentView(), ui::ExplorerPage::View::Proof);
        emit transactions->openInExplorerRequested(transactions->historyModel()->entry(0).txid, 0);
        QTRY_COMPARE_WITH_TIMEOUT(explorer->currentView(), ui::ExplorerPage::View::Block, 10000);
        node.stop();
    }

    void aboutShowsVersions() {
        ui::AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const auto v = service::libraryVersions();
        QCOMPARE(about.findChild<QLabel*>(QStringLiteral("qtVersion"))->text(), v.qt);
        QCOMPARE(about.findChild<QLabel*>(QStringLiteral("sqliteVersion"))->text(), v.sqlite);
        QCOMPARE(about.findChild<QLabel*>(QStringLiteral("secpVersion"))->text(), v.secp256k1);
        QVERIFY(about.findChild<QLabel*>(QStringLiteral("opensslVersion"))->text().contains(QStringLiteral("OpenSSL")));
        about.close();
        QVERIFY(!about.isVisible());
    }

    void aboutAndSettingsOpenFromMenus() {
        service::NodeService node(Network::Signet, test::freshTempDir(QStringLiteral("gui")));
        ui::MainWindow window(&node);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString& actionName : {QStringLiteral("actionAbout"), QStringLiteral("actionSettings")}) {
            bool seen = false;
            QTimer::singleShot(0, this, [&] {
                QWidget* modal = QApplication::activeModalWidget();
                seen = qobject_cast<QDialog*>(modal) != nullptr;
                if (modal) static_cast<QDialog*>(modal)->reject();
            });
            auto* action = window.findChild<QAction*>(actionName);
            QVERIFY(action);
            action->trigger();  // exec() returns once the timer closes the dialog
            QVERIFY2(seen, qPrintable(actionName));
        }
    }

    void settingsSaveNetwork() {
        ui::SettingsDialog dialog(Network::Main);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("networkCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("main"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("testnet4")));
        auto* lang = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(lang && lang->findData(QStringLiteral("de")) > 0);
        lang->setCurrentIndex(lang->findData(QStringLiteral("de")));
        dialog.save();
        QCOMPARE(ui::AppSettings::network(), QStringLiteral("testnet4"));
        QCOMPARE(ui::AppSettings::language(), QStringLiteral("de"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
