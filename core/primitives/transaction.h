// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/amount.h"
#include "primitives/hash_types.h"
#include "primitives/outpoint.h"
#include "primitives/serialize.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cairn::primitives {

/// Consensus weight limit of a block (BIP141); also bounds what a single transaction can be.
constexpr size_t kMaxBlockWeight = 4'000'000;
/// Largest serialised block (and so transaction) size in bytes.
constexpr size_t kMaxBlockSerializedSize = 4'000'000;
/// Witness scale factor: weight = stripped size × 3 + total size.
constexpr size_t kWitnessScaleFactor = 4;

/// A transaction input.
struct TxIn {
    /// Sequence meaning "final" (no relative lock time, no RBF signal).
    static constexpr uint32_t kSequenceFinal = 0xffffffff;

    OutPoint prevout;
    Bytes scriptSig;
    uint32_t sequence = kSequenceFinal;
    /// Witness stack items (BIP141), bottom first; empty for a non-witness input.
    std::vector<Bytes> witness;

    bool operator==(const TxIn&) const = default;
};

/// A transaction output.
struct TxOut {
    Amount value;
    Bytes scriptPubKey;

    bool operator==(const TxOut&) const = default;
};

/// A Bitcoin transaction with BIP144 (segwit) serialisation.
class Transaction {
public:
    int32_t version = 2;
    std::vector<TxIn> inputs;
    std::vector<TxOut> outputs;
    uint32_t lockTime = 0;

    /// Parses exactly one transaction occupying all of `data` (BIP144 with marker/flag, or legacy).
    /// Fails on truncation, trailing bytes, an unknown flag, a superfluous witness (flag set but every
    /// witness empty), non-canonical CompactSizes or counts that cannot fit in the remaining bytes.
    [[nodiscard]] static util::Result<Transaction> parse(ByteView data);
    /// Reads one transaction from `reader` (as inside a block), leaving the reader after it.
    /// Same checks as parse() except trailing bytes.
    [[nodiscard]] static util::Result<Transaction> read(Reader& reader);

    /// True when any input has a non-empty witness (then serialize() uses the BIP144 format).
    bool hasWitness() const;
    /// Full serialisation: BIP144 (marker 0x00, flag 0x01, witnesses) when hasWitness(), legacy otherwise.
    Bytes serialize() const;
    /// Legacy serialisation without any witness data (what the txid commits to).
    Bytes serializeWithoutWitness() const;
    /// Appends the serialisation to `w`; `withWitness` false drops witnesses.
    void write(Writer& w, bool withWitness) const;

    /// sha256d of the serialisation without witness.
    Txid txid() const;
    /// sha256d of the full serialisation (equals txid() bytes when there is no witness).
    Wtxid wtxid() const;

    /// Size in bytes of serialize().
    size_t size() const;
    /// Size in bytes without witness data.
    size_t strippedSize() const;
    /// BIP141 weight: strippedSize × 3 + size.
    size_t weight() const;
    /// Virtual size: ceil(weight / 4).
    size_t vsize() const;

    /// True when there is exactly one input and its prevout is null (the first tx of a block).
    bool isCoinbase() const;
    /// Sum of output values; fails when an output or the sum is outside [0, MAX_MONEY].
    [[nodiscard]] util::Result<Amount> totalOutput() const;

    bool operator==(const Transaction&) const = default;
};

}  // namespace cairn::primitives
