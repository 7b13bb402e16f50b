// SPDX-License-Identifier: MIT
// Tools, offscreen, against a real WalletService: the verify tab of Sign / verify message over the BIP137 and
// BIP322 vectors (tests/data/message_signing_vectors.json), a message signed with a wallet address verifies,
// wallet info shows the account xpub as a QR code and the public descriptors, the backup is a consistent wallet
// file another data directory opens with the same keys, rescan reports its count, and the unlock session
// forgets the password after the idle time, on Lock now and on a wallet switch — but not while the user works.
#include "common/test_paths.h"
#include "service/wallet_client.h"
#include "service/wallet_service.h"
#include "ui/app_settings.h"
#include "ui/dialogs/password_dialog.h"
#include "ui/dialogs/sign_message_dialog.h"
#include "ui/dialogs/tools_menu.h"
#include "ui/dialogs/unlock_session.h"
#include "ui/dialogs/wallet_info_dialog.h"
#include "ui/theme.h"
#include "ui/translator.h"
#include "ui/widgets/qr_widget.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace cairn;

namespace {
util::SecureBytes secret(const char* s) { return util::SecureBytes::fromString(s); }

template <typename T>
T* child(QObject* w, const QString& name) {
    T* c = w->findChild<T*>(name);
    if (!c) qFatal("no child %s", qPrintable(name));
    return c;
}
}  // namespace

