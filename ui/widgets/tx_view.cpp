// SPDX-License-Identifier: MIT
#include "ui/widgets/tx_view.h"

#include "ui/widgets/display_format.h"
#include "ui/widgets/hash_label.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {

enum InputColumn { InIndex, InPrevout, InValue, InScriptSig, InWitness, InSequence, InColumns };
enum OutputColumn { OutIndex, OutValue, OutAddress, OutType, OutScript, OutColumns };

QTableWidgetItem* cell(const QString& text, bool mono = false, Qt::Alignment align = Qt::AlignLeft) {
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment(align | Qt::AlignVCenter);  // one baseline for mono and proportional cells
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setToolTip(text);
    if (mono) i->setFont(monospaceFont());
    return i;
}

QTableWidget* makeTable(int columns, const QStringList& headers, const QString& name, const QString& accessible) {
    auto* t = new QTableWidget(0, columns);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTextElideMode(Qt::ElideMiddle);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

}  // namespace

TxView::TxView(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout), m_title(new QLabel), m_proof(new QPushButton(tr("Merkle proof"))) {
    auto* layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("txTitle"));
    layout->addWidget(m_title);

    auto addHash = [this](const QString& label, const QString& name, bool link) {
        auto* h = new HashLabel;
        h->setObjectName(name);
        h->setAccessibleName(label);
        h->setLink(link);
        m_form->addRow(label, h);
        return h;
    };
    m_txid = addHash(tr("Transaction id"), QStringLiteral("txId"), false);
    m_wtxid = addHash(tr("Witness id"), QStringLiteral("txWtxid"), false);
    m_block = addHash(tr("Block"), QStringLiteral("txBlock"), true);
    m_position = addField(tr("Position"), QStringLiteral("txPosition"));
    m_version = addField(tr("Version"), QStringLiteral("txVersion"));
    m_lockTime = addField(tr("Lock time"), QStringLiteral("txLockTime"));
    m_size = addField(tr("Size"), QStringLiteral("txSize"));
    m_weight = addField(tr("Weight"), QStringLiteral("txWeight"));
    m_total = addField(tr("Output total"), QStringLiteral("txTotal"));
    m_fee = addField(tr("Fee"), QStringLiteral("txFee"));
    layout->addLayout(m_form);

    m_proof->setObjectName(QStringLiteral("showProofButton"));
    m_proof->setAccessibleName(tr("Show Merkle proof"));
    m_proof->setToolTip(tr("Prove that this transaction is in its block, against our validated header"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_proof);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_inputs = makeTable(InColumns,
                         {tr("#"), tr("Previous output"), tr("Value"), tr("scriptSig"), tr("Witness"), tr("Sequence")},
                         QStringLiteral("txInputs"), tr("Inputs"));
    m_outputs = makeTable(OutColumns, {tr("#"), tr("Value"), tr("Address"), tr("Type"), tr("scriptPubKey")},
                          QStringLiteral("txOutputs"), tr("Outputs"));
    auto* split = new QSplitter(Qt::Vertical);
    auto wrap = [](const QString& heading, QTableWidget* table) {
        auto* w = new QWidget;
        auto* l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(new QLabel(heading));
        l->addWidget(table);
        return w;
    };
    split->addWidget(wrap(tr("<b>Inputs</b>"), m_inputs));
    split->addWidget(wrap(tr("<b>Outputs</b>"), m_outputs));
    layout->addWidget(split, 1);

    connect(m_proof, &QPushButton::clicked, this, [this] {
        if (!m_tx.blockHash.isEmpty()) emit proofRequested(m_tx.txid, m_tx.blockHash);
    });
    connect(m_block, &HashLabel::activated, this, &TxView::blockActivated);
    connect(m_inputs, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row < m_tx.inputs.size() && !m_tx.inputs[row].coinbase) emit transactionActivated(m_tx.inputs[row].prevTxid);
    });
}

