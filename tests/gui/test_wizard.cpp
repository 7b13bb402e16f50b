// SPDX-License-Identifier: MIT
// First-start wizard, offscreen, against a real WalletService (cheap scrypt N for tests only):
// create → words shown → three confirmed → the Receive page shows an address whose saved QR decodes (zbarimg)
// to the page's BIP21 URI; restore with the BIP84 test-vector mnemonic → the BIP's first receive address.
#include "common/test_paths.h"
#include "service/mnemonic_helper.h"
#include "service/wallet_service.h"
#include "script/descriptor.h"
#include "ui/pages/receive_page.h"
#include "ui/translator.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QCompleter>
#include <QLineEdit>
#include <QAbstractItemView>
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

    // Every Trezor vector is a valid mnemonic; hand-made rows cover each kind of feedback.
    void mnemonicFeedback_data() {
        using State = service::MnemonicFeedback::State;
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("state");
        QTest::addColumn<QList<int>>("unknown");
        const QJsonArray vectors = QJsonDocument::fromJson(test::readData(QStringLiteral("bip39_trezor_vectors.json")))
                                       .object()
                                       .value(QStringLiteral("vectors"))
                                       .toArray();
        QVERIFY(vectors.size() >= 24);
        for (int i = 0; i < vectors.size(); ++i) {
            const QString m = vectors[i].toObject().value(QStringLiteral("mnemonic")).toString();
            QTest::addRow("trezor %d (%d words)", i, int(m.split(QLatin1Char(' ')).size()))
                << m << int(State::Valid) << QList<int>{};
        }
        const QString abandon11 = QStringLiteral("abandon ").repeated(11);
        QTest::newRow("empty") << QStringLiteral("  \n ") << int(State::Empty) << QList<int>{};
        QTest::newRow("two words") << QStringLiteral("abandon ability") << int(State::Incomplete) << QList<int>{};
        QTest::newRow("upper case and newlines valid")
            << QString(abandon11 + QStringLiteral("ABOUT")).replace(QLatin1Char(' '), QLatin1Char('\n'))
            << int(State::Valid) << QList<int>{};
        QTest::newRow("bad checksum") << abandon11 + QStringLiteral("abandon") << int(State::BadChecksum)
                                      << QList<int>{};
        QTest::newRow("unknown words by position") << QStringLiteral("abandon abandn zoo zzz") << int(State::UnknownWords)
                                                   << QList<int>{2, 4};
        QTest::newRow("13 words") << abandon11 + QStringLiteral("about about") << int(State::Incomplete)
                                  << QList<int>{};
    }
    void mnemonicFeedback() {
        QFETCH(QString, words);
        QFETCH(int, state);
        QFETCH(QList<int>, unknown);
        const service::MnemonicFeedback f = service::checkMnemonicWords(words);
        QCOMPARE(int(f.state), state);
        QCOMPARE(f.unknownPositions, unknown);
    }

    void completions() {
        QCOMPARE(service::bip39Completions(QStringLiteral("aba")), QStringList{QStringLiteral("abandon")});
        QCOMPARE(service::bip39Completions(QStringLiteral("ZOO")), QStringList{QStringLiteral("zoo")});
        QVERIFY(service::bip39Completions(QStringLiteral("xy")).isEmpty());
        QCOMPARE(service::bip39Completions(QString()).size(), 2048);
        const QStringList ab = service::bip39Completions(QStringLiteral("ab"), 3);
        QCOMPARE(ab, (QStringList{QStringLiteral("abandon"), QStringLiteral("ability"), QStringLiteral("able")}));
    }

    void birthdayEstimate_data() {
        QTest::addColumn<int>("network");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        // Block 840,000 was mined on 2024-04-20 00:09 UTC: four weeks of blocks (4,032) earlier, give or take.
        QTest::newRow("halving 2024") << int(Network::Main) << QDate(2024, 4, 20) << 835900 << 836000;
        QTest::newRow("genesis day") << int(Network::Main) << QDate(2009, 1, 3) << 0 << 0;
        QTest::newRow("2016-07-09 (block 420,000)") << int(Network::Main) << QDate(2016, 7, 9) << 415800 << 416000;
        QTest::newRow("regtest: no estimate") << int(Network::Regtest) << QDate(2024, 4, 20) << 0 << 0;
        QTest::newRow("testnet: no estimate") << int(Network::Testnet3) << QDate(2024, 4, 20) << 0 << 0;
    }
    void birthdayEstimate() {
        QFETCH(int, network);
        QFETCH(QDate, date);
        QFETCH(int, low);
        QFETCH(int, high);
        const int h = ui::SetupWizard::estimateHeight(static_cast<Network>(network), date);
        QVERIFY2(h >= low && h <= high, qPrintable(QString::number(h)));
    }

    // Restore each length of Trezor mnemonic with its passphrase "TREZOR" through the wizard (typing the first
    // word with the suggestion list): the first BIP84 receive address is the one derived from the vector's xprv.
    void restoreTrezorVector_data() {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("xprv");
        const QJsonObject doc =
            QJsonDocument::fromJson(test::readData(QStringLiteral("bip39_trezor_vectors.json"))).object();
        QCOMPARE(doc.value(QStringLiteral("passphrase")).toString(), QStringLiteral("TREZOR"));
        const QJsonArray vectors = doc.value(QStringLiteral("vectors")).toArray();
        // The first vector of each length (12, 18, 24 words) whose first word is longer than the three letters
        // the test types (so that the suggestion list has something to complete).
        QSet<int> lengths;
        for (int i = 0; i < vectors.size(); ++i) {
            const QJsonObject v = vectors[i].toObject();
            const QString m = v.value(QStringLiteral("mnemonic")).toString();
            const QStringList w = m.split(QLatin1Char(' '));
            if (lengths.contains(int(w.size())) || w.first().size() <= 3) continue;
            lengths.insert(int(w.size()));
            QTest::addRow("trezor %d (%d words)", i, int(w.size())) << m << v.value(QStringLiteral("xprv")).toString();
        }
        QCOMPARE(lengths.size(), 3);
    }
    void restoreTrezorVector() {
        QFETCH(QString, mnemonic);
        QFETCH(QString, xprv);
        auto desc = script::Descriptor::parse(QStringLiteral("wpkh(%1/84h/0h/0h/0/*)").arg(xprv).toStdString(),
                                              Network::Main);
        QVERIFY2(desc.ok(), desc.message().c_str());
        auto expected = desc->addressAt(0);
        QVERIFY2(expected.ok(), expected.message().c_str());

        service::WalletService wallet(Network::Main, test::freshTempDir(QStringLiteral("wizard-trezor")));
        ui::SetupWizard wizard(&wallet);
        wizard.setScryptN(1024);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton*>(QStringLiteral("modeRestore"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kRestore));
        auto* words = wizard.findChild<QPlainTextEdit*>(QStringLiteral("restoreWordsEdit"));
        auto* feedback = wizard.findChild<QLabel*>(QStringLiteral("restoreFeedback"));
        words->setFocus();
        const QStringList list = mnemonic.split(QLatin1Char(' '));
        // Type the first three letters of the first word: the list offers it, choosing it completes the word.
        QTest::keyClicks(words, list.first().left(3));
        QVERIFY(wizard.restoreSuggestions().contains(list.first()));
        QVERIFY2(!feedback->text().contains(QStringLiteral("Not in")), qPrintable(feedback->text()));
        auto* popup = wizard.findChild<QCompleter*>()->popup();
        QTRY_VERIFY(popup->isVisible());
        const int row = int(wizard.restoreSuggestions().indexOf(list.first()));
        popup->setCurrentIndex(popup->model()->index(row, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY2(words->toPlainText().startsWith(list.first() + QLatin1Char(' ')), qPrintable(words->toPlainText()));
        // A wrong word is named by position; the rest typed; the checksum is confirmed.
        words->setPlainText(list.first() + QStringLiteral(" qwerty"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        words->moveCursor(QTextCursor::End);
        QTest::keyClick(words, Qt::Key_Space);
        QVERIFY2(feedback->text().contains(QStringLiteral("word 2")), qPrintable(feedback->text()));
        words->setPlainText(mnemonic);
        QVERIFY2(feedback->text().contains(QStringLiteral("correct checksum")), qPrintable(feedback->text()));
        wizard.grab().save(test::freshTempDir(QStringLiteral("wizard-shot")) + QStringLiteral("/restore.png"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("TREZOR"));
        auto* kind = wizard.findChild<QComboBox*>(QStringLiteral("birthdayKindCombo"));
        kind->setCurrentIndex(1);
        wizard.findChild<QDateEdit*>(QStringLiteral("birthdayDateEdit"))->setDate(QDate(2016, 7, 9));
        QVERIFY(wizard.birthdayHeight() > 400000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::SetupWizard::kPassword));
        wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pw"));
        wizard.findChild<QLineEdit*>(QStringLiteral("password2Edit"))->setText(QStringLiteral("pw"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::SetupWizard::kDone), 30000);
        wizard.accept();

        QSignalSpy info(&wallet, &service::WalletService::walletInfoReady);
        wallet.walletInfo(wizard.walletName());
        QTRY_COMPARE_WITH_TIMEOUT(info.count(), 1, 20000);
        QCOMPARE(info.first().at(1).value<service::WalletInfo>().birthdayHeight, wizard.birthdayHeight());

        ui::ReceivePage page(&wallet, wizard.walletName());
        QSignalSpy shown(&page, &ui::ReceivePage::addressShown);
        page.requestNewAddress();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QCOMPARE(page.address(), QString::fromStdString(*expected));
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
