// SPDX-License-Identifier: MIT
// Receive page, offscreen, against a real WalletService: a fresh address appears, the BIP21 URI follows the
// amount/label/message fields, and the saved QR decodes (zbarimg) to exactly that URI. A wallet restored from the
// BIP84 test-vector mnemonic shows the BIP's first receive address. Amount formatting and BIP21 encoding rows.
#include "common/test_paths.h"
#include "service/wallet_service.h"
#include "ui/amount_format.h"
#include "ui/pages/receive_page.h"
#include "ui/translator.h"
#include "ui/widgets/qr_widget.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace cairn;

namespace {
util::SecureBytes secure(const QByteArray& s) {
    return util::SecureBytes(reinterpret_cast<const uint8_t*>(s.constData()),
                             static_cast<size_t>(s.size()));
}

// Runs zbarimg on `png`; returns the decoded text ('' on failure).
QString decodeQr(const QString& png) {
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
}  // namespace

class TestReceive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-receive-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("rsettings")));
        ui::installTranslations(QStringLiteral("en"));
    }

    void amountFormat_data() {
        QTest::addColumn<qint64>("sats");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("1 sat in BTC") << qint64(1) << int(ui::DisplayUnit::Btc) << QStringLiteral("0.00000001 BTC");
        QTest::newRow("1.5 BTC") << qint64(150000000) << int(ui::DisplayUnit::Btc) << QStringLiteral("1.50000000 BTC");
        QTest::newRow("negative mBTC") << qint64(-12345) << int(ui::DisplayUnit::MilliBtc)
                                       << QStringLiteral("-0.12345 mBTC");
        QTest::newRow("bits") << qint64(250) << int(ui::DisplayUnit::Bits) << QStringLiteral("2.50 bits");
        QTest::newRow("sat") << qint64(21000) << int(ui::DisplayUnit::Sat) << QStringLiteral("21000 sat");
    }
    void amountFormat() {
        QFETCH(qint64, sats);
        QFETCH(int, unit);
        QFETCH(QString, text);
        QCOMPARE(ui::formatAmount(sats, static_cast<ui::DisplayUnit>(unit)), text);
    }

    void amountParse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("unit");
        QTest::addColumn<qint64>("sats");  // -1: rejected
        QTest::newRow("0.001 BTC") << QStringLiteral("0.001") << int(ui::DisplayUnit::Btc) << qint64(100000);
        QTest::newRow(".5 BTC") << QStringLiteral(".5") << int(ui::DisplayUnit::Btc) << qint64(50000000);
        QTest::newRow("9 decimals rejected") << QStringLiteral("0.000000001") << int(ui::DisplayUnit::Btc)
                                             << qint64(-1);
        QTest::newRow("negative rejected") << QStringLiteral("-1") << int(ui::DisplayUnit::Btc) << qint64(-1);
        QTest::newRow("above 21M rejected") << QStringLiteral("21000001") << int(ui::DisplayUnit::Btc) << qint64(-1);
        QTest::newRow("letters rejected") << QStringLiteral("1e5") << int(ui::DisplayUnit::Sat) << qint64(-1);
        QTest::newRow("sat fraction rejected") << QStringLiteral("1.5") << int(ui::DisplayUnit::Sat) << qint64(-1);
        QTest::newRow("2.5 mBTC") << QStringLiteral("2.5") << int(ui::DisplayUnit::MilliBtc) << qint64(250000);
    }
    void amountParse() {
        QFETCH(QString, text);
        QFETCH(int, unit);
        QFETCH(qint64, sats);
        const auto got = ui::parseAmount(text, static_cast<ui::DisplayUnit>(unit));
        QCOMPARE(got.value_or(-1), sats);
    }

    void bip21_data() {
        QTest::addColumn<qint64>("sats");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("uri");
        const QString a = QStringLiteral("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu");
        QTest::newRow("address only") << qint64(0) << QString() << QString() << QStringLiteral("bitcoin:") + a;
        // BIP21 example: bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=20.3&label=Luke-Jr
        QTest::newRow("amount and label") << qint64(2030000000) << QStringLiteral("Luke-Jr") << QString()
                                          << QStringLiteral("bitcoin:") + a + QStringLiteral("?amount=20.3&label=Luke-Jr");
        QTest::newRow("percent-encoded") << qint64(50000) << QStringLiteral("Café & co")
                                         << QStringLiteral("Donation for project xyz")
                                         << QStringLiteral("bitcoin:") + a +
                                                QStringLiteral("?amount=0.0005&label=Caf%C3%A9%20%26%20co"
                                                               "&message=Donation%20for%20project%20xyz");
    }
    void bip21() {
        QFETCH(qint64, sats);
        QFETCH(QString, label);
        QFETCH(QString, message);
        QFETCH(QString, uri);
        QCOMPARE(ui::ReceivePage::bip21Uri(QStringLiteral("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"),
                                           sats ? std::optional<qint64>(sats) : std::nullopt, label, message),
                 uri);
    }

    void newAddressAndQrDecodes() {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed; scripts/test installs it");
        const QString dir = test::freshTempDir(QStringLiteral("receive-wallet"));
        service::WalletService wallet(Network::Regtest, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.scryptN = 1024;  // cheap for tests only
        QSignalSpy created(&wallet, &service::WalletService::walletCreated);
        QSignalSpy failed(&wallet, &service::WalletService::requestFailed);
        wallet.createWallet(req, secure("pw-for-test"));
        QTRY_VERIFY_WITH_TIMEOUT(created.count() == 1 || failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

        ui::ReceivePage page(&wallet, QStringLiteral("w"));
        page.resize(900, 650);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &ui::ReceivePage::addressShown);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("newAddressButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        const QString address = page.address();
        QVERIFY2(address.startsWith(QStringLiteral("bcrt1q")), qPrintable(address));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("addressLabel"))->text(), address);
        QCOMPARE(page.uri(), QStringLiteral("bitcoin:") + address);

        // Typing into the fields updates the URI and the QR live.
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("0.0015"));
        page.findChild<QLineEdit*>(QStringLiteral("labelEdit"))->setText(QStringLiteral("Rent März"));  // non-ASCII: keyClicks cannot type it
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("messageEdit")), QStringLiteral("a&b=c"));
        const QString expected = QStringLiteral("bitcoin:") + address +
                                 QStringLiteral("?amount=0.0015&label=Rent%20M%C3%A4rz&message=a%26b%3Dc");
        QCOMPARE(page.uri(), expected);
        QCOMPARE(page.qrWidget()->text(), expected);
        QVERIFY(page.qrWidget()->hasCode());

        const QString png = QDir(dir).filePath(QStringLiteral("qr.png"));
        QVERIFY(page.saveQr(png, true));
        QCOMPARE(decodeQr(png), expected);
        page.grab().save(QDir(dir).filePath(QStringLiteral("receive.png")));
        qInfo("receive page screenshot: %s", qPrintable(QDir(dir).filePath(QStringLiteral("receive.png"))));

        // A labelled fresh address is stored and listed.
        QSignalSpy history(&page, &ui::ReceivePage::historyLoaded);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QVERIFY(page.address() != address);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty() && history.last().at(0).toInt() >= 1, 20000);
    }

    void restoredWalletShowsVectorAddress() {
        const QJsonObject v = QJsonDocument::fromJson(test::readData(QStringLiteral("bip44family_vectors.json")))
                                  .object()
                                  .value(QStringLiteral("bip84"))
                                  .toObject();
        const QString mnemonic = v.value(QStringLiteral("mnemonic")).toString();
        QString first;
        for (const auto& a : v.value(QStringLiteral("addresses")).toArray())
            if (a.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("first receive"))
                first = a.toObject().value(QStringLiteral("address")).toString();
        QVERIFY(!mnemonic.isEmpty());
        QVERIFY(first.startsWith(QStringLiteral("bc1q")));

        const QString dir = test::freshTempDir(QStringLiteral("receive-restore"));
        service::WalletService wallet(Network::Main, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("r");
        req.type = QStringLiteral("p2wpkh");
        req.scryptN = 1024;
        QSignalSpy created(&wallet, &service::WalletService::walletCreated);
        QSignalSpy failed(&wallet, &service::WalletService::requestFailed);
        wallet.restoreWallet(req, secure(mnemonic.toUtf8()), {}, secure("pw"));
        QTRY_VERIFY_WITH_TIMEOUT(created.count() == 1 || failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

        ui::ReceivePage page(&wallet, QStringLiteral("r"));
        QSignalSpy shown(&page, &ui::ReceivePage::addressShown);
        page.requestNewAddress();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QCOMPARE(page.address(), first);
    }
};

QTEST_MAIN(TestReceive)
#include "test_receive.moc"