class TestTools : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-tools-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("tsettings")));
        ui::installTranslations(QStringLiteral("en"));
        m_dir = test::freshTempDir(QStringLiteral("tools-wallet"));
        m_wallet = new service::WalletService(Network::Regtest, m_dir, this);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.scryptN = 1024;
        QSignalSpy created(m_wallet, &service::WalletService::walletCreated);
        QSignalSpy failed(m_wallet, &service::WalletService::requestFailed);
        m_wallet->createWallet(req, secret("pw"));
        QTRY_VERIFY_WITH_TIMEOUT(created.count() == 1 || failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        m_info = created.first().at(1).value<service::WalletInfo>();
        m_mainnet = new service::WalletService(Network::Main, test::freshTempDir(QStringLiteral("tools-main")), this);
    }

    void verifyVectors_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("valid");
        const QJsonObject doc = QJsonDocument::fromJson(test::readData(QStringLiteral("message_signing_vectors.json"))).object();
        int n = 0;
        for (const QJsonValue& v : doc.value(QStringLiteral("bip137")).toObject().value(QStringLiteral("verify")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(QStringLiteral("bip137 %1 %2").arg(++n).arg(o.value(QStringLiteral("address")).toString().left(12))))
                << o.value(QStringLiteral("address")).toString() << o.value(QStringLiteral("message")).toString()
                << o.value(QStringLiteral("signature")).toString() << o.value(QStringLiteral("valid")).toBool();
        }
        const QJsonObject signing = doc.value(QStringLiteral("bip322")).toObject().value(QStringLiteral("signing")).toObject();
        const QString address = signing.value(QStringLiteral("address")).toString();
        for (const QJsonValue& v : signing.value(QStringLiteral("signatures")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString msg = o.value(QStringLiteral("message")).toString();
            int k = 0;
            for (const QJsonValue& s : o.value(QStringLiteral("valid_simple_signatures")).toArray()) {
                QTest::newRow(qPrintable(QStringLiteral("bip322 '%1' #%2").arg(msg).arg(++k))) << address << msg << s.toString() << true;
                // The same signature over another message must not verify.
                QTest::newRow(qPrintable(QStringLiteral("bip322 '%1' #%2 other message").arg(msg).arg(k)))
                    << address << msg + QStringLiteral("!") << s.toString() << false;
            }
        }
        QVERIFY(n >= 4);
    }
    void verifyVectors() {
        QFETCH(QString, address);
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QFETCH(bool, valid);
        ui::SignMessageDialog dialog(m_mainnet, QString());
        dialog.showTab(1);
        child<QLineEdit>(&dialog, QStringLiteral("verifyAddress"))->setText(address);
        child<QPlainTextEdit>(&dialog, QStringLiteral("verifyMessage"))->setPlainText(message);
        child<QLineEdit>(&dialog, QStringLiteral("verifySignature"))->setText(signature);
        QSignalSpy verified(&dialog, &ui::SignMessageDialog::verified);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 20000);
        QCOMPARE(verified.first().at(0).toBool(), valid);
        const QString status = child<QLabel>(&dialog, QStringLiteral("verifyStatus"))->text();
        QVERIFY2(status.contains(valid ? QStringLiteral("is valid") : QStringLiteral("does not verify")), qPrintable(status));
    }

    void signWithWalletAddressVerifies() {
        QSignalSpy addr(m_wallet, &service::WalletService::addressReady);
        m_wallet->newAddress(QStringLiteral("w"), false);
        QTRY_COMPARE_WITH_TIMEOUT(addr.count(), 1, 20000);
        const QString mine = addr.first().at(1).value<service::AddressInfo>().address;

        ui::SignMessageDialog dialog(m_wallet, QStringLiteral("w"));
        dialog.show();
        child<QLineEdit>(&dialog, QStringLiteral("signAddress"))->setText(mine);
        child<QPlainTextEdit>(&dialog, QStringLiteral("signMessage"))->setPlainText(QStringLiteral("Cairn test message"));
        QSignalSpy signedSpy(&dialog, &ui::SignMessageDialog::messageSigned);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("signButton")), Qt::LeftButton);
        auto* ask = dialog.findChild<ui::PasswordDialog*>();
        QVERIFY(ask);
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("passwordEdit")), QStringLiteral("pw"));
        ask->accept();
        auto* status = child<QLabel>(&dialog, QStringLiteral("signStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(signedSpy.count() == 1 || (status->text() != QStringLiteral("Signing…")), 30000);
        QVERIFY2(signedSpy.count() == 1, qPrintable(status->text()));
        const QString signature = signedSpy.first().at(0).toString();
        QVERIFY(!signature.isEmpty());

        dialog.showTab(1);
        child<QLineEdit>(&dialog, QStringLiteral("verifyAddress"))->setText(mine);
        child<QPlainTextEdit>(&dialog, QStringLiteral("verifyMessage"))->setPlainText(QStringLiteral("Cairn test message"));
        child<QLineEdit>(&dialog, QStringLiteral("verifySignature"))->setText(signature);
        QSignalSpy verified(&dialog, &ui::SignMessageDialog::verified);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("verifyButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 20000);
        QVERIFY2(verified.first().at(0).toBool(), qPrintable(verified.first().at(1).toString()));
    }

    void walletInfoShowsXpubQr() {
        ui::WalletInfoDialog dialog(m_wallet, QStringLiteral("w"));
        QSignalSpy loaded(&dialog, &ui::WalletInfoDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(!m_info.accounts.isEmpty());
        const QString xpub = m_info.accounts.first().xpub;
        QVERIFY2(xpub.startsWith(QStringLiteral("tpub")) || xpub.startsWith(QStringLiteral("vpub")), qPrintable(xpub));
        QCOMPARE(dialog.qrWidget()->text(), xpub);
        QVERIFY(dialog.qrWidget()->hasCode());
        QVERIFY(dialog.descriptorsText().contains(m_info.accounts.first().receiveDescriptor));
        QVERIFY(dialog.descriptorsText().contains(QStringLiteral("wpkh(")));
        const QString summary = child<QLabel>(&dialog, QStringLiteral("walletSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("<b>w</b> on regtest")), qPrintable(summary));
    }

    void backupIsAWalletWithTheSameKeys() {
        ui::ToolsMenu tools(m_wallet, nullptr);
        tools.setWalletName(QStringLiteral("w"));
        const QString other = test::freshTempDir(QStringLiteral("tools-restore"));
        QVERIFY(QDir().mkpath(other + QStringLiteral("/wallets")));
        const QString dest = other + QStringLiteral("/wallets/copy.sqlite");
        QSignalSpy done(&tools, &ui::ToolsMenu::backupFinished);
        tools.backupTo(dest);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(done.first().at(1).toString().isEmpty(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(done.first().at(0).toString(), dest);
        QVERIFY(!QFile::exists(dest + QStringLiteral(".part")));

        service::WalletClient client(Network::Regtest, other);
        auto info = client.walletInfo(QStringLiteral("copy"));
        QVERIFY2(info.ok(), info.message().c_str());
        QCOMPARE(info->accounts.size(), m_info.accounts.size());
        QCOMPARE(info->accounts.first().xpub, m_info.accounts.first().xpub);
        QVERIFY(client.checkPassword(QStringLiteral("copy"), secret("pw")).ok());

        // A second backup to the same path replaces it; a destination that cannot be written is an error.
        tools.backupTo(dest);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QVERIFY(done.last().at(1).toString().isEmpty());
        tools.backupTo(QStringLiteral("/nonexistent-dir/x/backup.sqlite"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 30000);
        QVERIFY(!done.last().at(1).toString().isEmpty());
    }

    void rescanReportsCount() {
        ui::ToolsMenu tools(m_wallet, nullptr);
        tools.setWalletName(QStringLiteral("w"));
        QSignalSpy finished(&tools, &ui::ToolsMenu::rescanFinished);
        QSignalSpy status(&tools, &ui::ToolsMenu::statusMessage);
        tools.rescanFrom(0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(0).toInt(), 0);  // never scanned: nothing to roll back
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Rescan finished: 0 transactions found."));
    }

    void unlockSessionForgetsAfterIdle() {
        ui::AppSettings::setAutoLockMinutes(7);
        ui::UnlockSession session;
        QCOMPARE(session.idleTimeoutMs(), 7 * 60 * 1000);
        session.setIdleTimeoutMs(300);
        QSignalSpy changed(&session, &ui::UnlockSession::lockedChanged);
        session.unlock(QStringLiteral("w"), secret("pw"));
        QVERIFY(session.isUnlocked(QStringLiteral("w")));
        QVERIFY(!session.isUnlocked(QStringLiteral("other")));
        QCOMPARE(session.password(QStringLiteral("w")).asStringView(), std::string_view("pw"));

        // Input keeps it unlocked past the idle time...
        QWidget w;
        w.show();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            QTest::keyClick(&w, Qt::Key_Shift);
        }
        QVERIFY(session.isUnlocked(QStringLiteral("w")));
        // ...and idleness locks it.
        QTRY_VERIFY_WITH_TIMEOUT(!session.isUnlocked(QStringLiteral("w")), 3000);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toBool(), false);
        QVERIFY(session.password(QStringLiteral("w")).empty());
    }

    void lockNowAndWalletSwitchForget() {
        ui::UnlockSession session;
        session.setIdleTimeoutMs(0);  // "0 minutes": never by idleness
        ui::ToolsMenu tools(m_wallet, &session);
        tools.setWalletName(QStringLiteral("w"));
        QVERIFY(!tools.lockAction()->isEnabled());
        session.unlock(QStringLiteral("w"), secret("pw"));
        QVERIFY(tools.lockAction()->isEnabled());
        QTest::qWait(200);
        QVERIFY(session.isUnlocked(QStringLiteral("w")));
        tools.lockAction()->trigger();
        QVERIFY(!session.isUnlocked(QStringLiteral("w")));
        QVERIFY(!tools.lockAction()->isEnabled());

        session.unlock(QStringLiteral("w"), secret("pw"));
        tools.setWalletName(QStringLiteral("another"));
        QVERIFY(!session.isUnlocked(QStringLiteral("w")));
    }

    // Screenshots for a human look (light and dark theme): only when CAIRN_SCREENSHOT_DIR names a directory.
    void screenshots() {
        const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("set CAIRN_SCREENSHOT_DIR to write screenshots of the Tools dialogs");
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            ui::applyTheme(theme);
            ui::WalletInfoDialog info(m_wallet, QStringLiteral("w"));
            QSignalSpy loaded(&info, &ui::WalletInfoDialog::loaded);
            info.show();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
            QTest::qWait(200);
            QVERIFY(info.grab().save(dir + QStringLiteral("/walletinfo-%1.png").arg(theme)));
            ui::SignMessageDialog sign(m_wallet, QStringLiteral("w"));
            sign.show();
            QTest::qWait(200);
            QVERIFY(sign.grab().save(dir + QStringLiteral("/sign-%1.png").arg(theme)));
            ui::PasswordDialog pw(QStringLiteral("Sign a payment of 0.00250000 BTC plus a fee of 0.00000705 BTC."));
            pw.offerRemember(10);
            pw.show();
            QTest::qWait(100);
            QVERIFY(pw.grab().save(dir + QStringLiteral("/password-%1.png").arg(theme)));
        }
        ui::applyTheme(QStringLiteral("light"));
    }

private:
    QString m_dir;
    service::WalletService* m_wallet = nullptr;
    service::WalletService* m_mainnet = nullptr;
    service::WalletInfo m_info;
};

QTEST_MAIN(TestTools)
#include "test_tools.moc"
