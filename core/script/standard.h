// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace cairn::script {

/// The standard output templates, as Bitcoin Core's Solver() tells them apart.
enum class ScriptType {
    NonStandard,
    PubKey,               ///< <33- or 65-byte key> OP_CHECKSIG
    PubKeyHash,           ///< OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG
    ScriptHash,           ///< OP_HASH160 <20> OP_EQUAL
    Multisig,             ///< m <keys...> n OP_CHECKMULTISIG (bare)
    NullData,             ///< OP_RETURN followed by pushes only
    WitnessV0KeyHash,     ///< OP_0 <20>
    WitnessV0ScriptHash,  ///< OP_0 <32>
    WitnessV1Taproot,     ///< OP_1 <32>
    Anchor,               ///< OP_1 <4e73> (pay-to-anchor)
    WitnessUnknown,       ///< OP_1..OP_16 <2..40 bytes> not covered above
};

/// Bitcoin Core's name of the type: "nonstandard", "pubkey", "pubkeyhash", "scripthash", "multisig",
/// "nulldata", "witness_v0_keyhash", "witness_v0_scripthash", "witness_v1_taproot", "anchor", "witness_unknown".
std::string_view scriptTypeName(ScriptType type);

/// What classify() found in a scriptPubKey.
struct ScriptInfo {
    ScriptType type = ScriptType::NonStandard;
    /// PubKey: the key; PubKeyHash/ScriptHash/WitnessV0*: the hash; WitnessV1Taproot: the 32-byte output key;
    /// Anchor/WitnessUnknown: the witness program. Empty for the other types.
    Bytes data;
    /// 0..16 for witness outputs (WitnessV0*, WitnessV1Taproot, Anchor, WitnessUnknown), -1 otherwise.
    int witnessVersion = -1;
    /// Multisig: the number of signatures required (m) and the keys, in script order.
    int required = 0;
    std::vector<Bytes> pubkeys;
    /// NullData: the data of each push after OP_RETURN (OP_1..OP_16 etc. give their opcode's empty data).
    std::vector<Bytes> pushes;
};

/// Classifies a scriptPubKey and extracts its hash, key(s) or program. Matching is byte-exact like Core's:
/// a wrong-length push, a non-minimal push where a fixed pattern is expected, or a trailing byte gives
/// NonStandard. Never fails (NonStandard is an answer, not an error).
ScriptInfo classify(ByteView scriptPubKey);

/// True for a 33-byte (02/03) or 65-byte (04/06/07) key encoding — Core's CPubKey::ValidSize. The point is not checked.
bool isPubKeySized(ByteView pubkey);

/// Largest number of keys in a bare multisig output.
constexpr int kMaxMultisigKeys = 20;

/// OP_DUP OP_HASH160 <hash> OP_EQUALVERIFY OP_CHECKSIG.
Bytes p2pkh(const crypto::Hash160& keyHash);
/// OP_HASH160 <hash> OP_EQUAL.
Bytes p2sh(const crypto::Hash160& scriptHash);
/// OP_0 <20-byte key hash>.
Bytes p2wpkh(const crypto::Hash160& keyHash);
/// OP_0 <32-byte SHA-256 of the witness script>.
Bytes p2wsh(const crypto::Hash256& witnessScriptHash);
/// OP_1 <32-byte x-only output key>.
Bytes p2tr(const std::array<uint8_t, 32>& outputKey);
/// <pubkey> OP_CHECKSIG; fails unless isPubKeySized(pubkey).
[[nodiscard]] util::Result<Bytes> p2pk(ByteView pubkey);
/// m <keys...> n OP_CHECKMULTISIG; fails unless 1 <= m <= n <= kMaxMultisigKeys and every key isPubKeySized.
[[nodiscard]] util::Result<Bytes> multisig(int required, std::span<const Bytes> pubkeys);
/// OP_RETURN <data> (just OP_RETURN when data is empty). No size policy is applied.
Bytes nullData(ByteView data);
/// OP_n <program>; fails unless 0 <= version <= 16 and 2 <= program size <= 40 (and 20 or 32 for version 0).
[[nodiscard]] util::Result<Bytes> witnessProgram(int version, ByteView program);

/// The BIP143 scriptCode for spending a P2WPKH output: the P2PKH script of the same key hash (without the
/// length prefix that the sighash preimage adds).
Bytes p2wpkhScriptCode(const crypto::Hash160& keyHash);

}  // namespace cairn::script
