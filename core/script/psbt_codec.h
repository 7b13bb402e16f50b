// SPDX-License-Identifier: MIT
#pragma once

// Internal to the PSBT implementation (psbt_*.cpp) and message signing: record-level parsing and writing.

#include "primitives/serialize.h"
#include "primitives/transaction.h"
#include "script/psbt.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::script::psbt_detail {

/// One key-value record as it appears in a map (key = CompactSize type followed by the key data).
struct Record {
    Bytes key;
    Bytes value;
};

/// Which map a record belongs to (for messages and for the v2-only type checks).
enum class MapKind { Global, Input, Output };

/// The key's type (a minimal CompactSize at its start) and the key data after it; fails on an empty key or a
/// non-minimal type.
struct SplitKey {
    uint64_t type = 0;
    ByteView data;
};
[[nodiscard]] util::Result<SplitKey> splitKey(ByteView key);
/// The type of a key that splitKey() accepted (0 for an unreadable one, which never reaches this).
uint64_t keyType(ByteView key);
/// A type number for messages: "0x1f" for one-byte types, decimal beyond.
std::string typeText(uint64_t type);
/// A key of a one-byte type and key data.
Bytes makeKey(uint8_t type, ByteView data = {});

/// Parses one record into the typed map; the caller has already rejected duplicate keys.
[[nodiscard]] util::Result<void> applyGlobalRecord(Psbt& psbt, bool& haveTx, ByteView key, ByteView value);
[[nodiscard]] util::Result<void> applyInputRecord(PsbtInput& in, ByteView key, ByteView value);
[[nodiscard]] util::Result<void> applyOutputRecord(PsbtOutput& out, ByteView key, ByteView value);

/// The records of each map in canonical (type) order.
std::vector<Record> globalRecords(const Psbt& psbt);
std::vector<Record> inputRecords(const PsbtInput& in);
std::vector<Record> outputRecords(const PsbtOutput& out);
/// Orders records: first those whose keys appear in `hint`, in hint order; then each remaining record after
/// the last placed record whose type is not above its own.
std::vector<Record> orderRecords(std::vector<Record> canonical, const std::vector<Bytes>& hint);

/// The unsigned transaction in the non-witness serialisation, occupying all of `data`.
[[nodiscard]] util::Result<primitives::Transaction> parseUnsignedTx(ByteView data);
/// A witness stack: CompactSize count, then each item with a CompactSize length; nothing may follow.
[[nodiscard]] util::Result<std::vector<Bytes>> parseWitnessStack(ByteView data);
/// The serialisation parseWitnessStack() reads.
Bytes serializeWitnessStack(const std::vector<Bytes>& stack);

/// The consistency checks of one input (UTXO against prevout, scripts against UTXO); `what` names it.
[[nodiscard]] util::Result<void> checkInput(const Psbt& psbt, size_t index);

}  // namespace cairn::script::psbt_detail

namespace cairn::script::psbt_detail {

/// How an input's output is spent.
enum class SpendKind { Legacy, SegwitV0, Taproot };

/// What the signer and finalizer need to know about an input, from its UTXO and scripts.
struct SpendInfo {
    SpendKind kind = SpendKind::Legacy;
    primitives::TxOut spent;
    /// The script whose template decides what is signed: the scriptPubKey or redeemScript (legacy), the
    /// witnessScript (P2WSH), the P2PKH scriptCode (P2WPKH) or the scriptPubKey (P2TR). Also the sighash scriptCode.
    Bytes script;
    bool p2sh = false;   ///< wrapped in P2SH: the redeemScript goes into the scriptSig
    bool p2wsh = false;  ///< the witnessScript ends the witness
};

/// Resolves input `index`; fails when its UTXO is unknown or a needed redeemScript/witnessScript is missing.
[[nodiscard]] util::Result<SpendInfo> resolveSpend(const Psbt& psbt, size_t index);

}  // namespace cairn::script::psbt_detail
