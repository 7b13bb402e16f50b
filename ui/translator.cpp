// SPDX-License-Identifier: MIT
#include "ui/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace cairn::ui {

namespace {

// The translators installed by the last call; a new call replaces them, so switching from German to French
// never leaves German strings behind for what French lacks.
QList<QPointer<QTranslator>>& installed() {
    static QList<QPointer<QTranslator>> list;
    return list;
}

void removeInstalled() {
    for (const QPointer<QTranslator>& t : installed()) {
        if (!t) continue;
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
}

// Installs `tr` when `loaded`, else deletes it; returns `loaded`.
bool keep(QTranslator* tr, bool loaded) {
    if (!loaded) {
        delete tr;
        return false;
    }
    QCoreApplication::installTranslator(tr);
    installed() << tr;
    return true;
}

}  // namespace

QString installTranslations(const QString& language) {
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* cairnTr = new QTranslator(QCoreApplication::instance());
    if (!cairnTr->load(locale, QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // English is the source language; its catalogue still supplies the plural forms ("1 peer", "2 peers").
        keep(cairnTr, cairnTr->load(QStringLiteral(":/i18n/cairn_en.qm")));
        return QStringLiteral("en");
    }
    keep(cairnTr, true);
    // Qt's own strings (standard buttons, file dialogs) in the same language, when Qt ships them.
    auto* qtTr = new QTranslator(QCoreApplication::instance());
    keep(qtTr, qtTr->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

}  // namespace cairn::ui
