// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace cairn::ui {

/// Filters a HistoryModel by direction / state and by a search text matched against txid and label
/// (case-insensitive). Works on the rows loaded so far; fetchMore passes through to the source.
class HistoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Kind { All, Received, Sent, Unconfirmed };

    explicit HistoryFilterModel(QObject* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    /// Shows rows whose txid or label contains `text` (empty: every row).
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Kind m_kind = Kind::All;
    QString m_search;
};

}  // namespace cairn::ui
