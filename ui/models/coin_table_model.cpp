// SPDX-License-Identifier: MIT
#include "ui/models/coin_table_model.h"

#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/widgets/display_format.h"

namespace cairn::ui {

CoinTableModel::CoinTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CoinTableModel::setCoins(const QList<service::UtxoInfo>& coins) {
    beginResetModel();
    m_coins = coins;
    m_unit = static_cast<int>(AppSettings::displayUnit());
    endResetModel();
}

const service::UtxoInfo& CoinTableModel::coinAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_coins.size());
    return m_coins[row];
}

qint64 CoinTableModel::unfrozenTotal() const {
    qint64 sum = 0;
    for (const auto& c : m_coins)
        if (!c.frozen) sum += c.value;
    return sum;
}

qint64 CoinTableModel::frozenTotal() const {
    qint64 sum = 0;
    for (const auto& c : m_coins)
        if (c.frozen) sum += c.value;
    return sum;
}

int CoinTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_coins.size());
}

int CoinTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CoinTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_coins.size()) return {};
    const service::UtxoInfo& c = m_coins[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Frozen) return c.frozen ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Outpoint: return QStringLiteral("%1:%2").arg(c.txid).arg(c.vout);
        case Address: return c.address;
        case Label: return c.label;
        case Amount: return formatAmount(c.value, static_cast<DisplayUnit>(m_unit));
        case Confirmations:
            if (c.confirmations <= 0) return tr("unconfirmed");
            return c.coinbase && !c.spendableNow && !c.frozen ? tr("%n (immature)", nullptr, c.confirmations)
                                                              : QString::number(c.confirmations);
        default: return {};
        }
    }
    if (role == Qt::FontRole && (index.column() == Outpoint || index.column() == Address || index.column() == Amount))
        return monospaceFont();
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Confirmations))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Frozen)
        return c.frozen ? tr("Frozen: never spent automatically") : tr("Spendable");
    if (role == Qt::AccessibleTextRole && index.column() == Frozen) return c.frozen ? tr("frozen") : tr("not frozen");
    return {};
}

QVariant CoinTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Confirmations))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Frozen: return tr("Frozen");
    case Outpoint: return tr("Output");
    case Address: return tr("Address");
    case Label: return tr("Label");
    case Amount: return tr("Amount");
    case Confirmations: return tr("Confirmations");
    default: return {};
    }
}

Qt::ItemFlags CoinTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid()) return f;
    if (index.column() == Frozen) f |= Qt::ItemIsUserCheckable;
    if (index.column() == Label) f |= Qt::ItemIsEditable;
    return f;
}

service::LabelInfo CoinTableModel::labelOf(const service::UtxoInfo& c) const {
    service::LabelInfo l;
    l.type = QStringLiteral("output");
    l.ref = QStringLiteral("%1:%2").arg(c.txid).arg(c.vout);
    l.label = c.label;
    l.spendable = c.frozen ? 0 : 1;
    return l;
}

bool CoinTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_coins.size()) return false;
    service::UtxoInfo& c = m_coins[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Frozen) {
        const bool frozen = value.toInt() == Qt::Checked;
        if (frozen == c.frozen) return false;
        c.frozen = frozen;
    } else if (role == Qt::EditRole && index.column() == Label) {
        const QString text = value.toString().trimmed();
        if (text == c.label) return false;
        c.label = text;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit labelEdited(labelOf(c));
    return true;
}

}  // namespace cairn::ui
