// SPDX-License-Identifier: MIT
// BIP322 simple signatures: the to_spend/to_sign virtual transactions, signing and verification for P2WPKH
// (BIP143 sighash) and P2TR key path (BIP341 sighash).
#include "crypto/ecdsa.h"
#include "crypto/random.h"
#include "crypto/schnorr.h"
#include "crypto/taproot.h"
#include "script/message_signing.h"
#include "script/psbt.h"
#include "script/psbt_codec.h"
#include "script/script_builder.h"
#include "script/sighash.h"
#include "script/signature_encoding.h"

#include <algorithm>

namespace cairn::script {
namespace {

using util::fail;
using util::Result;

constexpr uint8_t kOpReturn = 0x6a;

ByteView asBytes(std::string_view text) { return ByteView(reinterpret_cast<const uint8_t*>(text.data()), text.size()); }

}  // namespace

crypto::Hash256 bip322MessageHash(std::string_view message) {
    return crypto::taggedHash("BIP0322-signed-message", asBytes(message));
}

primitives::Transaction bip322ToSpend(ByteView scriptPubKey, std::string_view message) {
    primitives::Transaction tx;
    tx.version = 0;
    tx.lockTime = 0;
    primitives::TxIn in;
    in.prevout = primitives::OutPoint{primitives::Txid(), 0xffffffff};
    const crypto::Hash256 hash = bip322MessageHash(message);
    in.scriptSig = ScriptBuilder().number(0).push(hash).take();
    in.sequence = 0;
    tx.inputs.push_back(std::move(in));
    tx.outputs.push_back({primitives::Amount::fromSats(0), Bytes(scriptPubKey.begin(), scriptPubKey.end())});
    return tx;
}

primitives::Transaction bip322ToSign(const primitives::Transaction& toSpend, std::vector<Bytes> witness) {
    primitives::Transaction tx;
    tx.version = 0;
    tx.lockTime = 0;
    primitives::TxIn in;
    in.prevout = primitives::OutPoint{toSpend.txid(), 0};
    in.sequence = 0;
    in.witness = std::move(witness);
    tx.inputs.push_back(std::move(in));
    tx.outputs.push_back({primitives::Amount::fromSats(0), Bytes{kOpReturn}});
    return tx;
}

Result<std::string> signBip322Simple(const crypto::PrivKey& key, ScriptType type, std::string_view message,
                                     const std::optional<crypto::Hash256>& schnorrAux) {
    if (type == ScriptType::WitnessV0KeyHash) {
        const crypto::PubKey pub = key.pubKey(true);
        const crypto::Hash160 id = pub.id();
        const auto toSpend = bip322ToSpend(p2wpkh(id), message);
        const auto toSign = bip322ToSign(toSpend);
        CAIRN_TRY_ASSIGN(sighash,
                         segwitV0SignatureHash(toSign, 0, p2wpkhScriptCode(id), primitives::Amount(), kSighashAll));
        Bytes sig = crypto::signEcdsaDer(key, sighash.hash);
        sig.push_back(kSighashAll);
        return base64Encode(psbt_detail::serializeWitnessStack({sig, pub.serialize()}));
    }
    if (type == ScriptType::WitnessV1Taproot) {
        CAIRN_TRY_ASSIGN(output, crypto::tweakTaprootPubKey(key.xOnlyPubKey(), std::nullopt));
        const auto toSpend = bip322ToSpend(p2tr(output.key.bytes()), message);
        const auto toSign = bip322ToSign(toSpend);
        CAIRN_TRY_ASSIGN(pre, precomputeTxData(toSign, {toSpend.outputs[0]}));
        CAIRN_TRY_ASSIGN(sighash, taprootSignatureHash(toSign, pre, 0, kSighashDefault));
        CAIRN_TRY_ASSIGN(tweaked, crypto::tweakTaprootPrivKey(key, std::nullopt));
        crypto::Hash256 aux{};
        if (schnorrAux)
            aux = *schnorrAux;
        else
            crypto::fillRandom(aux.data(), aux.size());
        const crypto::SchnorrSignature sig = crypto::signSchnorr(tweaked, sighash.hash, aux);
        return base64Encode(psbt_detail::serializeWitnessStack({Bytes(sig.begin(), sig.end())}));
    }
    return fail("BIP322 simple signatures are supported for P2WPKH and P2TR addresses only");
}

Result<void> verifyBip322Simple(ByteView scriptPubKey, ByteView witnessStack, std::string_view message) {
    auto stack = psbt_detail::parseWitnessStack(witnessStack);
    if (!stack) return fail("the signature is not a BIP322 witness stack");
    const ScriptInfo info = classify(scriptPubKey);
    const auto toSpend = bip322ToSpend(scriptPubKey, message);
    const auto toSign = bip322ToSign(toSpend, *stack);
    if (info.type == ScriptType::WitnessV0KeyHash) {
        if (stack->size() != 2) return fail("a P2WPKH signature must be a witness of a signature and a public key");
        const Bytes& sig = (*stack)[0];
        const Bytes& pubBytes = (*stack)[1];
        if (pubBytes.size() != crypto::PubKey::kCompressedSize) return fail("the witness public key is not compressed");
        auto pub = crypto::PubKey::parse(pubBytes);
        if (!pub) return fail("the witness holds an invalid public key");
        const crypto::Hash160 id = pub->id();
        if (!std::equal(id.begin(), id.end(), info.data.begin(), info.data.end()))
            return fail("the signature is by the key of another address");
        if (!isStrictDerSignature(sig) || !sighashTypeName(sig.back()))
            return fail("the witness signature is not a DER signature with a valid sighash type");
        CAIRN_TRY_ASSIGN(sighash,
                         segwitV0SignatureHash(toSign, 0, p2wpkhScriptCode(id), primitives::Amount(), sig.back()));
        if (!crypto::verifyEcdsaDer(*pub, sighash.hash, ByteView(sig).first(sig.size() - 1), true))
            return fail("the signature is not valid for this message and address");
        return {};
    }
    if (info.type == ScriptType::WitnessV1Taproot) {
        if (stack->size() != 1) return fail("only key-path P2TR signatures (one witness item) are supported");
        const Bytes& sig = (*stack)[0];
        if (sig.size() != 64 && sig.size() != 65) return fail("a taproot signature must be 64 or 65 bytes");
        const uint8_t type = sig.size() == 65 ? sig[64] : kSighashDefault;
        if (sig.size() == 65 && type == kSighashDefault)
            return fail("a 65-byte taproot signature cannot use sighash 0");
        auto outputKey = crypto::XOnlyPubKey::parse(info.data);
        if (!outputKey) return fail("the address holds an invalid taproot output key");
        CAIRN_TRY_ASSIGN(pre, precomputeTxData(toSign, {toSpend.outputs[0]}));
        auto sighash = taprootSignatureHash(toSign, pre, 0, type);
        if (!sighash) return fail("the signature's sighash type is invalid: " + sighash.message());
        if (!crypto::verifySchnorr(*outputKey, sighash->hash, ByteView(sig).first(64)))
            return fail("the signature is not valid for this message and address");
        return {};
    }
    return fail("BIP322 simple verification supports P2WPKH and P2TR addresses only");
}

}  // namespace cairn::script