QLabel* TxView::addField(const QString& label, const QString& objectName) {
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void TxView::setTransaction(const service::TxInfo& tx) {
    m_tx = tx;
    m_title->setText(tx.coinbase ? tr("Coinbase transaction") : tr("Transaction"));
    m_txid->setText(tx.txid);
    m_wtxid->setText(tx.wtxid);
    m_block->setText(tx.blockHash);
    m_position->setText(tx.blockHeight < 0 ? tr("unknown")
                                           : tr("#%1 in block %2").arg(tx.indexInBlock).arg(tx.blockHeight));
    m_version->setText(QString::number(tx.version));
    m_lockTime->setText(QString::number(tx.lockTime));
    m_size->setText(tr("%1 bytes (%2 without witness), %3 vbytes")
                        .arg(formatCount(tx.size), formatCount(tx.strippedSize), formatCount(tx.vsize)));
    m_weight->setText(tr("%1 WU").arg(formatCount(tx.weight)));
    m_total->setText(formatBtc(tx.totalOutput));
    if (tx.coinbase) m_fee->setText(tr("none (coinbase)"));
    else if (tx.fee < 0) m_fee->setText(tr("unknown (the values of the spent outputs are not known)"));
    else
        m_fee->setText(tr("%1 (%2 sat/vB)")
                           .arg(formatBtc(tx.fee))
                           .arg(tx.vsize > 0 ? static_cast<double>(tx.fee) / tx.vsize : 0.0, 0, 'f', 2));
    m_proof->setEnabled(!tx.blockHash.isEmpty());
    fillInputs();
    fillOutputs();
}

void TxView::fillInputs() {
    m_inputs->setRowCount(static_cast<int>(m_tx.inputs.size()));
    for (int row = 0; row < m_tx.inputs.size(); ++row) {
        const service::TxInputInfo& in = m_tx.inputs[row];
        m_inputs->setItem(row, InIndex, cell(QString::number(row), false, Qt::AlignRight));
        m_inputs->setItem(row, InPrevout,
                          cell(in.coinbase ? tr("coinbase") : QStringLiteral("%1:%2").arg(in.prevTxid).arg(in.prevIndex),
                               !in.coinbase));
        m_inputs->setItem(row, InValue,
                          cell(in.value < 0 ? tr("unknown") : formatBtc(in.value), true, Qt::AlignRight));
        m_inputs->setItem(row, InScriptSig,
                          cell(in.coinbase ? in.scriptSigHex : in.scriptSigAsm, true));
        m_inputs->setItem(row, InWitness, cell(in.witness.join(QLatin1Char(' ')), true));
        m_inputs->setItem(row, InSequence, cell(QStringLiteral("0x%1").arg(in.sequence, 8, 16, QLatin1Char('0')), true));
    }
    m_inputs->resizeColumnToContents(InIndex);
    m_inputs->setColumnWidth(InPrevout, 260);
    m_inputs->setColumnWidth(InValue, 170);
    m_inputs->setColumnWidth(InScriptSig, 260);
    m_inputs->setColumnWidth(InWitness, 200);
}

void TxView::fillOutputs() {
    m_outputs->setRowCount(static_cast<int>(m_tx.outputs.size()));
    for (int row = 0; row < m_tx.outputs.size(); ++row) {
        const service::TxOutputInfo& out = m_tx.outputs[row];
        m_outputs->setItem(row, OutIndex, cell(QString::number(row), false, Qt::AlignRight));
        m_outputs->setItem(row, OutValue, cell(formatBtc(out.value), true, Qt::AlignRight));
        m_outputs->setItem(row, OutAddress, cell(out.address.isEmpty() ? tr("(no address)") : out.address, true));
        m_outputs->setItem(row, OutType, cell(out.type));
        m_outputs->setItem(row, OutScript, cell(out.scriptAsm, true));
    }
    m_outputs->resizeColumnToContents(OutIndex);
    m_outputs->setColumnWidth(OutValue, 170);
    m_outputs->setColumnWidth(OutAddress, 300);
    m_outputs->setColumnWidth(OutType, 140);
}

}  // namespace cairn::ui
