// SPDX-License-Identifier: MIT
#include "script/sighash.h"

#include "primitives/serialize.h"
#include "script/opcodes.h"
#include "script/script_reader.h"
#include "util/hex.h"

#include <cassert>
#include <string>

namespace cairn::script {
namespace {

using primitives::Transaction;
using primitives::TxOut;
using primitives::Writer;

constexpr uint8_t kBaseTypeMask = 0x1f;  // legacy and BIP143 compare hashType & 0x1f
constexpr uint8_t kTaprootEpoch = 0x00;
constexpr uint8_t kAnnexTag = 0x50;

void writeOutPoint(Writer& w, const primitives::OutPoint& prevout) { w.raw(prevout.txid.view()).u32(prevout.index); }

void writeTxOut(Writer& w, const TxOut& out) { w.i64(out.value.sats()).varBytes(out.scriptPubKey); }

crypto::Hash256 sha256Of(const Writer& w) { return crypto::sha256(w.data()); }

util::Error indexOutOfRange(size_t inputIndex, size_t inputs) {
    return util::fail("input index " + std::to_string(inputIndex) + " is out of range (the transaction has " +
                      std::to_string(inputs) + " inputs)");
}

// The scriptCode with every OP_CODESEPARATOR removed, serialised exactly as Core's
// CTransactionSignatureSerializer does. When the script ends in a truncated push, Core still
// writes the length of the full script minus the separators found, and the bytes up to where its
// reader stopped; the hash commits to that, so we reproduce it.
void writeLegacyScriptCode(Writer& w, ByteView code) {
    Bytes kept;
    kept.reserve(code.size());
    size_t separators = 0;
    size_t segmentStart = 0;
    ScriptReader reader(code);
    while (!reader.done()) {
        auto op = reader.next();
        if (!op) break;
        if (op->opcode == OP_CODESEPARATOR) {
            kept.insert(kept.end(), code.begin() + segmentStart, code.begin() + op->offset);
            segmentStart = reader.position();
            ++separators;
        }
    }
    kept.insert(kept.end(), code.begin() + segmentStart, code.begin() + reader.position());
    w.compactSize(code.size() - separators).raw(kept);
}

// 0x00, 0x01..0x03 and 0x81..0x83 (BIP341).
bool isDefinedTaprootHashType(uint8_t hashType) {
    const uint8_t base = hashType & 0x7f;
    return hashType == kSighashDefault || (base >= kSighashAll && base <= kSighashSingle);
}

}  // namespace

util::Result<PrecomputedTxData> precomputeTxData(const Transaction& tx, std::vector<TxOut> spentOutputs) {
    if (!spentOutputs.empty() && spentOutputs.size() != tx.inputs.size())
        return util::fail("got " + std::to_string(spentOutputs.size()) + " spent outputs for a transaction with " +
                          std::to_string(tx.inputs.size()) + " inputs");
    PrecomputedTxData d;
    d.inputCount = tx.inputs.size();
    d.outputCount = tx.outputs.size();

    Writer prevouts(36 * tx.inputs.size());
    Writer sequences(4 * tx.inputs.size());
    for (const auto& in : tx.inputs) {
        writeOutPoint(prevouts, in.prevout);
        sequences.u32(in.sequence);
    }
    Writer outputs;
    for (const auto& out : tx.outputs) writeTxOut(outputs, out);

    d.shaPrevouts = sha256Of(prevouts);
    d.shaSequences = sha256Of(sequences);
    d.shaOutputs = sha256Of(outputs);
    d.hashPrevouts = crypto::sha256(d.shaPrevouts);
    d.hashSequence = crypto::sha256(d.shaSequences);
    d.hashOutputs = crypto::sha256(d.shaOutputs);

    if (!spentOutputs.empty()) {
        Writer amounts(8 * spentOutputs.size());
        Writer scripts;
        for (const auto& spent : spentOutputs) {
            amounts.i64(spent.value.sats());
            scripts.varBytes(spent.scriptPubKey);
        }
        d.shaAmounts = sha256Of(amounts);
        d.shaScriptPubKeys = sha256Of(scripts);
        d.spentOutputs = std::move(spentOutputs);
        d.hasSpentOutputs = true;
    }
    return d;
}

util::Result<crypto::Hash256> legacySignatureHash(const Transaction& tx, size_t inputIndex, ByteView scriptCode,
                                                  int32_t hashType) {
    if (inputIndex >= tx.inputs.size()) return indexOutOfRange(inputIndex, tx.inputs.size());
    const uint8_t base = uint8_t(hashType) & kBaseTypeMask;
    const bool anyoneCanPay = (hashType & kSighashAnyoneCanPay) != 0;
    const bool single = base == kSighashSingle;
    const bool none = base == kSighashNone;

    if (single && inputIndex >= tx.outputs.size()) {
        // Core's historical quirk: the "hash" is the number one, and signatures commit to it.
        crypto::Hash256 one{};
        one[0] = 1;
        return one;
    }

    Writer w;
    w.i32(tx.version);
    const size_t inputCount = anyoneCanPay ? 1 : tx.inputs.size();
    w.compactSize(inputCount);
    for (size_t i = 0; i < inputCount; ++i) {
        const size_t which = anyoneCanPay ? inputIndex : i;
        const auto& in = tx.inputs[which];
        writeOutPoint(w, in.prevout);
        if (which == inputIndex)
            writeLegacyScriptCode(w, scriptCode);
        else
            w.compactSize(0);
        // Other inputs' sequences are blanked under NONE and SINGLE so they can be updated.
        w.u32(which != inputIndex && (single || none) ? 0 : in.sequence);
    }
    const size_t outputCount = none ? 0 : (single ? inputIndex + 1 : tx.outputs.size());
    w.compactSize(outputCount);
    for (size_t i = 0; i < outputCount; ++i) {
        if (single && i != inputIndex)
            w.i64(-1).compactSize(0);  // a null output: value -1, empty script
        else
            writeTxOut(w, tx.outputs[i]);
    }
    w.u32(tx.lockTime);
    w.i32(hashType);
    return crypto::sha256d(w.data());
}

util::Result<SegwitV0Sighash> segwitV0SignatureHash(const Transaction& tx, const PrecomputedTxData& pre,
                                                    size_t inputIndex, ByteView scriptCode, primitives::Amount amount,
                                                    int32_t hashType) {
    assert(pre.inputCount == tx.inputs.size() && pre.outputCount == tx.outputs.size());
    if (inputIndex >= tx.inputs.size()) return indexOutOfRange(inputIndex, tx.inputs.size());
    const uint8_t base = uint8_t(hashType) & kBaseTypeMask;
    const bool anyoneCanPay = (hashType & kSighashAnyoneCanPay) != 0;
    const bool single = base == kSighashSingle;
    const bool none = base == kSighashNone;
    const crypto::Hash256 zero{};

    crypto::Hash256 hashOutputs = zero;
    if (!single && !none) {
        hashOutputs = pre.hashOutputs;
    } else if (single && inputIndex < tx.outputs.size()) {
        Writer one;
        writeTxOut(one, tx.outputs[inputIndex]);
        hashOutputs = crypto::sha256d(one.data());
    }

    const auto& in = tx.inputs[inputIndex];
    Writer w(156 + scriptCode.size());
    w.i32(tx.version);
    w.raw(anyoneCanPay ? zero : pre.hashPrevouts);
    w.raw(anyoneCanPay || single || none ? zero : pre.hashSequence);
    writeOutPoint(w, in.prevout);
    w.varBytes(scriptCode);
    w.i64(amount.sats());
    w.u32(in.sequence);
    w.raw(hashOutputs);
    w.u32(tx.lockTime);
    w.i32(hashType);

    SegwitV0Sighash result;
    result.hash = crypto::sha256d(w.data());
    result.preimage = w.take();
    return result;
}

util::Result<SegwitV0Sighash> segwitV0SignatureHash(const Transaction& tx, size_t inputIndex, ByteView scriptCode,
                                                    primitives::Amount amount, int32_t hashType) {
    auto pre = precomputeTxData(tx);
    if (!pre) return pre.error();
    return segwitV0SignatureHash(tx, *pre, inputIndex, scriptCode, amount, hashType);
}

util::Result<TaprootSighash> taprootSignatureHash(const Transaction& tx, const PrecomputedTxData& pre,
                                                  size_t inputIndex, uint8_t hashType, std::optional<ByteView> annex,
                                                  const std::optional<TapscriptExtension>& tapscript) {
    assert(pre.inputCount == tx.inputs.size() && pre.outputCount == tx.outputs.size());
    const uint8_t base = hashType & 0x03;
    const bool anyoneCanPay = (hashType & kSighashAnyoneCanPay) != 0;
    if (!isDefinedTaprootHashType(hashType))
        return util::fail("taproot hash type 0x" + util::toHex(ByteView(&hashType, 1)) + " is not defined");
    if (inputIndex >= tx.inputs.size()) return indexOutOfRange(inputIndex, tx.inputs.size());
    if (!pre.hasSpentOutputs) return util::fail("a taproot signature hash needs the outputs every input spends");
    if (base == kSighashSingle && inputIndex >= tx.outputs.size())
        return util::fail("SIGHASH_SINGLE needs an output at index " + std::to_string(inputIndex) +
                          " but the transaction has " + std::to_string(tx.outputs.size()));
    if (annex && (annex->empty() || (*annex)[0] != kAnnexTag))
        return util::fail("a taproot annex must start with the byte 0x50");

    const auto& in = tx.inputs[inputIndex];
    Writer w(256);
    w.u8(kTaprootEpoch);
    w.u8(hashType);
    w.i32(tx.version);
    w.u32(tx.lockTime);
    if (!anyoneCanPay) {
        w.raw(pre.shaPrevouts).raw(pre.shaAmounts).raw(pre.shaScriptPubKeys).raw(pre.shaSequences);
    }
    if (base != kSighashNone && base != kSighashSingle) w.raw(pre.shaOutputs);
    const uint8_t spendType = uint8_t((tapscript ? 2 : 0) | (annex ? 1 : 0));
    w.u8(spendType);
    if (anyoneCanPay) {
        writeOutPoint(w, in.prevout);
        writeTxOut(w, pre.spentOutputs[inputIndex]);
        w.u32(in.sequence);
    } else {
        w.u32(uint32_t(inputIndex));
    }
    if (annex) {
        Writer a;
        a.varBytes(*annex);
        w.raw(sha256Of(a));
    }
    if (base == kSighashSingle) {
        Writer one;
        writeTxOut(one, tx.outputs[inputIndex]);
        w.raw(sha256Of(one));
    }
    if (tapscript) {
        w.raw(tapscript->tapleafHash);
        w.u8(0x00);  // key_version 0 (BIP342)
        w.u32(tapscript->codeSeparatorPos);
    }

    TaprootSighash result;
    result.sigMsg = w.take();
    result.hash = crypto::taggedHash("TapSighash", result.sigMsg);
    return result;
}

}  // namespace cairn::script
