// SPDX-License-Identifier: MIT
#include "ui/pages/overview_page.h"

#include "ui/amount_format.h"
#include "ui/widgets/balance_chart.h"
#include "ui/widgets/display_format.h"
#include "ui/widgets/sync_status_widget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {
constexpr int kRecentCount = 10;
constexpr int kHistoryLimit = 5000;

QLabel* amountLabel(const QString& objectName) {
    auto* l = new QLabel;
    l->setObjectName(objectName);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setFont(monospaceFont());
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
}  // namespace

OverviewPage::OverviewPage(service::NodeService* node, service::WalletService* wallet, const QString& walletName,
                           QWidget* parent)
    : QWidget(parent), m_node(node), m_wallet(wallet), m_confirmed(amountLabel(QStringLiteral("confirmedBalance"))),
      m_unconfirmed(amountLabel(QStringLiteral("unconfirmedBalance"))),
      m_immature(amountLabel(QStringLiteral("immatureBalance"))), m_total(amountLabel(QStringLiteral("totalBalance"))),
      m_syncBar(new QProgressBar), m_syncText(new QLabel), m_walletBar(new QProgressBar), m_walletText(new QLabel), m_recent(new QTableWidget(0, 4)),
      m_chart(new BalanceChart) {
    auto* title = new QLabel(tr("Overview"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);

    auto* balances = new QGroupBox(tr("Balance"));
    auto* bf = new QFormLayout(balances);
    bf->addRow(tr("Confirmed:"), m_confirmed);
    bf->addRow(tr("Unconfirmed:"), m_unconfirmed);
    bf->addRow(tr("Immature:"), m_immature);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    bf->addRow(tr("Total:"), m_total);
    m_confirmed->setAccessibleName(tr("Confirmed balance"));
    m_unconfirmed->setAccessibleName(tr("Unconfirmed balance"));
    m_immature->setAccessibleName(tr("Immature balance"));
    m_total->setAccessibleName(tr("Total balance"));

    auto* sync = new QGroupBox(tr("Synchronisation"));
    auto* sl = new QVBoxLayout(sync);
    m_syncBar->setObjectName(QStringLiteral("overviewSyncBar"));
    m_syncBar->setRange(0, 1000);
    m_syncBar->setAccessibleName(tr("Header sync progress"));
    m_syncText->setObjectName(QStringLiteral("overviewSyncText"));
    m_syncText->setWordWrap(true);
    sl->addWidget(m_syncBar);
    sl->addWidget(m_syncText);
    m_walletBar->setObjectName(QStringLiteral("walletSyncBar"));
    m_walletBar->setRange(0, 1000);
    m_walletBar->setAccessibleName(tr("Wallet scan progress"));
    m_walletText->setObjectName(QStringLiteral("walletSyncText"));
    m_walletText->setWordWrap(true);
    sl->addWidget(m_walletBar);
    sl->addWidget(m_walletText);
    sl->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addWidget(balances, 1);
    top->addWidget(sync, 1);

    m_recent->setObjectName(QStringLiteral("recentTransactions"));
    m_recent->setAccessibleName(tr("Recent transactions"));
    m_recent->setHorizontalHeaderLabels({tr("Date"), tr("Label"), tr("Status"), tr("Amount")});
    m_recent->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recent->verticalHeader()->hide();
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setWordWrap(false);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    auto* recentBox = new QGroupBox(tr("Recent transactions"));
    auto* rl = new QVBoxLayout(recentBox);
    rl->addWidget(m_recent);

    m_chart->setObjectName(QStringLiteral("balanceChart"));
    m_chart->setAccessibleName(tr("Balance over time"));
    auto* chartBox = new QGroupBox(tr("Balance over time"));
    auto* cl = new QVBoxLayout(chartBox);
    cl->addWidget(m_chart);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(recentBox, 1);
    bottom->addWidget(chartBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(bottom, 1);

    if (m_node) {
        connect(m_node, &service::NodeService::syncProgressChanged, this, &OverviewPage::showSync);
        showSync(m_node->syncProgress());
    }
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::balanceReady, this,
                [this](quint64 id, const service::BalanceInfo& b) {
                    if (m_pending.remove(id)) showBalance(b);
                });
        connect(m_wallet, &service::WalletService::transactionsReady, this,
                [this](quint64 id, const QList<service::TxHistoryEntry>& e) {
                    if (m_pending.remove(id)) showHistory(e);
                });
        connect(m_wallet, &service::WalletService::requestFailed, this,
                [this](quint64 id, const QString& error) {
                    if (m_pending.remove(id)) m_syncText->setText(error);
                });
        connect(m_wallet, &service::WalletService::walletChanged, this, [this](const QString& name) {
            if (name == m_name) refresh();
        });
    }
    showBalance({});
    showHistory({});
    setWalletName(walletName);
}

