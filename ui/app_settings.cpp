// SPDX-License-Identifier: MIT
#include "ui/app_settings.h"

#include <QDir>
#include <QSettings>

namespace cairn::ui {

namespace {
const QString kNetworkKey = QStringLiteral("network");
const QString kLanguageKey = QStringLiteral("language");
const QString kDataDirKey = QStringLiteral("datadir");
const QString kUnitKey = QStringLiteral("display/unit");
const QString kThemeKey = QStringLiteral("display/theme");
const QString kAutoLockKey = QStringLiteral("wallet/autoLockMinutes");
const QString kPeersKey = QStringLiteral("net/connect");
const QString kProxyKey = QStringLiteral("net/proxy");
}  // namespace

QString AppSettings::network() { return QSettings().value(kNetworkKey, QStringLiteral("main")).toString(); }
void AppSettings::setNetwork(const QString& name) { QSettings().setValue(kNetworkKey, name); }
QString AppSettings::language() { return QSettings().value(kLanguageKey).toString(); }
void AppSettings::setLanguage(const QString& code) { QSettings().setValue(kLanguageKey, code); }
QString AppSettings::dataDirOverride() { return QSettings().value(kDataDirKey).toString(); }
void AppSettings::setDataDirOverride(const QString& dir) { QSettings().setValue(kDataDirKey, dir); }
DisplayUnit AppSettings::displayUnit() { return unitFromKey(QSettings().value(kUnitKey).toString()); }
void AppSettings::setDisplayUnit(DisplayUnit unit) { QSettings().setValue(kUnitKey, unitKey(unit)); }
QString AppSettings::theme() {
    const QString t = QSettings().value(kThemeKey, QStringLiteral("system")).toString();
    return (t == QStringLiteral("light") || t == QStringLiteral("dark")) ? t : QStringLiteral("system");
}
void AppSettings::setTheme(const QString& theme) { QSettings().setValue(kThemeKey, theme); }
int AppSettings::autoLockMinutes() {
    bool ok = false;
    const int m = QSettings().value(kAutoLockKey, 10).toInt(&ok);
    return ok && m >= 0 && m <= 24 * 60 ? m : 10;
}
void AppSettings::setAutoLockMinutes(int minutes) { QSettings().setValue(kAutoLockKey, minutes); }
QStringList AppSettings::connectPeers() { return QSettings().value(kPeersKey).toStringList(); }
void AppSettings::setConnectPeers(const QStringList& peers) { QSettings().setValue(kPeersKey, peers); }
QString AppSettings::proxy() { return QSettings().value(kProxyKey).toString(); }
void AppSettings::setProxy(const QString& hostPort) { QSettings().setValue(kProxyKey, hostPort); }
QString AppSettings::lastWallet(const QString& network) {
    return QSettings().value(QStringLiteral("wallet/last_") + network).toString();
}
void AppSettings::setLastWallet(const QString& network, const QString& name) {
    QSettings().setValue(QStringLiteral("wallet/last_") + network, name);
}

QStringList AppSettings::availableLanguages() {
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("cairn_*.qm")}, QDir::Files);
    for (const QString& f : files) {
        const QString code = f.mid(6, f.size() - 9);
        if (!codes.contains(code)) codes << code;
    }
    return codes;
}

}  // namespace cairn::ui
