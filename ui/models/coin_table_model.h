// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_types.h"

#include <QAbstractTableModel>
#include <QList>

namespace cairn::ui {

/// The wallet's unspent outputs (coins) with a Frozen check box, label, amount and confirmations. Pure data:
/// label and freeze edits are announced through labelEdited() (an "output" BIP329 label, `spendable` 0 or 1)
/// for the owner to store with WalletService::setLabel, which also (un)freezes the coin.
class CoinTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Frozen, Outpoint, Address, Label, Amount, Confirmations, ColumnCount };

    explicit CoinTableModel(QObject* parent = nullptr);

    void setCoins(const QList<service::UtxoInfo>& coins);
    const service::UtxoInfo& coinAt(int row) const;
    /// Sum of the coins that are not frozen, and of the frozen ones.
    qint64 unfrozenTotal() const;
    qint64 frozenTotal() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void labelEdited(const cairn::service::LabelInfo& label);

private:
    service::LabelInfo labelOf(const service::UtxoInfo& c) const;

    QList<service::UtxoInfo> m_coins;
    int m_unit = 0;
};

}  // namespace cairn::ui
