// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "primitives/amount.h"
#include "primitives/transaction.h"
#include "util/bytes.h"
#include "util/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Partially Signed Bitcoin Transactions, version 0 (BIP174, with the BIP371 taproot fields).
//
// Decoding is strict: magic, minimal CompactSizes, unique keys, the exact key and value form of every defined
// type, an unsigned transaction in the non-witness serialisation with empty scriptSigs, one map per input and
// output, no trailing bytes, and the checks a signer relies on (a non-witness UTXO hashes to the prevout txid, a
// redeemScript matches the UTXO, a witnessScript matches the UTXO or redeemScript, a witness UTXO is a segwit or
// P2SH output). Encoding writes the records back in the order they were read, so decode() then encode() gives the
// input bytes; records added later are placed after the last record of the same or a lower type.
namespace cairn::script {

/// A BIP32 key origin: the master key fingerprint and the derivation path (hardened steps have bit 31 set).
struct KeyOrigin {
    std::array<uint8_t, 4> fingerprint{};
    std::vector<uint32_t> path;
    bool operator==(const KeyOrigin&) const = default;
};

/// A BIP371 taproot key origin: the leaves the key takes part in, and its BIP32 origin.
struct TapKeyOrigin {
    std::vector<crypto::Hash256> leafHashes;
    KeyOrigin origin;
    bool operator==(const TapKeyOrigin&) const = default;
};

/// A taproot leaf script with its leaf version (PSBT_IN_TAP_LEAF_SCRIPT's value).
struct TapLeafScript {
    Bytes script;
    uint8_t leafVersion = 0xc0;
    bool operator==(const TapLeafScript&) const = default;
};

/// One leaf of PSBT_OUT_TAP_TREE, in depth-first order.
struct TapTreeLeaf {
    uint8_t depth = 0;
    uint8_t leafVersion = 0xc0;
    Bytes script;
    bool operator==(const TapTreeLeaf&) const = default;
};

/// Raw records (full key including its type -> value), for proprietary and unknown types.
using PsbtRecordMap = std::map<Bytes, Bytes>;

/// Everything a PSBT says about one input. Map keys are the key data of the record (a serialised public key,
/// a hash, a control block); values are parsed.
struct PsbtInput {
    std::optional<primitives::Transaction> nonWitnessUtxo;
    std::optional<primitives::TxOut> witnessUtxo;
    std::map<Bytes, Bytes> partialSigs;  ///< pubkey (33/65 bytes) -> DER signature + sighash byte
    std::optional<uint32_t> sighashType;
    std::optional<Bytes> redeemScript;
    std::optional<Bytes> witnessScript;
    std::map<Bytes, KeyOrigin> bip32Derivations;  ///< pubkey (33/65 bytes) -> origin
    std::optional<Bytes> finalScriptSig;
    std::optional<std::vector<Bytes>> finalScriptWitness;
    std::map<Bytes, Bytes> ripemd160Preimages;          ///< 20-byte hash -> preimage
    std::map<Bytes, Bytes> sha256Preimages;             ///< 32-byte hash -> preimage
    std::map<Bytes, Bytes> hash160Preimages;            ///< 20-byte hash -> preimage
    std::map<Bytes, Bytes> hash256Preimages;            ///< 32-byte hash -> preimage
    std::optional<Bytes> tapKeySig;                     ///< 64 or 65 bytes
    std::map<Bytes, Bytes> tapScriptSigs;               ///< x-only key (32) || leaf hash (32) -> signature
    std::map<Bytes, TapLeafScript> tapLeafScripts;      ///< control block -> leaf script
    std::map<Bytes, TapKeyOrigin> tapBip32Derivations;  ///< x-only key (32) -> origin
    std::optional<crypto::Hash256> tapInternalKey;      ///< x-only internal key
    std::optional<crypto::Hash256> tapMerkleRoot;
    PsbtRecordMap proprietary;
    PsbtRecordMap unknown;
    /// Full keys in the order they were read; only steers encode()'s record order.
    std::vector<Bytes> keyOrder;

