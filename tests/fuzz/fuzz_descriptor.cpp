// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as a descriptor, parsed for mainnet and testnet4. Parsing must never crash; a
// descriptor that parses prints a form that parses again and prints identically (print -> parse -> print is
// stable), in both its private and public forms; its first scripts and branches can be asked for without crashing.
#include "script/descriptor.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace cairn;

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}

void checkStable(const std::string& printed, Network net) {
    auto again = script::Descriptor::parse(printed, net);
    check(again.ok());
    check(again->toString() == printed);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (Network net : {Network::Main, Network::Testnet4}) {
        auto d = script::Descriptor::parse(text, net);
        if (!d) {
            check(!d.message().empty());
            continue;
        }
        checkStable(d->toString(), net);
        const std::string pub = d->toString(false);
        auto pubParsed = script::Descriptor::parse(pub, net);
        check(pubParsed.ok() && !pubParsed->hasPrivateKeys());
        checkStable(pub, net);
        for (const auto& branch : d->expandBranches()) {
            checkStable(branch.toString(), net);
            for (uint32_t i = 0; i < 2; ++i) {
                auto spk = branch.scriptPubKeyAt(i);
                if (spk) (void)branch.addressAt(i);
            }
        }
    }
    return 0;
}
