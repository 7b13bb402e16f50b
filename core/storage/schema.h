// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <vector>

namespace cairn::storage {

/// The migrations of the per-network node database (cairn.sqlite): headers, peers, block cache, settings.
/// Later migrations are appended here; a version number is never reused.
const std::vector<Migration>& nodeMigrations();

}  // namespace cairn::storage