    /// True when the input carries a final scriptSig or scriptWitness.
    bool isFinal() const { return finalScriptSig.has_value() || finalScriptWitness.has_value(); }
    bool operator==(const PsbtInput&) const = default;
};

/// Everything a PSBT says about one output.
struct PsbtOutput {
    std::optional<Bytes> redeemScript;
    std::optional<Bytes> witnessScript;
    std::map<Bytes, KeyOrigin> bip32Derivations;
    std::optional<crypto::Hash256> tapInternalKey;
    std::optional<std::vector<TapTreeLeaf>> tapTree;
    std::map<Bytes, TapKeyOrigin> tapBip32Derivations;
    PsbtRecordMap proprietary;
    PsbtRecordMap unknown;
    std::vector<Bytes> keyOrder;
    bool operator==(const PsbtOutput&) const = default;
};

/// How the signer behaves.
struct PsbtSignOptions {
    /// BIP340 auxiliary randomness for Schnorr signatures; nullopt (the default, recommended) draws fresh bytes
    /// from the CSPRNG for each signature, a fixed value makes signatures reproducible (tests, vectors).
    std::optional<crypto::Hash256> schnorrAux;
};

/// A version 0 PSBT: the unsigned transaction, global data, and one map per input and per output.
class Psbt {
public:
    /// The magic bytes "psbt" 0xff every PSBT starts with.
    static constexpr std::array<uint8_t, 5> kMagic{0x70, 0x73, 0x62, 0x74, 0xff};
    /// Largest PSBT decode() looks at (bytes); bounds memory for hostile input.
    static constexpr size_t kMaxSize = 16 * 1024 * 1024;

    primitives::Transaction tx;        ///< the unsigned transaction
    std::map<Bytes, KeyOrigin> xpubs;  ///< 78-byte serialised extended public key -> origin
    std::optional<uint32_t> version;   ///< PSBT_GLOBAL_VERSION when present (always 0)
    PsbtRecordMap proprietary;
    PsbtRecordMap unknown;
    std::vector<Bytes> keyOrder;
    std::vector<PsbtInput> inputs;
    std::vector<PsbtOutput> outputs;

    // --- I/O -------------------------------------------------------------------------------------------

    /// Strictly decodes binary PSBT bytes (see the file comment). Fails with a plain reason naming the map and
    /// record at fault.
    [[nodiscard]] static util::Result<Psbt> decode(ByteView data);
    /// decode() of RFC 4648 base64 text (padding required, no whitespace).
    [[nodiscard]] static util::Result<Psbt> fromBase64(std::string_view text);
    /// The binary serialisation.
    Bytes encode() const;
    /// encode() as base64.
    std::string toBase64() const;

    // --- Creator and updater ---------------------------------------------------------------------------

    /// A PSBT with empty maps for an unsigned transaction; fails if any input has a scriptSig or witness.
    [[nodiscard]] static util::Result<Psbt> create(const primitives::Transaction& unsignedTx);
    /// Adds the full previous transaction of input `index`; fails on a bad index or when its txid or output
    /// count does not fit the prevout.
    [[nodiscard]] util::Result<void> addNonWitnessUtxo(size_t index, primitives::Transaction previous);
    /// Adds the spent output of a segwit input; fails on a bad index.
    [[nodiscard]] util::Result<void> addWitnessUtxo(size_t index, primitives::TxOut spent);
    /// Sets the redeemScript / witnessScript of input `index`; fails on a bad index or a script that does not
    /// match the known UTXO.
    [[nodiscard]] util::Result<void> setInputScripts(size_t index, std::optional<Bytes> redeemScript,
                                                     std::optional<Bytes> witnessScript);
    /// Records the origin of a key used by input `index`; fails on a bad index.
    [[nodiscard]] util::Result<void> addInputDerivation(size_t index, const crypto::PubKey& key, KeyOrigin origin);
    /// Records the origin of a key used by output `index`; fails on a bad index.
    [[nodiscard]] util::Result<void> addOutputDerivation(size_t index, const crypto::PubKey& key, KeyOrigin origin);
    /// Sets the sighash type input `index` is to be signed with; fails on a bad index.
    [[nodiscard]] util::Result<void> setSighashType(size_t index, uint32_t sighashType);

