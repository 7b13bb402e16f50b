// SPDX-License-Identifier: MIT
#include "ui/widgets/block_view.h"

#include "ui/theme.h"
#include "ui/widgets/display_format.h"
#include "ui/widgets/hash_label.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {

enum TxColumn { TxIndex, TxId, TxInputs, TxOutputs, TxOutputTotal, TxSize, TxColumns };

QTableWidgetItem* item(const QString& text, Qt::Alignment align = Qt::AlignLeft) {
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment(align | Qt::AlignVCenter);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

}  // namespace

BlockView::BlockView(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_title(new QLabel), m_status(new QLabel),
      m_fetch(new QPushButton(tr("Fetch block"))), m_txs(new QTableWidget(0, TxColumns)) {
    auto* layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("blockTitle"));
    layout->addWidget(m_title);

    m_hash = addHashField(tr("Hash"), QStringLiteral("blockHash"), false);
    m_height = addField(tr("Height"), QStringLiteral("blockHeight"));
    m_confirmations = addField(tr("Confirmations"), QStringLiteral("blockConfirmations"));
    m_time = addField(tr("Time"), QStringLiteral("blockTime"));
    m_prev = addHashField(tr("Previous block"), QStringLiteral("blockPrev"), true);
    m_next = addHashField(tr("Next block"), QStringLiteral("blockNext"), true);
    m_merkleRoot = addHashField(tr("Merkle root"), QStringLiteral("blockMerkleRoot"), false);
    m_version = addField(tr("Version"), QStringLiteral("blockVersion"));
    m_bits = addField(tr("Bits"), QStringLiteral("blockBits"));
    m_nonce = addField(tr("Nonce"), QStringLiteral("blockNonce"));
    m_difficulty = addField(tr("Difficulty"), QStringLiteral("blockDifficulty"));
    m_chainWork = addHashField(tr("Chain work"), QStringLiteral("blockChainWork"), false);
    m_size = addField(tr("Size"), QStringLiteral("blockSize"));
    m_weight = addField(tr("Weight"), QStringLiteral("blockWeight"));
    m_txCount = addField(tr("Transactions"), QStringLiteral("blockTxCount"));
    layout->addLayout(m_form);

    auto* fetchRow = new QHBoxLayout;
    m_fetch->setObjectName(QStringLiteral("fetchBlockButton"));
    m_fetch->setAccessibleName(tr("Fetch block"));
    m_fetch->setToolTip(tr("Download the block from a peer and check it against this header"));
    m_status->setObjectName(QStringLiteral("blockStatus"));
    m_status->setWordWrap(true);
    fetchRow->addWidget(m_fetch);
    fetchRow->addWidget(m_status, 1);
    layout->addLayout(fetchRow);

    m_txs->setObjectName(QStringLiteral("blockTxTable"));
    m_txs->setAccessibleName(tr("Transactions of the block"));
    m_txs->setHorizontalHeaderLabels(
        {tr("#"), tr("Transaction id"), tr("Inputs"), tr("Outputs"), tr("Output total"), tr("Size")});
    m_txs->verticalHeader()->hide();
    m_txs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_txs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_txs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_txs->setTextElideMode(Qt::ElideMiddle);
    m_txs->verticalHeader()->setDefaultSectionSize(m_txs->fontMetrics().height() + 8);
    m_txs->horizontalHeader()->setSectionResizeMode(TxId, QHeaderView::Stretch);
    m_txs->setColumnWidth(TxIndex, 50);
    m_txs->setColumnWidth(TxOutputTotal, 170);
    layout->addWidget(m_txs, 1);

    connect(m_fetch, &QPushButton::clicked, this, [this] {
        if (!m_header.hash.isEmpty()) emit fetchRequested(m_header.hash);
    });
    connect(m_prev, &HashLabel::activated, this, &BlockView::blockActivated);
    connect(m_next, &HashLabel::activated, this, &BlockView::blockActivated);
    connect(m_txs, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto* i = m_txs->item(row, TxId)) emit transactionActivated(i->text());
    });
}

QLabel* BlockView::addField(const QString& label, const QString& objectName) {
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    return value;
}

HashLabel* BlockView::addHashField(const QString& label, const QString& objectName, bool link) {
    auto* value = new HashLabel;
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setLink(link);
    m_form->addRow(label, value);
    return value;
}

void BlockView::setHeader(const service::HeaderInfo& h) {
    if (h.hash != m_header.hash) {
        m_fetched = false;
        m_fetch->setEnabled(true);
        m_txs->setRowCount(0);
        m_size->setText(tr("not fetched"));
        m_weight->setText(tr("not fetched"));
        m_txCount->setText(tr("not fetched"));
        setStatus(QString());
    }
    m_header = h;
    m_title->setText(tr("Block %1").arg(h.height));
    m_hash->setText(h.hash);
    m_height->setText(QString::number(h.height));
    m_confirmations->setText(h.inBestChain ? formatCount(h.confirmations) : tr("not in the best chain"));
    m_time->setText(tr("%1 (%2)").arg(formatUtcTime(h.time), QString::number(h.time)));
    const bool genesis = h.prevHash == QString(64, QLatin1Char('0'));
    m_prev->setText(genesis ? QString() : h.prevHash);
    m_next->setText(h.nextHash);
    m_merkleRoot->setText(h.merkleRoot);
    m_version->setText(tr("0x%1 (%2)").arg(static_cast<uint32_t>(h.version), 8, 16, QLatin1Char('0')).arg(h.version));
    m_bits->setText(QStringLiteral("0x%1").arg(h.bits, 8, 16, QLatin1Char('0')));
    m_nonce->setText(QString::number(h.nonce));
    m_difficulty->setText(formatDifficulty(h.difficulty));
    m_chainWork->setText(h.chainWork);
}

void BlockView::setBlock(const service::BlockInfo& b) {
    setHeader(b.header);
    m_fetched = b.fetched;
    m_fetch->setEnabled(!b.fetched);  // the contents are shown: nothing left to download
    if (!b.fetched) return;
    m_size->setText(tr("%1 bytes (%2 without witness)").arg(formatCount(b.size), formatCount(b.strippedSize)));
    m_weight->setText(tr("%1 WU (%2 vbytes)").arg(formatCount(b.weight), formatCount((b.weight + 3) / 4)));
    m_txCount->setText(formatCount(b.txCount));
    m_txs->setUpdatesEnabled(false);
    m_txs->setRowCount(static_cast<int>(b.transactions.size()));
    const Qt::Alignment right = Qt::AlignRight;
    for (int row = 0; row < b.transactions.size(); ++row) {
        const service::TxInfo& t = b.transactions[row];
        m_txs->setItem(row, TxIndex, item(QString::number(row), right));
        auto* id = item(t.txid);
        id->setFont(monospaceFont());
        id->setToolTip(t.txid);
        m_txs->setItem(row, TxId, id);
        m_txs->setItem(row, TxInputs, item(t.coinbase ? tr("coinbase") : QString::number(t.inputs.size()), right));
        m_txs->setItem(row, TxOutputs, item(QString::number(t.outputs.size()), right));
        auto* total = item(formatBtc(t.totalOutput), right);
        total->setFont(monospaceFont());
        m_txs->setItem(row, TxOutputTotal, total);
        m_txs->setItem(row, TxSize, item(tr("%1 vB").arg(t.vsize), right));
    }
    m_txs->setUpdatesEnabled(true);
    setStatus(QString());
}

void BlockView::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(toneColor(Tone::Negative, palette()).name()) : QString());
}

}  // namespace cairn::ui
