// SPDX-License-Identifier: MIT
#include "ui/main_window.h"

#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/dialogs/tools_menu.h"
#include "ui/dialogs/unlock_session.h"
#include "ui/models/history_model.h"
#include "ui/pages/addresses_page.h"
#include "ui/pages/explorer_page.h"
#include "ui/pages/network_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/receive_page.h"
#include "ui/pages/section_page.h"
#include "ui/pages/send_page.h"
#include "ui/pages/transactions_page.h"
#include "ui/payment_notifier.h"
#include "ui/widgets/sync_status_widget.h"
#include "ui/wizard/setup_wizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace cairn::ui {

QString networkDisplayName(Network network) {
    switch (network) {
    case Network::Main: return MainWindow::tr("Mainnet");
    case Network::Testnet3: return MainWindow::tr("Testnet3");
    case Network::Testnet4: return MainWindow::tr("Testnet4");
    case Network::Signet: return MainWindow::tr("Signet");
    case Network::Regtest: return MainWindow::tr("Regtest");
    }
    return MainWindow::tr("Mainnet");
}

MainWindow::MainWindow(service::NodeService* node, service::WalletService* wallet, QWidget* parent)
    : QMainWindow(parent), m_node(node), m_wallet(wallet),
      m_networkKey(QString::fromStdString(networkName(node->network()))), m_sections(new QListWidget),
      m_pages(new QStackedWidget), m_walletCombo(new QComboBox), m_networkLabel(new QLabel), m_syncLabel(new QLabel) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/cairn.svg")));
    resize(1180, 760);

    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setIconSize(QSize(24, 24));
    m_sections->setSpacing(2);

    m_overview = new OverviewPage(node, wallet, QString());
    m_receive = new ReceivePage(wallet, QString());
    m_transactions = new TransactionsPage(wallet, QString());
    m_addresses = new AddressesPage(wallet, QString());
    m_explorer = new ExplorerPage(node);
    addSection(tr("Overview"), QStringLiteral("overview"), m_overview);
    // send-gui hook: Send page, the unlock session it shares with the Tools menu (auto-lock), fee bump / CPFP.
    auto* session = new UnlockSession(this);
    m_send = new SendPage(wallet, QString(), session);
    m_tools = new ToolsMenu(wallet, session, this);
    addSection(tr("Send"), QStringLiteral("send"), m_send);
    addSection(tr("Receive"), QStringLiteral("receive"), m_receive);
    addSection(tr("Transactions"), QStringLiteral("transactions"), m_transactions);
    addSection(tr("Addresses"), QStringLiteral("addresses"), m_addresses);
    addSection(tr("Explorer"), QStringLiteral("explorer"), m_explorer);
    addSection(tr("Network"), QStringLiteral("network"), new NetworkPage(node));

    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    m_walletCombo->setObjectName(QStringLiteral("walletCombo"));
    m_walletCombo->setAccessibleName(tr("Open wallet"));
    m_walletCombo->setToolTip(tr("The wallet shown in Overview, Send, Receive, Transactions and Addresses"));
    m_walletCombo->setEnabled(false);
    connect(m_walletCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_walletCombo->itemData(index).toString();
        if (!name.isEmpty()) openWallet(name);
        else showSetupWizard();
    });

    auto* side = new QWidget;
    side->setFixedWidth(200);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 4, 0, 4);
    auto* walletCaption = new QLabel(tr("&Wallet:"));
    walletCaption->setBuddy(m_walletCombo);
    sideLayout->addWidget(walletCaption);
    sideLayout->addWidget(m_walletCombo);
    sideLayout->addWidget(m_sections, 1);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(side);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    setTabOrder(m_walletCombo, m_sections);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* newWallet = fileMenu->addAction(tr("&New or restore wallet…"), this, &MainWindow::showSetupWizard);
    newWallet->setObjectName(QStringLiteral("actionNewWallet"));
    newWallet->setShortcut(QKeySequence::New);
    newWallet->setEnabled(m_wallet != nullptr);
    fileMenu->addSeparator();
    auto* settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    menuBar()->addMenu(m_tools);
    connect(m_tools, &ToolsMenu::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* aboutAction = helpMenu->addAction(tr("&About Cairn"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));

    m_networkLabel->setObjectName(QStringLiteral("networkLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    auto* syncProgress = new SyncStatusWidget(node);
    syncProgress->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_networkLabel);
    connect(m_node, &service::NodeService::statusChanged, this, &MainWindow::onNodeStatus);
    onNodeStatus(m_node->status());

    // Wallet tx -> explorer: the history knows the height; the block hash comes from the node's header chain.
    connect(m_transactions, &TransactionsPage::openInExplorerRequested, this,
            [this](const QString& txid, int height) { jumpToExplorer(txid, height, false); });
    connect(m_transactions, &TransactionsPage::merkleProofRequested, this,
            [this](const QString& txid, int height) { jumpToExplorer(txid, height, true); });
    connect(m_transactions, &TransactionsPage::bumpFeeRequested, this, [this](const QString& txid) {
        showSection(Section::Send);
        m_send->startBumpFee(txid);
    });
    connect(m_transactions, &TransactionsPage::cpfpRequested, this, [this](const QString& txid) {
        showSection(Section::Send);
        m_send->startCpfp(txid);
    });
    // A just-sent transaction is unconfirmed: it is listed under Transactions until a block holds it.
    connect(m_send, &SendPage::openInExplorer, this, [this] { showSection(Section::Transactions); });
    connect(m_node, &service::NodeService::headerReady, this, [this](quint64 id, const service::HeaderInfo& h) {
        if (!m_jumps.contains(id)) return;
        const Jump jump = m_jumps.take(id);
        showSection(Section::Explorer);
        if (jump.proof) m_explorer->openProof(jump.txid, h.hash);
        else m_explorer->openBlock(h.hash);
    });
    connect(m_node, &service::NodeService::requestFailed, this, [this](quint64 id, const QString& error) {
        if (m_jumps.remove(id)) statusBar()->showMessage(error, 8000);
    });
    // The explorer's search finds the open wallet's transactions through the history rows loaded so far.
    m_explorer->setWalletTxLookup([this](const QString& txid) -> std::optional<int> {
        const HistoryModel* history = m_transactions->historyModel();
        for (int r = 0; r < history->rowCount(); ++r)
            if (history->entry(r).txid.compare(txid, Qt::CaseInsensitive) == 0) return history->entry(r).height;
        return std::nullopt;
    });
    // Wallet discovery on the node's worker: progress to the Overview, new transactions to every wallet view.
    connect(m_node, &service::NodeService::walletSyncProgress, this, [this](const QString& name, int height, int tip) {
        if (name == m_walletName) m_overview->showWalletSync(height, tip, false);
    });
    connect(m_node, &service::NodeService::walletSynced, this, [this](const QString& name, int height) {
        if (name == m_walletName) m_overview->showWalletSync(height, height, true);
    });
    connect(m_node, &service::NodeService::walletSyncFailed, this, [this](const QString& name, const QString& why) {
        if (name == m_walletName) m_overview->showWalletSync(-1, -1, false, why);
    });
    connect(m_node, &service::NodeService::walletUpdated, this, [this](const QString& name) {
        if (name != m_walletName) return;
        m_overview->refresh();
        m_transactions->historyModel()->reload();
        m_addresses->refresh();
        if (m_notifier) m_notifier->check();
    });

    updateTitle();
    if (!m_wallet) return;
    m_notifier = new PaymentNotifier(m_wallet, this);
    connect(m_notifier, &PaymentNotifier::paymentReceived, this, &MainWindow::notifyPayment);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/cairn.svg")), this);
        m_tray->setToolTip(tr("Cairn"));
        m_tray->show();
    }
    connect(m_wallet, &service::WalletService::walletsListed, this, &MainWindow::onWallets);
    connect(m_wallet, &service::WalletService::walletInfoReady, this, &MainWindow::onWalletInfo);
    reloadWallets();
}

