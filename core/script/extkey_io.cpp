// SPDX-License-Identifier: MIT
#include "script/extkey_io.h"

#include "script/base58.h"

#include <array>
#include <cstdio>

namespace cairn::script {
namespace {

constexpr size_t kVersionSize = 4;
constexpr size_t kPayloadSize = kVersionSize + crypto::kExtKeyBodySize;  // 78

struct VersionRow {
    uint32_t version;
    ExtKeyVersionInfo info;
    const char* prefix;
};

// BIP32 (xpub/tpub) and SLIP-0132 (y/u, z/v) version bytes.
constexpr std::array<VersionRow, 12> kVersions{{
    {0x0488B21E, {ExtKeyChain::Main, ExtKeyScriptType::Standard, false}, "xpub"},
    {0x0488ADE4, {ExtKeyChain::Main, ExtKeyScriptType::Standard, true}, "xprv"},
    {0x043587CF, {ExtKeyChain::Test, ExtKeyScriptType::Standard, false}, "tpub"},
    {0x04358394, {ExtKeyChain::Test, ExtKeyScriptType::Standard, true}, "tprv"},
    {0x049D7CB2, {ExtKeyChain::Main, ExtKeyScriptType::P2shP2wpkh, false}, "ypub"},
    {0x049D7878, {ExtKeyChain::Main, ExtKeyScriptType::P2shP2wpkh, true}, "yprv"},
    {0x044A5262, {ExtKeyChain::Test, ExtKeyScriptType::P2shP2wpkh, false}, "upub"},
    {0x044A4E28, {ExtKeyChain::Test, ExtKeyScriptType::P2shP2wpkh, true}, "uprv"},
    {0x04B24746, {ExtKeyChain::Main, ExtKeyScriptType::P2wpkh, false}, "zpub"},
    {0x04B2430C, {ExtKeyChain::Main, ExtKeyScriptType::P2wpkh, true}, "zprv"},
    {0x045F1CF6, {ExtKeyChain::Test, ExtKeyScriptType::P2wpkh, false}, "vpub"},
    {0x045F18BC, {ExtKeyChain::Test, ExtKeyScriptType::P2wpkh, true}, "vprv"},
}};

const VersionRow& rowFor(ExtKeyChain chain, ExtKeyScriptType scriptType, bool isPrivate) {
    for (const VersionRow& row : kVersions)
        if (row.info.chain == chain && row.info.scriptType == scriptType && row.info.isPrivate == isPrivate) return row;
    assert(false && "every combination has a row");
    return kVersions[0];
}

// Version || body, Base58Check-encoded. The intermediate buffers are wiped; the caller decides where the text lives.
std::string encodeWithVersion(const crypto::ExtKey& key, uint32_t version) {
    const util::SecureBytes body = key.body();
    util::SecureBytes payload(kVersionSize);
    payload[0] = static_cast<uint8_t>(version >> 24);
    payload[1] = static_cast<uint8_t>(version >> 16);
    payload[2] = static_cast<uint8_t>(version >> 8);
    payload[3] = static_cast<uint8_t>(version);
    payload.append(body.view());
    return base58CheckEncode(payload.view());
}

}  // namespace

uint32_t extKeyVersion(ExtKeyChain chain, ExtKeyScriptType scriptType, bool isPrivate) {
    return rowFor(chain, scriptType, isPrivate).version;
}

util::Result<ExtKeyVersionInfo> extKeyVersionInfo(uint32_t version) {
    for (const VersionRow& row : kVersions)
        if (row.version == version) return row.info;
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08x", version);
    return util::fail(std::string("unknown extended key version ") + buf);
}

ExtKeyChain extKeyChainOf(Network net) { return net == Network::Main ? ExtKeyChain::Main : ExtKeyChain::Test; }

std::string extKeyPrefix(ExtKeyChain chain, ExtKeyScriptType scriptType, bool isPrivate) {
    return rowFor(chain, scriptType, isPrivate).prefix;
}

std::string extKeyScriptTypeName(ExtKeyScriptType scriptType) {
    switch (scriptType) {
        case ExtKeyScriptType::Standard:
            return "standard (BIP32)";
        case ExtKeyScriptType::P2shP2wpkh:
            return "P2SH-P2WPKH";
        case ExtKeyScriptType::P2wpkh:
            return "P2WPKH";
    }
    return "unknown";
}

util::Result<DecodedExtKey> decodeExtKey(std::string_view text) {
    auto payload = base58CheckDecode(text);
    if (!payload) return util::fail("extended key: " + payload.message());
    // The payload may hold a private key: move it into wiped memory at once.
    const util::SecureBytes data(payload->data(), payload->size());
    util::secureWipe(payload->data(), payload->size());
    if (data.size() != kPayloadSize)
        return util::fail("extended key must hold " + std::to_string(kPayloadSize) + " bytes, not " +
                          std::to_string(data.size()));
    const uint32_t version =
        (uint32_t(data[0]) << 24) | (uint32_t(data[1]) << 16) | (uint32_t(data[2]) << 8) | uint32_t(data[3]);
    auto info = extKeyVersionInfo(version);
    if (!info) return info.error();
    auto key = crypto::ExtKey::fromBody(data.view().subspan(kVersionSize), info->isPrivate);
    if (!key) return key.error();
    return DecodedExtKey{std::move(key.value()), info->chain, info->scriptType};
}

util::Result<DecodedExtKey> decodeExtKey(std::string_view text, Network net) {
    auto decoded = decodeExtKey(text);
    if (!decoded) return decoded;
    if (decoded->chain != extKeyChainOf(net)) {
        const std::string prefix = extKeyPrefix(decoded->chain, decoded->scriptType, decoded->key.isPrivate());
        return util::fail("extended key " + prefix + "... is for " +
                          (decoded->chain == ExtKeyChain::Main ? "mainnet" : "the test networks") + ", not " +
                          networkName(net));
    }
    return decoded;
}

std::string encodeExtPubKey(const crypto::ExtKey& key, ExtKeyChain chain, ExtKeyScriptType scriptType) {
    const uint32_t version = extKeyVersion(chain, scriptType, false);
    return key.isPrivate() ? encodeWithVersion(key.neuter(), version) : encodeWithVersion(key, version);
}

util::SecureBytes encodeExtPrivKey(const crypto::ExtKey& key, ExtKeyChain chain, ExtKeyScriptType scriptType) {
    assert(key.isPrivate());
    std::string text = encodeWithVersion(key, extKeyVersion(chain, scriptType, true));
    util::SecureBytes out = util::SecureBytes::fromString(text);
    util::secureWipe(text.data(), text.size());
    return out;
}

}  // namespace cairn::script
