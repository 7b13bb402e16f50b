// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "primitives/transaction.h"
#include "util/result.h"
#include "wallet/tx_builder.h"

#include <cstdint>
#include <optional>
#include <vector>

// Signs the inputs the wallet can spend: P2PKH (legacy sighash), P2SH-P2WPKH and P2WPKH (BIP143, ECDSA, low S,
// compressed keys) and P2TR key path (BIP341 sighash, Schnorr with the BIP86/BIP341-tweaked key).
namespace cairn::wallet {

/// Everything needed to sign one input. For P2TR `key` is the internal key (the signer applies the tweak).
struct SigningInput {
    primitives::TxOut spent;  ///< the output this input spends
    InputType type = InputType::P2wpkh;
    crypto::PrivKey key;
    /// SIGHASH type; nullopt: ALL for ECDSA, DEFAULT (64-byte signature) for taproot.
    std::optional<uint8_t> sighashType;
    /// Taproot: the script tree's merkle root (nullopt: BIP86 key-path-only output).
    std::optional<crypto::Hash256> tapMerkleRoot;
};

/// How the signer behaves.
struct SignOptions {
    /// BIP340 auxiliary randomness; nullopt draws fresh bytes per signature, a value makes signatures reproducible.
    std::optional<crypto::Hash256> schnorrAux;
    /// Grind ECDSA signatures to a 32-byte R (Core's low-R rule; keeps the 71-byte size estimate exact). Off only to
    /// reproduce plain RFC 6979 signatures of published vectors.
    bool grindLowR = true;
};

/// Signs every input of `tx` (one SigningInput per input, in input order) and writes its scriptSig and witness.
/// Before signing it checks that each key controls the output it spends; after signing it verifies each
/// signature. Fails, naming the input, on a count mismatch, a key that does not match the output, an
/// unsupported sighash type or a failed verification; `tx` is then left unchanged.
[[nodiscard]] util::Result<void> signTransaction(primitives::Transaction& tx, const std::vector<SigningInput>& inputs,
                                                 const SignOptions& options = {});

/// The P2SH-P2WPKH redeemScript of a compressed public key: OP_0 <hash160(key)>.
Bytes nestedRedeemScript(const crypto::PubKey& key);
/// The scriptPubKey a key pays to as `type` (taproot: BIP86 output key, no script tree).
[[nodiscard]] util::Result<Bytes> scriptForKey(const crypto::PubKey& key, InputType type);

}  // namespace cairn::wallet
