// SPDX-License-Identifier: MIT
#include "service/data_dir.h"

#include <QDir>
#include <QStandardPaths>

namespace cairn::service {

QString networkDirName(Network network) {
    switch (network) {
    case Network::Main: return QStringLiteral("mainnet");
    case Network::Testnet3: return QStringLiteral("testnet3");
    case Network::Testnet4: return QStringLiteral("testnet4");
    case Network::Signet: return QStringLiteral("signet");
    case Network::Regtest: return QStringLiteral("regtest");
    }
    return QStringLiteral("mainnet");
}

util::Result<QString> resolveDataDir(Network network, const QString& baseOverride) {
    QString base = baseOverride;
    if (base.isEmpty()) base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty()) return util::fail("no writable application data location; pass --datadir");
    const QString dir = QDir(base).absoluteFilePath(networkDirName(network));
    if (!QDir().mkpath(dir)) return util::fail("cannot create data directory " + dir.toStdString());
    return QDir::cleanPath(dir);
}

}  // namespace cairn::service
