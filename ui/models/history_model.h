// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QAbstractTableModel>
#include <QList>

namespace cairn::ui {

/// The wallet's history, newest first, as a table that loads itself page by page: the view's scrolling calls
/// fetchMore(), which asks WalletService::listTransactions for the next page; rows appear when the answer arrives
/// (never blocking the GUI thread). The Label column is editable and saved through WalletService::setLabel.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Status, Label, Amount, Balance, Txid, ColumnCount };
    enum Role {
        TxidRole = Qt::UserRole + 1,  ///< QString
        AmountRole,                   ///< qint64 satoshis (net effect, negative when sending)
        HeightRole,                   ///< int, -1 while unconfirmed
        StatusRole,                   ///< QString: unconfirmed, confirmed, conflicted, abandoned
        LabelRole,                    ///< QString
        TimeRole,                     ///< qint64 unix seconds
    };

    /// `wallet` must outlive the model; nothing is loaded until setWalletName().
    explicit HistoryModel(service::WalletService* wallet, QObject* parent = nullptr);

    /// Switches to wallet `name` ('' = none): clears the rows and requests the first page.
    void setWalletName(const QString& name);
    QString walletName() const { return m_name; }
    /// Rows requested per page (default 200).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    /// Reloads the rows loaded so far (after the wallet changed), keeping their count.
    void reload();
    /// True when the last page has arrived (no more rows in the wallet).
    bool isComplete() const { return m_complete; }
    /// True while a page request is outstanding.
    bool isLoading() const { return m_pending != 0; }
    /// The entry of `row` (asserts the row exists).
    const service::TxHistoryEntry& entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Editing the Label column stores the label (type "tx") in the wallet; false for other cells.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// A page arrived; `rows` is the number of rows now loaded.
    void pageLoaded(int rows);
    /// A request failed (message from the service).
    void loadFailed(const QString& error);

private:
    void request(int offset, int limit, bool replace);
    void onTransactions(quint64 id, const QList<service::TxHistoryEntry>& entries);
    void onFailed(quint64 id, const QString& error);
    QString statusText(const service::TxHistoryEntry& e) const;

    service::WalletService* m_wallet;
    QString m_name;
    QList<service::TxHistoryEntry> m_rows;
    int m_pageSize = 200;
    quint64 m_pending = 0;
    int m_pendingLimit = 0;
    bool m_pendingReplace = false;
    bool m_complete = false;
    int m_unit = 0;  // DisplayUnit cached at (re)load, so data() never reads QSettings
};

}  // namespace cairn::ui
