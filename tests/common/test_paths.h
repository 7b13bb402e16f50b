// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cairn::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
/// The whole content of a file under tests/data; fails the calling test (QFAIL-like abort) if missing.
QByteArray readData(const QString& relative);
/// A JSON file under tests/data parsed as an object; with `member`, that member of it (an empty object when
/// absent or not an object).
QJsonObject readJsonObject(const QString& relative, const QString& member = {});
/// Absolute path of a file in the source tree.
QString sourcePath(const QString& relative);
/// A fresh, empty directory for this test run under the build tree (not removed, for post-mortems).
QString freshTempDir(const QString& name);

}  // namespace cairn::test
