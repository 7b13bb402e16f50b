// SPDX-License-Identifier: MIT
// Smoke test of the GUI shell, offscreen: the window opens, every section can be visited, About shows
// the library versions and Settings saves the network choice.
#include "common/test_paths.h"
#include "service/node_service.h"
#include "service/versions.h"
#include "ui/app_settings.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main_window.h"
#include "ui/translator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
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
        QCOMPARE(window.sectionCount(), 6);
        const QStringList expected{QStringLiteral("Overview"),     QStringLiteral("Send"),     QStringLiteral("Receive"),
                                   QStringLiteral("Transactions"), QStringLiteral("Explorer"), QStringLiteral("Network")};
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
