// SPDX-License-Identifier: MIT
// Transactions, Addresses/Coins and payment notification, offscreen, against a real WalletService over a wallet
// file with a generated history (tests/common/history_wallet): the history model pages in while the view scrolls,
// the running balance chains, search and direction filters, label editing saved in the wallet, CSV and BIP329
// export, the context menu's actions, freezing a coin, and a new incoming payment announced once.
#include "common/history_wallet.h"
#include "common/test_paths.h"
#include "service/wallet_service.h"
#include "ui/models/address_table_model.h"
#include "ui/models/coin_table_model.h"
#include "ui/models/history_filter_model.h"
#include "ui/models/history_model.h"
#include "ui/pages/addresses_page.h"
#include "ui/pages/transactions_page.h"
#include "ui/payment_notifier.h"
#include "ui/translator.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace cairn;

namespace {
constexpr int kRows = 1000;
constexpr int kUnconfirmed = 10;
constexpr int kTimeout = 20000;

QAction* action(QMenu* menu, const char* name) { return menu->findChild<QAction*>(QString::fromLatin1(name)); }
}  // namespace

class TestTransactions : public QObject {
    Q_OBJECT
    QString m_dir;

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-transactions-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, test::freshTempDir(QStringLiteral("tsettings")));
        ui::installTranslations(QStringLiteral("en"));
        m_dir = test::freshTempDir(QStringLiteral("transactions"));
        QString error;
        QVERIFY2(test::makeHistoryWallet(m_dir, QStringLiteral("h"), kRows, kUnconfirmed, &error), qPrintable(error));
    }

    void csv_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("line");
        const QString txid(64, QLatin1Char('a'));
        QTest::newRow("plain") << QStringLiteral("rent") << qint64(150000000)
                               << QStringLiteral("2020-09-13T12:26:40Z,%1,rent,confirmed,3,7,1.5,,2").arg(txid);
        QTest::newRow("comma and quote quoted")
            << QStringLiteral("a, \"b\"") << qint64(-1500)
            << QStringLiteral("2020-09-13T12:26:40Z,%1,\"a, \"\"b\"\"\",confirmed,3,7,-0.000015,,2").arg(txid);
        QTest::newRow("formula defused") << QStringLiteral("=HYPERLINK(1)") << qint64(1)
                                         << QStringLiteral("2020-09-13T12:26:40Z,%1,'=HYPERLINK(1),confirmed,3,7,"
                                                           "0.00000001,,2")
                                                .arg(txid);
    }
    void csv() {
        QFETCH(QString, label);
        QFETCH(qint64, amount);
        QFETCH(QString, line);
        service::TxHistoryEntry e;
        e.txid = QString(64, QLatin1Char('a'));
        e.height = 7;
        e.confirmations = 3;
        e.time = 1'600'000'000;
        e.amount = amount;
        e.balance = 200'000'000;
        e.status = QStringLiteral("confirmed");
        e.label = label;
        const QStringList lines = QString::fromUtf8(ui::TransactionsPage::historyCsv({e})).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 3);  // header, row, '' after the last CRLF
        QVERIFY(lines[0].startsWith(QStringLiteral("date,txid,label")));
        QCOMPARE(lines[1], line);
    }

    void modelPagesWhileScrolling() {
        service::WalletService wallet(Network::Main, m_dir);
        ui::HistoryModel model(&wallet);
        model.setPageSize(100);
        QSignalSpy pages(&model, &ui::HistoryModel::pageLoaded);
        model.setWalletName(QStringLiteral("h"));
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));  // one request at a time
        QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, kTimeout);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        // Newest first: the unconfirmed ones lead; each row's balance minus its amount is the next row's balance.
        QCOMPARE(model.entry(0).height, -1);
        QCOMPARE(model.index(0, ui::HistoryModel::Status).data().toString(), QStringLiteral("unconfirmed"));
        for (int r = 0; r + 1 < model.rowCount(); ++r)
            QCOMPARE(model.entry(r).balance - model.entry(r).amount, model.entry(r + 1).balance);
        QCOMPARE(model.index(0, ui::HistoryModel::Amount).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));

        // The view asks for more when scrolled to the bottom, until the last (short) page.
        QTableView view;
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 40 && !model.isComplete(); ++i) {
            QTest::qWait(20);  // let the view lay out the rows that just arrived
            view.scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
        }
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(pages.count(), kRows / 100 + 1);  // ten full pages and an empty eleventh that says "the end"
        QCOMPARE(model.entry(kRows - 1).balance, model.entry(kRows - 1).amount);  // the oldest starts from zero
        QVERIFY(!model.canFetchMore({}));
    }

    void filterSearchAndLabels() {
        service::WalletService wallet(Network::Main, m_dir);
        ui::TransactionsPage page(&wallet, QStringLiteral("h"));
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::HistoryModel* model = page.historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), kTimeout);
        const int loaded = model->rowCount();
        ui::HistoryFilterModel* filter = page.filterModel();

        auto* kind = page.findChild<QComboBox*>(QStringLiteral("historyKind"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Sent")));
        QVERIFY(filter->rowCount() > 0 && filter->rowCount() < loaded);
        for (int r = 0; r < filter->rowCount(); ++r)
            QVERIFY(filter->index(r, 0).data(ui::HistoryModel::AmountRole).toLongLong() < 0);
        kind->setCurrentIndex(kind->findText(QStringLiteral("Unconfirmed")));
        QCOMPARE(filter->rowCount(), kUnconfirmed);
        kind->setCurrentIndex(0);

        // Search by part of a txid.
        const QString txid = model->entry(5).txid;
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("historySearch")), txid.mid(10, 12).toUpper());
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(ui::HistoryModel::TxidRole).toString(), txid);

        // Edit the label in place; it is stored in the wallet (a reload shows it) and found by the search.
        QSignalSpy labelSet(&wallet, &service::WalletService::labelSet);
        QVERIFY(filter->setData(filter->index(0, ui::HistoryModel::Label), QStringLiteral("Coffee, Zürich")));
        QTRY_COMPARE_WITH_TIMEOUT(labelSet.count(), 1, kTimeout);
        page.findChild<QLineEdit*>(QStringLiteral("historySearch"))->setText(QStringLiteral("zürich"));
        QCOMPARE(filter->rowCount(), 1);
        QSignalSpy pages(model, &ui::HistoryModel::pageLoaded);
        model->reload();
        QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, kTimeout);
        QCOMPARE(model->rowCount(), loaded);
        QCOMPARE(model->entry(5).label, QStringLiteral("Coffee, Zürich"));

        // Exports: the whole history as CSV (not only the loaded rows), the label as BIP329.
        QSignalSpy exported(&page, &ui::TransactionsPage::exported);
        const QString csvPath = QDir(m_dir).filePath(QStringLiteral("history.csv"));
        page.exportCsv(csvPath);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeout);
        QCOMPARE(exported.first().at(1).toInt(), kRows);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvText = csv.readAll();
        QCOMPARE(csvText.count("\r\n"), kRows + 1);
        QVERIFY(csvText.contains(QStringLiteral(",%1,\"Coffee, Zürich\",").arg(txid).toUtf8()));
        const QString jsonlPath = QDir(m_dir).filePath(QStringLiteral("labels.jsonl"));
        page.exportLabels(jsonlPath);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, kTimeout);
        QFile jsonl(jsonlPath);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        const QByteArray jsonlText = jsonl.readAll();
        QVERIFY2(jsonlText.contains(QStringLiteral("\"ref\":\"%1\"").arg(txid).toUtf8()), jsonlText.constData());
        QVERIFY(jsonlText.contains("\"type\":\"tx\""));
        QCOMPARE(exported.last().at(1).toInt(), 1);

        // A failed export says so and leaves no file.
        QSignalSpy failed(&page, &ui::TransactionsPage::exportFailed);
        page.exportLabels(QDir(m_dir).filePath(QStringLiteral("no/such/dir/labels.jsonl")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("Could not write")));
    }

    void contextMenuActions() {
        service::WalletService wallet(Network::Main, m_dir);
        ui::TransactionsPage page(&wallet, QStringLiteral("h"));
        ui::HistoryModel* model = page.historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), kTimeout);
        // Row 0: the newest unconfirmed transaction (odd index 999: a spend) → bump fee, no CPFP, no explorer.
        int sent = -1, received = -1, confirmed = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto& e = model->entry(r);
            if (e.height < 0 && e.amount < 0 && sent < 0) sent = r;
            if (e.height < 0 && e.amount > 0 && received < 0) received = r;
            if (e.height >= 0 && confirmed < 0) confirmed = r;
        }
        QVERIFY(sent >= 0 && received >= 0 && confirmed >= 0);
        std::unique_ptr<QMenu> menu(page.contextMenuFor(sent));
        QVERIFY(action(menu.get(), "actionBumpFee")->isEnabled());
        QVERIFY(!action(menu.get(), "actionCpfp")->isEnabled());
        QVERIFY(!action(menu.get(), "actionShowProof")->isEnabled());
        QSignalSpy bump(&page, &ui::TransactionsPage::bumpFeeRequested);
        action(menu.get(), "actionBumpFee")->trigger();
        QCOMPARE(bump.count(), 1);
        QCOMPARE(bump.first().at(0).toString(), model->entry(sent).txid);

        menu.reset(page.contextMenuFor(received));
        QVERIFY(!action(menu.get(), "actionBumpFee")->isEnabled());
        QVERIFY(action(menu.get(), "actionCpfp")->isEnabled());

        menu.reset(page.contextMenuFor(confirmed));
        QVERIFY(!action(menu.get(), "actionBumpFee")->isEnabled());
        QSignalSpy proof(&page, &ui::TransactionsPage::merkleProofRequested);
        QSignalSpy open(&page, &ui::TransactionsPage::openInExplorerRequested);
        action(menu.get(), "actionShowProof")->trigger();
        action(menu.get(), "actionOpenInExplorer")->trigger();
        QCOMPARE(proof.count(), 1);
        QCOMPARE(proof.first().at(0).toString(), model->entry(confirmed).txid);
        QCOMPARE(proof.first().at(1).toInt(), model->entry(confirmed).height);
        QCOMPARE(open.count(), 1);
        action(menu.get(), "actionCopyTxid")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), model->entry(confirmed).txid);
    }

    void addressesAndFreezing() {
        service::WalletService wallet(Network::Main, m_dir);
        ui::AddressesPage page(&wallet, QStringLiteral("h"));
        QSignalSpy loaded(&page, &ui::AddressesPage::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
        ui::AddressTableModel* addresses = page.addressModel();
        const int all = addresses->rowCount();
        QVERIFY(all >= 40);  // receive + change look-ahead windows
        addresses->setFilter(ui::AddressTableModel::Filter::Change);
        for (int r = 0; r < addresses->rowCount(); ++r) QVERIFY(addresses->addressAt(r).change);
        addresses->setFilter(ui::AddressTableModel::Filter::All);
        QCOMPARE(addresses->rowCount(), all);

        // Unspent outputs: only the last (unspent) one of each receive/spend pair survives.
        ui::CoinTableModel* coins = page.coinModel();
        QVERIFY(coins->rowCount() > 0);
        const qint64 before = coins->frozenTotal();
        QCOMPARE(before, 0);
        const service::UtxoInfo coin = coins->coinAt(0);
        QVERIFY(coins->setData(coins->index(0, ui::CoinTableModel::Frozen), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(coins->frozenTotal(), coin.value);
        QSignalSpy labelSet(&wallet, &service::WalletService::labelSet);
        QTRY_COMPARE_WITH_TIMEOUT(labelSet.count(), 1, kTimeout);
        // Stored: a fresh read of the unspent outputs shows the coin frozen and not spendable.
        QSignalSpy unspent(&wallet, &service::WalletService::unspentReady);
        wallet.listUnspent(QStringLiteral("h"));
        QTRY_COMPARE_WITH_TIMEOUT(unspent.count(), 1, kTimeout);
        bool found = false;
        for (const auto& u : unspent.first().at(1).value<QList<service::UtxoInfo>>())
            if (u.txid == coin.txid && u.vout == coin.vout) {
                found = true;
                QVERIFY(u.frozen);
                QVERIFY(!u.spendableNow);
            }
        QVERIFY(found);
        // Unfreeze again.
        QVERIFY(coins->setData(coins->index(0, ui::CoinTableModel::Frozen), Qt::Unchecked, Qt::CheckStateRole));
        QTRY_COMPARE_WITH_TIMEOUT(labelSet.count(), 2, kTimeout);
        unspent.clear();
        wallet.listUnspent(QStringLiteral("h"));
        QTRY_COMPARE_WITH_TIMEOUT(unspent.count(), 1, kTimeout);
        for (const auto& u : unspent.first().at(1).value<QList<service::UtxoInfo>>())
            if (u.txid == coin.txid && u.vout == coin.vout) QVERIFY(!u.frozen);
        // The page re-reads after each save (walletChanged); what it shows settles on the stored state.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2 && coins->frozenTotal() == 0, kTimeout);
    }

    void incomingPaymentNotifiedOnce() {
        service::WalletService wallet(Network::Main, m_dir);
        ui::PaymentNotifier notifier(&wallet);
        QSignalSpy paid(&notifier, &ui::PaymentNotifier::paymentReceived);
        notifier.setWalletName(QStringLiteral("h"));
        // The first read only records the existing history; wait until it has been answered.
        QSignalSpy answered(&wallet, &service::WalletService::transactionsReady);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kTimeout);
        QCOMPARE(paid.count(), 0);
        QString error;
        const QString txid = test::addIncomingPayment(m_dir, QStringLiteral("h"), 42'000, 1, &error);
        QVERIFY2(!txid.isEmpty(), qPrintable(error));
        notifier.check();
        QTRY_COMPARE_WITH_TIMEOUT(paid.count(), 1, kTimeout);
        QCOMPARE(paid.first().at(1).toString(), txid);
        QCOMPARE(paid.first().at(2).toLongLong(), qint64(42'000));
        notifier.check();  // seen: not announced again
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 3, kTimeout);
        QCOMPARE(paid.count(), 1);
    }
};

QTEST_MAIN(TestTransactions)
#include "test_transactions.moc"
