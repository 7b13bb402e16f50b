// SPDX-License-Identifier: MIT
#include "ui/app_settings.h"

#include <QDir>
#include <QSettings>

namespace cairn::ui {

namespace {
const QString kNetworkKey = QStringLiteral("network");
const QString kLanguageKey = QStringLiteral("language");
const QString kDataDirKey = QStringLiteral("datadir");
}  // namespace

QString AppSettings::network() { return QSettings().value(kNetworkKey, QStringLiteral("main")).toString(); }
void AppSettings::setNetwork(const QString& name) { QSettings().setValue(kNetworkKey, name); }
QString AppSettings::language() { return QSettings().value(kLanguageKey).toString(); }
void AppSettings::setLanguage(const QString& code) { QSettings().setValue(kLanguageKey, code); }
QString AppSettings::dataDirOverride() { return QSettings().value(kDataDirKey).toString(); }
void AppSettings::setDataDirOverride(const QString& dir) { QSettings().setValue(kDataDirKey, dir); }

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
