// SPDX-License-Identifier: MIT
#include "net/protocol.h"

namespace cairn::net {

std::vector<std::string> serviceNames(uint64_t services) {
    static const std::pair<uint64_t, const char*> kNames[] = {
        {kNodeNetwork, "NETWORK"}, {kNodeGetUtxo, "GETUTXO"}, {kNodeBloom, "BLOOM"},
        {kNodeWitness, "WITNESS"}, {kNodeCompactFilters, "COMPACT_FILTERS"},
        {kNodeNetworkLimited, "NETWORK_LIMITED"}, {kNodeP2PV2, "P2P_V2"},
    };
    std::vector<std::string> out;
    for (int bit = 0; bit < 64; ++bit) {
        const uint64_t flag = uint64_t{1} << bit;
        if (!(services & flag)) continue;
        std::string name = "BIT" + std::to_string(bit);
        for (const auto& [f, n] : kNames)
            if (f == flag) name = n;
        out.push_back(std::move(name));
    }
    return out;
}

}  // namespace cairn::net
