// SPDX-License-Identifier: MIT
#include "ui/models/address_table_model.h"

#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/widgets/display_format.h"

namespace cairn::ui {

AddressTableModel::AddressTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AddressTableModel::setAddresses(const QList<service::AddressInfo>& addresses,
                                     const QHash<QString, qint64>& balances) {
    m_all = addresses;
    m_balances = balances;
    m_unit = static_cast<int>(AppSettings::displayUnit());
    rebuild();
}

void AddressTableModel::setFilter(Filter filter) {
    m_filter = filter;
    rebuild();
}

void AddressTableModel::setSearchText(const QString& text) {
    m_search = text.trimmed();
    rebuild();
}

bool AddressTableModel::accepts(const service::AddressInfo& a) const {
    switch (m_filter) {
    case Filter::All: break;
    case Filter::Used:
        if (!a.used) return false;
        break;
    case Filter::Unused:
        if (a.used) return false;
        break;
    case Filter::Receive:
        if (a.change) return false;
        break;
    case Filter::Change:
        if (!a.change) return false;
        break;
    }
    return m_search.isEmpty() || a.address.contains(m_search, Qt::CaseInsensitive) ||
           a.label.contains(m_search, Qt::CaseInsensitive);
}

void AddressTableModel::rebuild() {
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (accepts(m_all[i])) m_visible << i;
    endResetModel();
}

const service::AddressInfo& AddressTableModel::addressAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_visible.size());
    return m_all[m_visible[row]];
}

int AddressTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int AddressTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AddressTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_visible.size()) return {};
    const service::AddressInfo& a = m_all[m_visible[index.row()]];
    const qint64 balance = m_balances.value(a.address);
    if (role == AddressRole) return a.address;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Address: return a.address;
        case Kind: return a.change ? tr("change") : tr("receive");
        case Path: return a.path;
        case Label: return a.label;
        case Used: return a.used ? tr("yes") : tr("no");
        case Balance: return formatAmount(balance, static_cast<DisplayUnit>(m_unit));
        default: return {};
        }
    }
    if (role == Qt::FontRole && (index.column() == Address || index.column() == Balance || index.column() == Path))
        return monospaceFont();
    if (role == Qt::TextAlignmentRole && index.column() == Balance)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && index.column() == Address) return a.address;
    return {};
}

QVariant AddressTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole && section == Balance)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Address: return tr("Address");
    case Kind: return tr("Chain");
    case Path: return tr("Path");
    case Label: return tr("Label");
    case Used: return tr("Used");
    case Balance: return tr("Balance");
    default: return {};
    }
}

Qt::ItemFlags AddressTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Label) f |= Qt::ItemIsEditable;
    return f;
}

bool AddressTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != Label) return false;
    service::AddressInfo& a = m_all[m_visible[index.row()]];
    const QString text = value.toString().trimmed();
    if (text == a.label) return false;
    a.label = text;
    emit dataChanged(index, index);
    service::LabelInfo l;
    l.type = QStringLiteral("addr");
    l.ref = a.address;
    l.label = text;
    emit labelEdited(l);
    return true;
}

}  // namespace cairn::ui
