// SPDX-License-Identifier: MIT
#include "ui/pages/explorer_page.h"

#include "ui/models/header_list_model.h"
#include "ui/widgets/block_view.h"
#include "ui/widgets/difficulty_chart.h"
#include "ui/widgets/interval_histogram.h"
#include "ui/widgets/merkle_proof_view.h"
#include "ui/widgets/merkle_tree_widget.h"
#include "ui/widgets/tx_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {

constexpr int kMaxCachedBlocks = 12;
constexpr int kChartDelayMs = 1500;

QToolButton* navButton(Qt::ArrowType arrow, const QString& name, const QString& accessible) {
    auto* b = new QToolButton;
    b->setArrowType(arrow);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setToolTip(accessible);
    b->setAutoRaise(true);
    return b;
}

bool isHash(const QString& s) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(s).hasMatch();
}

}  // namespace

ExplorerPage::ExplorerPage(service::NodeService* node, QWidget* parent)
    : QWidget(parent), m_node(node), m_model(new HeaderListModel(node, this)),
      m_back(navButton(Qt::LeftArrow, QStringLiteral("explorerBack"), tr("Back"))),
      m_forward(navButton(Qt::RightArrow, QStringLiteral("explorerForward"), tr("Forward"))), m_home(new QToolButton),
      m_search(new QLineEdit), m_message(new QLabel), m_stack(new QStackedWidget), m_tabs(new QTabWidget),
      m_table(new QTableView), m_difficulty(new DifficultyChart(node)), m_histogram(new IntervalHistogram(node)),
      m_blockView(new BlockView), m_txView(new TxView), m_proofView(new MerkleProofView), m_chartTimer(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_home->setText(tr("Blocks"));
    m_home->setObjectName(QStringLiteral("explorerHome"));
    m_home->setAccessibleName(tr("Show the block list"));
    m_home->setAutoRaise(true);
    m_search->setObjectName(QStringLiteral("explorerSearch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Height, block hash or transaction id"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);
    m_message->setObjectName(QStringLiteral("explorerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_table->setObjectName(QStringLiteral("blockTable"));
    m_table->setAccessibleName(tr("Validated block headers, newest first"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures 925,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderListModel::HashColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(HeaderListModel::HeightColumn, 90);
    m_table->setColumnWidth(HeaderListModel::TimeColumn, 190);
    m_table->setColumnWidth(HeaderListModel::DifficultyColumn, 150);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_tabs->setObjectName(QStringLiteral("explorerTabs"));
    m_tabs->addTab(m_table, tr("Blocks"));
    auto* charts = new QWidget;
    auto* chartLayout = new QVBoxLayout(charts);
    m_difficulty->setObjectName(QStringLiteral("difficultyChart"));
    m_histogram->setObjectName(QStringLiteral("intervalHistogram"));
    chartLayout->addWidget(m_difficulty, 1);
    chartLayout->addWidget(m_histogram, 1);
    m_tabs->addTab(charts, tr("Charts"));

    auto scrolled = [](QWidget* w) {
        auto* area = new QScrollArea;
        area->setWidget(w);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_blockView->setObjectName(QStringLiteral("blockView"));
    m_txView->setObjectName(QStringLiteral("txView"));
    m_proofView->setObjectName(QStringLiteral("proofView"));
    m_blockView->setMinimumHeight(640);
    m_txView->setMinimumHeight(620);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(scrolled(m_blockView));
    m_stack->addWidget(scrolled(m_txView));
    m_stack->addWidget(m_proofView);
    layout->addWidget(m_stack, 1);

    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(kChartDelayMs);
    connect(m_chartTimer, &QTimer::timeout, this, &ExplorerPage::refreshCharts);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshCharts(); });
    connect(m_model, &HeaderListModel::tipChanged, this, [this] {
        if (m_tabs->currentIndex() == 1 && m_stack->currentIndex() == 0) m_chartTimer->start();
    });

    connect(m_back, &QToolButton::clicked, this, &ExplorerPage::goBack);
    connect(m_forward, &QToolButton::clicked, this, &ExplorerPage::goForward);
    connect(m_home, &QToolButton::clicked, this, [this] { showBlocks(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString hash = index.data(HeaderListModel::HashRole).toString();
        if (!hash.isEmpty()) openBlock(hash);
        else openHeight(index.data(HeaderListModel::HeightRole).toInt());
    });
    connect(m_blockView, &BlockView::fetchRequested, this, &ExplorerPage::fetchBlock);
    connect(m_blockView, &BlockView::blockActivated, this, &ExplorerPage::openBlock);
    connect(m_blockView, &BlockView::transactionActivated, this, &ExplorerPage::openTransaction);
    connect(m_txView, &TxView::blockActivated, this, &ExplorerPage::openBlock);
    connect(m_txView, &TxView::transactionActivated, this, &ExplorerPage::openTransaction);
    connect(m_txView, &TxView::proofRequested, this, &ExplorerPage::openProof);
    connect(m_proofView, &MerkleProofView::blockActivated, this, &ExplorerPage::openBlock);
    connect(m_proofView, &MerkleProofView::transactionActivated, this, &ExplorerPage::openTransaction);

    connect(m_node, &service::NodeService::headerReady, this, &ExplorerPage::onHeader);
    connect(m_node, &service::NodeService::blockReady, this, &ExplorerPage::onBlock);
    connect(m_node, &service::NodeService::txProofReady, this, &ExplorerPage::onProof);
    connect(m_node, &service::NodeService::requestFailed, this, &ExplorerPage::onFailed);
    navigate({});
}

QString ExplorerPage::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

void ExplorerPage::setMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ExplorerPage::navigate(const Location& where) {
    // A new place drops the forward history, as in a browser.
    while (m_history.size() > m_historyPos + 1) m_history.removeLast();
    m_history << where;
    m_historyPos = static_cast<int>(m_history.size()) - 1;
    display(where);
}

bool ExplorerPage::goBack() {
    if (m_historyPos <= 0) return false;
    display(m_history[--m_historyPos]);
    return true;
}

bool ExplorerPage::goForward() {
    if (m_historyPos + 1 >= m_history.size()) return false;
    display(m_history[++m_historyPos]);
    return true;
}

void ExplorerPage::updateNavButtons() {
    m_back->setEnabled(m_historyPos > 0);
    m_forward->setEnabled(m_historyPos + 1 < m_history.size());
}

void ExplorerPage::display(const Location& where) {
    m_view = where.view;
    setMessage(QString());
    switch (where.view) {
    case View::Blocks:
        m_stack->setCurrentIndex(0);
        m_tabs->setCurrentIndex(where.charts ? 1 : 0);
        break;
    case View::Block: {
        m_stack->setCurrentIndex(1);
        if (auto it = m_blocks.find(where.id); it != m_blocks.end()) {
            m_blockView->setBlock(*it);
        } else {
            service::HeaderInfo placeholder;
            placeholder.hash = where.id;
            if (m_blockView->blockHash() != where.id) m_blockView->setHeader(placeholder);
            if (m_autoFetch) fetchBlock(where.id);
        }
        // Fresh header fields (confirmations change with every block).
        m_headerRequests.insert(m_node->requestHeader(where.id), Purpose::ShowHeader);
        break;
    }
    case View::Transaction: {
        m_stack->setCurrentIndex(2);
        const auto block = m_blocks.constFind(where.block);
        if (block != m_blocks.cend()) {
            for (const auto& tx : block->transactions) {
                if (tx.txid == where.id) m_txView->setTransaction(withKnownPrevouts(tx));
            }
        }
        break;
    }
    case View::Proof:
        m_stack->setCurrentIndex(3);
        m_proofView->setStatus(tr("Fetching the Merkle proof from a peer…"));
        m_proofRequest = m_node->requestTxProof(where.id, where.block);
        break;
    }
    updateNavButtons();
}

void ExplorerPage::showBlocks(bool charts) { navigate({View::Blocks, {}, {}, charts}); }

void ExplorerPage::openBlock(const QString& hash) { navigate({View::Block, hash.toLower(), {}, false}); }

void ExplorerPage::openHeight(int height) {
    m_searchText = QString::number(height);
    m_headerRequests.insert(m_node->requestHeaderAt(height), Purpose::OpenFound);
}

bool ExplorerPage::openTransaction(const QString& txid) {
    const QString id = txid.toLower();
    const auto it = m_txBlock.constFind(id);
    if (it == m_txBlock.cend()) {
        setMessage(tr("Transaction %1 is not in any block fetched so far; open its block first.").arg(id));
        return false;
    }
    navigate({View::Transaction, id, *it, false});
    return true;
}

void ExplorerPage::openProof(const QString& txid, const QString& blockHash) {
    navigate({View::Proof, txid.toLower(), blockHash.toLower(), false});
}

void ExplorerPage::search(const QString& text) {
    const QString q = text.trimmed();
    if (q.isEmpty()) return;
    bool isNumber = false;
    const int height = q.toInt(&isNumber);
    if (isNumber) {
        if (height < 0 || height > m_model->tipHeight()) {
            setMessage(tr("No block at height %1: our best height is %2.").arg(q).arg(m_model->tipHeight()));
            return;
        }
        openHeight(height);
        return;
    }
    if (!isHash(q)) {
        setMessage(tr("“%1” is neither a height nor a 64-digit block hash or transaction id.").arg(q));
        return;
    }
    if (m_txBlock.contains(q.toLower())) {
        openTransaction(q);
        return;
    }
    if (m_walletTxLookup) {
        if (const std::optional<int> walletHeight = m_walletTxLookup(q.toLower())) {
            if (*walletHeight < 0) {
                setMessage(tr("Transaction %1 is in the open wallet but not in a block yet.").arg(q.toLower()));
                return;
            }
            // The wallet knows its block's height: open that block, fetch it, then show the transaction.
            m_pendingWalletTx = q.toLower();
            openHeight(*walletHeight);
            return;
        }
    }
    m_searchText = q.toLower();
    m_headerRequests.insert(m_node->requestHeader(m_searchText), Purpose::OpenFound);
}

void ExplorerPage::fetchBlock(const QString& hash) {
    for (const QString& pending : std::as_const(m_blockRequests))
        if (pending == hash) return;
    m_blockView->setStatus(tr("Fetching the block from a peer…"));
    m_blockRequests.insert(m_node->requestBlock(hash), hash);
}

void ExplorerPage::rememberBlock(const service::BlockInfo& block) {
    const QString hash = block.header.hash;
    if (!m_blocks.contains(hash)) m_blockOrder << hash;
    m_blocks.insert(hash, block);
    for (const QString& txid : block.txids) m_txBlock.insert(txid, hash);
    while (m_blockOrder.size() > kMaxCachedBlocks) {
        const QString old = m_blockOrder.takeFirst();
        for (const QString& txid : m_blocks.value(old).txids)
            if (m_txBlock.value(txid) == old) m_txBlock.remove(txid);
        m_blocks.remove(old);
    }
}

service::TxInfo ExplorerPage::withKnownPrevouts(service::TxInfo tx) const {
    // Input values come from outputs of fetched blocks; the fee needs every one of them.
    if (tx.coinbase) return tx;
    int64_t in = 0;
    bool all = true;
    for (auto& input : tx.inputs) {
        if (input.value < 0) {
            const auto block = m_blocks.constFind(m_txBlock.value(input.prevTxid));
            if (block != m_blocks.cend()) {
                for (const auto& prev : block->transactions)
                    if (prev.txid == input.prevTxid && input.prevIndex < static_cast<uint32_t>(prev.outputs.size()))
                        input.value = prev.outputs[static_cast<qsizetype>(input.prevIndex)].value;
            }
        }
        if (input.value < 0) all = false;
        else in += input.value;
    }
    if (tx.fee < 0 && all) tx.fee = in - tx.totalOutput;
    return tx;
}

void ExplorerPage::onHeader(quint64 id, const service::HeaderInfo& header) {
    const auto it = m_headerRequests.constFind(id);
    if (it == m_headerRequests.cend()) return;
    const Purpose purpose = *it;
    m_headerRequests.erase(it);
    if (purpose == Purpose::OpenFound) {
        openBlock(header.hash);
        if (!m_pendingWalletTx.isEmpty()) fetchBlock(header.hash);
        return;
    }
    if (m_view == View::Block && m_blockView->blockHash() == header.hash) m_blockView->setHeader(header);
}

void ExplorerPage::onBlock(quint64 id, const service::BlockInfo& block) {
    if (!m_blockRequests.remove(id)) return;
    rememberBlock(block);
    if (m_view == View::Block && m_blockView->blockHash() == block.header.hash) m_blockView->setBlock(block);
    if (!m_pendingWalletTx.isEmpty() && block.txids.contains(m_pendingWalletTx)) {
        const QString txid = std::exchange(m_pendingWalletTx, QString());
        if (m_view == View::Block && m_blockView->blockHash() == block.header.hash) openTransaction(txid);
    }
}

void ExplorerPage::onProof(quint64 id, const service::MerkleProofInfo& proof) {
    if (id != m_proofRequest) return;
    m_proofRequest = 0;
    service::MerkleProofInfo shown = proof;
    // The service may leave the sibling list empty; the block's txids (when fetched) give the same branch.
    const auto block = m_blocks.constFind(proof.blockHash);
    if (shown.siblings.isEmpty() && shown.totalTransactions > 1 && block != m_blocks.cend() &&
        block->txids.size() == shown.totalTransactions && shown.index >= 0 &&
        block->txids.value(shown.index) == shown.txid)
        shown.siblings = MerkleTreeWidget::branchFromTxids(block->txids, shown.index);
    m_proofView->setProof(shown);
}

void ExplorerPage::onFailed(quint64 id, const QString& error) {
    if (const auto it = m_headerRequests.constFind(id); it != m_headerRequests.cend()) {
        const Purpose purpose = *it;
        m_headerRequests.erase(it);
        if (purpose == Purpose::OpenFound) {
            setMessage(isHash(m_searchText)
                           ? tr("No block %1 in our header chain, and no fetched block has such a transaction.")
                                 .arg(m_searchText)
                           : error);
        } else if (m_view == View::Block) {
            m_blockView->setStatus(error, true);
        }
        return;
    }
    if (m_blockRequests.contains(id)) {
        const QString hash = m_blockRequests.take(id);
        if (m_view == View::Block && m_blockView->blockHash() == hash)
            m_blockView->setStatus(tr("Could not fetch the block: %1").arg(error), true);
        return;
    }
    if (id == m_proofRequest && id != 0) {
        m_proofRequest = 0;
        m_proofView->setStatus(tr("Could not get the proof: %1").arg(error), true);
    }
}

void ExplorerPage::refreshCharts() {
    if (m_tabs->currentIndex() != 1) return;
    const int tip = m_model->tipHeight();
    if (tip == m_chartsTip) return;
    m_chartsTip = tip;
    m_difficulty->refresh(tip);
    m_histogram->refresh(tip);
}

}  // namespace cairn::ui
