// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace cairn::ui {

/// The best header chain as a virtual table, newest first (row 0 = tip): one row per height, so
/// rowCount() = tip height + 1. Rows are fetched lazily in pages from NodeService (requestHeaders, answered
/// on the service's thread) and kept in a small LRU cache; a row not fetched yet shows a placeholder and is
/// filled in by dataChanged when its page arrives. New tips insert rows at the top; a tip change (new block
/// or reorg) marks every cached page stale, which is shown until its refetch answers. Never blocks.
class HeaderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HeightColumn, HashColumn, TimeColumn, DifficultyColumn, ColumnCount };
    enum Role {
        HashRole = Qt::UserRole + 1,  ///< Block hash (display hex); empty while the row is not fetched.
        HeightRole,                   ///< Height (int).
        LoadedRole,                   ///< True when the row's header has arrived (possibly stale).
    };
    /// Heights per request, and the most pages kept.
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 48;

    /// Follows `node` (which must outlive the model) from its current status on.
    explicit HeaderListModel(service::NodeService* node, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Best height the model shows (-1 before any header).
    int tipHeight() const { return m_tipHeight; }
    /// Height shown in `row`, or -1 outside the table.
    int heightForRow(int row) const;
    /// Row showing `height`, or -1 outside the chain.
    int rowForHeight(int height) const;
    /// The cached header at `height` (possibly stale), or nullptr when it has not arrived; a miss schedules
    /// the page's fetch.
    const service::HeaderInfo* headerAt(int height) const;
    /// Pages currently cached (for tests of the cache bound).
    int cachedPages() const { return static_cast<int>(m_pages.size()); }

signals:
    /// The tip moved (rows were inserted or removed at the top, or a reorg replaced them).
    void tipChanged(int height, const QString& hash);
    /// A page of rows arrived; rows [firstRow, lastRow] changed.
    void rowsLoaded(int firstRow, int lastRow);

private:
    struct Page {
        QList<service::HeaderInfo> rows;  // ascending heights from page * kPageSize
        quint64 generation = 0;          // m_generation when requested
        quint64 lastUse = 0;
    };
    void setTip(int height, const QString& hash);
    const Page* page(int pageIndex) const;
    void fetchPage(int pageIndex) const;
    void onHeaders(quint64 id, const QList<service::HeaderInfo>& headers);
    void onFailed(quint64 id);
    void evict() const;
    int expectedRows(int pageIndex) const;

    service::NodeService* m_node;
    int m_tipHeight = -1;
    QString m_tipHash;
    quint64 m_generation = 1;  // bumped on every tip change: cached pages older than it are stale
    // Caching is an implementation detail of the const read path.
    mutable QHash<int, Page> m_pages;
    mutable QHash<quint64, QPair<int, quint64>> m_requests;  // request id -> (page, generation)
    mutable QSet<int> m_inFlight;
    mutable quint64 m_useClock = 0;
};

}  // namespace cairn::ui
