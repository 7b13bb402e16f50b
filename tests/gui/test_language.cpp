// SPDX-License-Identifier: MIT
// Switching the language is real: German loads from the embedded catalogue and the window shows it;
// English supplies its plural forms.
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
    void germanLabels() {
        QCOMPARE(ui::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        service::NodeService node(Network::Testnet4, test::freshTempDir(QStringLiteral("lang")));
        ui::MainWindow window(&node);
        auto* list = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
        QVERIFY(list);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Übersicht"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Senden"));
        QCOMPARE(list->item(5)->text(), QStringLiteral("Netzwerk"));
        node.start();
        auto* sync = window.findChild<QLabel*>(QStringLiteral("syncLabel"));
        QTRY_VERIFY(sync->text().contains(QStringLiteral("Noch keine Header")));
        QVERIFY(sync->text().endsWith(QStringLiteral("0 Peers")));
        node.stop();
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
