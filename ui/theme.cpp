// SPDX-License-Identifier: MIT
#include "ui/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace cairn::ui {

namespace {
QPalette g_systemPalette;
bool g_haveSystemPalette = false;
}  // namespace

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), dim(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

QPalette lightPalette() {
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QPalette p = fusion->standardPalette();
        delete fusion;
        return p;
    }
    return QPalette(Qt::white);
}

QPalette applyTheme(const QString& theme) {
    if (!g_haveSystemPalette) {
        g_systemPalette = QApplication::palette();
        g_haveSystemPalette = true;
    }
    QPalette p = g_systemPalette;
    if (theme == QStringLiteral("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        p = darkPalette();
    } else if (theme == QStringLiteral("light")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        p = lightPalette();
    }
    QApplication::setPalette(p);
    return p;
}

}  // namespace cairn::ui
