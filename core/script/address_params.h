// SPDX-License-Identifier: MIT
#pragma once

#include "util/network.h"

#include <cstdint>
#include <string_view>

namespace cairn::script {

/// The prefixes a network's addresses and WIF keys carry.
struct AddressParams {
    uint8_t pubKeyHashVersion;  ///< Base58Check version byte of P2PKH addresses
    uint8_t scriptHashVersion;  ///< Base58Check version byte of P2SH addresses
    uint8_t wifVersion;         ///< Base58Check version byte of WIF private keys
    std::string_view hrp;       ///< bech32 human-readable part of segwit addresses
};

/// The parameters of a network: mainnet 0x00/0x05/0x80/"bc"; testnet3, testnet4 and signet 0x6f/0xc4/0xef/"tb";
/// regtest 0x6f/0xc4/0xef/"bcrt".
const AddressParams& addressParams(Network net);

/// How messages name the address family of a network: "mainnet", "testnet" (testnet3, testnet4 and signet
/// share their formats) or "regtest".
std::string_view addressFamilyName(Network net);

/// The network as messages name it: "mainnet", "testnet3", "testnet4", "signet" or "regtest".
std::string_view networkDisplayName(Network net);

}  // namespace cairn::script
