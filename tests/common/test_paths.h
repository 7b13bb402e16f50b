// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace cairn::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
/// The whole content of a file under tests/data; fails the calling test (QFAIL-like abort) if missing.
QByteArray readData(const QString& relative);
/// Absolute path of a file in the source tree.
QString sourcePath(const QString& relative);
/// A fresh, empty directory for this test run under the build tree (not removed, for post-mortems).
QString freshTempDir(const QString& name);

}  // namespace cairn::test
