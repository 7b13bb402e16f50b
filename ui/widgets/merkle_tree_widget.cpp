// SPDX-License-Identifier: MIT
#include "ui/widgets/merkle_tree_widget.h"

#include "ui/widgets/display_format.h"

#include <QCryptographicHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cairn::ui {

namespace {

constexpr qreal kMargin = 12;
constexpr qreal kGap = 18;
constexpr qreal kRowGap = 34;

// Display-order hex (as the service hands hashes out) to internal byte order; empty when not 32 bytes of hex.
QByteArray internalBytes(const QString& displayHex) {
    if (displayHex.size() != 64) return {};
    for (QChar c : displayHex)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))) return {};
    QByteArray b = QByteArray::fromHex(displayHex.toLatin1());
    std::reverse(b.begin(), b.end());
    return b;
}

QString displayHex(QByteArray internal) {
    std::reverse(internal.begin(), internal.end());
    return QString::fromLatin1(internal.toHex());
}

// Parent of two nodes: SHA-256(SHA-256(left || right)) over internal byte order.
QString parentOf(const QString& left, const QString& right) {
    const QByteArray l = internalBytes(left), r = internalBytes(right);
    if (l.isEmpty() || r.isEmpty()) return {};
    const QByteArray once = QCryptographicHash::hash(l + r, QCryptographicHash::Sha256);
    return displayHex(QCryptographicHash::hash(once, QCryptographicHash::Sha256));
}

QString shortHash(const QString& h) { return h.size() > 16 ? h.left(8) + QStringLiteral("…") + h.right(8) : h; }

}  // namespace

MerkleTreeWidget::MerkleTreeWidget(QWidget* parent) : QWidget(parent) {
    setFont(monospaceFont());
    setAccessibleName(tr("Merkle proof tree"));
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
}

void MerkleTreeWidget::clear() {
    m_levels.clear();
    m_boxes.clear();
    m_edges.clear();
    m_root.clear();
    m_consistent = false;
    m_size = QSize();
    updateGeometry();
    update();
}

QStringList MerkleTreeWidget::branchFromTxids(const QStringList& txids, int index) {
    if (index < 0 || index >= txids.size()) return {};
    QStringList level;
    for (const QString& t : txids) {
        if (internalBytes(t).isEmpty()) return {};
        level << t.toLower();
    }
    QStringList siblings;
    int position = index;
    while (level.size() > 1) {
        // An odd level pairs its last node with itself.
        if (level.size() % 2 == 1) level << level.last();
        siblings << level[position ^ 1];
        QStringList parents;
        for (int i = 0; i < level.size(); i += 2) parents << parentOf(level[i], level[i + 1]);
        level = parents;
        position /= 2;
    }
    return siblings;
}

