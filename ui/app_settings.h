// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace cairn::ui {

/// Persistent user preferences (QSettings). Command-line options override them for one run.
class AppSettings {
public:
    /// Network name as accepted by --network (main, test, testnet4, signet, regtest).
    static QString network();
    static void setNetwork(const QString& name);
    /// Language code ("en", "de"); empty means follow the system locale.
    static QString language();
    static void setLanguage(const QString& code);
    /// Base data directory; empty means the platform default.
    static QString dataDirOverride();
    static void setDataDirOverride(const QString& dir);
    /// Languages shipped as embedded translations, as codes.
    static QStringList availableLanguages();
};

}  // namespace cairn::ui
