// SPDX-License-Identifier: MIT
#pragma once

#include "ui/amount_format.h"

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
    /// Display unit for amounts (default BTC).
    static DisplayUnit displayUnit();
    static void setDisplayUnit(DisplayUnit unit);
    /// Theme: "system" (default), "light" or "dark".
    static QString theme();
    static void setTheme(const QString& theme);
    /// Minutes of idle time before the wallet locks; 0 disables auto-lock (default 10).
    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);
    /// Peers to connect to exclusively ("host:port"), like --connect; empty means automatic discovery.
    static QStringList connectPeers();
    static void setConnectPeers(const QStringList& peers);
    /// SOCKS5 proxy "host:port" (e.g. Tor at 127.0.0.1:9050); empty means direct connections.
    static QString proxy();
    static void setProxy(const QString& hostPort);
    /// Name of the wallet last opened on `network`; empty when none.
    static QString lastWallet(const QString& network);
    static void setLastWallet(const QString& network, const QString& name);
    /// Languages shipped as embedded translations, as codes.
    static QStringList availableLanguages();
};

}  // namespace cairn::ui