void MerkleTreeWidget::setProof(const QString& txid, int index, int totalTransactions, const QStringList& siblings) {
    clear();
    m_index = index;
    // Tree height: how many times the level width halves (rounding up) until one node is left.
    int height = 0;
    for (int width = std::max(totalTransactions, 1); width > 1; width = (width + 1) / 2) ++height;
    m_consistent = index >= 0 && index < totalTransactions && siblings.size() == height && !internalBytes(txid).isEmpty();
    QString node = txid.toLower();
    int position = std::max(index, 0);
    int width = std::max(totalTransactions, 1);
    for (int i = 0; i < siblings.size(); ++i) {
        Level level;
        level.pathHash = node;
        level.siblingHash = siblings[i].toLower();
        level.position = position;
        level.pathIsLeft = position % 2 == 0;
        level.duplicate = level.pathIsLeft && position + 1 >= width;
        if (level.duplicate && level.siblingHash != node) m_consistent = false;
        node = level.pathIsLeft ? parentOf(node, level.siblingHash) : parentOf(level.siblingHash, node);
        if (node.isEmpty()) {
            m_consistent = false;
            node = QStringLiteral("?");
        }
        m_levels << level;
        position /= 2;
        width = (width + 1) / 2;
    }
    m_root = node;
    layoutBoxes();
    QStringList description;
    description << tr("Transaction %1 at position %2 of %3").arg(txid).arg(index).arg(totalTransactions);
    for (int i = 0; i < m_levels.size(); ++i)
        description << tr("level %1: sibling %2 on the %3").arg(i).arg(m_levels[i].siblingHash,
                                                                       m_levels[i].pathIsLeft ? tr("right") : tr("left"));
    description << tr("root %1").arg(m_root);
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSizeF MerkleTreeWidget::boxSize() const {
    // Wide enough for the shortened hash and for every caption (translations are often longer).
    const QFontMetricsF fm(font());
    qreal text = fm.horizontalAdvance(QStringLiteral("00000000…00000000"));
    for (const Box& b : m_boxes) text = std::max(text, fm.horizontalAdvance(b.caption));
    return {std::ceil(text) + 16, fm.height() * 2 + 10};
}

void MerkleTreeWidget::layoutBoxes() {
    const int levels = static_cast<int>(m_levels.size());
    // x of each box's centre in steps (one step = one box plus the gap), root at 0; children sit half a
    // step left and right of their parent. Steps become pixels once the widest caption is known.
    const qreal dx = 1.0;
    m_boxes << Box{m_root, m_consistent ? tr("Merkle root (computed)") : tr("root (inconsistent proof)"), Kind::Root, {}};
    QList<qreal> xs{0.0};
    QList<int> rows{0};
    int parentBox = 0;
    qreal parentX = 0.0;
    for (int l = levels - 1; l >= 0; --l) {
        const Level& level = m_levels[l];
        const int row = levels - l;
        const bool leaf = l == 0;
        Box path{level.pathHash, leaf ? tr("transaction #%1").arg(m_index) : tr("node on the path"),
                 leaf ? Kind::Leaf : Kind::Path, {}};
        Box sibling{level.siblingHash, level.duplicate ? tr("sibling (itself, duplicated)") : tr("sibling from the proof"),
                    level.duplicate ? Kind::Duplicate : Kind::Sibling, {}};
        const qreal leftX = parentX - dx / 2, rightX = parentX + dx / 2;
        const int pathIndex = static_cast<int>(m_boxes.size());
        m_boxes << path << sibling;
        xs << (level.pathIsLeft ? leftX : rightX) << (level.pathIsLeft ? rightX : leftX);
        rows << row << row;
        m_edges << qMakePair(parentBox, pathIndex) << qMakePair(parentBox, pathIndex + 1);
        parentBox = pathIndex;
        parentX = xs[pathIndex];
    }
    const QSizeF box = boxSize();
    const qreal step = box.width() + kGap;
    for (qreal& x : xs) x *= step;
    const qreal minX = *std::min_element(xs.begin(), xs.end());
    const qreal maxX = *std::max_element(xs.begin(), xs.end());
    for (int i = 0; i < m_boxes.size(); ++i) {
        const qreal cx = xs[i] - minX + kMargin + box.width() / 2;
        const qreal top = kMargin + rows[i] * (box.height() + kRowGap);
        m_boxes[i].rect = QRectF(cx - box.width() / 2, top, box.width(), box.height());
    }
    m_size = QSize(static_cast<int>(maxX - minX + box.width() + 2 * kMargin),
                   static_cast<int>((levels + 1) * (box.height() + kRowGap) - kRowGap + 2 * kMargin));
}

QSize MerkleTreeWidget::sizeHint() const { return m_size.isValid() ? m_size : QSize(200, 80); }

void MerkleTreeWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    // Centre the drawing when the widget is wider than the tree.
    p.translate(std::max(0, (width() - m_size.width()) / 2), 0);
    // Edges in the text colour, half transparent: visible on light and dark backgrounds alike.
    QColor edge = pal.color(QPalette::WindowText);
    edge.setAlpha(140);
    p.setPen(QPen(edge, 1.5));
    for (const auto& [parent, child] : m_edges) {
        const QRectF a = m_boxes[parent].rect, b = m_boxes[child].rect;
        p.drawLine(QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top()));
    }
    const QFontMetricsF fm(font());
    for (const Box& b : m_boxes) {
        QColor fill;
        switch (b.kind) {
        case Kind::Root: fill = m_consistent ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xcd, 0xd2); break;
        case Kind::Leaf: fill = QColor(0xbb, 0xde, 0xfb); break;
        case Kind::Path: fill = QColor(0xe3, 0xf2, 0xfd); break;
        case Kind::Sibling: fill = QColor(0xff, 0xe0, 0xb2); break;
        case Kind::Duplicate: fill = QColor(0xee, 0xee, 0xee); break;
        }
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), b.kind == Kind::Leaf || b.kind == Kind::Root ? 2.0 : 1.0));
        p.setBrush(fill);
        p.drawRoundedRect(b.rect, 6, 6);
        p.setPen(QColor(0x21, 0x21, 0x21));
        const QRectF inner = b.rect.adjusted(8, 4, -8, -4);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), fm.height()), Qt::AlignHCenter,
                   fm.elidedText(b.caption, Qt::ElideRight, inner.width()));
        p.drawText(QRectF(inner.left(), inner.top() + fm.height() + 2, inner.width(), fm.height()), Qt::AlignHCenter,
                   shortHash(b.hash));
    }
}

bool MerkleTreeWidget::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPointF at = help->pos() - QPointF(std::max(0, (width() - m_size.width()) / 2), 0);
        for (const Box& b : m_boxes) {
            if (b.rect.contains(at)) {
                QToolTip::showText(help->globalPos(), b.caption + QLatin1Char('\n') + b.hash, this);
                return true;
            }
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QWidget::event(e);
}

}  // namespace cairn::ui
