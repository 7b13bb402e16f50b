// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace cairn::ui {

/// The dark palette of Cairn (Fusion style colours; every role set, disabled group dimmed).
QPalette darkPalette();
/// The light palette (the Fusion style's standard palette).
QPalette lightPalette();
/// Applies "light", "dark" or "system" (anything else) to the running application; returns the palette in use.
QPalette applyTheme(const QString& theme);

/// True when `palette`'s window background is dark (text is light), whatever theme produced it.
bool isDark(const QPalette& palette);

/// Meaning of a coloured text: good news (verified, confirmed), bad news (error, invalid), a warning.
enum class Tone { Positive, Negative, Warning };

/// A text colour for `tone` readable on `palette`'s Window and Base backgrounds (contrast ratio at least 4.5:1,
/// WCAG AA), in light and dark palettes alike. Use it instead of fixed colours such as #c62828.
QColor toneColor(Tone tone, const QPalette& palette);

/// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

}  // namespace cairn::ui
