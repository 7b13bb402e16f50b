// SPDX-License-Identifier: MIT
#include "common/cli_runner.h"

#include <QProcess>

namespace cairn::test {

CliResult runCli(const QStringList& args, const QByteArray& stdinData, int timeoutMs) {
    QProcess p;
    p.start(QStringLiteral(CAIRN_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted(10000)) return r;
    if (!stdinData.isEmpty()) p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace cairn::test
