// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace cairn::ui {

class HistoryFilterModel;
class HistoryModel;

/// Transactions: the wallet's history (newest first, paged in while scrolling) with running balance, a search
/// box and a direction filter, in-place label editing, CSV and BIP329 export, and a context menu: copy txid,
/// edit label, open in explorer, show Merkle proof, bump fee, CPFP (the last four are signals for MainWindow).
class TransactionsPage : public QWidget {
    Q_OBJECT
public:
    /// `wallet` must outlive the page; `walletName` may be empty.
    TransactionsPage(service::WalletService* wallet, const QString& walletName, QWidget* parent = nullptr);

    void setWalletName(const QString& name);
    HistoryModel* historyModel() const { return m_model; }
    HistoryFilterModel* filterModel() const { return m_filter; }
    QTableView* view() const { return m_view; }
    /// The context menu for the row `proxyRow` of the view (built fresh; caller owns it). For tests and the
    /// right-click handler.
    QMenu* contextMenuFor(int proxyRow);

    /// CSV of `entries`: a header line, then date (UTC, ISO 8601), txid, label, status, confirmations, height,
    /// amount, fee and balance in BTC; fields quoted per RFC 4180 and labels starting with = + - @ prefixed with
    /// an apostrophe (no formulas when opened in a spreadsheet).
    static QByteArray historyCsv(const QList<service::TxHistoryEntry>& entries);

public slots:
    /// Writes the whole history as CSV to `path` (fetched from the wallet first) → exported or exportFailed.
    void exportCsv(const QString& path);
    /// Writes the wallet's labels as BIP329 JSON Lines to `path` → exported or exportFailed.
    void exportLabels(const QString& path);

signals:
    void openInExplorerRequested(const QString& txid, int height);
    void merkleProofRequested(const QString& txid, int height);
    void bumpFeeRequested(const QString& txid);
    void cpfpRequested(const QString& txid);
    /// A file was written; `rows` is the number of records in it.
    void exported(const QString& path, int rows);
    void exportFailed(const QString& error);

private:
    enum class Export { Csv, Labels };
    void updateStatus();
    void writeFile(const QString& path, const QByteArray& bytes, int rows);
    void onFailed(quint64 id, const QString& error);
    void chooseAndExport(Export what);

    service::WalletService* m_wallet;
    QString m_name;
    HistoryModel* m_model;
    HistoryFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QPushButton* m_exportCsv;
    QPushButton* m_exportLabels;
    QTableView* m_view;
    QLabel* m_status;
    QHash<quint64, QString> m_exports;  // request id -> target path
};

}  // namespace cairn::ui
