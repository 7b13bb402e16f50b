// SPDX-License-Identifier: MIT
#include "ui/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cairn::ui {

QString installTranslations(const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* cairnTr = new QTranslator(QCoreApplication::instance());
    if (!cairnTr->load(locale, QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // English is the source language; its catalogue still supplies the plural forms ("1 peer", "2 peers").
        if (cairnTr->load(QStringLiteral(":/i18n/cairn_en.qm"))) QCoreApplication::installTranslator(cairnTr);
        else delete cairnTr;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(cairnTr);
    auto* qtTr = new QTranslator(QCoreApplication::instance());
    if (qtTr->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTr);
    else
        delete qtTr;
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

}  // namespace cairn::ui
