// SPDX-License-Identifier: MIT
#include "script/address_params.h"

namespace cairn::script {
namespace {
constexpr AddressParams kMain{0x00, 0x05, 0x80, "bc"};
constexpr AddressParams kTest{0x6f, 0xc4, 0xef, "tb"};
constexpr AddressParams kRegtest{0x6f, 0xc4, 0xef, "bcrt"};
}  // namespace

const AddressParams& addressParams(Network net) {
    switch (net) {
        case Network::Main: return kMain;
        case Network::Testnet3:
        case Network::Testnet4:
        case Network::Signet: return kTest;
        case Network::Regtest: return kRegtest;
    }
    return kMain;
}

std::string_view addressFamilyName(Network net) {
    switch (net) {
        case Network::Main: return "mainnet";
        case Network::Testnet3:
        case Network::Testnet4:
        case Network::Signet: return "testnet";
        case Network::Regtest: return "regtest";
    }
    return "mainnet";
}

std::string_view networkDisplayName(Network net) {
    switch (net) {
        case Network::Main: return "mainnet";
        case Network::Testnet3: return "testnet3";
        case Network::Testnet4: return "testnet4";
        case Network::Signet: return "signet";
        case Network::Regtest: return "regtest";
    }
    return "mainnet";
}

}  // namespace cairn::script
