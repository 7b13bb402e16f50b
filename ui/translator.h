// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace cairn::ui {

/// Installs Cairn's and Qt's translations for `language` ("de", "es", "fr"; empty = system locale) on the
/// application, replacing those of a previous call. Returns the language actually loaded ("en" when none matched).
QString installTranslations(const QString& language);

}  // namespace cairn::ui
