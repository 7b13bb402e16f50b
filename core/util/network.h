// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn {

/// The Bitcoin networks Cairn speaks.
enum class Network { Main, Testnet3, Testnet4, Signet, Regtest };

/// Command-line name: main, test, testnet4, signet, regtest.
std::string networkName(Network net);
/// Parses a command-line name (also accepts mainnet, testnet3, testnet). nullopt when unknown.
std::optional<Network> parseNetwork(std::string_view name);
/// All networks, in menu order.
const std::vector<Network>& allNetworks();

}  // namespace cairn
