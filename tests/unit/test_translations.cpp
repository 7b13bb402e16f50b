// SPDX-License-Identifier: MIT
// Every user-facing string in ui/ goes through tr(), and every shipped language translates every
// string lupdate finds in the sources.
#include "common/test_paths.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// Finds string literals that look like words for people (two letters in a row) and are not wrapped
// in tr()/QT_TR_NOOP. QStringLiteral/QLatin1String hold identifiers (object names, keys, paths): those
// are allowed unless they contain a space between words, which marks prose. A line ending in
// "// notr" is exempt (for the rare literal that is neither).
QStringList untranslated(const QString& fileName, const QString& source) {
    QStringList found;
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2}"));
    static const QRegularExpression prose(QStringLiteral("[A-Za-z]{2,}\\s+[A-Za-z]{2,}"));
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString& line = lines[n];
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QStringLiteral("//")) ||
            line.contains(QStringLiteral("// notr")) || trimmed.startsWith(QLatin1Char('*')) ||
            trimmed.startsWith(QStringLiteral("/*")) || line.contains(QStringLiteral("qCDebug")) ||
            line.contains(QStringLiteral("qCWarning")) || line.contains(QStringLiteral("qCInfo")))
            continue;
        auto it = literal.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString text = m.captured(1);
            if (!words.match(text).hasMatch()) continue;
            const QString before = line.left(m.capturedStart()).trimmed();
            const bool translated = before.endsWith(QStringLiteral("tr(")) || before.endsWith(QStringLiteral("QT_TR_NOOP(")) ||
                                    before.endsWith(QStringLiteral("QT_TRANSLATE_NOOP(")) ||
                                    before.endsWith(QStringLiteral("translate(")) ||
                                    // second argument of QT_TRANSLATE_NOOP("Context", "text")
                                    before.contains(QStringLiteral("QT_TRANSLATE_NOOP("));
            // A literal that continues the previous line's tr( string (adjacent literal concatenation).
            const bool continuation = before.isEmpty() && n > 0 && lines[n - 1].contains(QStringLiteral("tr(")) &&
                                      lines[n - 1].trimmed().endsWith(QLatin1Char('"'));
            const bool identifier = before.endsWith(QStringLiteral("QStringLiteral(")) ||
                                    before.endsWith(QStringLiteral("QLatin1String(")) ||
                                    before.endsWith(QStringLiteral("QLatin1StringView(")) ||
                                    before.endsWith(QStringLiteral("QByteArrayLiteral(")) ||
                                    before.endsWith(QStringLiteral("setObjectName(")) ||
                                    before.endsWith(QStringLiteral("Q_OBJECT"));
            if (translated || continuation) continue;
            if (identifier && !prose.match(text).hasMatch()) continue;
            found << QStringLiteral("%1:%2: \"%3\"").arg(fileName).arg(n + 1).arg(text);
        }
    }
    return found;
}

struct TsStats {
    int messages = 0;
    int unfinished = 0;
    QSet<QString> sources;
};

TsStats readTs(const QString& path) {
    TsStats s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return s;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QStringLiteral("name")) context = xml.readElementText();
        else if (xml.name() == QStringLiteral("message")) ++s.messages;
        else if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
            s.sources.insert(context + QStringLiteral("::") + source);
        } else if (xml.name() == QStringLiteral("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural entries hold <numerusform> children; their concatenated text must not be empty.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QStringLiteral("unfinished") || type == QStringLiteral("vanished") ||
                type == QStringLiteral("obsolete"))
                ++s.unfinished;
            else if (text.trimmed().isEmpty())
                ++s.unfinished;
        }
    }
    if (xml.hasError()) s.unfinished = -1;  // a malformed file must fail the completeness check
    return s;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void scannerCatchesBareStrings() {
        const QString bad = QStringLiteral("label->setText(\"Send coins\");\n"
                                           "auto* b = new QPushButton(QStringLiteral(\"Confirm and send\"));\n");
        QCOMPARE(untranslated(QStringLiteral("x.cpp"), bad).size(), 2);
        const QString good = QStringLiteral("label->setText(tr(\"Send coins\"));\n"
                                            "w->setObjectName(QStringLiteral(\"sendButton\"));\n"
                                            "#include \"ui/main_window.h\"\n");
        QVERIFY(untranslated(QStringLiteral("y.cpp"), good).isEmpty());
    }

    void everyUiStringIsWrapped() {
        QStringList problems;
        int files = 0;
        QDirIterator it(cairn::test::sourcePath(QStringLiteral("ui")), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            problems += untranslated(path, QString::fromUtf8(f.readAll()));
        }
        QVERIFY(files > 3);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("strings not wrapped in tr():\n") +
                                                problems.join(QLatin1Char('\n'))));
    }

    void shippedLanguagesAreComplete() {
        // Run lupdate over the sources into a scratch file: that is the set of strings the UI shows.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(CAIRN_LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                       cairn::test::sourcePath(QString()),
                       cairn::test::sourcePath(QStringLiteral("ui")), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsStats expected = readTs(fresh);
        QVERIFY2(expected.messages > 10, "lupdate found too few strings");

        QDir dir(cairn::test::sourcePath(QStringLiteral("translations")));
        const QStringList tsFiles = dir.entryList({QStringLiteral("cairn_*.ts")}, QDir::Files);
        QVERIFY(tsFiles.contains(QStringLiteral("cairn_en.ts")));
        QVERIFY2(tsFiles.size() >= 2, "at least one language besides English");
        for (const QString& name : tsFiles) {
            const TsStats s = readTs(dir.filePath(name));
            const QSet<QString> missing = expected.sources - s.sources;
            QVERIFY2(missing.isEmpty(), qPrintable(name + QStringLiteral(" lacks: ") + QStringList(missing.values()).join(QStringLiteral(" | "))));
            if (name == QStringLiteral("cairn_en.ts")) continue;  // the source language needs no translations
            QVERIFY2(s.unfinished == 0, qPrintable(QStringLiteral("%1 has %2 unfinished entries").arg(name).arg(s.unfinished)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
