// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace cairn::ui {

/// Draws a Merkle inclusion proof as the path of a binary tree: the transaction (leaf) at the bottom, at
/// each level the node on the path and its sibling from the proof, their parent above, up to the root.
/// Parents are recomputed here (double SHA-256 of left || right, as Bitcoin builds its Merkle tree), so the
/// drawing shows exactly which root the proof reaches; the verdict against a header is the caller's.
class MerkleTreeWidget : public QWidget {
    Q_OBJECT
public:
    explicit MerkleTreeWidget(QWidget* parent = nullptr);

    /// Shows the proof of `txid` (display hex) at `index` among `totalTransactions`, with `siblings` from the
    /// leaf up (display hex). An inconsistent proof (wrong sibling count, bad hex) is drawn as far as it goes
    /// and isConsistent() turns false.
    void setProof(const QString& txid, int index, int totalTransactions, const QStringList& siblings);
    /// The sibling hashes (display hex, from the leaf up) of the transaction at `index` of a block whose
    /// transaction ids (display hex, block order) are `txids`; empty when the index is out of range or a txid
    /// is not a hash.
    static QStringList branchFromTxids(const QStringList& txids, int index);
    /// Clears the drawing.
    void clear();

    /// Root reached by hashing up the path (display hex); empty when the proof is inconsistent.
    QString computedRoot() const { return m_consistent ? m_root : QString(); }
    /// True when the sibling count matches the tree height and every hash is 32 bytes of hex.
    bool isConsistent() const { return m_consistent; }
    /// Levels below the root (0 for a block with one transaction).
    int levelCount() const { return static_cast<int>(m_levels.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Kind { Leaf, Path, Sibling, Duplicate, Root };
    struct Box {
        QString hash;
        QString caption;
        Kind kind = Kind::Path;
        QRectF rect;
    };
    struct Level {
        QString pathHash;     // node on the path at this level
        QString siblingHash;  // its sibling from the proof
        bool pathIsLeft = true;
        bool duplicate = false;  // odd level width: the node is paired with itself
        int position = 0;
    };
    void layoutBoxes();
    QSizeF boxSize() const;

    QList<Level> m_levels;  // from the leaf up
    QString m_root;
    int m_index = 0;
    bool m_consistent = false;
    QList<Box> m_boxes;
    QList<QPair<int, int>> m_edges;  // parent box -> child box
    QSize m_size;
};

}  // namespace cairn::ui
