// SPDX-License-Identifier: MIT
#include "wallet/signer.h"

#include "crypto/ecdsa.h"
#include "crypto/random.h"
#include "crypto/schnorr.h"
#include "crypto/taproot.h"
#include "script/script_builder.h"
#include "script/sighash.h"
#include "script/standard.h"

#include <string>

namespace cairn::wallet {

using primitives::Transaction;
using primitives::TxOut;
using util::fail;
using util::Result;

namespace {

/// What signing one input produces.
struct InputSolution {
    Bytes scriptSig;
    std::vector<Bytes> witness;
};

bool isEcdsaHashType(uint8_t t) {
    const uint8_t base = t & uint8_t(~script::kSighashAnyoneCanPay);
    return base >= script::kSighashAll && base <= script::kSighashSingle;
}

Result<Bytes> ecdsaSignature(const crypto::PrivKey& key, const crypto::Hash256& digest, uint8_t hashType,
                             bool grindLowR) {
    const crypto::EcdsaSignature sig = grindLowR ? crypto::signEcdsaLowR(key, digest) : crypto::signEcdsa(key, digest);
    // Guards against a faulty signing path: a wrong signature must never reach the network.
    if (!crypto::verifyEcdsa(key.pubKey(true), digest, sig, true)) return fail("ECDSA signature failed verification");
    Bytes der = sig.toDer();
    der.push_back(hashType);
    return der;
}

Result<InputSolution> signEcdsaInput(const Transaction& tx, const script::PrecomputedTxData& pre, size_t index,
                                     const SigningInput& in, bool grindLowR) {
    const uint8_t hashType = in.sighashType.value_or(script::kSighashAll);
    if (!isEcdsaHashType(hashType)) return fail("sighash type " + std::to_string(hashType) + " is not valid for ECDSA");
    const crypto::PubKey pub = in.key.pubKey(true);
    const crypto::Hash160 keyHash = pub.id();
    CAIRN_TRY_ASSIGN(expected, scriptForKey(pub, in.type));
    if (expected != in.spent.scriptPubKey) return fail("the key does not control the output it spends");
    const Bytes pubBytes = pub.serialize();
    InputSolution out;
    if (in.type == InputType::P2pkh) {
        CAIRN_TRY_ASSIGN(digest, script::legacySignatureHash(tx, index, in.spent.scriptPubKey, hashType));
        CAIRN_TRY_ASSIGN(sig, ecdsaSignature(in.key, digest, hashType, grindLowR));
        out.scriptSig = script::ScriptBuilder().push(sig).push(pubBytes).take();
        return out;
    }
    const Bytes scriptCode = script::p2wpkhScriptCode(keyHash);
    CAIRN_TRY_ASSIGN(sighash, script::segwitV0SignatureHash(tx, pre, index, scriptCode, in.spent.value, hashType));
    CAIRN_TRY_ASSIGN(sig, ecdsaSignature(in.key, sighash.hash, hashType, grindLowR));
    if (in.type == InputType::P2shP2wpkh) out.scriptSig = script::ScriptBuilder().push(nestedRedeemScript(pub)).take();
    out.witness = {std::move(sig), pubBytes};
    return out;
}

Result<InputSolution> signTaprootInput(const Transaction& tx, const script::PrecomputedTxData& pre, size_t index,
                                       const SigningInput& in, const SignOptions& options) {
    const uint8_t hashType = in.sighashType.value_or(script::kSighashDefault);
    if (hashType != script::kSighashDefault && !isEcdsaHashType(hashType))
        return fail("sighash type " + std::to_string(hashType) + " is not valid for taproot");
    CAIRN_TRY_ASSIGN(output, crypto::tweakTaprootPubKey(in.key.xOnlyPubKey(), in.tapMerkleRoot));
    if (script::p2tr(output.key.bytes()) != in.spent.scriptPubKey)
        return fail("the key does not control the taproot output it spends");
    CAIRN_TRY_ASSIGN(sighash, script::taprootSignatureHash(tx, pre, index, hashType));
    CAIRN_TRY_ASSIGN(tweaked, crypto::tweakTaprootPrivKey(in.key, in.tapMerkleRoot));
    crypto::Hash256 aux{};
    if (options.schnorrAux)
        aux = *options.schnorrAux;
    else
        crypto::fillRandom(aux.data(), aux.size());
    const crypto::SchnorrSignature sig = crypto::signSchnorr(tweaked, sighash.hash, aux);
    if (!crypto::verifySchnorr(output.key, sighash.hash, sig)) return fail("Schnorr signature failed verification");
    Bytes witnessSig(sig.begin(), sig.end());
    if (hashType != script::kSighashDefault) witnessSig.push_back(hashType);
    InputSolution out;
    out.witness = {std::move(witnessSig)};
    return out;
}

}  // namespace

Bytes nestedRedeemScript(const crypto::PubKey& key) { return script::p2wpkh(key.withCompression(true).id()); }

Result<Bytes> scriptForKey(const crypto::PubKey& key, InputType type) {
    const crypto::PubKey compressed = key.withCompression(true);
    switch (type) {
        case InputType::P2pkh:
            return script::p2pkh(compressed.id());
        case InputType::P2shP2wpkh:
            return script::p2sh(crypto::hash160(nestedRedeemScript(compressed)));
        case InputType::P2wpkh:
            return script::p2wpkh(compressed.id());
        case InputType::P2trKeyPath: {
            CAIRN_TRY_ASSIGN(output, crypto::tweakTaprootPubKey(compressed.xOnly(), std::nullopt));
            return script::p2tr(output.key.bytes());
        }
    }
    return fail("unknown input type");
}

Result<void> signTransaction(Transaction& tx, const std::vector<SigningInput>& inputs, const SignOptions& options) {
    if (inputs.size() != tx.inputs.size())
        return fail("signing needs one entry per input (" + std::to_string(tx.inputs.size()) + " inputs, " +
                    std::to_string(inputs.size()) + " given)");
    std::vector<TxOut> spent;
    spent.reserve(inputs.size());
    for (const SigningInput& in : inputs) spent.push_back(in.spent);
    // Sighashes are computed over the unsigned form: scriptSigs of other inputs do not enter any of them, but
    // keep the caller's transaction untouched until every input succeeded.
    Transaction unsignedTx = tx;
    for (auto& in : unsignedTx.inputs) {
        in.scriptSig.clear();
        in.witness.clear();
    }
    CAIRN_TRY_ASSIGN(pre, script::precomputeTxData(unsignedTx, std::move(spent)));
    std::vector<InputSolution> solutions;
    for (size_t i = 0; i < inputs.size(); ++i) {
        Result<InputSolution> s = inputs[i].type == InputType::P2trKeyPath
                                      ? signTaprootInput(unsignedTx, pre, i, inputs[i], options)
                                      : signEcdsaInput(unsignedTx, pre, i, inputs[i], options.grindLowR);
        if (!s) return fail("input " + std::to_string(i) + ": " + s.message());
        solutions.push_back(std::move(*s));
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
        tx.inputs[i].scriptSig = std::move(solutions[i].scriptSig);
        tx.inputs[i].witness = std::move(solutions[i].witness);
    }
    return {};
}

}  // namespace cairn::wallet
