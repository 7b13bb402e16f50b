// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace cairn::ui {

class AddressTableModel;
class CoinTableModel;

/// Addresses and Coins, as two tabs: every derived address (used/unused, receive/change, balance, editable
/// label) and every unspent output with a Frozen check box (freeze/unfreeze through a BIP329 "output" label with
/// `spendable`) and an editable label. Everything is loaded from WalletService; edits are saved there.
class AddressesPage : public QWidget {
    Q_OBJECT
public:
    AddressesPage(service::WalletService* wallet, const QString& walletName, QWidget* parent = nullptr);

    void setWalletName(const QString& name);
    AddressTableModel* addressModel() const { return m_addresses; }
    CoinTableModel* coinModel() const { return m_coins; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    /// Reloads addresses and coins.
    void refresh();

signals:
    /// Addresses and coins were (re)loaded.
    void loaded();

private:
    void onLoaded();
    void save(const service::LabelInfo& label);

    service::WalletService* m_wallet;
    QString m_name;
    QSet<quint64> m_pending;
    quint64 m_addressRequest = 0;
    quint64 m_coinRequest = 0;
    QList<service::AddressInfo> m_addressRows;
    QList<service::UtxoInfo> m_coinRows;
    int m_answers = 0;
    AddressTableModel* m_addresses;
    CoinTableModel* m_coins;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_filter;
    QTableView* m_addressView;
    QTableView* m_coinView;
    QLabel* m_coinSummary;
    QLabel* m_status;
};

}  // namespace cairn::ui
