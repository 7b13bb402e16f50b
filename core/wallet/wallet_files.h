// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

// Where wallet files live: <datadir>/wallets/<name>.sqlite, one file per wallet, per network data directory.
namespace cairn::wallet {

/// Longest wallet name.
constexpr size_t kMaxWalletNameLength = 64;

/// Checks a wallet name: 1..64 characters of A-Z a-z 0-9 '-' '_' '.', not starting with '.'. Fails naming
/// the rule broken.
[[nodiscard]] util::Result<void> validateWalletName(std::string_view name);
/// <dataDir>/wallets
std::string walletsDirectory(const std::string& dataDir);
/// <dataDir>/wallets/<name>.sqlite (the name must be valid; asserted).
std::string walletFilePath(const std::string& dataDir, const std::string& name);
/// The names of the wallet files in <dataDir>/wallets, sorted. An absent directory gives an empty list.
[[nodiscard]] util::Result<std::vector<std::string>> listWalletNames(const std::string& dataDir);
/// Creates <dataDir>/wallets (owner-only permissions) if missing.
[[nodiscard]] util::Result<void> ensureWalletsDirectory(const std::string& dataDir);

}  // namespace cairn::wallet