void MainWindow::addSection(const QString& title, const QString& iconName, QWidget* page) {
    const QString icon = QStringLiteral(":/icons/%1.svg").arg(iconName);
    auto* item = new QListWidgetItem(QIcon(icon), title, m_sections);
    item->setSizeHint(QSize(0, 36));
    page->setObjectName(QStringLiteral("page_") + iconName);
    m_pages->addWidget(page);
}

void MainWindow::showSection(Section section) { m_sections->setCurrentRow(static_cast<int>(section)); }

MainWindow::Section MainWindow::currentSection() const { return static_cast<Section>(m_pages->currentIndex()); }

int MainWindow::sectionCount() const { return m_sections->count(); }

QWidget* MainWindow::page(Section section) const { return m_pages->widget(static_cast<int>(section)); }

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_node->network(), this);
    dialog.exec();
}

void MainWindow::reloadWallets() {
    if (m_wallet) m_listRequest = m_wallet->listWallets();
}

void MainWindow::onWallets(quint64 id, const QStringList& names) {
    if (id != m_listRequest) return;
    m_walletCombo->clear();
    for (const QString& n : names) m_walletCombo->addItem(QIcon(QStringLiteral(":/icons/wallet.svg")), n, n);
    m_walletCombo->addItem(tr("New or restore…"), QString());
    m_walletCombo->setEnabled(true);
    emit walletsLoaded(names);
    if (names.isEmpty()) {
        // First start on this network: the wizard, once the main window is on screen (see showSetupWizard).
        if (!m_wizard) QTimer::singleShot(0, this, &MainWindow::showSetupWizard);
        return;
    }
    QString pick = m_walletName;
    if (!names.contains(pick)) pick = AppSettings::lastWallet(m_networkKey);
    if (!names.contains(pick)) pick = names.first();
    openWallet(pick);
}

