// SPDX-License-Identifier: MIT
#include "ui/widgets/merkle_proof_view.h"

#include "ui/widgets/display_format.h"
#include "ui/widgets/hash_label.h"
#include "ui/widgets/merkle_tree_widget.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::ui {

MerkleProofView::MerkleProofView(QWidget* parent)
    : QWidget(parent), m_verdict(new QLabel), m_txid(new HashLabel), m_block(new HashLabel), m_root(new HashLabel),
      m_position(new QLabel), m_height(new QLabel), m_tree(new MerkleTreeWidget), m_siblings(new QTableWidget(0, 3)) {
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Merkle proof"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    m_verdict->setObjectName(QStringLiteral("proofVerdict"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setWordWrap(true);
    QFont vf = m_verdict->font();
    vf.setBold(true);
    m_verdict->setFont(vf);
    layout->addWidget(m_verdict);

    auto* form = new QFormLayout;
    m_txid->setObjectName(QStringLiteral("proofTxid"));
    m_txid->setAccessibleName(tr("Transaction id"));
    m_txid->setLink(true);
    m_block->setObjectName(QStringLiteral("proofBlock"));
    m_block->setAccessibleName(tr("Block"));
    m_block->setLink(true);
    m_root->setObjectName(QStringLiteral("proofRoot"));
    m_root->setAccessibleName(tr("Merkle root"));
    m_position->setObjectName(QStringLiteral("proofPosition"));
    m_height->setObjectName(QStringLiteral("proofHeight"));
    form->addRow(tr("Transaction"), m_txid);
    form->addRow(tr("Block"), m_block);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Position"), m_position);
    form->addRow(tr("Merkle root"), m_root);
    layout->addLayout(form);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("proofTreeArea"));
    scroll->setWidget(m_tree);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    m_tree->setObjectName(QStringLiteral("merkleTree"));

    m_siblings->setObjectName(QStringLiteral("proofSiblings"));
    m_siblings->setAccessibleName(tr("Sibling hashes"));
    m_siblings->setHorizontalHeaderLabels({tr("Level"), tr("Side"), tr("Sibling hash")});
    m_siblings->verticalHeader()->hide();
    m_siblings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_siblings->horizontalHeader()->setStretchLastSection(true);
    m_siblings->setTextElideMode(Qt::ElideMiddle);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(scroll);
    split->addWidget(m_siblings);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_block, &HashLabel::activated, this, &MerkleProofView::blockActivated);
    connect(m_txid, &HashLabel::activated, this, &MerkleProofView::transactionActivated);
}

void MerkleProofView::setStatus(const QString& text, bool error) {
    m_verdict->setText(text);
    m_verdictTone = error ? std::optional<Tone>(Tone::Negative) : std::nullopt;
    colourVerdict();
    if (error || !text.isEmpty()) {
        m_tree->clear();
        m_siblings->setRowCount(0);
    }
}

QString MerkleProofView::verdict() const { return m_verdict->text(); }

void MerkleProofView::setProof(const service::MerkleProofInfo& proof) {
    m_txid->setText(proof.txid);
    m_block->setText(proof.blockHash);
    m_root->setText(proof.root);
    m_height->setText(proof.height < 0 ? tr("unknown block") : QString::number(proof.height));
    m_position->setText(tr("#%1 of %2 transactions").arg(proof.index).arg(proof.totalTransactions));
    m_tree->setProof(proof.txid, proof.index, proof.totalTransactions, proof.siblings);
    m_tree->adjustSize();

    // The service checked the proof against its validated header; the drawing re-hashes the path, and both
    // must agree for a green verdict.
    const bool drawnAgrees = m_tree->isConsistent() && m_tree->computedRoot() == proof.root.toLower();
    QString text;
    bool ok = false;
    if (proof.height < 0) text = tr("Not verified: block %1 is not in our validated header chain").arg(proof.blockHash);
    else if (!proof.verified) text = tr("Not verified: the proof does not reach the Merkle root of the header at height %1")
                                         .arg(proof.height);
    else if (!drawnAgrees) text = tr("Not verified: re-hashing the path gives another root than the proof claims");
    else {
        text = tr("✔ Verified against header at height %1").arg(proof.height);
        ok = true;
    }
    m_verdict->setText(text);
    m_verdictTone = ok ? Tone::Positive : Tone::Negative;
    colourVerdict();

    m_siblings->setRowCount(static_cast<int>(proof.siblings.size()));
    int position = proof.index;
    for (int level = 0; level < proof.siblings.size(); ++level) {
        auto* l = new QTableWidgetItem(QString::number(level));
        l->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_siblings->setItem(level, 0, l);
        m_siblings->setItem(level, 1, new QTableWidgetItem(position % 2 == 0 ? tr("right") : tr("left")));
        auto* h = new QTableWidgetItem(proof.siblings[level]);
        h->setFont(monospaceFont());
        m_siblings->setItem(level, 2, h);
        position /= 2;
    }
    // Level and side fit their contents; the hash column takes the rest of the width (the last section
    // stretches, which resizing every column to its contents would undo).
    m_siblings->resizeColumnToContents(0);
    m_siblings->resizeColumnToContents(1);
}

void MerkleProofView::colourVerdict() {
    m_verdict->setStyleSheet(m_verdictTone ? QStringLiteral("color: %1;").arg(toneColor(*m_verdictTone, palette()).name())
                                           : QString());
}

void MerkleProofView::changeEvent(QEvent* event) {
    // A theme switch: the verdict's colour must stay readable on the new background.
    if (event->type() == QEvent::PaletteChange) colourVerdict();
    QWidget::changeEvent(event);
}

}  // namespace cairn::ui
