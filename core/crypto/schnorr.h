// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "util/bytes.h"

#include <array>
#include <cstdint>
#include <optional>

namespace cairn::crypto {

/// A 64-byte BIP340 Schnorr signature (R.x || s).
using SchnorrSignature = std::array<uint8_t, 64>;

/// BIP340 signature of a message of any length (taproot signs 32-byte sighashes). aux is the 32 bytes of auxiliary
/// randomness BIP340 recommends (pass fresh randomBytes for signing in the field, fixed bytes for reproducible
/// tests); std::nullopt derives the nonce from the key and message alone. The key's y parity is handled.
SchnorrSignature signSchnorr(const PrivKey& key, ByteView message, const std::optional<Hash256>& aux = std::nullopt);

/// True when the 64-byte signature is a valid BIP340 signature of the message by the key; false on a wrong length.
bool verifySchnorr(const XOnlyPubKey& key, ByteView message, ByteView signature);

}  // namespace cairn::crypto