void OverviewPage::setWalletName(const QString& name) {
    m_name = name;
    showWalletSync(-1, -1, false);
    refresh();
}

void OverviewPage::refresh() {
    if (!m_wallet || m_name.isEmpty()) return;
    m_pending.insert(m_wallet->balance(m_name));
    m_pending.insert(m_wallet->listTransactions(m_name, 0, kHistoryLimit));
}

void OverviewPage::showBalance(const service::BalanceInfo& b) {
    m_confirmed->setText(formatAmount(b.confirmed));
    m_unconfirmed->setText(formatAmount(b.unconfirmedIncoming - b.unconfirmedOutgoing));
    m_immature->setText(formatAmount(b.immature));
    m_total->setText(formatAmount(b.confirmed + b.unconfirmedIncoming - b.unconfirmedOutgoing + b.immature));
}

void OverviewPage::showWalletSync(int height, int tip, bool synced, const QString& error) {
    m_walletBar->setVisible(!m_name.isEmpty() && tip > 0 && !synced);
    m_walletBar->setValue(tip > 0 ? static_cast<int>(1000.0 * qBound(0, height, tip) / tip) : 0);
    if (m_name.isEmpty()) m_walletText->setText(tr("No wallet is open."));
    else if (!error.isEmpty()) m_walletText->setText(tr("Wallet scan waits: %1").arg(error));
    else if (synced) m_walletText->setText(tr("Wallet scanned up to block %1.").arg(height));
    else if (tip < 0) m_walletText->setText(tr("The wallet scan starts once peers are connected."));
    else m_walletText->setText(tr("Scanning the wallet: block %1 of %2.").arg(height).arg(tip));
}

int OverviewPage::chartPointCount() const { return m_chart->pointCount(); }

void OverviewPage::showSync(const service::SyncProgress& p) {
    m_syncBar->setValue(static_cast<int>(qBound(0.0, p.fraction, 1.0) * 1000));
    m_syncText->setText(SyncStatusWidget::describe(p) + QLatin1Char('\n') +
                        tr("%n peer(s) connected", nullptr, p.peerCount));
}

void OverviewPage::showHistory(const QList<service::TxHistoryEntry>& entries) {
    const int rows = static_cast<int>(qMin<qsizetype>(kRecentCount, entries.size()));
    m_recent->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto& e = entries[r];
        m_recent->setItem(r, 0, new QTableWidgetItem(e.time > 0 ? formatUtcTime(static_cast<uint32_t>(e.time))
                                                                : QString()));
        auto* label = new QTableWidgetItem(e.label.isEmpty() ? e.txid : e.label);
        label->setToolTip(e.txid);
        m_recent->setItem(r, 1, label);
        m_recent->setItem(r, 2, new QTableWidgetItem(e.height < 0          ? tr("unconfirmed")
                                                     : e.confirmations <= 0 ? tr("confirmed")
                                                                            : tr("%n confirmation(s)", nullptr, e.confirmations)));
        auto* amount = new QTableWidgetItem(formatAmount(e.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setFont(monospaceFont());
        m_recent->setItem(r, 3, amount);
    }
    m_recent->resizeColumnToContents(0);
    m_recent->resizeColumnToContents(2);
    m_recent->resizeColumnToContents(3);

    m_chart->setHistory(entries);
}

}  // namespace cairn::ui
