// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/wallet_service.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace cairn::ui {

class BalanceChart;

/// Overview: confirmed / unconfirmed / immature balances, header sync progress with ETA and peer count, the last
/// ten transactions and a balance-over-time chart drawn from the history's running balance.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    /// `node` and `wallet` must outlive the page; `walletName` may be empty (no wallet open).
    OverviewPage(service::NodeService* node, service::WalletService* wallet, const QString& walletName,
                 QWidget* parent = nullptr);

    /// Switches to another wallet and reloads.
    void setWalletName(const QString& name);
    /// Shows `balance` (called by the service signal; public for tests).
    void showBalance(const service::BalanceInfo& balance);
    /// Shows `entries` (newest first): the recent list and the chart (public for tests).
    void showHistory(const QList<service::TxHistoryEntry>& entries);
    /// Shows header sync progress (public for tests).
    void showSync(const service::SyncProgress& progress);
    /// Shows the wallet scan (BIP157/BIP37 discovery): scanned up to `height` of `tip`; `synced` once at the tip
    /// and the mempool was asked; `error` (when not empty) why it is stuck.
    void showWalletSync(int height, int tip, bool synced, const QString& error = {});
    /// Number of points in the balance chart.
    int chartPointCount() const;

public slots:
    /// Asks the wallet for balance and history again.
    void refresh();

private:
    service::NodeService* m_node;
    service::WalletService* m_wallet;
    QString m_name;
    QSet<quint64> m_pending;
    QLabel* m_confirmed;
    QLabel* m_unconfirmed;
    QLabel* m_immature;
    QLabel* m_total;
    QProgressBar* m_syncBar;
    QLabel* m_syncText;
    QProgressBar* m_walletBar;
    QLabel* m_walletText;
    QTableWidget* m_recent;
    BalanceChart* m_chart;
};

}  // namespace cairn::ui
