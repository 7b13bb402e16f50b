// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "primitives/transaction.h"
#include "script/standard.h"
#include "util/bytes.h"
#include "util/network.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Signed messages: the legacy "Bitcoin Signed Message" format with BIP137 header bytes, and BIP322 simple
// signatures (a witness stack spending a virtual transaction) for P2WPKH and P2TR addresses.
namespace cairn::script {

/// The address type a BIP137 header byte announces (header = 27 + 4 * type + recovery id).
enum class Bip137Type { P2pkhUncompressed = 0, P2pkhCompressed = 1, P2shP2wpkh = 2, P2wpkh = 3 };

/// Which format a verified signature had.
enum class MessageSignatureFormat { Bip137, Bip322Simple };

/// SHA256d("\x18Bitcoin Signed Message:\n" || CompactSize(length) || message), the digest BIP137 signs.
crypto::Hash256 bitcoinMessageHash(std::string_view message);
/// BIP137: base64 of the header byte (27..42 for the type) and the compact recoverable signature (r || s).
std::string signBip137(const crypto::PrivKey& key, Bip137Type type, std::string_view message);

/// BIP322 message hash: the BIP340 tagged hash with tag "BIP0322-signed-message".
crypto::Hash256 bip322MessageHash(std::string_view message);
/// BIP322's to_spend transaction for a message and the scriptPubKey (message challenge) of the address.
primitives::Transaction bip322ToSpend(ByteView scriptPubKey, std::string_view message);
/// BIP322's to_sign transaction spending to_spend, with the given witness on its input.
primitives::Transaction bip322ToSign(const primitives::Transaction& toSpend, std::vector<Bytes> witness = {});
/// A BIP322 simple signature (base64 of the witness stack) by `key` for its P2WPKH address (type
/// WitnessV0KeyHash, ECDSA, SIGHASH_ALL) or its BIP86 key-path P2TR address (type WitnessV1Taproot, Schnorr,
/// SIGHASH_DEFAULT). `schnorrAux` fixes the BIP340 auxiliary randomness (nullopt: fresh random bytes).
/// Fails for any other type.
[[nodiscard]] util::Result<std::string> signBip322Simple(
    const crypto::PrivKey& key, ScriptType type, std::string_view message,
    const std::optional<crypto::Hash256>& schnorrAux = std::nullopt);

/// Verifies a BIP322 simple signature (the serialised witness stack) for a P2WPKH or P2TR scriptPubKey; fails
/// with the reason.
[[nodiscard]] util::Result<void> verifyBip322Simple(ByteView scriptPubKey, ByteView witnessStack,
                                                    std::string_view message);

/// Signs for an address: checks that `key` (with its WIF compression flag) controls the address, then makes a
/// BIP137 signature (P2PKH, P2SH-P2WPKH, P2WPKH) or, with `bip322`, a BIP322 simple signature (P2WPKH, P2TR).
/// Fails with the reason when the address does not decode on `net`, the key does not match it, or the format
/// does not support the address type.
[[nodiscard]] util::Result<std::string> signMessage(const crypto::PrivKey& key, bool compressed,
                                                    std::string_view address, Network net, std::string_view message,
                                                    bool bip322);

/// Verifies a signature for an address and message, detecting the format: 65 bytes with a header of 27..42 is
/// BIP137 (segwit addresses also accept the compressed-P2PKH headers 31..34 that Electrum and Trezor produce),
/// anything else is read as a BIP322 simple signature (P2WPKH and P2TR key path). Returns the format on success;
/// fails with the reason (bad address, bad encoding, key of another address, signature not valid).
[[nodiscard]] util::Result<MessageSignatureFormat> verifyMessage(std::string_view address,
                                                                 std::string_view signatureBase64,
                                                                 std::string_view message, Network net);

}  // namespace cairn::script
