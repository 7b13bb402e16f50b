// SPDX-License-Identifier: MIT
// Send page, offscreen, against a real WalletService on a real regtest wallet file that holds one confirmed coin
// (written through WalletStore, as the discovery engine would): address and amount validation messages name the
// network, a BIP21 URI prefills the form, the fee preview follows the fee rate, the review dialog lists every
// output with fee and change, coin control picks and freezes the coin, and a saved PSBT loads back into the
// same review. Signing and broadcasting against a real peer are in tests/regtest/test_gui_send.cpp.
#include "common/test_paths.h"
#include "primitives/transaction.h"
#include "service/psbt_summary.h"
#include "service/wallet_client.h"
#include "service/wallet_service.h"
#include "storage/wallet_store.h"
#include "ui/app_settings.h"
#include "ui/dialogs/coin_control_dialog.h"
#include "ui/dialogs/password_dialog.h"
#include "ui/dialogs/review_dialog.h"
#include "ui/pages/send_page.h"
#include "ui/theme.h"
#include "ui/translator.h"
#include "util/hex.h"
#include "wallet/wallet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace cairn;

namespace {
constexpr qint64 kCoin = 1'000'000;
// BIP173's regtest-style example program under the regtest prefix (valid P2WPKH on regtest).
const QString kPayee = QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080");

util::SecureBytes secret(const char* s) { return util::SecureBytes::fromString(s); }

// A wallet "w" (password "pw") in `dir` with one confirmed coin of kCoin sat at height 10, synced to 200.
QString makeFundedWallet(const QString& dir) {
    service::WalletClient client(Network::Regtest, dir);
    service::WalletCreateRequest req;
    req.name = QStringLiteral("w");
    req.scryptN = 1024;
    util::SecureBytes words;
    auto info = client.createWallet(req, secret("pw"), words);
    if (!info.ok()) return QString::fromStdString(info.message());
    auto addr = client.newAddress(req.name, false);
    auto w = client.openWallet(req.name);
    if (!addr.ok() || !w.ok()) return QStringLiteral("no address");
    storage::WalletStore& store = (*w)->store();
    primitives::Transaction funding;
    funding.inputs.push_back(primitives::TxIn{});
    funding.inputs[0].prevout.index = 7;
    funding.outputs.push_back(primitives::TxOut{primitives::Amount::fromSats(kCoin),
                                                util::fromHex(addr->scriptPubKey.toStdString()).value()});
    storage::TxRecord tx;
    tx.txid = funding.txid();
    tx.wtxid = funding.wtxid();
    tx.raw = funding.serialize();
    tx.status = storage::TxStatus::Confirmed;
    tx.height = 10;
    auto row = store.putTransaction(tx);
    if (!row.ok()) return QString::fromStdString(row.message());
    storage::OutputRecord out;
    out.outpoint = primitives::OutPoint{tx.txid, 0};
    out.txRowId = *row;
    out.value = kCoin;
    out.script = funding.outputs[0].scriptPubKey;
    out.height = 10;
    auto rec = store.addressByScript(out.script);
    if (!rec.ok() || !rec->has_value()) return QStringLiteral("address not found");
    out.addressId = (*rec)->id;
    if (auto put = store.putOutput(out); !put.ok()) return QString::fromStdString(put.message());
    if (auto s = store.setSyncValue("tip_height", Bytes{200, 0, 0, 0}); !s.ok()) return QString::fromStdString(s.message());
    return {};
}

template <typename T>
T* child(QWidget* w, const QString& name) {
    T* c = w->findChild<T*>(name);
    if (!c) qFatal("no child %s", qPrintable(name));
    return c;
}
}  // namespace

class TestSendPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-send-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("ssettings")));
        ui::installTranslations(QStringLiteral("en"));
        ui::AppSettings::setDisplayUnit(ui::DisplayUnit::Btc);
        m_dir = test::freshTempDir(QStringLiteral("send-wallet"));
        const QString err = makeFundedWallet(m_dir);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_wallet = new service::WalletService(Network::Regtest, m_dir, this);
    }

    void validationMessages_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("error");
        QTest::newRow("mainnet address") << QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
                                         << QStringLiteral("0.1")
                                         << QStringLiteral("This is a mainnet address; Cairn is on regtest.");
        QTest::newRow("testnet address") << QStringLiteral("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx")
                                         << QStringLiteral("0.1")
                                         << QStringLiteral("This is a testnet address; Cairn is on regtest.");
        QTest::newRow("bad checksum") << QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt081")
                                      << QStringLiteral("0.1") << QStringLiteral("Not a valid address:");
        QTest::newRow("comma amount") << kPayee << QStringLiteral("0,1") << QStringLiteral("Not a valid amount in BTC.");
        QTest::newRow("nine decimals") << kPayee << QStringLiteral("0.000000001")
                                       << QStringLiteral("Not a valid amount in BTC.");
        QTest::newRow("zero") << kPayee << QStringLiteral("0") << QStringLiteral("The amount must be more than zero.");
        QTest::newRow("valid") << kPayee << QStringLiteral("0.001") << QString();
    }
    void validationMessages() {
        QFETCH(QString, address);
        QFETCH(QString, amount);
        QFETCH(QString, error);
        ui::SendPage page(m_wallet, QStringLiteral("w"));
        page.show();
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("recipientAddress0")), address);
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("recipientAmount0")), amount);
        auto* err = child<QLabel>(&page, QStringLiteral("recipientError0"));
        if (error.isEmpty()) {
            QSignalSpy preview(&page, &ui::SendPage::previewReady);
            QVERIFY(preview.wait(20000));
            QVERIFY2(err->text().isEmpty(), qPrintable(err->text()));
        } else {
            QTRY_VERIFY2(err->text().startsWith(error), qPrintable(err->text()));
            QVERIFY(err->isVisible());
        }
    }

    void bip21Prefills() {
        ui::SendPage page(m_wallet, QStringLiteral("w"));
        QVERIFY(page.applyPaymentUri(QStringLiteral("bitcoin:") + kPayee +
                                     QStringLiteral("?amount=0.0025&label=Caf%C3%A9&message=Order%2042")));
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->text(), kPayee);
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->text(), QStringLiteral("0.0025"));
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("recipientLabel0"))->text(), QStringLiteral("Café"));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("uriMessage"))->text(),
                 QStringLiteral("Message from the payee: Order 42"));
        QVERIFY(child<QLabel>(&page, QStringLiteral("recipientError0"))->text().isEmpty());

        // BIP21: an unknown req- parameter makes the URI invalid; the form is left as it was.
        QVERIFY(!page.applyPaymentUri(QStringLiteral("bitcoin:") + kPayee + QStringLiteral("?req-pop=1")));
        QVERIFY2(page.statusText().contains(QStringLiteral("does not support")), qPrintable(page.statusText()));
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->text(), kPayee);
    }

    // `cairn bitcoin:...` arrives before the last wallet is open: the URI waits for it.
    void uriBeforeWalletIsKept() {
        ui::SendPage page(m_wallet, QString());
        QVERIFY(page.applyPaymentUri(QStringLiteral("bitcoin:") + kPayee + QStringLiteral("?amount=0.01")));
        page.setWalletName(QStringLiteral("w"));
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->text(), kPayee);
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->text(), QStringLiteral("0.01"));
        // A later wallet switch starts from an empty form.
        page.setWalletName(QStringLiteral("w2"));
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->text().isEmpty());
    }

    void feePreviewFollowsRate() {
        ui::SendPage page(m_wallet, QStringLiteral("w"));
        QSignalSpy preview(&page, &ui::SendPage::previewReady);
        child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->setText(kPayee);
        child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->setText(QStringLiteral("0.0025"));
        QTRY_VERIFY_WITH_TIMEOUT(preview.count() >= 1, 20000);
        const auto normal = preview.last().at(0).value<service::SendDraft>();
        QCOMPARE(page.feeRateSatPerKvb(), qint64(5000));
        QCOMPARE(normal.fee, qint64(5) * normal.vsize);
        QCOMPARE(normal.change, kCoin - 250'000 - normal.fee);
        QVERIFY2(page.previewText().contains(QStringLiteral("%1 vB").arg(normal.vsize)), qPrintable(page.previewText()));
        QVERIFY(page.previewText().contains(QStringLiteral("5.0 sat/vB")));

        preview.clear();
        auto* preset = child<QComboBox>(&page, QStringLiteral("feePreset"));
        preset->setCurrentIndex(preset->count() - 1);  // Custom
        child<QDoubleSpinBox>(&page, QStringLiteral("customFee"))->setValue(12.5);
        QTRY_VERIFY_WITH_TIMEOUT(preview.count() >= 1, 20000);
        const auto custom = preview.last().at(0).value<service::SendDraft>();
        QCOMPARE(page.feeRateSatPerKvb(), qint64(12500));
        // The builder rounds the fee up to a whole satoshi.
        QVERIFY2(custom.fee >= qint64(12500) * custom.vsize / 1000 && custom.fee <= qint64(12500) * custom.vsize / 1000 + 1,
                 qPrintable(QString::number(custom.fee)));
        QVERIFY(custom.fee > normal.fee);

        // More than the wallet holds: the preview says why no transaction can be built.
        child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->setText(QStringLiteral("5"));
        QTRY_VERIFY_WITH_TIMEOUT(page.previewText().startsWith(QStringLiteral("No transaction possible")), 20000);
    }

    void reviewListsEveryOutput() {
        ui::SendPage page(m_wallet, QStringLiteral("w"));
        child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->setText(kPayee);
        child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->setText(QStringLiteral("0.001"));
        page.addRecipient();
        QCOMPARE(page.recipientCount(), 2);
        child<QLineEdit>(&page, QStringLiteral("recipientAddress1"))
            ->setText(QStringLiteral("bcrt1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qzf4jry"));
        child<QLineEdit>(&page, QStringLiteral("recipientAmount1"))->setText(QStringLiteral("0.002"));
        QSignalSpy shown(&page, &ui::SendPage::reviewShown);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("reviewButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        auto* review = shown.first().at(0).value<ui::ReviewDialog*>();
        QVERIFY(review);
        QTableWidget* t = review->outputsTable();
        QCOMPARE(t->rowCount(), 3);  // two payments and the change
        QCOMPARE(t->item(0, 0)->text(), kPayee);
        QCOMPARE(t->item(0, 2)->text(), QStringLiteral("0.00100000 BTC"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("0.00200000 BTC"));
        QVERIFY(t->item(2, 0)->text().startsWith(QStringLiteral("bcrt1q")));
        QCOMPARE(t->item(2, 1)->text(), QStringLiteral("Change (back to this wallet)"));
        QVERIFY2(review->feeText().startsWith(QStringLiteral("Fee: 0.0000")), qPrintable(review->feeText()));
        QVERIFY(review->feeText().contains(QStringLiteral("(5.0 sat/vB, ")));
        // Change + payments + fee = the coin spent.
        const qint64 change = qint64(t->item(2, 2)->text().remove(QStringLiteral(" BTC")).remove(QLatin1Char('.')).toLongLong());
        const qint64 totalOut = qint64(review->totalText().section(QLatin1Char(' '), -2, -2).remove(QLatin1Char('.')).toLongLong());
        QCOMPARE(change + totalOut, kCoin);
        review->reject();
        QTRY_VERIFY(page.statusText().contains(QStringLiteral("nothing was signed")));
    }

    void coinControlPicksAndFreezes() {
        ui::SendPage page(m_wallet, QStringLiteral("w"));
        page.openCoinControl();
        auto* dialog = page.findChild<ui::CoinControlDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 1, 20000);
        QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("0.01000000 BTC"));
        const QString unfrozen = dialog->table()->item(0, 5)->text();
        QVERIFY2(unfrozen != QStringLiteral("frozen"), qPrintable(unfrozen));
        dialog->table()->item(0, 0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog->selectedCoins().size(), 1);

        QSignalSpy loaded(dialog, &ui::CoinControlDialog::loaded);
        dialog->setRowFrozen(0, true);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && dialog->table()->item(0, 5)->text() == QStringLiteral("frozen"),
                                 20000);
        dialog->setRowFrozen(0, false);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->table()->item(0, 5)->text() == unfrozen, 20000);
        dialog->accept();
        QCOMPARE(page.selectedCoins().size(), 1);
        QVERIFY(page.selectedCoins().first().endsWith(QStringLiteral(":0")));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("coinsLabel"))->text(), QStringLiteral("1 coin chosen by hand"));
    }

    void psbtSaveLoadRoundTrip() {
        ui::SendPage page(m_wallet, QStringLiteral("w"));
        child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->setText(kPayee);
        child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->setText(QStringLiteral("0.003"));
        const QString path = test::freshTempDir(QStringLiteral("send-psbt")) + QStringLiteral("/unsigned.psbt");
        QSignalSpy saved(&page, &ui::SendPage::psbtSaved);
        page.savePsbtTo(path);
        QTRY_VERIFY2_WITH_TIMEOUT(saved.count() == 1, qPrintable(page.statusText()), 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith(QByteArray("psbt\xff", 5)));  // binary BIP174 file
        auto base64 = service::psbtBase64FromFile(content);
        QVERIFY2(base64.ok(), base64.message().c_str());
        auto summary = service::summarizePsbt(*base64, Network::Regtest);
        QVERIFY2(summary.ok(), summary.message().c_str());
        QCOMPARE(summary->draft.recipients.size(), 1);
        QCOMPARE(summary->draft.recipients[0].address, kPayee);
        QCOMPARE(summary->draft.recipients[0].amount, qint64(300'000));
        QVERIFY(!summary->complete);

        QSignalSpy shown(&page, &ui::SendPage::reviewShown);
        page.loadPsbtFrom(path);
        QCOMPARE(shown.count(), 1);
        auto* review = shown.first().at(0).value<ui::ReviewDialog*>();
        QCOMPARE(review->outputsTable()->item(0, 0)->text(), kPayee);
        QCOMPARE(review->outputsTable()->item(0, 2)->text(), QStringLiteral("0.00300000 BTC"));
        QCOMPARE(review->feeText().isEmpty(), false);
        QVERIFY2(page.statusText().contains(QStringLiteral("0 of 1 input signed")), qPrintable(page.statusText()));
        review->reject();

        // Saving again without changing the form writes the loaded PSBT byte for byte.
        const QString again = path + QStringLiteral(".copy");
        page.savePsbtTo(again);
        QTRY_COMPARE(saved.count(), 2);
        QFile copy(again);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);

        // Not a PSBT: a clear error, nothing opens.
        const QString junk = path + QStringLiteral(".junk");
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("hello");
        j.close();
        page.loadPsbtFrom(junk);
        QCOMPARE(shown.count(), 1);
        QVERIFY2(page.statusText().contains(QStringLiteral("not a PSBT")), qPrintable(page.statusText()));
    }

    void passwordPromptOffersRemember() {
        ui::PasswordDialog dialog(QStringLiteral("Sign"));
        QVERIFY(!dialog.remember());
        dialog.offerRemember(10);
        auto* check = child<QCheckBox>(&dialog, QStringLiteral("rememberCheck"));
        QVERIFY(check->text().contains(QStringLiteral("10 idle minutes")));
        dialog.show();
        check->setChecked(true);
        QVERIFY(dialog.remember());
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), QStringLiteral("sesame"));
        const util::SecureBytes pw = dialog.takePassword();
        QCOMPARE(pw.asStringView(), std::string_view("sesame"));
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
    }

    // Screenshots for a human look (light and dark theme): only when CAIRN_SCREENSHOT_DIR names a directory.
    void screenshots() {
        const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("set CAIRN_SCREENSHOT_DIR to write screenshots of the Send page and its dialogs");
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            ui::applyTheme(theme);
            ui::SendPage page(m_wallet, QStringLiteral("w"));
            page.resize(900, 640);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QSignalSpy preview(&page, &ui::SendPage::previewReady);
            child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->setText(kPayee);
            child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->setText(QStringLiteral("0.0025"));
            page.addRecipient();
            child<QLineEdit>(&page, QStringLiteral("recipientAddress1"))->setText(QStringLiteral("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"));
            child<QLineEdit>(&page, QStringLiteral("recipientAmount1"))->setText(QStringLiteral("0,1"));
            QTest::qWait(600);
            QVERIFY(page.grab().save(dir + QStringLiteral("/send-%1.png").arg(theme)));
            page.clearForm();
            child<QLineEdit>(&page, QStringLiteral("recipientAddress0"))->setText(kPayee);
            child<QLineEdit>(&page, QStringLiteral("recipientAmount0"))->setText(QStringLiteral("0.0025"));
            QSignalSpy shown(&page, &ui::SendPage::reviewShown);
            page.reviewAndSend();
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
            auto* review = shown.first().at(0).value<ui::ReviewDialog*>();
            QTest::qWait(200);
            QVERIFY(review->grab().save(dir + QStringLiteral("/review-%1.png").arg(theme)));
            review->reject();
            page.openCoinControl();
            auto* cc = page.findChild<ui::CoinControlDialog*>();
            QTRY_COMPARE_WITH_TIMEOUT(cc->table()->rowCount(), 1, 20000);
            QVERIFY(cc->grab().save(dir + QStringLiteral("/coins-%1.png").arg(theme)));
            cc->reject();
        }
        ui::applyTheme(QStringLiteral("light"));
    }

private:
    QString m_dir;
    service::WalletService* m_wallet = nullptr;
};

QTEST_MAIN(TestSendPage)
#include "test_send_page.moc"
