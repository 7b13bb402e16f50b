// SPDX-License-Identifier: MIT
// Settings dialog, offscreen: every field is saved to AppSettings and shown again by a new dialog; invalid
// proxy / peer entries are refused; the dark theme makes the window background dark and text light; the
// language switch offers English, German, Spanish and French, each of which translates the dialog.
#include "common/test_paths.h"
#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/dialogs/about_dialog.h"
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

    // Each shipped language shows its own words in the dialog (window title, a form label, a combo item).
    void translatedLabels_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("unitLabel");
        QTest::addColumn<QString>("themeLabel");
        QTest::addColumn<QString>("dark");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Einstellungen")
                                << QStringLiteral("Anzeige&einheit:") << QStringLiteral("&Design:") << QStringLiteral("Dunkel");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Ajustes")
                                 << QStringLiteral("&Unidad de visualización:") << QStringLiteral("&Tema:")
                                 << QStringLiteral("Oscuro");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Paramètres")
                                << QStringLiteral("&Unité d’affichage :") << QStringLiteral("T&hème :")
                                << QStringLiteral("Sombre");
    }
    void translatedLabels() {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, unitLabel);
        QFETCH(QString, themeLabel);
        QFETCH(QString, dark);
        QCOMPARE(ui::installTranslations(language), language);
        {
            ui::SettingsDialog d(Network::Main);
            QCOMPARE(d.windowTitle(), title);
            QStringList texts;
            for (auto* l : d.findChildren<QLabel*>()) texts << l->text();
            QVERIFY2(texts.contains(unitLabel), qPrintable(texts.join(QLatin1Char('|'))));
            QVERIFY2(texts.contains(themeLabel), qPrintable(texts.join(QLatin1Char('|'))));
            QCOMPARE(d.findChild<QComboBox*>(QStringLiteral("themeCombo"))->itemText(2), dark);
        }
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        // Back to English: nothing of the previous language is left installed.
        ui::SettingsDialog english(Network::Main);
        QCOMPARE(english.windowTitle(), QStringLiteral("Settings"));
    }

    // The language switch offers every shipped catalogue under its own name, and the choice is saved.
    void languageSwitchOffersShippedLanguages() {
        ui::SettingsDialog d(Network::Main);
        auto* combo = d.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->itemData(0).toString(), QString());  // follow the system
        const QList<QPair<QString, QString>> expected{{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                      {QStringLiteral("es"), QStringLiteral("Español")},
                                                      {QStringLiteral("fr"), QStringLiteral("Français")}};
        for (const auto& [code, name] : expected) {
            const int i = combo->findData(code);
            QVERIFY2(i > 0, qPrintable(code));
            QCOMPARE(combo->itemText(i), name);
        }
        QCOMPARE(combo->count(), int(expected.size()) + 1);
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        QVERIFY(d.validate().isEmpty());
        d.save();
        QCOMPARE(ui::AppSettings::language(), QStringLiteral("fr"));
        ui::SettingsDialog again(Network::Main);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("fr"));
    }

    // Coloured status text (verified, error, warning) stays readable in both themes: WCAG AA contrast on the
    // window and on input/list backgrounds.
    void toneColorsReadable_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("tone");
        const QList<QPair<const char*, QPalette>> palettes{{"light", ui::lightPalette()}, {"dark", ui::darkPalette()}};
        const QList<QPair<const char*, ui::Tone>> tones{
            {"positive", ui::Tone::Positive}, {"negative", ui::Tone::Negative}, {"warning", ui::Tone::Warning}};
        for (const auto& [pname, palette] : palettes)
            for (const auto& [tname, tone] : tones)
                QTest::addRow("%s %s", pname, tname) << palette << int(tone);
        // A system palette with a mid-grey window: the colour is adjusted until it is readable.
        QPalette grey = ui::lightPalette();
        grey.setColor(QPalette::Window, QColor(0x9e, 0x9e, 0x9e));
        grey.setColor(QPalette::Base, QColor(0xa8, 0xa8, 0xa8));
        grey.setColor(QPalette::WindowText, Qt::black);
        QTest::newRow("grey negative") << grey << int(ui::Tone::Negative);
    }
    void toneColorsReadable() {
        QFETCH(QPalette, palette);
        QFETCH(int, tone);
        const QColor c = ui::toneColor(ui::Tone(tone), palette);
        QVERIFY2(ui::contrastRatio(c, palette.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
        QVERIFY2(ui::contrastRatio(c, palette.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
    }
    void contrastRatioKnownValues() {
        QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(ui::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes AA (4.54:1).
        QCOMPARE(qRound(ui::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        // The fixed red some views used is not readable on the dark window, which is why toneColor exists.
        QVERIFY(ui::contrastRatio(QColor(0xc6, 0x28, 0x28), ui::darkPalette().color(QPalette::Window)) < 4.5);
        QVERIFY(ui::isDark(ui::darkPalette()));
        QVERIFY(!ui::isDark(ui::lightPalette()));
    }

    // Keyboard navigation: every label with a mnemonic (&X) moves the focus to its field.
    void everyMnemonicHasABuddy() {
        ui::SettingsDialog d(Network::Main);
        int mnemonics = 0;
        for (auto* l : d.findChildren<QLabel*>()) {
            if (!l->text().contains(QLatin1Char('&'))) continue;
            ++mnemonics;
            QVERIFY2(l->buddy(), qPrintable(l->text()));
        }
        QCOMPARE(mnemonics, 8);  // network, language, data directory, peers, proxy, unit, theme, auto-lock
        auto* dirEdit = d.findChild<QLineEdit*>(QStringLiteral("dataDirEdit"));
        bool found = false;
        for (auto* l : d.findChildren<QLabel*>()) found = found || l->buddy() == dirEdit;
        QVERIFY(found);
    }

    // About: every library version is shown, and the icon is rendered (not a null pixmap).
    void aboutDialogShowsVersions() {
        ui::AboutDialog about;
        for (const char* name : {"qtVersion", "opensslVersion", "secpVersion", "sqliteVersion"}) {
            auto* l = about.findChild<QLabel*>(QLatin1String(name));
            QVERIFY2(l && !l->text().trimmed().isEmpty(), name);
        }
        QVERIFY(about.findChild<QLabel*>(QStringLiteral("qtVersion"))->text().startsWith(QLatin1String("6.")));
        bool icon = false;
        for (auto* l : about.findChildren<QLabel*>()) icon = icon || !l->pixmap().isNull();
        QVERIFY(icon);
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
