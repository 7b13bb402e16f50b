// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

std::vector<Migration> peerMigrations() { return {}; }

}  // namespace cairn::storage
