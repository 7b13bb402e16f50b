// SPDX-License-Identifier: MIT
#include "ui/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

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

namespace {
// Relative luminance of an sRGB colour (WCAG 2).
double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
}  // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor toneColor(Tone tone, const QPalette& palette) {
    const bool dark = isDark(palette);
    QColor c;
    switch (tone) {
        case Tone::Positive: c = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20); break;
        case Tone::Negative: c = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c); break;
        case Tone::Warning: c = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00); break;
    }
    // A custom system palette may have unusual backgrounds: move towards the text colour until both
    // backgrounds give at least 4.5:1.
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 0; step < 10 && std::min(contrastRatio(c, window), contrastRatio(c, base)) < 4.5; ++step)
        c = QColor::fromRgbF(float((c.redF() + text.redF()) / 2), float((c.greenF() + text.greenF()) / 2),
                             float((c.blueF() + text.blueF()) / 2));
    return c;
}

}  // namespace cairn::ui
