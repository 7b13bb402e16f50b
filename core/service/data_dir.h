// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"
#include "util/result.h"

#include <QString>

namespace cairn::service {

/// The data directory of one network: <base>/<network>, where base is --datadir when given, else
/// QStandardPaths::AppDataLocation. Created if missing; fails with a clear message when it cannot be.
util::Result<QString> resolveDataDir(Network network, const QString& baseOverride);

/// The directory name used for a network inside the base data directory.
QString networkDirName(Network network);

}  // namespace cairn::service
