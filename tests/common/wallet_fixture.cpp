// SPDX-License-Identifier: MIT
#include "common/wallet_fixture.h"

#include "common/test_paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cairn::test {

bool startBcoinWithFilters(BcoinNode& node, QString* error, int lieHeight) {
    // The harness passes --prefix=<its temp dir>; on regtest bcoin reads <prefix>/regtest/bcoin.conf.
    const QString prefix = QFileInfo(node.logPath()).absolutePath() + QStringLiteral("/regtest");
    if (!QDir().mkpath(prefix)) {
        *error = QStringLiteral("cannot create %1").arg(prefix);
        return false;
    }
    QFile conf(prefix + QStringLiteral("/bcoin.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    QByteArray text = "plugins: " + sourcePath(QStringLiteral("tests/regtest/plugins/cfilters.js")).toUtf8() + "\n";
    if (lieHeight >= 0) text += "cfilters-lie-height: " + QByteArray::number(lieHeight) + "\n";
    conf.write(text);
    conf.close();
    if (!node.start()) {
        *error = node.lastError();
        return false;
    }
    return true;
}

}  // namespace cairn::test
