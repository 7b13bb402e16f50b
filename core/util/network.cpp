// SPDX-License-Identifier: MIT
#include "util/network.h"

namespace cairn {

std::string networkName(Network net) {
    switch (net) {
    case Network::Main: return "main";
    case Network::Testnet3: return "test";
    case Network::Testnet4: return "testnet4";
    case Network::Signet: return "signet";
    case Network::Regtest: return "regtest";
    }
    return "main";
}

std::optional<Network> parseNetwork(std::string_view name) {
    if (name == "main" || name == "mainnet" || name == "bitcoin") return Network::Main;
    if (name == "test" || name == "testnet" || name == "testnet3") return Network::Testnet3;
    if (name == "testnet4") return Network::Testnet4;
    if (name == "signet") return Network::Signet;
    if (name == "regtest") return Network::Regtest;
    return std::nullopt;
}

const std::vector<Network>& allNetworks() {
    static const std::vector<Network> nets{Network::Main, Network::Testnet3, Network::Testnet4, Network::Signet,
                                           Network::Regtest};
    return nets;
}

}  // namespace cairn
