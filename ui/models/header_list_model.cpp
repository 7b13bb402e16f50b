// SPDX-License-Identifier: MIT
#include "ui/models/header_list_model.h"

#include "ui/widgets/display_format.h"

#include <limits>

namespace cairn::ui {

HeaderListModel::HeaderListModel(service::NodeService* node, QObject* parent)
    : QAbstractTableModel(parent), m_node(node) {
    connect(m_node, &service::NodeService::headersReady, this, &HeaderListModel::onHeaders);
    connect(m_node, &service::NodeService::requestFailed, this,
            [this](quint64 id, const QString&) { onFailed(id); });
    connect(m_node, &service::NodeService::statusChanged, this,
            [this](const service::NodeStatus& s) { setTip(s.headerHeight, QString()); });
    connect(m_node, &service::NodeService::syncProgressChanged, this,
            [this](const service::SyncProgress& p) { setTip(p.headerHeight, p.tipHash); });
    setTip(m_node->status().headerHeight, QString());
}

int HeaderListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_tipHeight + 1; }

int HeaderListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int HeaderListModel::heightForRow(int row) const { return row < 0 || row > m_tipHeight ? -1 : m_tipHeight - row; }

int HeaderListModel::rowForHeight(int height) const {
    return height < 0 || height > m_tipHeight ? -1 : m_tipHeight - height;
}

int HeaderListModel::expectedRows(int pageIndex) const {
    const int first = pageIndex * kPageSize;
    return std::max(0, std::min(kPageSize, m_tipHeight - first + 1));
}

const HeaderListModel::Page* HeaderListModel::page(int pageIndex) const {
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        fetchPage(pageIndex);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    if (it->generation != m_generation || it->rows.size() < expectedRows(pageIndex)) fetchPage(pageIndex);
    return &*it;
}

const service::HeaderInfo* HeaderListModel::headerAt(int height) const {
    if (height < 0 || height > m_tipHeight) return nullptr;
    const Page* p = page(height / kPageSize);
    const int offset = height % kPageSize;
    if (!p || offset >= p->rows.size()) return nullptr;
    return &p->rows[offset];
}

void HeaderListModel::fetchPage(int pageIndex) const {
    if (m_inFlight.contains(pageIndex)) return;
    m_inFlight.insert(pageIndex);
    const quint64 id = m_node->requestHeaders(pageIndex * kPageSize, kPageSize);
    m_requests.insert(id, {pageIndex, m_generation});
}

void HeaderListModel::onHeaders(quint64 id, const QList<service::HeaderInfo>& headers) {
    auto it = m_requests.find(id);
    if (it == m_requests.end()) return;
    const auto [pageIndex, generation] = *it;
    m_requests.erase(it);
    m_inFlight.remove(pageIndex);
    Page& p = m_pages[pageIndex];
    p.rows = headers;
    p.generation = generation;
    p.lastUse = ++m_useClock;
    evict();
    const int low = pageIndex * kPageSize;
    const int high = std::min(low + kPageSize - 1, m_tipHeight);
    if (high < low) return;
    const int firstRow = rowForHeight(high);
    const int lastRow = rowForHeight(low);
    emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
    emit rowsLoaded(firstRow, lastRow);
}

void HeaderListModel::onFailed(quint64 id) {
    auto it = m_requests.find(id);
    if (it == m_requests.end()) return;
    // The node is not open yet or went away: forget the request; the next paint asks again.
    m_inFlight.remove(it->first);
    m_requests.erase(it);
}

void HeaderListModel::evict() const {
    while (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        quint64 best = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < best) {
                best = it->lastUse;
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
}

void HeaderListModel::setTip(int height, const QString& hash) {
    const bool heightMoved = height != m_tipHeight;
    const bool hashMoved = !hash.isEmpty() && !m_tipHash.isEmpty() && hash != m_tipHash;
    if (!hash.isEmpty() || heightMoved) m_tipHash = hash;
    if (!heightMoved && !hashMoved) return;
    ++m_generation;
    if (height > m_tipHeight) {
        beginInsertRows({}, 0, height - m_tipHeight - 1);
        m_tipHeight = height;
        endInsertRows();
    } else if (height < m_tipHeight) {
        beginRemoveRows({}, 0, m_tipHeight - height - 1);
        m_tipHeight = height;
        endRemoveRows();
    }
    // Every row may have changed (a reorg of unknown depth): views repaint what they show, which refetches.
    if (m_tipHeight >= 0) emit dataChanged(index(0, 0), index(m_tipHeight, ColumnCount - 1));
    emit tipChanged(m_tipHeight, m_tipHash);
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
    const service::HeaderInfo* h = headerAt(height);
    if (role == LoadedRole) return h != nullptr;
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
