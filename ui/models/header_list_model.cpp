// SPDX-License-Identifier: MIT
#include "ui/models/header_list_model.h"

#include "ui/widgets/display_format.h"

#include <algorithm>

namespace cairn::ui {

HeaderListModel::HeaderListModel(service::NodeService* node, QObject* parent)
    : QAbstractTableModel(parent), m_node(node), m_tipHeight(node->snapshotTipHeight()) {
    connect(m_node, &service::NodeService::bestChainChanged, this, &HeaderListModel::onBestChainChanged);
    // The node fills the snapshot when it opens its store (before reporting Ready) without a
    // bestChainChanged: a model created earlier picks the chain up here.
    connect(m_node, &service::NodeService::statusChanged, this, [this] {
        const int tip = m_node->snapshotTipHeight();
        if (tip != m_tipHeight) onBestChainChanged(std::min(m_tipHeight, tip), tip);
    });
}

int HeaderListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_tipHeight + 1; }

int HeaderListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int HeaderListModel::heightForRow(int row) const { return row < 0 || row > m_tipHeight ? -1 : m_tipHeight - row; }

int HeaderListModel::rowForHeight(int height) const {
    return height < 0 || height > m_tipHeight ? -1 : m_tipHeight - height;
}

void HeaderListModel::onBestChainChanged(int forkHeight, int tipHeight) {
    const int oldTip = m_tipHeight;
    if (tipHeight > oldTip) {
        // Row r shows height tip - r: new heights appear as rows at the top.
        beginInsertRows({}, 0, tipHeight - oldTip - 1);
        m_tipHeight = tipHeight;
        endInsertRows();
    } else if (tipHeight < oldTip) {
        beginRemoveRows({}, 0, oldTip - tipHeight - 1);
        m_tipHeight = tipHeight;
        endRemoveRows();
    }
    // A reorg replaced heights (forkHeight, min(oldTip, tipHeight)]: those rows show other headers now.
    const int replacedTop = std::min(oldTip, tipHeight);
    if (forkHeight < replacedTop) {
        const int firstRow = rowForHeight(replacedTop);
        const int lastRow = rowForHeight(std::max(forkHeight + 1, 0));
        emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
    }
    if (tipHeight != oldTip || forkHeight < replacedTop) {
        const auto tip = m_node->headerSummaryAt(m_tipHeight);
        emit tipChanged(m_tipHeight, tip ? tip->hash : QString());
    }
}

QVariant HeaderListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() > m_tipHeight) return {};
    const int height = heightForRow(index.row());
    if (role == HeightRole) return height;
    if (role == Qt::TextAlignmentRole) {
        const bool right = index.column() == HeightColumn || index.column() == DifficultyColumn;
        return QVariant::fromValue(Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::FontRole && index.column() == HashColumn) return monospaceFont();
    if (role == Qt::DisplayRole && index.column() == HeightColumn) return height;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != HashRole && role != LoadedRole) return {};
    // The snapshot may be ahead of or (during a reorg to a shorter chain) behind the rows announced so far;
    // a height it lacks shows a placeholder until bestChainChanged arrives.
    const auto h = m_node->headerSummaryAt(height);
    if (role == LoadedRole) return h.has_value();
    if (role == HashRole) return h ? h->hash : QString();
    if (!h) return role == Qt::DisplayRole ? QStringLiteral("…") : QVariant();
    switch (index.column()) {
    case HashColumn: return h->hash;
    case TimeColumn: return formatUtcTime(h->time);
    case DifficultyColumn:
        return role == Qt::ToolTipRole ? QString::number(h->difficulty, 'g', 17) : formatDifficulty(h->difficulty);
    default: return {};
    }
}

QVariant HeaderListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case HeightColumn: return tr("Height");
    case HashColumn: return tr("Block hash");
    case TimeColumn: return tr("Time");
    case DifficultyColumn: return tr("Difficulty");
    default: return {};
    }
}

}  // namespace cairn::ui
