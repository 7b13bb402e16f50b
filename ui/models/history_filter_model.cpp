// SPDX-License-Identifier: MIT
#include "ui/models/history_filter_model.h"

#include "ui/models/history_model.h"

namespace cairn::ui {

HistoryFilterModel::HistoryFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void HistoryFilterModel::setKind(Kind kind) {
    if (kind == m_kind) return;
    m_kind = kind;
    invalidateFilter();
}

void HistoryFilterModel::setSearchText(const QString& text) {
    const QString t = text.trimmed();
    if (t == m_search) return;
    m_search = t;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const qint64 amount = idx.data(HistoryModel::AmountRole).toLongLong();
    switch (m_kind) {
    case Kind::All: break;
    case Kind::Received:
        if (amount < 0) return false;
        break;
    case Kind::Sent:
        if (amount >= 0) return false;
        break;
    case Kind::Unconfirmed:
        if (idx.data(HistoryModel::HeightRole).toInt() >= 0) return false;
        break;
    }
    if (m_search.isEmpty()) return true;
    return idx.data(HistoryModel::TxidRole).toString().contains(m_search, Qt::CaseInsensitive) ||
           idx.data(HistoryModel::LabelRole).toString().contains(m_search, Qt::CaseInsensitive);
}

}  // namespace cairn::ui
