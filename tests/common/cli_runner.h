// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace cairn::test {

/// The outcome of one cairn-cli run.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    /// stdout parsed as JSON (null document when it is not JSON).
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

/// Runs the built cairn-cli with `args`, feeding `stdinData` (closed afterwards), waiting up to `timeoutMs`.
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 60000);

}  // namespace cairn::test
