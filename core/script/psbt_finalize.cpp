// SPDX-License-Identifier: MIT
// PSBT input finalizer: final scriptSig and scriptWitness from partial signatures and scripts.
#include "crypto/hash.h"
#include "script/psbt.h"
#include "script/psbt_codec.h"
#include "script/script_builder.h"
#include "script/standard.h"

#include <algorithm>
#include <string>

namespace cairn::script {
namespace {

using psbt_detail::SpendInfo;
using psbt_detail::SpendKind;
using util::fail;
using util::Result;

/// The signature for the key whose HASH160 is `keyHash`, as the stack items signature, public key.
Result<std::vector<Bytes>> keyHashStack(const PsbtInput& in, ByteView keyHash) {
    for (const auto& [pubkey, sig] : in.partialSigs) {
        const auto id = crypto::hash160(pubkey);
        if (std::equal(id.begin(), id.end(), keyHash.begin(), keyHash.end())) return std::vector<Bytes>{sig, pubkey};
    }
    return fail("there is no signature for the key the script pays to");
}

/// The stack of signatures (and the dummy element for multisig) that satisfies the script.
Result<std::vector<Bytes>> signatureStack(const PsbtInput& in, const SpendInfo& spend) {
    const ScriptInfo info = classify(spend.script);
    switch (info.type) {
        case ScriptType::PubKeyHash:
            return keyHashStack(in, info.data);
        case ScriptType::PubKey: {
            auto it = in.partialSigs.find(info.data);
            if (it == in.partialSigs.end()) return fail("there is no signature for the script's key");
            return std::vector<Bytes>{it->second};
        }
        case ScriptType::Multisig: {
            // CHECKMULTISIG pops one element too many (the dummy, empty by BIP147), and wants the signatures in the
            // order of the keys.
            std::vector<Bytes> stack{Bytes{}};
            for (const Bytes& key : info.pubkeys) {
                if (int(stack.size()) - 1 == info.required) break;
                auto it = in.partialSigs.find(key);
                if (it != in.partialSigs.end()) stack.push_back(it->second);
            }
            if (int(stack.size()) - 1 < info.required)
                return fail("the multisig needs " + std::to_string(info.required) + " signatures, there are " +
                            std::to_string(stack.size() - 1));
            return stack;
        }
        case ScriptType::WitnessV1Taproot:
            return fail("there is no taproot key-path signature");
        default: {
            // A script without a known template: the signatures in key order, which is all a generic finalizer knows
            // (what the BIP174 reference vectors expect). Spending conditions beyond signatures need their own tools.
            if (in.partialSigs.empty()) return fail("there are no signatures for the script");
            std::vector<Bytes> stack;
            for (const auto& entry : in.partialSigs) stack.push_back(entry.second);
            return stack;
        }
    }
}

Bytes pushAll(const std::vector<Bytes>& items) {
    ScriptBuilder b;
    for (const Bytes& item : items) b.push(item);
    return b.take();
}

/// BIP174: after finalizing keep only the UTXOs, proprietary and unknown data (but not records of types BIP174
/// defines for inputs that this model keeps as raw records).
void clearSigningData(PsbtInput& in) {
    PsbtInput kept;
    kept.nonWitnessUtxo = std::move(in.nonWitnessUtxo);
    kept.witnessUtxo = std::move(in.witnessUtxo);
    kept.finalScriptSig = std::move(in.finalScriptSig);
    kept.finalScriptWitness = std::move(in.finalScriptWitness);
    kept.proprietary = std::move(in.proprietary);
    for (auto& [key, value] : in.unknown)
        if (psbt_detail::keyType(key) > psbt_type::kInTapMerkleRoot) kept.unknown.emplace(key, std::move(value));
    kept.keyOrder = std::move(in.keyOrder);
    in = std::move(kept);
}

}  // namespace

Result<void> Psbt::finalizeInput(size_t index) {
    if (index >= inputs.size()) return fail("input index " + std::to_string(index) + " is out of range");
    PsbtInput& in = inputs[index];
    if (in.isFinal()) return {};
    const std::string where = "input " + std::to_string(index) + ": ";
    if (in.tapKeySig) {
        const auto spent = spentOutput(index);
        if (spent && classify(spent->scriptPubKey).type != ScriptType::WitnessV1Taproot)
            return fail(where + "a taproot key signature is given for a non-taproot output");
        in.finalScriptWitness = std::vector<Bytes>{*in.tapKeySig};
        clearSigningData(in);
        return {};
    }
    auto spend = psbt_detail::resolveSpend(*this, index);
    if (!spend) return spend.error();
    if (in.sighashType)
        for (const auto& entry : in.partialSigs)
            if (entry.second.back() != uint8_t(*in.sighashType))
                return fail(where + "a signature uses another sighash type than the input asks for");
    auto stack = signatureStack(in, *spend);
    if (!stack) return fail(where + stack.message());
    if (spend->kind == SpendKind::Legacy) {
        if (spend->p2sh) stack->push_back(*in.redeemScript);
        in.finalScriptSig = pushAll(*stack);
    } else {
        if (spend->p2wsh) stack->push_back(*in.witnessScript);
        if (spend->p2sh) in.finalScriptSig = ScriptBuilder().push(*in.redeemScript).take();
        in.finalScriptWitness = std::move(*stack);
    }
    clearSigningData(in);
    return {};
}

bool Psbt::finalize() {
    bool complete = true;
    for (size_t i = 0; i < inputs.size(); ++i)
        if (!finalizeInput(i)) complete = false;
    return complete;
}

}  // namespace cairn::script
