// SPDX-License-Identifier: MIT
// First-start wizard, offscreen, against a real WalletService (cheap scrypt N for tests only):
// create → words shown → three confirmed → the Receive page shows an address whose saved QR decodes (zbarimg)
// to the page's BIP21 URI; restore with the BIP84 test-vector mnemonic → the BIP's first receive address.
#include "common/test_paths.h"
#include "service/wallet_service.h"
#include "ui/pages/receive_page.h"
#include "ui/translator.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace cairn;

class TestWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-wizard-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("wsettings")));
        ui::installTranslations(QStringLiteral("en"));
    }

    void strengthHint_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("score");
        QTest::newRow("short digits weak") << QStringLiteral("1234") << 0;
        QTest::newRow("8 lower weak") << QStringLiteral("password") << 0;
        QTest::newRow("10 lower+digits fair") << QStringLiteral("tr0ub4dor3") << 1;
        QTest::newRow("passphrase strong") << QStringLiteral("correct horse battery staple") << 2;
    }
    void strengthHint() {
        QFETCH(QString, password);
        QFETCH(int, score);
        int got = -1;
        QVERIFY(!ui::SetupWizard::strengthHint(password, &got).isEmpty());
        QCOMPARE(got, score);
    }

    void createThenReceive() {
        const QString dir = test::freshTempDir(QStringLiteral("wizard-create"));
        service::WalletService wallet(Network::Regtest, dir);
        ui::SetupWizard wizard(&wallet);
        wizard.setScryptN(1024);
        QSignalSpy ready(&wizard, &ui::SetupWizard::walletReady);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kChoice));
        wizard.findChild<QLineEdit*>(QStringLiteral("walletNameEdit"))->setText(QStringLiteral("mine"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kPassword));
        auto* commit = wizard.button(QWizard::CommitButton);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("horse battery"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("password2Edit")), QStringLiteral("horse batterX"));
        QVERIFY(!commit->isEnabled());
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("passwordError"))->text().isEmpty());
        QTest::keyClick(wizard.findChild<QLineEdit*>(QStringLiteral("password2Edit")), Qt::Key_Backspace);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("password2Edit")), QStringLiteral("y"));
        QVERIFY(commit->isEnabled());
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("strengthLabel"))->text().isEmpty());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::kShowWords), 30000);
        const QStringList words = wizard.shownWords();
        QCOMPARE(words.size(), 12);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("wordsLabel"))->text().contains(words.first()));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kConfirmWords));
        const QList<int> pos = wizard.confirmPositions();
        QCOMPARE(pos.size(), 3);
        auto* nextButton = wizard.button(QWizard::NextButton);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!nextButton->isEnabled());
            QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("confirmEdit%1").arg(i)), words[pos[i] - 1]);
        }
        QVERIFY(nextButton->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kDone));
        wizard.accept();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().at(0).toString(), QStringLiteral("mine"));
        QVERIFY(wizard.shownWords().isEmpty());

        ui::ReceivePage page(&wallet, wizard.walletName());
        page.show();
        QSignalSpy shown(&page, &ui::ReceivePage::addressShown);
        page.requestNewAddress();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QVERIFY2(page.address().startsWith(QStringLiteral("bcrt1q")), qPrintable(page.address()));
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed; scripts/test installs it");
        const QString png = QDir(dir).filePath(QStringLiteral("qr.png"));
        QVERIFY(page.saveQr(png, true));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), page.uri());
        QCOMPARE(page.uri(), QStringLiteral("bitcoin:") + page.address());
    }

    void restoreShowsVectorAddress() {
        const QJsonObject v = QJsonDocument::fromJson(test::readData(QStringLiteral("bip44family_vectors.json")))
                                  .object()
                                  .value(QStringLiteral("bip84"))
                                  .toObject();
        QString first;
        for (const auto& a : v.value(QStringLiteral("addresses")).toArray())
            if (a.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("first receive"))
                first = a.toObject().value(QStringLiteral("address")).toString();
        QVERIFY(first.startsWith(QStringLiteral("bc1q")));

        service::WalletService wallet(Network::Main, test::freshTempDir(QStringLiteral("wizard-restore")));
        ui::SetupWizard wizard(&wallet);
        wizard.setScryptN(1024);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton*>(QStringLiteral("modeRestore"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kRestore));
        auto* words = wizard.findChild<QPlainTextEdit*>(QStringLiteral("restoreWordsEdit"));
        words->setPlainText(QStringLiteral("abandon abandon"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        words->setPlainText(v.value(QStringLiteral("mnemonic")).toString());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kPassword));
        wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pw"));
        wizard.findChild<QLineEdit*>(QStringLiteral("password2Edit"))->setText(QStringLiteral("pw"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::kDone), 30000);
        wizard.accept();

        ui::ReceivePage page(&wallet, wizard.walletName());
        QSignalSpy shown(&page, &ui::ReceivePage::addressShown);
        page.requestNewAddress();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QCOMPARE(page.address(), first);
    }
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
