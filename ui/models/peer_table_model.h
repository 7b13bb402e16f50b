// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QAbstractTableModel>
#include <QList>

namespace cairn::ui {

/// The node's peers as a table (one row per connection), refreshed from NodeService::peersChanged.
/// Rows keep their order by peer id, so a refresh updates cells instead of resetting the view when the
/// set of peers is unchanged.
class PeerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        UserAgentColumn,
        ServicesColumn,
        HeightColumn,
        PingColumn,
        BytesInColumn,
        BytesOutColumn,
        DirectionColumn,
        ColumnCount
    };
    /// Follows `node` (which must outlive the model), starting from its current peer list.
    explicit PeerTableModel(service::NodeService* node, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the list (sorted by id); used by the signal and by tests.
    void setPeers(QList<service::PeerInfo> peers);
    /// The peer in `row` (row must be valid).
    const service::PeerInfo& peer(int row) const { return m_peers.at(row); }

private:
    QList<service::PeerInfo> m_peers;
};

}  // namespace cairn::ui
