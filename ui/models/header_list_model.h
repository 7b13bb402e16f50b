// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"

#include <QAbstractTableModel>

namespace cairn::ui {

/// The best header chain as a virtual table, newest first (row 0 = tip): one row per height, so
/// rowCount() = tip height + 1. Rows are read on demand from NodeService's best-chain snapshot (a
/// lock-protected in-memory copy the node worker updates after each committed batch), so data() answers
/// at once on the GUI thread with no request, no cache and no SQLite. New headers insert rows at the top;
/// a reorg also reports the replaced rows through dataChanged. Never blocks.
class HeaderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HeightColumn, HashColumn, TimeColumn, DifficultyColumn, ColumnCount };
    enum Role {
        HashRole = Qt::UserRole + 1,  ///< Block hash (display hex); empty when the snapshot lacks the row.
        HeightRole,                   ///< Height (int).
        LoadedRole,                   ///< True when the row's header is in the snapshot.
    };

    /// Follows `node` (which must outlive the model) from its current snapshot on.
    explicit HeaderListModel(service::NodeService* node, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Best height the model shows (-1 before the node opened its store).
    int tipHeight() const { return m_tipHeight; }
    /// Height shown in `row`, or -1 outside the table.
    int heightForRow(int row) const;
    /// Row showing `height`, or -1 outside the chain.
    int rowForHeight(int height) const;

signals:
    /// The tip moved (rows were inserted or removed at the top, or a reorg replaced them).
    void tipChanged(int height, const QString& hash);

private:
    void onBestChainChanged(int forkHeight, int tipHeight);

    service::NodeService* m_node;
    int m_tipHeight = -1;
};

}  // namespace cairn::ui
