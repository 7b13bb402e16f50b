// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/keys.h"
#include "util/network.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <string_view>

// Wallet Import Format: Base58Check of the network's WIF version byte, the 32-byte secret and, for keys whose
// public key is used compressed, a 0x01 suffix.
namespace cairn::script {

/// A private key decoded from WIF.
struct WifKey {
    crypto::PrivKey key;
    bool compressed = true;  ///< the public key is to be serialised compressed (33 bytes)
};

/// The WIF text of a key for a network, in wiped memory.
util::SecureBytes encodeWif(const crypto::PrivKey& key, bool compressed, Network net);

/// Decodes WIF for a network. Fails on bad Base58Check, a payload that is not 33 bytes or 34 bytes ending in
/// 0x01, a version byte of another network ("private key is for testnet, not mainnet") or an unknown one, and a
/// secret that is zero or not below the group order. Messages never contain key material; intermediate
/// buffers are wiped.
[[nodiscard]] util::Result<WifKey> decodeWif(std::string_view text, Network net);

}  // namespace cairn::script
