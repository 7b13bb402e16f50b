// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cairn::ui {

/// The wallet's addresses (receive and change, look-ahead window included) with used state, balance and label,
/// filtered by kind and search text. Pure data: the owner loads rows from WalletService and saves label edits
/// that the model announces through labelEdited().
class AddressTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Address, Kind, Path, Label, Used, Balance, ColumnCount };
    enum class Filter { All, Used, Unused, Receive, Change };
    static constexpr int AddressRole = Qt::UserRole + 1;

    explicit AddressTableModel(QObject* parent = nullptr);

    /// Replaces every address; `balances` maps address → unspent satoshis.
    void setAddresses(const QList<service::AddressInfo>& addresses, const QHash<QString, qint64>& balances);
    void setFilter(Filter filter);
    /// Shows addresses whose text or label contains `text` (case-insensitive; empty: all).
    void setSearchText(const QString& text);
    /// The address info of a visible row.
    const service::AddressInfo& addressAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// The user changed a label (type "addr"); the owner stores it.
    void labelEdited(const cairn::service::LabelInfo& label);

private:
    void rebuild();
    bool accepts(const service::AddressInfo& a) const;

    QList<service::AddressInfo> m_all;
    QList<int> m_visible;  // indexes into m_all
    QHash<QString, qint64> m_balances;
    Filter m_filter = Filter::All;
    QString m_search;
    int m_unit = 0;
};

}  // namespace cairn::ui
