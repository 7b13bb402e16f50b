// SPDX-License-Identifier: MIT
#include "ui/pages/addresses_page.h"

#include "ui/amount_format.h"
#include "ui/models/address_table_model.h"
#include "ui/models/coin_table_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName) {
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}
}  // namespace

AddressesPage::AddressesPage(service::WalletService* wallet, const QString& walletName, QWidget* parent)
    : QWidget(parent), m_wallet(wallet), m_addresses(new AddressTableModel(this)), m_coins(new CoinTableModel(this)),
      m_tabs(new QTabWidget), m_search(new QLineEdit), m_filter(new QComboBox), m_coinSummary(new QLabel),
      m_status(new QLabel) {
    auto* title = new QLabel(tr("Addresses and coins"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);

    m_search->setObjectName(QStringLiteral("addressSearch"));
    m_search->setAccessibleName(tr("Search addresses"));
    m_search->setPlaceholderText(tr("Search by address or label"));
    m_search->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("addressFilter"));
    m_filter->setAccessibleName(tr("Show addresses"));
    m_filter->addItem(tr("All"), static_cast<int>(AddressTableModel::Filter::All));
    m_filter->addItem(tr("Used"), static_cast<int>(AddressTableModel::Filter::Used));
    m_filter->addItem(tr("Unused"), static_cast<int>(AddressTableModel::Filter::Unused));
    m_filter->addItem(tr("Receive"), static_cast<int>(AddressTableModel::Filter::Receive));
    m_filter->addItem(tr("Change"), static_cast<int>(AddressTableModel::Filter::Change));

    m_addressView = makeTable(m_addresses, QStringLiteral("addressView"), tr("Addresses"));
    m_addressView->horizontalHeader()->setSectionResizeMode(AddressTableModel::Address, QHeaderView::Stretch);
    m_addressView->horizontalHeader()->setSectionResizeMode(AddressTableModel::Label, QHeaderView::Stretch);
    m_addressView->horizontalHeader()->setSectionResizeMode(AddressTableModel::Path, QHeaderView::ResizeToContents);
    m_addressView->horizontalHeader()->resizeSection(AddressTableModel::Balance, 170);
    auto* addressTab = new QWidget;
    auto* al = new QVBoxLayout(addressTab);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    al->addLayout(bar);
    al->addWidget(m_addressView, 1);

    m_coinView = makeTable(m_coins, QStringLiteral("coinView"), tr("Coins"));
    m_coinView->horizontalHeader()->setSectionResizeMode(CoinTableModel::Outpoint, QHeaderView::Stretch);
    m_coinView->horizontalHeader()->setSectionResizeMode(CoinTableModel::Label, QHeaderView::Stretch);
    m_coinView->horizontalHeader()->resizeSection(CoinTableModel::Address, 220);
    m_coinView->horizontalHeader()->resizeSection(CoinTableModel::Amount, 170);
    m_coinSummary->setObjectName(QStringLiteral("coinSummary"));
    auto* coinTab = new QWidget;
    auto* cl = new QVBoxLayout(coinTab);
    auto* hint = new QLabel(tr("A frozen coin is never picked automatically when you send."));
    hint->setWordWrap(true);
    cl->addWidget(hint);
    cl->addWidget(m_coinView, 1);
    cl->addWidget(m_coinSummary);

    m_tabs->setObjectName(QStringLiteral("addressTabs"));
    m_tabs->addTab(addressTab, tr("&Addresses"));
    m_tabs->addTab(coinTab, tr("C&oins"));
    m_status->setObjectName(QStringLiteral("addressesStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_addresses, &AddressTableModel::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_addresses->setFilter(static_cast<AddressTableModel::Filter>(m_filter->currentData().toInt()));
    });
    connect(m_addresses, &AddressTableModel::labelEdited, this, &AddressesPage::save);
    connect(m_coins, &CoinTableModel::labelEdited, this, &AddressesPage::save);
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::addressesReady, this,
                [this](quint64 id, const QList<service::AddressInfo>& list) {
                    if (id != m_addressRequest) return;
                    m_addressRows = list;
                    if (++m_answers == 2) onLoaded();
                });
        connect(m_wallet, &service::WalletService::unspentReady, this,
                [this](quint64 id, const QList<service::UtxoInfo>& list) {
                    if (id != m_coinRequest) return;
                    m_coinRows = list;
                    if (++m_answers == 2) onLoaded();
                });
        connect(m_wallet, &service::WalletService::labelSet, this, [this](quint64 id) {
            if (m_pending.remove(id)) m_status->setText(tr("Saved."));
        });
        connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString& error) {
            if (id == m_addressRequest || id == m_coinRequest || m_pending.remove(id)) {
                m_status->setText(error);
                if (id != m_addressRequest && id != m_coinRequest) refresh();  // show what is really stored
            }
        });
        connect(m_wallet, &service::WalletService::walletChanged, this, [this](const QString& name) {
            if (name == m_name && m_pending.isEmpty()) refresh();
        });
    }
    setWalletName(walletName);
}

void AddressesPage::setWalletName(const QString& name) {
    m_name = name;
    m_addresses->setAddresses({}, {});
    m_coins->setCoins({});
    m_coinSummary->clear();
    m_status->setText(name.isEmpty() ? tr("No wallet is open.") : QString());
    refresh();
}

void AddressesPage::refresh() {
    if (!m_wallet || m_name.isEmpty()) return;
    m_answers = 0;
    m_addressRequest = m_wallet->addresses(m_name);
    m_coinRequest = m_wallet->listUnspent(m_name);
}

void AddressesPage::onLoaded() {
    // Read before an edit that is still being saved: stale; the save's walletChanged brings a fresh read.
    if (!m_pending.isEmpty()) return;
    QHash<QString, qint64> balances;
    for (const auto& c : std::as_const(m_coinRows)) balances[c.address] += c.value;
    m_addresses->setAddresses(m_addressRows, balances);
    m_coins->setCoins(m_coinRows);
    m_coinSummary->setText(tr("%n coin(s) · spendable %1 · frozen %2", nullptr, static_cast<int>(m_coinRows.size()))
                               .arg(formatAmount(m_coins->unfrozenTotal()), formatAmount(m_coins->frozenTotal())));
    emit loaded();
}

void AddressesPage::save(const service::LabelInfo& label) {
    if (!m_wallet || m_name.isEmpty()) return;
    m_pending.insert(m_wallet->setLabel(m_name, label));
}

}  // namespace cairn::ui
