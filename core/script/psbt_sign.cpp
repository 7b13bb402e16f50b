// SPDX-License-Identifier: MIT
// PSBT signer: ECDSA for legacy and segwit v0 inputs, Schnorr for taproot key-path inputs.
#include "crypto/ecdsa.h"
#include "crypto/random.h"
#include "crypto/schnorr.h"
#include "crypto/taproot.h"
#include "script/psbt.h"
#include "script/psbt_codec.h"
#include "script/sighash.h"
#include "script/standard.h"

#include <algorithm>
#include <string>

namespace cairn::script {
namespace {

using psbt_detail::SpendInfo;
using psbt_detail::SpendKind;
using util::fail;
using util::Result;

bool isEcdsaSighashType(uint32_t t) {
    return (t & ~uint32_t(kSighashAnyoneCanPay)) >= 1 && (t & ~uint32_t(kSighashAnyoneCanPay)) <= 3;
}
bool isTaprootSighashType(uint32_t t) { return t == kSighashDefault || isEcdsaSighashType(t); }

/// True when `script` contains a push of exactly `pubkey` (how a key takes part in a non-standard script).
bool scriptPushesKey(ByteView script, ByteView pubkey) {
    if (script.size() <= pubkey.size()) return false;
    for (size_t i = 0; i + 1 + pubkey.size() <= script.size(); ++i)
        if (script[i] == pubkey.size() &&
            std::equal(pubkey.begin(), pubkey.end(), script.begin() + std::ptrdiff_t(i) + 1))
            return true;
    return false;
}

/// Whether the key (in the given encoding) is one the input's script asks a signature from.
bool keyTakesPart(const SpendInfo& spend, const crypto::PubKey& pub) {
    const Bytes serialized = pub.serialize();
    const ScriptInfo info = classify(spend.script);
    switch (info.type) {
        case ScriptType::PubKeyHash: {
            const auto id = pub.id();
            return std::equal(id.begin(), id.end(), info.data.begin(), info.data.end());
        }
        case ScriptType::PubKey:
            return info.data == serialized;
        case ScriptType::Multisig:
            return std::find(info.pubkeys.begin(), info.pubkeys.end(), serialized) != info.pubkeys.end();
        default:
            return scriptPushesKey(spend.script, serialized);
    }
}

Result<size_t> signEcdsaInput(Psbt& psbt, size_t index, const SpendInfo& spend, const crypto::PrivKey& key,
                              bool compressed) {
    const std::string where = "input " + std::to_string(index) + ": ";
    PsbtInput& in = psbt.inputs[index];
    // Segwit v0 only accepts compressed keys; a WIF marked uncompressed is still tried with its compressed form.
    const crypto::PubKey pub = key.pubKey(spend.kind == SpendKind::SegwitV0 ? true : compressed);
    if (!keyTakesPart(spend, pub)) return size_t(0);
    const Bytes pubBytes = pub.serialize();
    if (in.partialSigs.count(pubBytes) != 0) return size_t(0);
    const uint32_t type = in.sighashType.value_or(kSighashAll);
    if (!isEcdsaSighashType(type)) return fail(where + "sighash type " + std::to_string(type) + " cannot be signed");
    crypto::Hash256 digest{};
    if (spend.kind == SpendKind::Legacy) {
        // BIP174: a legacy signature commits to no amount, so the full previous transaction must prove it.
        if (!in.nonWitnessUtxo) return fail(where + "a non-witness input needs its full previous transaction");
        CAIRN_TRY_ASSIGN(h, legacySignatureHash(psbt.tx, index, spend.script, int32_t(type)));
        digest = h;
    } else {
        CAIRN_TRY_ASSIGN(h, segwitV0SignatureHash(psbt.tx, index, spend.script, spend.spent.value, int32_t(type)));
        digest = h.hash;
    }
    Bytes sig = crypto::signEcdsaDer(key, digest);
    sig.push_back(uint8_t(type));
    in.partialSigs.emplace(pubBytes, std::move(sig));
    return size_t(1);
}

Result<size_t> signTaprootInput(Psbt& psbt, size_t index, const SpendInfo& spend, const crypto::PrivKey& key,
                                const PsbtSignOptions& options) {
    const std::string where = "input " + std::to_string(index) + ": ";
    PsbtInput& in = psbt.inputs[index];
    if (in.tapKeySig) return size_t(0);
    const crypto::XOnlyPubKey internal = key.xOnlyPubKey();
    if (in.tapInternalKey && *in.tapInternalKey != internal.bytes()) return size_t(0);
    CAIRN_TRY_ASSIGN(tweaked, crypto::tweakTaprootPubKey(internal, in.tapMerkleRoot));
    if (p2tr(tweaked.key.bytes()) != spend.spent.scriptPubKey) return size_t(0);
    const uint32_t type = in.sighashType.value_or(kSighashDefault);
    if (!isTaprootSighashType(type)) return fail(where + "sighash type " + std::to_string(type) + " cannot be signed");
    std::vector<primitives::TxOut> spentOutputs;
    for (size_t j = 0; j < psbt.tx.inputs.size(); ++j) {
        auto out = psbt.spentOutput(j);
        if (!out)
            return fail(where + "taproot signing needs the UTXO of every input, input " + std::to_string(j) +
                        " has none");
        spentOutputs.push_back(std::move(*out));
    }
    CAIRN_TRY_ASSIGN(precomputed, precomputeTxData(psbt.tx, std::move(spentOutputs)));
    CAIRN_TRY_ASSIGN(sighash, taprootSignatureHash(psbt.tx, precomputed, index, uint8_t(type)));
    CAIRN_TRY_ASSIGN(tweakedKey, crypto::tweakTaprootPrivKey(key, in.tapMerkleRoot));
    crypto::Hash256 aux{};
    if (options.schnorrAux)
        aux = *options.schnorrAux;
    else
        crypto::fillRandom(aux.data(), aux.size());
    const crypto::SchnorrSignature sig = crypto::signSchnorr(tweakedKey, sighash.hash, aux);
    Bytes value(sig.begin(), sig.end());
    if (type != kSighashDefault) value.push_back(uint8_t(type));
    in.tapKeySig = std::move(value);
    return size_t(1);
}

}  // namespace

Result<size_t> Psbt::sign(const crypto::PrivKey& key, bool compressed, const PsbtSignOptions& options) {
    size_t added = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].isFinal()) continue;
        // An input whose UTXO or scripts are unknown cannot involve this key as far as we can tell.
        auto spend = psbt_detail::resolveSpend(*this, i);
        if (!spend) continue;
        CAIRN_TRY(psbt_detail::checkInput(*this, i));
        Result<size_t> n = spend->kind == SpendKind::Taproot ? signTaprootInput(*this, i, *spend, key, options)
                                                             : signEcdsaInput(*this, i, *spend, key, compressed);
        if (!n) return n.error();
        added += *n;
    }
    return added;
}

}  // namespace cairn::script
