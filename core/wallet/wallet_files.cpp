// SPDX-License-Identifier: MIT
#include "wallet/wallet_files.h"

#include <algorithm>
#include <cassert>
#include <filesystem>
#include <system_error>

namespace cairn::wallet {

namespace fs = std::filesystem;
using util::fail;
using util::Result;

namespace {
constexpr std::string_view kSuffix = ".sqlite";

bool nameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
}
}  // namespace

Result<void> validateWalletName(std::string_view name) {
    if (name.empty()) return fail("a wallet name must not be empty");
    if (name.size() > kMaxWalletNameLength)
        return fail("a wallet name has at most " + std::to_string(kMaxWalletNameLength) + " characters");
    if (name.front() == '.') return fail("a wallet name must not start with '.'");
    if (!std::all_of(name.begin(), name.end(), nameChar))
        return fail("a wallet name may contain only letters, digits, '-', '_' and '.'");
    return {};
}

std::string walletsDirectory(const std::string& dataDir) { return (fs::path(dataDir) / "wallets").string(); }

std::string walletFilePath(const std::string& dataDir, const std::string& name) {
    assert(validateWalletName(name).ok());
    return (fs::path(walletsDirectory(dataDir)) / (name + std::string(kSuffix))).string();
}

Result<std::vector<std::string>> listWalletNames(const std::string& dataDir) {
    std::vector<std::string> names;
    std::error_code ec;
    const fs::path dir = walletsDirectory(dataDir);
    if (!fs::exists(dir, ec)) return names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const std::string file = it->path().filename().string();
        if (file.size() <= kSuffix.size() || !file.ends_with(kSuffix)) continue;
        const std::string name = file.substr(0, file.size() - kSuffix.size());
        if (validateWalletName(name).ok()) names.push_back(name);
    }
    if (ec) return fail("cannot list wallets in " + dir.string() + ": " + ec.message());
    std::sort(names.begin(), names.end());
    return names;
}

Result<void> ensureWalletsDirectory(const std::string& dataDir) {
    std::error_code ec;
    const fs::path dir = walletsDirectory(dataDir);
    fs::create_directories(dir, ec);
    if (ec) return fail("cannot create " + dir.string() + ": " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    return {};
}

}  // namespace cairn::wallet
