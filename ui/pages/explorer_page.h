// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace cairn::ui {

class BlockView;
class DifficultyChart;
class HeaderListModel;
class IntervalHistogram;
class MerkleProofView;
class TxView;

/// The Explorer section: the validated header chain as a list (newest first) and charts, a search box
/// (height, block hash, or a txid of a fetched block or of the open wallet), and views of a block, a transaction and a Merkle
/// proof, with back / forward navigation. Every lookup is a NodeService request; answers arrive by signal.
class ExplorerPage : public QWidget {
    Q_OBJECT
public:
    enum class View { Blocks, Block, Transaction, Proof };

    /// `node` must outlive the page.
    explicit ExplorerPage(service::NodeService* node, QWidget* parent = nullptr);

    /// Shows the block list (and its Charts tab when `charts`).
    void showBlocks(bool charts = false);
    /// Opens the block `hash` (display hex): header at once, contents when fetched.
    void openBlock(const QString& hash);
    /// Opens the best-chain block at `height`.
    void openHeight(int height);
    /// Opens a transaction of a fetched block; false (and a message) when no fetched block has it.
    bool openTransaction(const QString& txid);
    /// Opens the Merkle proof of `txid` in `blockHash` (requested from the node).
    void openProof(const QString& txid, const QString& blockHash);
    /// Interprets `text` as a height, a block hash or a known txid and opens it; otherwise shows why not.
    void search(const QString& text);
    /// History navigation; false when there is nothing to go to.
    bool goBack();
    bool goForward();
    /// Tells whether `txid` (display hex, lower case) is a transaction of the open wallet: nullopt when
    /// it is not, -1 while it is unconfirmed, otherwise the height of the block that has it.
    using WalletTxLookup = std::function<std::optional<int>(const QString& txid)>;
    /// Lets search() find the open wallet's transactions (their block is fetched, then the transaction
    /// shown). Pass an empty function when the wallet closes.
    void setWalletTxLookup(WalletTxLookup lookup) { m_walletTxLookup = std::move(lookup); }
    /// Downloads the contents of shown blocks automatically (default on); off: only with the Fetch button.
    void setAutoFetch(bool on) { m_autoFetch = on; }

    View currentView() const { return m_view; }
    HeaderListModel* headerModel() const { return m_model; }
    /// The message line under the search box (errors, "not found").
    QString message() const;

private:
    struct Location {
        View view = View::Blocks;
        QString id;     // block hash, or txid
        QString block;  // block hash of a transaction / proof
        bool charts = false;
    };
    enum class Purpose { ShowHeader, OpenFound };

    void navigate(const Location& where);
    void display(const Location& where);
    void updateNavButtons();
    void setMessage(const QString& text);
    void fetchBlock(const QString& hash);
    void rememberBlock(const service::BlockInfo& block);
    service::TxInfo withKnownPrevouts(service::TxInfo tx) const;
    void onHeader(quint64 id, const service::HeaderInfo& header);
    void onBlock(quint64 id, const service::BlockInfo& block);
    void onProof(quint64 id, const service::MerkleProofInfo& proof);
    void onFailed(quint64 id, const QString& error);
    void refreshCharts();

    service::NodeService* m_node;
    HeaderListModel* m_model;
    QToolButton* m_back;
    QToolButton* m_forward;
    QToolButton* m_home;
    QLineEdit* m_search;
    QLabel* m_message;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    QTableView* m_table;
    DifficultyChart* m_difficulty;
    IntervalHistogram* m_histogram;
    BlockView* m_blockView;
    TxView* m_txView;
    MerkleProofView* m_proofView;
    QTimer* m_chartTimer;

    View m_view = View::Blocks;
    QList<Location> m_history;
    int m_historyPos = -1;
    bool m_autoFetch = true;
    int m_chartsTip = -2;  // tip the charts were drawn for

    QHash<quint64, Purpose> m_headerRequests;
    QHash<quint64, QString> m_blockRequests;  // id -> block hash
    quint64 m_proofRequest = 0;
    QString m_searchText;  // the search a pending OpenFound request answers
    WalletTxLookup m_walletTxLookup;
    QString m_pendingWalletTx;  // a wallet txid whose block is being opened; shown once the block arrives
    QHash<QString, service::BlockInfo> m_blocks;  // fetched blocks by hash (a few)
    QList<QString> m_blockOrder;                  // oldest first, for eviction
    QHash<QString, QString> m_txBlock;            // txid -> hash of a fetched block containing it
};

}  // namespace cairn::ui
