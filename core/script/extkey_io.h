// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bip32.h"
#include "util/network.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <cstdint>
#include <string>
#include <string_view>

// Text encoding of BIP32 extended keys: Base58Check of a 4-byte version and the 74-byte body.
namespace cairn::script {

/// The script type a SLIP-132 version implies. Standard is the plain BIP32 xpub/tpub family, which implies
/// none (BIP44 P2PKH and BIP86 P2TR accounts both use it).
enum class ExtKeyScriptType { Standard, P2shP2wpkh, P2wpkh };

/// Which chain family a version belongs to: xpub-like (mainnet) or tpub-like (testnet3/4, signet, regtest).
enum class ExtKeyChain { Main, Test };

/// What a version number says about the key that follows it.
struct ExtKeyVersionInfo {
    ExtKeyChain chain = ExtKeyChain::Main;
    ExtKeyScriptType scriptType = ExtKeyScriptType::Standard;
    bool isPrivate = false;
};

/// An extended key parsed from text, with what its version implied.
struct DecodedExtKey {
    crypto::ExtKey key;
    ExtKeyChain chain;
    ExtKeyScriptType scriptType;
};

/// The version bytes (big-endian) for a chain family, script type and key kind, e.g. 0x0488B21E for a mainnet
/// Standard public key (xpub), 0x045F18BC for a test-network P2wpkh private key (vprv).
uint32_t extKeyVersion(ExtKeyChain chain, ExtKeyScriptType scriptType, bool isPrivate);
/// What a version means; fails with "unknown extended key version 0x..." for any other value.
[[nodiscard]] util::Result<ExtKeyVersionInfo> extKeyVersionInfo(uint32_t version);
/// The chain family of a network (Main for mainnet, Test for every test network).
ExtKeyChain extKeyChainOf(Network net);

/// The four-letter prefix of the encoding, e.g. "zpub" or "tprv" (for messages and UI labels).
std::string extKeyPrefix(ExtKeyChain chain, ExtKeyScriptType scriptType, bool isPrivate);
/// Human-readable script type: "standard (BIP32)", "P2SH-P2WPKH" or "P2WPKH".
std::string extKeyScriptTypeName(ExtKeyScriptType scriptType);

/// Parses an extended key in any of the 12 known versions (xpub/xprv, tpub/tprv, ypub/yprv, upub/uprv,
/// zpub/zprv, vpub/vprv). Fails on a bad Base58Check string or checksum, a payload that is not 78 bytes, an
/// unknown version, and every defect ExtKey::fromBody rejects (BIP32 test vector 5). Messages never contain
/// key material.
[[nodiscard]] util::Result<DecodedExtKey> decodeExtKey(std::string_view text);
/// As decodeExtKey, and also fails when the key belongs to the other chain family than `net`.
[[nodiscard]] util::Result<DecodedExtKey> decodeExtKey(std::string_view text, Network net);

/// The public encoding of the key (its public part if it is private): xpub/tpub for Standard, ypub/upub,
/// zpub/vpub for the SLIP-132 script types.
std::string encodeExtPubKey(const crypto::ExtKey& key, ExtKeyChain chain,
                            ExtKeyScriptType scriptType = ExtKeyScriptType::Standard);
/// The private encoding (xprv/tprv, yprv/uprv, zprv/vprv) as text in wiped memory. The key must be private
/// (asserted).
util::SecureBytes encodeExtPrivKey(const crypto::ExtKey& key, ExtKeyChain chain,
                                   ExtKeyScriptType scriptType = ExtKeyScriptType::Standard);

}  // namespace cairn::script
