// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <vector>

namespace cairn::storage {

/// The migrations of a wallet file (<datadir>/wallets/<name>.sqlite), separate from the node database's.
/// Version groups: 1-9 wallet metadata, keystore, accounts, addresses (keystore engineer); 10-19 transactions,
/// outputs and sync state (shared by discovery and sending); 20-29 labels. Versions only ever grow.
const std::vector<Migration>& walletMigrations();

}  // namespace cairn::storage
