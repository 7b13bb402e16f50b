// SPDX-License-Identifier: MIT
#include "ui/dialogs/coin_control_dialog.h"

#include "ui/amount_format.h"
#include "ui/widgets/display_format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {
QString coinKey(const service::UtxoInfo& u) { return u.txid + QLatin1Char(':') + QString::number(u.vout); }
}  // namespace

CoinControlDialog::CoinControlDialog(service::WalletService* wallet, const QString& walletName,
                                     const QStringList& selected, QWidget* parent)
    : QDialog(parent), m_wallet(wallet), m_name(walletName), m_checked(selected.begin(), selected.end()),
      m_table(new QTableWidget(0, 6)), m_summary(new QLabel), m_freeze(new QPushButton(tr("&Freeze"))),
      m_unfreeze(new QPushButton(tr("&Unfreeze"))) {
    setObjectName(QStringLiteral("coinControlDialog"));
    setWindowTitle(tr("Coin control"));
    resize(820, 460);
    auto* intro = new QLabel(tr("Tick the coins this payment may spend. With none ticked, Cairn chooses. Frozen "
                                "coins are never chosen automatically."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("coinTable"));
    m_table->setAccessibleName(tr("Unspent coins"));
    m_table->setHorizontalHeaderLabels(
        {tr("Use"), tr("Amount"), tr("Address"), tr("Confirmations"), tr("Label"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("coinSummary"));
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_unfreeze->setObjectName(QStringLiteral("unfreezeButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(m_freeze, QDialogButtonBox::ActionRole);
    buttons->addButton(m_unfreeze, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0 || item->row() >= m_utxos.size()) return;
        const QString key = coinKey(m_utxos[item->row()]);
        if (item->checkState() == Qt::Checked) m_checked.insert(key);
        else m_checked.remove(key);
        updateSummary();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CoinControlDialog::updateSummary);
    connect(m_freeze, &QPushButton::clicked, this, [this] { setRowFrozen(m_table->currentRow(), true); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this] { setRowFrozen(m_table->currentRow(), false); });
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::unspentReady, this, &CoinControlDialog::onUnspent);
        connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString& error) {
            if (m_pending.remove(id)) m_summary->setText(error);
        });
        connect(m_wallet, &service::WalletService::walletChanged, this, [this](const QString& name) {
            if (name == m_name) reload();
        });
    }
    reload();
}

void CoinControlDialog::reload() {
    if (m_wallet && !m_name.isEmpty()) m_pending.insert(m_wallet->listUnspent(m_name));
}

void CoinControlDialog::onUnspent(quint64 id, const QList<service::UtxoInfo>& utxos) {
    if (!m_pending.remove(id)) return;
    const int keepRow = m_table->currentRow();
    m_utxos = utxos;
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(utxos.size()));
    for (int r = 0; r < utxos.size(); ++r) {
        const service::UtxoInfo& u = utxos[r];
        auto* use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        use->setCheckState(m_checked.contains(coinKey(u)) ? Qt::Checked : Qt::Unchecked);
        use->setToolTip(coinKey(u));
        m_table->setItem(r, 0, use);
        auto* amount = new QTableWidgetItem(formatAmount(u.value));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 1, amount);
        auto* address = new QTableWidgetItem(u.address);
        address->setFont(monospaceFont());
        address->setToolTip(u.address);
        m_table->setItem(r, 2, address);
        auto* conf = new QTableWidgetItem(QString::number(u.confirmations));
        conf->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 3, conf);
        m_table->setItem(r, 4, new QTableWidgetItem(u.label));
        const QString state = u.frozen ? tr("frozen")
                              : u.coinbase && !u.spendableNow ? tr("immature")
                              : u.spendableNow                ? tr("spendable")
                                                              : tr("unconfirmed");
        m_table->setItem(r, 5, new QTableWidgetItem(state));
    }
    if (keepRow >= 0 && keepRow < m_table->rowCount()) m_table->selectRow(keepRow);
    updateSummary();
    emit loaded(int(utxos.size()));
}

void CoinControlDialog::setRowFrozen(int row, bool frozen) {
    if (!m_wallet || row < 0 || row >= m_utxos.size()) return;
    m_pending.insert(m_wallet->setFrozen(m_name, coinKey(m_utxos[row]), frozen));
}

QStringList CoinControlDialog::selectedCoins() const {
    QStringList out;
    for (const auto& u : m_utxos)
        if (m_checked.contains(coinKey(u))) out << coinKey(u);
    return out;
}

void CoinControlDialog::updateSummary() {
    qint64 total = 0;
    int count = 0;
    for (const auto& u : m_utxos)
        if (m_checked.contains(coinKey(u))) {
            total += u.value;
            ++count;
        }
    m_summary->setText(count == 0 ? tr("No coin ticked: automatic selection.")
                                  : tr("%n coin(s) ticked, %1 in total.", nullptr, count).arg(formatAmount(total)));
    const int row = m_table->currentRow();
    const bool have = row >= 0 && row < m_utxos.size();
    m_freeze->setEnabled(have && !m_utxos[row].frozen);
    m_unfreeze->setEnabled(have && m_utxos[row].frozen);
}

}  // namespace cairn::ui
