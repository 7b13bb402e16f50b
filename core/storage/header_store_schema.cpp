// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

std::vector<Migration> headerMigrations() { return {}; }

}  // namespace cairn::storage
