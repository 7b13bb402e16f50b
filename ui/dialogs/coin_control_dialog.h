// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cairn::ui {

/// Coin control: the wallet's unspent outputs (WalletService::listUnspent) with a check box each; the checked
/// ones are the only coins the next send may spend (none checked: automatic selection). Freeze / Unfreeze
/// mark the selected row through WalletService::setFrozen; frozen coins are never picked automatically.
class CoinControlDialog : public QDialog {
    Q_OBJECT
public:
    /// `selected` are "txid:n" coins to show checked.
    CoinControlDialog(service::WalletService* wallet, const QString& walletName, const QStringList& selected,
                      QWidget* parent = nullptr);

    /// The checked coins as "txid:n".
    QStringList selectedCoins() const;
    /// The table (for tests): columns use, amount, address, confirmations, label, state.
    QTableWidget* table() const { return m_table; }

public slots:
    /// Reloads the coins from the wallet.
    void reload();
    /// Freezes (or unfreezes) the coin of `row`.
    void setRowFrozen(int row, bool frozen);

signals:
    /// The coin list was (re)loaded with `rows` coins.
    void loaded(int rows);

private:
    void onUnspent(quint64 id, const QList<service::UtxoInfo>& utxos);
    void updateSummary();

    service::WalletService* m_wallet;
    QString m_name;
    QSet<QString> m_checked;
    QSet<quint64> m_pending;
    QList<service::UtxoInfo> m_utxos;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_freeze;
    QPushButton* m_unfreeze;
};

}  // namespace cairn::ui
