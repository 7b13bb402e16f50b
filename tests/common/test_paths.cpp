// SPDX-License-Identifier: MIT
#include "common/test_paths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace cairn::test {

QString dataPath(const QString& relative) { return QDir(QStringLiteral(CAIRN_TEST_DATA_DIR)).filePath(relative); }

QByteArray readData(const QString& relative) {
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "FATAL: test data %s missing\n", qPrintable(f.fileName()));
        std::abort();
    }
    return f.readAll();
}

QJsonObject readJsonObject(const QString& relative, const QString& member) {
    const QJsonObject whole = QJsonDocument::fromJson(readData(relative)).object();
    return member.isEmpty() ? whole : whole.value(member).toObject();
}

QString sourcePath(const QString& relative) { return QDir(QStringLiteral(CAIRN_SOURCE_DIR)).filePath(relative); }

QString freshTempDir(const QString& name) {
    QString base = qEnvironmentVariable("CAIRN_TEST_TMP");
    if (base.isEmpty()) base = QDir::tempPath() + QStringLiteral("/cairn-tests");
    const QString dir = QDir(base).filePath(name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12));
    QDir().mkpath(dir);
    return dir;
}

}  // namespace cairn::test
