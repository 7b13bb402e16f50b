// SPDX-License-Identifier: MIT
#include "ui/widgets/hash_label.h"

#include "ui/widgets/display_format.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

namespace cairn::ui {

HashLabel::HashLabel(QWidget* parent) : QWidget(parent) {
    setFont(monospaceFont());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus);
}

void HashLabel::setText(const QString& text) {
    m_text = text;
    setToolTip(text);
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

void HashLabel::setLink(bool link) {
    m_link = link;
    QFont f = font();
    f.setUnderline(link);
    setFont(f);
    setCursor(link ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

QSize HashLabel::sizeHint() const {
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(m_text) + 4, fm.height() + 2};
}

QSize HashLabel::minimumSizeHint() const {
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('0')) * 12, fm.height() + 2};
}

void HashLabel::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setFont(font());
    p.setPen(palette().color(m_link ? QPalette::Link : QPalette::WindowText));
    const QString shown = p.fontMetrics().elidedText(m_text, Qt::ElideMiddle, width() - 2);
    p.drawText(rect().adjusted(1, 0, -1, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void HashLabel::mouseReleaseEvent(QMouseEvent* event) {
    if (m_link && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) &&
        !m_text.isEmpty())
        emit activated(m_text);
    QWidget::mouseReleaseEvent(event);
}

void HashLabel::keyPressEvent(QKeyEvent* event) {
    const bool press = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
    if (m_link && press && !m_text.isEmpty()) {
        emit activated(m_text);
        return;
    }
    QWidget::keyPressEvent(event);
}

void HashLabel::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setText(m_text); });
    menu.exec(event->globalPos());
}

}  // namespace cairn::ui
