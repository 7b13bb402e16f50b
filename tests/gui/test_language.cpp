// SPDX-License-Identifier: MIT
// Switching the language is real: German, Spanish and French load from the embedded catalogues and the window
// shows them, plural forms included (French uses the singular for 0); English supplies its own plural forms.
#include "common/test_paths.h"
#include "service/node_service.h"
#include "ui/main_window.h"
#include "ui/translator.h"

#include <QLabel>
#include <QListWidget>
#include <QtTest>

using namespace cairn;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void sectionsAndStatus_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("overview");
        QTest::addColumn<QString>("send");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("noHeaders");
        QTest::addColumn<QString>("zeroPeers");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Übersicht") << QStringLiteral("Senden")
                                << QStringLiteral("Netzwerk") << QStringLiteral("Noch keine Header")
                                << QStringLiteral("0 Peers");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Resumen") << QStringLiteral("Enviar")
                                 << QStringLiteral("Red") << QStringLiteral("Aún no hay cabeceras")
                                 << QStringLiteral("0 pares");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Vue d’ensemble") << QStringLiteral("Envoyer")
                                << QStringLiteral("Réseau") << QStringLiteral("Pas encore d’en-têtes")
                                << QStringLiteral("0 pair");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Overview") << QStringLiteral("Send")
                                 << QStringLiteral("Network") << QStringLiteral("No headers yet")
                                 << QStringLiteral("0 peers");
    }
    void sectionsAndStatus() {
        QFETCH(QString, language);
        QFETCH(QString, overview);
        QFETCH(QString, send);
        QFETCH(QString, network);
        QFETCH(QString, noHeaders);
        QFETCH(QString, zeroPeers);
        QCOMPARE(ui::installTranslations(language), language);
        service::NodeService node(Network::Testnet4, test::freshTempDir(QStringLiteral("lang-") + language));
        ui::MainWindow window(&node);
        auto* list = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
        QVERIFY(list);
        QStringList sections;
        for (int i = 0; i < list->count(); ++i) sections << list->item(i)->text();
        QCOMPARE(sections.value(0), overview);
        QVERIFY2(sections.contains(send), qPrintable(sections.join(QLatin1Char('|'))));
        QVERIFY2(sections.contains(network), qPrintable(sections.join(QLatin1Char('|'))));
        node.start();
        auto* sync = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
        QVERIFY(sync);
        QTRY_VERIFY2(sync->text().contains(noHeaders), qPrintable(sync->text()));
        QVERIFY2(sync->text().endsWith(QStringLiteral(" ") + zeroPeers), qPrintable(sync->text()));
        node.stop();
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
