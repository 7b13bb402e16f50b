// SPDX-License-Identifier: MIT
#include "script/address.h"

#include "script/address_params.h"
#include "script/base58.h"
#include "script/bech32.h"

#include <algorithm>
#include <optional>

namespace cairn::script {
namespace {

constexpr size_t kHashSize = 20;

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The first network (in allNetworks() order) whose parameters satisfy the predicate.
template <typename Pred>
std::optional<Network> findNetwork(Pred pred) {
    for (Network n : allNetworks())
        if (pred(addressParams(n))) return n;
    return std::nullopt;
}

util::Error wrongNetwork(Network owner, Network asked) {
    return util::fail("address is for " + std::string(addressFamilyName(owner)) + ", not " +
                      std::string(networkDisplayName(asked)));
}

util::Result<AddressInfo> fromSegwit(SegwitProgram p, Network net) {
    if (p.hrp != addressParams(net).hrp) {
        if (auto owner = findNetwork([&](const AddressParams& a) { return a.hrp == p.hrp; }))
            return wrongNetwork(*owner, net);
        return util::fail("unknown address prefix '" + p.hrp + "'");
    }
    auto spk = witnessProgram(p.version, p.program);
    if (!spk) return spk.error();
    AddressInfo info;
    info.network = net;
    info.encoding = p.version == 0 ? AddressEncoding::Bech32 : AddressEncoding::Bech32m;
    info.type = classify(*spk).type;
    info.witnessVersion = p.version;
    info.program = std::move(p.program);
    info.scriptPubKey = std::move(spk.value());
    return info;
}

util::Result<AddressInfo> fromBase58(const Bytes& payload, Network net) {
    if (payload.size() != 1 + kHashSize)
        return util::fail("base58 address has " + std::to_string(payload.size()) + " bytes, expected 21");
    const uint8_t version = payload[0];
    const AddressParams& params = addressParams(net);
    if (version != params.pubKeyHashVersion && version != params.scriptHashVersion) {
        auto owner = findNetwork([&](const AddressParams& a) {
            return a.pubKeyHashVersion == version || a.scriptHashVersion == version;
        });
        if (owner) return wrongNetwork(*owner, net);
        return util::fail("unknown address version byte " + std::to_string(version));
    }
    crypto::Hash160 hash;
    std::copy(payload.begin() + 1, payload.end(), hash.begin());
    AddressInfo info;
    info.network = net;
    info.encoding = AddressEncoding::Base58Check;
    info.type = version == params.pubKeyHashVersion ? ScriptType::PubKeyHash : ScriptType::ScriptHash;
    info.program.assign(hash.begin(), hash.end());
    info.scriptPubKey = info.type == ScriptType::PubKeyHash ? p2pkh(hash) : p2sh(hash);
    return info;
}

// True when the text starts with a known HRP and the separator, so a bech32 error is the one to report.
bool looksLikeBech32(std::string_view address) {
    const std::string lower = lowerAscii(address);
    const size_t sep = lower.rfind('1');
    if (sep == std::string::npos) return false;
    const std::string_view hrp = std::string_view(lower).substr(0, sep);
    return findNetwork([&](const AddressParams& a) { return a.hrp == hrp; }).has_value();
}

}  // namespace

std::string_view addressEncodingName(AddressEncoding encoding) {
    switch (encoding) {
        case AddressEncoding::Base58Check: return "base58check";
        case AddressEncoding::Bech32: return "bech32";
        case AddressEncoding::Bech32m: return "bech32m";
    }
    return "base58check";
}

util::Result<std::string> encodeAddress(ByteView scriptPubKey, Network net) {
    const ScriptInfo info = classify(scriptPubKey);
    const AddressParams& params = addressParams(net);
    switch (info.type) {
        case ScriptType::PubKeyHash:
        case ScriptType::ScriptHash: {
            Bytes payload{info.type == ScriptType::PubKeyHash ? params.pubKeyHashVersion : params.scriptHashVersion};
            payload.insert(payload.end(), info.data.begin(), info.data.end());
            return base58CheckEncode(payload);
        }
        case ScriptType::WitnessV0KeyHash:
        case ScriptType::WitnessV0ScriptHash:
        case ScriptType::WitnessV1Taproot:
        case ScriptType::Anchor:
        case ScriptType::WitnessUnknown: return encodeSegwitAddress(params.hrp, info.witnessVersion, info.data);
        default: break;
    }
    return util::fail("a " + std::string(scriptTypeName(info.type)) + " script has no address form");
}

util::Result<AddressInfo> decodeAddressInfo(std::string_view address, Network net) {
    if (address.empty()) return util::fail("address is empty");
    if (address.size() > kMaxAddressLength) return util::fail("address is too long");
    auto segwit = decodeSegwitAddress(address);
    if (segwit) return fromSegwit(std::move(segwit.value()), net);
    if (looksLikeBech32(address)) return util::fail("invalid segwit address: " + segwit.message());
    auto payload = base58CheckDecode(address, kMaxAddressLength);
    if (!payload) return util::fail("invalid address: " + payload.message());
    return fromBase58(*payload, net);
}

util::Result<Bytes> decodeAddress(std::string_view address, Network net) {
    auto info = decodeAddressInfo(address, net);
    if (!info) return info.error();
    return std::move(info->scriptPubKey);
}

}  // namespace cairn::script
