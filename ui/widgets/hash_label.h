// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace cairn::ui {

/// A hash (or any long identifier) in the monospace font, elided in the middle when narrow, with the full
/// text as tooltip and a "Copy" context menu. In link mode it is underlined and emits activated() on click.
class HashLabel : public QWidget {
    Q_OBJECT
public:
    explicit HashLabel(QWidget* parent = nullptr);

    /// The full text (empty shows nothing).
    QString text() const { return m_text; }
    void setText(const QString& text);
    /// Link mode: underlined, pointing-hand cursor, activated(text()) on a left click.
    void setLink(bool link);
    bool isLink() const { return m_link; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked a link-mode label.
    void activated(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString m_text;
    bool m_link = false;
};

}  // namespace cairn::ui
