// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/wallet_service.h"
#include "ui/wizard/setup_wizard.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace cairn::ui {

class AddressesPage;
class ExplorerPage;
class OverviewPage;
class PaymentNotifier;
class ReceivePage;
class SendPage;
class ToolsMenu;
class TransactionsPage;

/// The application window: a wallet switcher and a section list on the left (Overview, Send, Receive,
/// Transactions, Addresses, Explorer, Network), the current section on the right and the node's state in the
/// status bar. With a WalletService it opens the last wallet used on the network (or the first one), offers
/// "New or restore wallet…", and starts the setup wizard when the network has no wallet yet.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Overview, Send, Receive, Transactions, Addresses, Explorer, Network };

    /// `node` (and `wallet`, when given) must outlive the window. Without a wallet service the wallet sections
    /// say that no wallet is open.
    explicit MainWindow(service::NodeService* node, service::WalletService* wallet = nullptr,
                        QWidget* parent = nullptr);

    /// Shows a section, as clicking it in the list does.
    void showSection(Section section);
    Section currentSection() const;
    /// Number of sections in the list.
    int sectionCount() const;
    /// The page widget of a section.
    QWidget* page(Section section) const;

    service::WalletService* walletService() const { return m_wallet; }
    /// Name of the open wallet ('' when none).
    QString walletName() const { return m_walletName; }
    /// The setup wizard while it is open (nullptr otherwise).
    SetupWizard* setupWizard() const { return m_wizard; }

public slots:
    void showAbout();
    void showSettings();
    /// Opens wallet `name` in every wallet section and remembers it as the network's last wallet.
    void openWallet(const QString& name);
    /// Shows the setup wizard (create, restore or watch-only); the new wallet is opened when it finishes.
    void showSetupWizard();
    /// Asks the wallet service for the wallet list again (fills the switcher).
    void reloadWallets();
    /// Raises the window and, for a non-empty BIP21 `uri`, opens the Send page filled from it (from the
    /// command line or a second launch; nothing is sent without the user's review).
    void handlePaymentUri(const QString& uri);

signals:
    /// The open wallet changed ('' when none).
    void walletChanged(const QString& name);
    /// The wallet list was loaded (after reloadWallets()).
    void walletsLoaded(const QStringList& names);
    /// An incoming payment was announced (tray message or status bar).
    void paymentNotified(const QString& txid, qint64 amount);

private:
    struct Jump {
        QString txid;
        bool proof = false;
    };
    void addSection(const QString& title, const QString& iconName, QWidget* page);
    void onNodeStatus(const service::NodeStatus& status);
    void onWallets(quint64 id, const QStringList& names);
    void onWalletInfo(quint64 id, const service::WalletInfo& info);
    void jumpToExplorer(const QString& txid, int height, bool proof);
    void notifyPayment(const QString& wallet, const QString& txid, qint64 amount);
    void updateTitle();

    service::NodeService* m_node;
    service::WalletService* m_wallet;
    QString m_walletName;
    QString m_networkKey;
    QListWidget* m_sections;
    QStackedWidget* m_pages;
    QComboBox* m_walletCombo;
    QLabel* m_networkLabel;
    QLabel* m_syncLabel;
    OverviewPage* m_overview = nullptr;
    ReceivePage* m_receive = nullptr;
    SendPage* m_send = nullptr;
    ToolsMenu* m_tools = nullptr;
    TransactionsPage* m_transactions = nullptr;
    AddressesPage* m_addresses = nullptr;
    ExplorerPage* m_explorer = nullptr;
    PaymentNotifier* m_notifier = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<SetupWizard> m_wizard;
    quint64 m_listRequest = 0;
    quint64 m_infoRequest = 0;
    quint64 m_watchId = 0;  // NodeService::watchWallet handle of the open wallet
    QHash<quint64, Jump> m_jumps;  // header request id -> where to go once the block hash is known
};

/// The human name of a network, translated ("Mainnet", "Testnet3", ...).
QString networkDisplayName(Network network);

}  // namespace cairn::ui
