// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/amount.h"
#include "primitives/transaction.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace cairn::script {

/// Signature hash type bits.
constexpr uint8_t kSighashDefault = 0x00;  ///< Taproot only: like ALL, signature stays 64 bytes.
constexpr uint8_t kSighashAll = 0x01;
constexpr uint8_t kSighashNone = 0x02;
constexpr uint8_t kSighashSingle = 0x03;
constexpr uint8_t kSighashAnyoneCanPay = 0x80;

/// Hashes over the whole transaction that every segwit signature hash reuses; compute once per transaction
/// with precomputeTxData() and pass to each input's call. Hashes are raw digests (not reversed).
struct PrecomputedTxData {
    // BIP341 single SHA-256 hashes.
    crypto::Hash256 shaPrevouts{};
    crypto::Hash256 shaSequences{};
    crypto::Hash256 shaOutputs{};
    crypto::Hash256 shaAmounts{};        ///< Only meaningful when hasSpentOutputs.
    crypto::Hash256 shaScriptPubKeys{};  ///< Only meaningful when hasSpentOutputs.
    // BIP143 double SHA-256 hashes (the SHA-256 of the BIP341 ones above).
    crypto::Hash256 hashPrevouts{};
    crypto::Hash256 hashSequence{};
    crypto::Hash256 hashOutputs{};
    /// The outputs the inputs spend, in input order (needed for taproot).
    std::vector<primitives::TxOut> spentOutputs;
    bool hasSpentOutputs = false;
    /// Shape of the transaction these hashes belong to (checked by the sighash functions).
    size_t inputCount = 0;
    size_t outputCount = 0;
};

/// Computes the BIP143 and BIP341 transaction-wide hashes. `spentOutputs` may be empty (then only segwit v0
/// hashes can be computed); otherwise it must hold exactly one output per input, else this fails.
[[nodiscard]] util::Result<PrecomputedTxData> precomputeTxData(const primitives::Transaction& tx,
                                                               std::vector<primitives::TxOut> spentOutputs = {});

/// Legacy (pre-segwit) signature hash, exactly as Bitcoin Core's SignatureHash for SigVersion BASE: the
/// scriptCode has its OP_CODESEPARATORs removed; any hashType is accepted (unknown base types act as ALL);
/// SINGLE with no output at the input's index returns the hash 1 (01 00 .. 00). Fails only when
/// inputIndex is out of range.
[[nodiscard]] util::Result<crypto::Hash256> legacySignatureHash(const primitives::Transaction& tx, size_t inputIndex,
                                                                ByteView scriptCode, int32_t hashType);

/// A BIP143 signature hash and the preimage it is the double SHA-256 of.
struct SegwitV0Sighash {
    crypto::Hash256 hash{};
    Bytes preimage;
};

/// BIP143 (segwit v0) signature hash for input `inputIndex` spending `amount` with `scriptCode` (without its
/// length prefix; for P2WPKH see p2wpkhScriptCode()). Any hashType is accepted as Core does (unknown base
/// types act as ALL). Fails when inputIndex is out of range.
[[nodiscard]] util::Result<SegwitV0Sighash> segwitV0SignatureHash(const primitives::Transaction& tx,
                                                                  const PrecomputedTxData& precomputed,
                                                                  size_t inputIndex, ByteView scriptCode,
                                                                  primitives::Amount amount, int32_t hashType);
/// Same, computing the transaction-wide hashes itself (convenient for a single input).
[[nodiscard]] util::Result<SegwitV0Sighash> segwitV0SignatureHash(const primitives::Transaction& tx, size_t inputIndex,
                                                                  ByteView scriptCode, primitives::Amount amount,
                                                                  int32_t hashType);

/// The script-path extension of a taproot signature message (BIP342).
struct TapscriptExtension {
    crypto::Hash256 tapleafHash{};
    /// Opcode position of the last executed OP_CODESEPARATOR, 0xffffffff when none.
    uint32_t codeSeparatorPos = 0xffffffff;
};

/// A BIP341 signature hash and its message. `sigMsg` starts with the epoch byte 0x00, so
/// hash == taggedHash("TapSighash", sigMsg).
struct TaprootSighash {
    crypto::Hash256 hash{};
    Bytes sigMsg;
};

/// BIP341 signature hash for input `inputIndex` (key path, or script path when `tapscript` is given).
/// `precomputed` must hold the spent outputs. `annex`, when given, is the annex witness item (starting
/// with 0x50). Fails on a hash type other than 0x00-0x03/0x81-0x83, an input index out of range, SINGLE
/// with no output at the input's index, missing spent outputs or a malformed annex.
[[nodiscard]] util::Result<TaprootSighash> taprootSignatureHash(
    const primitives::Transaction& tx, const PrecomputedTxData& precomputed, size_t inputIndex, uint8_t hashType,
    std::optional<ByteView> annex = std::nullopt, const std::optional<TapscriptExtension>& tapscript = std::nullopt);

}  // namespace cairn::script
