// SPDX-License-Identifier: MIT
// Settings dialog, offscreen: every field is saved to AppSettings and shown again by a new dialog; invalid
// proxy / peer entries are refused; the dark theme makes the window background dark and text light.
#include "common/test_paths.h"
#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/theme.h"
#include "ui/translator.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using namespace cairn;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-settings-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("ssettings")));
        ui::installTranslations(QStringLiteral("en"));
    }

    void defaults() {
        QCOMPARE(ui::AppSettings::displayUnit(), ui::DisplayUnit::Btc);
        QCOMPARE(ui::AppSettings::theme(), QStringLiteral("system"));
        QCOMPARE(ui::AppSettings::autoLockMinutes(), 10);
        QVERIFY(ui::AppSettings::connectPeers().isEmpty());
        QVERIFY(ui::AppSettings::proxy().isEmpty());
    }

    void settingsPersist() {
        {
            ui::SettingsDialog d(Network::Main);
            auto* net = d.findChild<QComboBox*>(QStringLiteral("networkCombo"));
            auto* unit = d.findChild<QComboBox*>(QStringLiteral("unitCombo"));
            auto* theme = d.findChild<QComboBox*>(QStringLiteral("themeCombo"));
            auto* lock = d.findChild<QSpinBox*>(QStringLiteral("autoLockSpin"));
            auto* proxy = d.findChild<QLineEdit*>(QStringLiteral("proxyEdit"));
            auto* peers = d.findChild<QPlainTextEdit*>(QStringLiteral("peersEdit"));
            QVERIFY(net && unit && theme && lock && proxy && peers);
            net->setCurrentIndex(net->findData(QStringLiteral("signet")));
            unit->setCurrentIndex(unit->findData(QStringLiteral("sat")));
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            lock->setValue(3);
            proxy->setText(QStringLiteral("127.0.0.1:9050"));
            peers->setPlainText(QStringLiteral("10.0.0.1:8333\n\n  node.example:38333 \n"));
            QVERIFY(d.validate().isEmpty());
            d.save();
        }
        QCOMPARE(ui::AppSettings::network(), QStringLiteral("signet"));
        QCOMPARE(ui::AppSettings::displayUnit(), ui::DisplayUnit::Sat);
        QCOMPARE(ui::AppSettings::theme(), QStringLiteral("dark"));
        QCOMPARE(ui::AppSettings::autoLockMinutes(), 3);
        QCOMPARE(ui::AppSettings::proxy(), QStringLiteral("127.0.0.1:9050"));
        QCOMPARE(ui::AppSettings::connectPeers(),
                 QStringList({QStringLiteral("10.0.0.1:8333"), QStringLiteral("node.example:38333")}));
        QCOMPARE(ui::formatAmount(1500), QStringLiteral("1500 sat"));
        // The dark theme was applied: light text on a dark window.
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);

        ui::SettingsDialog again(Network::Signet);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("unitCombo"))->currentData().toString(),
                 QStringLiteral("sat"));
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("themeCombo"))->currentData().toString(),
                 QStringLiteral("dark"));
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("autoLockSpin"))->value(), 3);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("proxyEdit"))->text(), QStringLiteral("127.0.0.1:9050"));
        again.grab().save(test::freshTempDir(QStringLiteral("settings-shot")) + QStringLiteral("/settings-dark.png"));
        ui::applyTheme(QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void germanLabels() {
        QCOMPARE(ui::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        {
            ui::SettingsDialog d(Network::Main);
            QCOMPARE(d.windowTitle(), QStringLiteral("Einstellungen"));
            QStringList texts;
            for (auto* l : d.findChildren<QLabel*>()) texts << l->text();
            QVERIFY2(texts.contains(QStringLiteral("Anzeige&einheit:")), qPrintable(texts.join(QLatin1Char('|'))));
            QVERIFY(texts.contains(QStringLiteral("&Design:")));
            QCOMPARE(d.findChild<QComboBox*>(QStringLiteral("themeCombo"))->itemText(2), QStringLiteral("Dunkel"));
        }
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }

    void invalidEntriesRefused_data() {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("peers");
        QTest::newRow("proxy without port") << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("proxy port 0") << QStringLiteral("127.0.0.1:0") << QString();
        QTest::newRow("proxy port too big") << QStringLiteral("host:70000") << QString();
        QTest::newRow("peer without port") << QString() << QStringLiteral("10.0.0.1");
        QTest::newRow("peer with text port") << QString() << QStringLiteral("a:b");
    }
    void invalidEntriesRefused() {
        QFETCH(QString, proxy);
        QFETCH(QString, peers);
        ui::SettingsDialog d(Network::Main);
        d.findChild<QLineEdit*>(QStringLiteral("proxyEdit"))->setText(proxy);
        d.findChild<QPlainTextEdit*>(QStringLiteral("peersEdit"))->setPlainText(peers);
        QVERIFY(!d.validate().isEmpty());
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