void MainWindow::openWallet(const QString& name) {
    const int idx = m_walletCombo->findData(name);
    if (idx >= 0) m_walletCombo->setCurrentIndex(idx);
    if (name == m_walletName) return;
    m_walletName = name;
    if (!name.isEmpty()) AppSettings::setLastWallet(m_networkKey, name);
    m_overview->setWalletName(name);
    m_receive->setWalletName(name);
    m_transactions->setWalletName(name);
    m_addresses->setWalletName(name);
    m_send->setWalletName(name);
    m_tools->setWalletName(name);
    if (m_notifier) m_notifier->setWalletName(name);
    if (m_wallet && !name.isEmpty()) m_infoRequest = m_wallet->walletInfo(name);
    updateTitle();
    emit walletChanged(name);
}

void MainWindow::onWalletInfo(quint64 id, const service::WalletInfo& info) {
    if (id != m_infoRequest) return;
    // The node discovers this wallet's transactions (BIP157 filters or BIP37) whenever the network runs; the
    // previous wallet's discovery stops.
    if (m_watchId) m_node->unwatchWallet(m_watchId);
    m_watchId = m_node->watchWallet(info.path);
    statusBar()->showMessage(info.watchOnly ? tr("Opened the watch-only wallet “%1”.").arg(info.name)
                                            : tr("Opened the wallet “%1”.").arg(info.name),
                             4000);
}

void MainWindow::showSetupWizard() {
    if (!m_wallet) return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    // A window-modal child of a window that is not mapped yet can end up under it (or unmapped) on X servers
    // without a window manager (Xvfb): the first-start wizard used to be created before the main window was
    // exposed. It is now shown from the event loop, application-modal, centred over the window and raised.
    m_wizard = new SetupWizard(m_wallet, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::ApplicationModal);
    connect(m_wizard, &SetupWizard::walletReady, this, [this](const QString& name) {
        AppSettings::setLastWallet(m_networkKey, name);
        m_walletName.clear();  // reloadWallets() opens the remembered one
        reloadWallets();
    });
    m_wizard->adjustSize();
    m_wizard->move(geometry().center() - m_wizard->rect().center());
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void MainWindow::handlePaymentUri(const QString& uri) {
    if (isMinimized()) showNormal();
    raise();
    activateWindow();
    if (uri.isEmpty()) return;
    showSection(Section::Send);
    // BIP21: nothing is paid without the user's review; the page only fills the form.
    m_send->applyPaymentUri(uri);
}

void MainWindow::jumpToExplorer(const QString& txid, int height, bool proof) {
    if (height < 0) return;
    m_jumps.insert(m_node->requestHeaderAt(height), Jump{txid, proof});
}

void MainWindow::notifyPayment(const QString& wallet, const QString& txid, qint64 amount) {
    const QString text = tr("%1 received in “%2”.").arg(formatAmount(amount), wallet);
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("Payment received"), text, QSystemTrayIcon::Information, 8000);
    statusBar()->showMessage(text, 10000);
    emit paymentNotified(txid, amount);
}

void MainWindow::updateTitle() {
    const QString net = networkDisplayName(m_node->network());
    setWindowTitle(m_walletName.isEmpty() ? tr("Cairn — %1").arg(net)
                                          : tr("Cairn — %1 — %2").arg(m_walletName, net));
}

void MainWindow::onNodeStatus(const service::NodeStatus& status) {
    m_networkLabel->setText(networkDisplayName(status.network));
    QString sync;
    switch (status.state) {
    case service::NodeStatus::State::Stopped: sync = tr("Stopped"); break;
    case service::NodeStatus::State::Starting: sync = tr("Opening chain database…"); break;
    case service::NodeStatus::State::Ready:
        sync = status.headerHeight < 0 ? tr("No headers yet · %n peer(s)", nullptr, status.peerCount)
                                       : tr("Headers: %1 · %n peer(s)", nullptr, status.peerCount)
                                             .arg(status.headerHeight);
        break;
    case service::NodeStatus::State::Error: sync = tr("Error: %1").arg(status.error); break;
    }
    m_syncLabel->setText(sync);
}

}  // namespace cairn::ui
