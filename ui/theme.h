// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace cairn::ui {

/// The dark palette of Cairn (Fusion style colours; every role set, disabled group dimmed).
QPalette darkPalette();
/// The light palette (the Fusion style's standard palette).
QPalette lightPalette();
/// Applies "light", "dark" or "system" (anything else) to the running application; returns the palette in use.
QPalette applyTheme(const QString& theme);

}  // namespace cairn::ui