    // --- Checks and facts ------------------------------------------------------------------------------

    /// The signer checks of BIP174 plus the structural rules decode() enforces, for a PSBT built in memory.
    [[nodiscard]] util::Result<void> validate() const;
    /// The output input `index` spends when a UTXO is known (witness UTXO first), else nullopt.
    std::optional<primitives::TxOut> spentOutput(size_t index) const;
    /// Inputs minus outputs when every input's UTXO is known; fails naming the first input without one, or on
    /// amounts outside the money range.
    [[nodiscard]] util::Result<primitives::Amount> fee() const;

    // --- Signer, combiner, finalizer, extractor -------------------------------------------------------

    /// Signs every input the key can sign (P2PKH, P2SH/P2WSH multisig and P2PK, P2WPKH, P2SH-P2WPKH with
    /// ECDSA; P2TR key path with a BIP86/BIP341 tweak) and returns how many signatures were added. Final
    /// inputs and inputs the key has no part in are skipped; fails when an input the key belongs to cannot be
    /// signed safely (unsupported sighash type, missing UTXOs for taproot, inconsistent scripts).
    [[nodiscard]] util::Result<size_t> sign(const crypto::PrivKey& key, bool compressed,
                                            const PsbtSignOptions& options = {});
    /// Merges PSBTs of the same unsigned transaction; fails on different transactions or on two different
    /// values for the same key.
    [[nodiscard]] static util::Result<Psbt> combine(std::span<const Psbt> psbts);
    /// Builds the final scriptSig/witness of input `index` from its signatures and scripts and clears the
    /// signing data; fails with the reason when the input cannot be finalized (not enough signatures, a
    /// signature with another sighash type than requested, unknown UTXO). A final input is left as it is.
    [[nodiscard]] util::Result<void> finalizeInput(size_t index);
    /// finalizeInput() on every input; true when all inputs are final afterwards.
    bool finalize();
    /// The network-serialised signed transaction; fails unless every input is final.
    [[nodiscard]] util::Result<primitives::Transaction> extract() const;

    /// Same content and the same record order.
    bool operator==(const Psbt&) const = default;
};

/// RFC 4648 base64 with padding.
std::string base64Encode(ByteView data);
/// Strict RFC 4648 base64: padding required, no whitespace or other characters, unused bits zero.
[[nodiscard]] util::Result<Bytes> base64Decode(std::string_view text);

/// PSBT field type numbers (BIP174, BIP371).
namespace psbt_type {
inline constexpr uint8_t kGlobalUnsignedTx = 0x00, kGlobalXpub = 0x01, kGlobalVersion = 0xfb, kProprietary = 0xfc;
inline constexpr uint8_t kInNonWitnessUtxo = 0x00, kInWitnessUtxo = 0x01, kInPartialSig = 0x02, kInSighashType = 0x03,
                         kInRedeemScript = 0x04, kInWitnessScript = 0x05, kInBip32Derivation = 0x06,
                         kInFinalScriptSig = 0x07, kInFinalScriptWitness = 0x08, kInRipemd160 = 0x0a, kInSha256 = 0x0b,
                         kInHash160 = 0x0c, kInHash256 = 0x0d, kInTapKeySig = 0x13, kInTapScriptSig = 0x14,
                         kInTapLeafScript = 0x15, kInTapBip32Derivation = 0x16, kInTapInternalKey = 0x17,
                         kInTapMerkleRoot = 0x18;
inline constexpr uint8_t kOutRedeemScript = 0x00, kOutWitnessScript = 0x01, kOutBip32Derivation = 0x02,
                         kOutTapInternalKey = 0x05, kOutTapTree = 0x06, kOutTapBip32Derivation = 0x07;
}  // namespace psbt_type

}  // namespace cairn::script
