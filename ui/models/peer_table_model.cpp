// SPDX-License-Identifier: MIT
#include "ui/models/peer_table_model.h"

#include "ui/widgets/display_format.h"

#include <algorithm>

namespace cairn::ui {

PeerTableModel::PeerTableModel(service::NodeService* node, QObject* parent) : QAbstractTableModel(parent) {
    connect(node, &service::NodeService::peersChanged, this, &PeerTableModel::setPeers);
    setPeers(node->peers());
}

int PeerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_peers.size());
}

int PeerTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

void PeerTableModel::setPeers(QList<service::PeerInfo> peers) {
    std::sort(peers.begin(), peers.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    const bool sameSet = peers.size() == m_peers.size() &&
                         std::equal(peers.begin(), peers.end(), m_peers.begin(),
                                    [](const auto& a, const auto& b) { return a.id == b.id; });
    if (sameSet) {
        m_peers = std::move(peers);
        if (!m_peers.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_peers = std::move(peers);
    endResetModel();
}

QVariant PeerTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_peers.size()) return {};
    const service::PeerInfo& p = m_peers.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool right = column == HeightColumn || column == PingColumn || column == BytesInColumn ||
                           column == BytesOutColumn;
        return QVariant::fromValue(Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::FontRole && column == AddressColumn) return monospaceFont();
    if (role == Qt::ToolTipRole) {
        if (column == ServicesColumn) return QStringLiteral("0x%1").arg(p.services, 0, 16);
        if (column == UserAgentColumn) return tr("Protocol version %1").arg(p.protocolVersion);
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (column) {
    case AddressColumn: return p.address;
    case UserAgentColumn: return p.userAgent;
    case ServicesColumn: return p.serviceNames.join(QStringLiteral(", "));
    case HeightColumn: {
        const int h = std::max(p.bestKnownHeight, p.startHeight);
        return h < 0 ? QVariant(QStringLiteral("–")) : QVariant(h);
    }
    case PingColumn: return p.pingMs < 0 ? QStringLiteral("–") : tr("%1 ms").arg(p.pingMs);
    case BytesInColumn: return formatBytes(p.bytesIn);
    case BytesOutColumn: return formatBytes(p.bytesOut);
    case DirectionColumn:
        if (!p.handshakeDone) return tr("Connecting");
        return p.inbound ? tr("Inbound") : tr("Outbound");
    default: return {};
    }
}

QVariant PeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case AddressColumn: return tr("Address");
    case UserAgentColumn: return tr("User agent");
    case ServicesColumn: return tr("Services");
    case HeightColumn: return tr("Height");
    case PingColumn: return tr("Ping");
    case BytesInColumn: return tr("Received");
    case BytesOutColumn: return tr("Sent");
    case DirectionColumn: return tr("Direction");
    default: return {};
    }
}

}  // namespace cairn::ui
