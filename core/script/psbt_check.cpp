// SPDX-License-Identifier: MIT
// PSBT consistency checks (what a signer must verify before trusting the data) and facts derived from UTXOs.
#include "crypto/hash.h"
#include "script/psbt.h"
#include "script/psbt_codec.h"
#include "script/standard.h"

#include <algorithm>
#include <string>

namespace cairn::script::psbt_detail {

util::Result<void> checkInput(const Psbt& psbt, size_t index) {
    using util::fail;
    const std::string where = "input " + std::to_string(index) + ": ";
    const PsbtInput& in = psbt.inputs[index];
    const primitives::OutPoint& prevout = psbt.tx.inputs[index].prevout;
    if (in.nonWitnessUtxo) {
        if (in.nonWitnessUtxo->txid() != prevout.txid)
            return fail(where + "the non-witness UTXO's txid does not match the prevout");
        if (prevout.index >= in.nonWitnessUtxo->outputs.size())
            return fail(where + "the prevout index is beyond the non-witness UTXO's outputs");
    }
    const ScriptInfo redeemInfo = in.redeemScript ? classify(*in.redeemScript) : ScriptInfo{};
    if (in.witnessUtxo) {
        if (in.nonWitnessUtxo && in.nonWitnessUtxo->outputs[prevout.index] != *in.witnessUtxo)
            return fail(where + "the witness UTXO differs from the spent output of the non-witness UTXO");
        const ScriptInfo info = classify(in.witnessUtxo->scriptPubKey);
        if (info.witnessVersion < 0 && info.type != ScriptType::ScriptHash)
            return fail(where + "a witness UTXO is given for a non-witness output");
        if (info.type == ScriptType::ScriptHash && in.redeemScript && redeemInfo.witnessVersion < 0)
            return fail(where + "a witness UTXO is given for a P2SH input whose redeemScript is not a witness program");
    }
    const auto spent = psbt.spentOutput(index);
    if (in.redeemScript && spent && spent->scriptPubKey != p2sh(crypto::hash160(*in.redeemScript)))
        return fail(where + "the redeemScript does not match the UTXO's scriptPubKey");
    if (in.witnessScript) {
        const Bytes expected = p2wsh(crypto::sha256(*in.witnessScript));
        if (in.redeemScript) {
            if (*in.redeemScript != expected) return fail(where + "the witnessScript does not match the redeemScript");
        } else if (spent && classify(spent->scriptPubKey).type != ScriptType::ScriptHash &&
                   spent->scriptPubKey != expected) {
            return fail(where + "the witnessScript does not match the UTXO's scriptPubKey");
        }
    }
    return {};
}

}  // namespace cairn::script::psbt_detail

namespace cairn::script {

util::Result<void> Psbt::validate() const {
    using util::fail;
    if (inputs.size() != tx.inputs.size())
        return fail("the number of input maps differs from the transaction's inputs");
    if (outputs.size() != tx.outputs.size())
        return fail("the number of output maps differs from the transaction's outputs");
    for (size_t i = 0; i < tx.inputs.size(); ++i)
        if (!tx.inputs[i].scriptSig.empty() || !tx.inputs[i].witness.empty())
            return fail("unsigned transaction input " + std::to_string(i) + " has a scriptSig or witness");
    if (version && *version != 0) return fail("unsupported PSBT version " + std::to_string(*version));
    for (size_t i = 0; i < inputs.size(); ++i) CAIRN_TRY(psbt_detail::checkInput(*this, i));
    return {};
}

std::optional<primitives::TxOut> Psbt::spentOutput(size_t index) const {
    if (index >= inputs.size() || index >= tx.inputs.size()) return std::nullopt;
    const PsbtInput& in = inputs[index];
    if (in.witnessUtxo) return in.witnessUtxo;
    const uint32_t n = tx.inputs[index].prevout.index;
    if (in.nonWitnessUtxo && n < in.nonWitnessUtxo->outputs.size()) return in.nonWitnessUtxo->outputs[n];
    return std::nullopt;
}

util::Result<primitives::Amount> Psbt::fee() const {
    primitives::Amount in;
    for (size_t i = 0; i < tx.inputs.size(); ++i) {
        const auto spent = spentOutput(i);
        if (!spent) return util::fail("input " + std::to_string(i) + " has no known UTXO, so the fee is unknown");
        if (!spent->value.moneyRange())
            return util::fail("input " + std::to_string(i) + " spends an amount outside the money range");
        CAIRN_TRY_ASSIGN(sum, in.checkedAdd(spent->value));
        in = sum;
    }
    CAIRN_TRY_ASSIGN(out, tx.totalOutput());
    return in.checkedSub(out);
}

}  // namespace cairn::script

namespace cairn::script::psbt_detail {

util::Result<SpendInfo> resolveSpend(const Psbt& psbt, size_t index) {
    using util::fail;
    const std::string where = "input " + std::to_string(index) + ": ";
    const auto spent = psbt.spentOutput(index);
    if (!spent) return fail(where + "the UTXO it spends is unknown");
    const PsbtInput& in = psbt.inputs[index];
    SpendInfo info;
    info.spent = *spent;
    info.script = spent->scriptPubKey;
    ScriptInfo type = classify(info.script);
    if (type.type == ScriptType::ScriptHash) {
        if (!in.redeemScript) return fail(where + "the redeemScript of the P2SH output is missing");
        info.p2sh = true;
        info.script = *in.redeemScript;
        type = classify(info.script);
    }
    switch (type.type) {
        case ScriptType::WitnessV0KeyHash: {
            crypto::Hash160 hash{};
            std::copy(type.data.begin(), type.data.end(), hash.begin());
            info.kind = SpendKind::SegwitV0;
            info.script = p2wpkhScriptCode(hash);
            return info;
        }
        case ScriptType::WitnessV0ScriptHash:
            if (!in.witnessScript) return fail(where + "the witnessScript of the P2WSH output is missing");
            info.kind = SpendKind::SegwitV0;
            info.p2wsh = true;
            info.script = *in.witnessScript;
            return info;
        case ScriptType::WitnessV1Taproot:
            if (info.p2sh) return fail(where + "taproot inside P2SH cannot be spent");
            info.kind = SpendKind::Taproot;
            return info;
        default:
            if (type.witnessVersion >= 0) return fail(where + "spending this witness version is not supported");
            info.kind = SpendKind::Legacy;
            return info;
    }
}

}  // namespace cairn::script::psbt_detail
