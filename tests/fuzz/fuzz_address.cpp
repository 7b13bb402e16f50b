// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as an address or WIF string, decoded on every network. Decoding must never
// crash; an address that decodes re-encodes to its lower-cased input (bech32 may arrive upper case, Base58Check
// is case-sensitive and must come back unchanged) and its scriptPubKey re-encodes to the same address; a WIF key
// that decodes re-encodes identically.
#include "script/address.h"
#include "script/base58.h"
#include "script/bech32.h"
#include "script/key_io.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace cairn;

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (Network net : allNetworks()) {
        auto info = script::decodeAddressInfo(text, net);
        if (info) {
            auto again = script::encodeAddress(info->scriptPubKey, net);
            check(again.ok());
            if (info->encoding == script::AddressEncoding::Base58Check) {
                check(*again == text);
            } else {
                check(*again == lower(text));
            }
            auto spk = script::decodeAddress(*again, net);
            check(spk.ok() && *spk == info->scriptPubKey);
        } else {
            check(!info.message().empty());
        }
        auto wif = script::decodeWif(text, net);
        if (wif) check(script::encodeWif(wif->key, wif->compressed, net).asStringView() == text);
    }
    // The lower layers alone must not crash either.
    (void)script::base58CheckDecode(text);
    (void)script::bech32Decode(text);
    return 0;
}
