// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_types.h"
#include "ui/theme.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace cairn::ui {

class HashLabel;
class MerkleTreeWidget;

/// A Merkle inclusion proof: the verdict ("Verified against header at height H" or why not), the proof's
/// fields, the path drawn as a tree (MerkleTreeWidget) and the sibling hashes level by level.
class MerkleProofView : public QWidget {
    Q_OBJECT
public:
    explicit MerkleProofView(QWidget* parent = nullptr);

    /// Shows `proof` (as NodeService::txProofReady delivers it).
    void setProof(const service::MerkleProofInfo& proof);
    /// Shows that the proof is being fetched, or why it could not be.
    void setStatus(const QString& text, bool error = false);
    /// The verdict line as shown.
    QString verdict() const;
    /// The tree drawing (for tests and screenshots).
    MerkleTreeWidget* tree() const { return m_tree; }

signals:
    /// The user opened the proof's block or transaction.
    void blockActivated(const QString& blockHash);
    void transactionActivated(const QString& txid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void colourVerdict();

    std::optional<Tone> m_verdictTone;  // colour of the verdict text; none for plain status text
    QLabel* m_verdict;
    HashLabel* m_txid;
    HashLabel* m_block;
    HashLabel* m_root;
    QLabel* m_position;
    QLabel* m_height;
    MerkleTreeWidget* m_tree;
    QTableWidget* m_siblings;
};

}  // namespace cairn::ui
