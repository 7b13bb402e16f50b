// SPDX-License-Identifier: MIT
// PSBT creator, updater, combiner and extractor.
#include "script/psbt.h"
#include "script/psbt_codec.h"

#include <map>
#include <string>

namespace cairn::script {
namespace {

using util::fail;
using util::Result;

Result<void> checkIndex(size_t index, size_t count, const char* what) {
    if (index >= count)
        return fail(std::string(what) + " index " + std::to_string(index) + " is out of range (" +
                    std::to_string(count) + " in the transaction)");
    return {};
}

/// Adds every record of `from` missing in `to`; a key present in both with different values is a conflict.
template <typename Apply>
Result<void> mergeRecords(const std::vector<psbt_detail::Record>& to, const std::vector<psbt_detail::Record>& from,
                          const std::string& where, Apply apply) {
    std::map<Bytes, const Bytes*> existing;
    for (const auto& r : to) existing.emplace(r.key, &r.value);
    for (const auto& r : from) {
        auto it = existing.find(r.key);
        if (it == existing.end()) {
            if (auto applied = apply(ByteView(r.key), ByteView(r.value)); !applied)
                return fail(where + ": " + applied.message());
        } else if (*it->second != r.value) {
            return fail(where + ": the PSBTs hold different values for the same key (type " +
                        std::to_string(psbt_detail::keyType(r.key)) + ")");
        }
    }
    return {};
}

}  // namespace

Result<Psbt> Psbt::create(const primitives::Transaction& unsignedTx) {
    for (size_t i = 0; i < unsignedTx.inputs.size(); ++i)
        if (!unsignedTx.inputs[i].scriptSig.empty() || !unsignedTx.inputs[i].witness.empty())
            return fail("input " + std::to_string(i) + " of the transaction is already signed");
    Psbt psbt;
    psbt.tx = unsignedTx;
    psbt.inputs.resize(unsignedTx.inputs.size());
    psbt.outputs.resize(unsignedTx.outputs.size());
    return psbt;
}

Result<void> Psbt::addNonWitnessUtxo(size_t index, primitives::Transaction previous) {
    CAIRN_TRY(checkIndex(index, inputs.size(), "input"));
    const auto& prevout = tx.inputs[index].prevout;
    if (previous.txid() != prevout.txid)
        return fail("the transaction is not the one input " + std::to_string(index) + " spends");
    if (prevout.index >= previous.outputs.size())
        return fail("the transaction has no output " + std::to_string(prevout.index));
    auto saved = std::move(inputs[index].nonWitnessUtxo);
    inputs[index].nonWitnessUtxo = std::move(previous);
    if (auto ok = psbt_detail::checkInput(*this, index); !ok) {
        inputs[index].nonWitnessUtxo = std::move(saved);
        return ok.error();
    }
    return {};
}

Result<void> Psbt::addWitnessUtxo(size_t index, primitives::TxOut spent) {
    CAIRN_TRY(checkIndex(index, inputs.size(), "input"));
    auto saved = std::move(inputs[index].witnessUtxo);
    inputs[index].witnessUtxo = std::move(spent);
    if (auto ok = psbt_detail::checkInput(*this, index); !ok) {
        inputs[index].witnessUtxo = std::move(saved);
        return ok.error();
    }
    return {};
}

Result<void> Psbt::setInputScripts(size_t index, std::optional<Bytes> redeemScript,
                                   std::optional<Bytes> witnessScript) {
    CAIRN_TRY(checkIndex(index, inputs.size(), "input"));
    PsbtInput& in = inputs[index];
    auto savedRedeem = std::move(in.redeemScript);
    auto savedWitness = std::move(in.witnessScript);
    in.redeemScript = std::move(redeemScript);
    in.witnessScript = std::move(witnessScript);
    if (auto ok = psbt_detail::checkInput(*this, index); !ok) {
        in.redeemScript = std::move(savedRedeem);
        in.witnessScript = std::move(savedWitness);
        return ok.error();
    }
    return {};
}

Result<void> Psbt::addInputDerivation(size_t index, const crypto::PubKey& key, KeyOrigin origin) {
    CAIRN_TRY(checkIndex(index, inputs.size(), "input"));
    inputs[index].bip32Derivations[key.serialize()] = std::move(origin);
    return {};
}

Result<void> Psbt::addOutputDerivation(size_t index, const crypto::PubKey& key, KeyOrigin origin) {
    CAIRN_TRY(checkIndex(index, outputs.size(), "output"));
    outputs[index].bip32Derivations[key.serialize()] = std::move(origin);
    return {};
}

Result<void> Psbt::setSighashType(size_t index, uint32_t sighashType) {
    CAIRN_TRY(checkIndex(index, inputs.size(), "input"));
    inputs[index].sighashType = sighashType;
    return {};
}

Result<Psbt> Psbt::combine(std::span<const Psbt> psbts) {
    using namespace psbt_detail;
    if (psbts.empty()) return fail("there are no PSBTs to combine");
    Psbt result = psbts[0];
    const Bytes txBytes = result.tx.serializeWithoutWitness();
    for (size_t n = 1; n < psbts.size(); ++n) {
        const Psbt& other = psbts[n];
        if (other.tx.serializeWithoutWitness() != txBytes || other.inputs.size() != result.inputs.size() ||
            other.outputs.size() != result.outputs.size())
            return fail("PSBT " + std::to_string(n) + " is for a different transaction");
        bool haveTx = true;
        CAIRN_TRY(mergeRecords(globalRecords(result), globalRecords(other), "global map",
                               [&](ByteView k, ByteView v) { return applyGlobalRecord(result, haveTx, k, v); }));
        for (size_t i = 0; i < result.inputs.size(); ++i) {
            PsbtInput& in = result.inputs[i];
            CAIRN_TRY(mergeRecords(inputRecords(in), inputRecords(other.inputs[i]), "input " + std::to_string(i),
                                   [&](ByteView k, ByteView v) { return applyInputRecord(in, k, v); }));
        }
        for (size_t i = 0; i < result.outputs.size(); ++i) {
            PsbtOutput& out = result.outputs[i];
            CAIRN_TRY(mergeRecords(outputRecords(out), outputRecords(other.outputs[i]), "output " + std::to_string(i),
                                   [&](ByteView k, ByteView v) { return applyOutputRecord(out, k, v); }));
        }
    }
    CAIRN_TRY(result.validate());
    return result;
}

Result<primitives::Transaction> Psbt::extract() const {
    if (inputs.size() != tx.inputs.size()) return fail("the PSBT's input maps do not match its transaction");
    primitives::Transaction signedTx = tx;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const PsbtInput& in = inputs[i];
        if (!in.isFinal()) return fail("input " + std::to_string(i) + " is not finalized");
        signedTx.inputs[i].scriptSig = in.finalScriptSig.value_or(Bytes{});
        signedTx.inputs[i].witness = in.finalScriptWitness.value_or(std::vector<Bytes>{});
    }
    return signedTx;
}

}  // namespace cairn::script
