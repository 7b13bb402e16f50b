// SPDX-License-Identifier: MIT
// Legacy signed messages with BIP137 header bytes, and the signing/verification entry points for addresses.
#include "script/message_signing.h"

#include "crypto/ecdsa.h"
#include "crypto/taproot.h"
#include "primitives/serialize.h"
#include "script/address.h"
#include "script/psbt.h"

#include <algorithm>

namespace cairn::script {
namespace {

using util::fail;
using util::Result;

constexpr char kMessageMagic[] = "Bitcoin Signed Message:\n";
constexpr uint8_t kFirstHeader = 27;
constexpr uint8_t kLastHeader = 42;
constexpr size_t kBip137Size = 65;
/// Longest message accepted for signing or verification (bytes); far above any real use, bounds hashing work.
constexpr size_t kMaxMessageSize = 1024 * 1024;

/// The scriptPubKey a key stands for under a BIP137 type.
Bytes scriptFor(const crypto::PubKey& key, Bip137Type type) {
    switch (type) {
        case Bip137Type::P2pkhUncompressed:
        case Bip137Type::P2pkhCompressed:
            return p2pkh(key.id());
        case Bip137Type::P2shP2wpkh:
            return p2sh(crypto::hash160(p2wpkh(key.id())));
        case Bip137Type::P2wpkh:
            return p2wpkh(key.id());
    }
    return {};
}

Result<void> verifyBip137(const AddressInfo& address, ByteView sig, std::string_view message) {
    const uint8_t header = sig[0];
    const int family = (header - kFirstHeader) / 4;
    const int recid = (header - kFirstHeader) % 4;
    const bool compressed = family != int(Bip137Type::P2pkhUncompressed);
    crypto::CompactSignature rs{};
    std::copy(sig.begin() + 1, sig.end(), rs.begin());
    auto key = crypto::recoverEcdsa(bitcoinMessageHash(message), rs, recid, compressed);
    if (!key) return fail("the signature is not valid (no public key can be recovered from it)");
    std::vector<Bip137Type> candidates;
    switch (address.type) {
        case ScriptType::PubKeyHash:
            if (family > int(Bip137Type::P2pkhCompressed))
                return fail("the signature's header byte is for a segwit address, not a P2PKH one");
            candidates = {Bip137Type(family)};
            break;
        case ScriptType::ScriptHash:
        case ScriptType::WitnessV0KeyHash:
            // BIP137 headers for segwit, or the compressed-P2PKH header Electrum and Trezor use for any address.
            if (family == int(Bip137Type::P2pkhUncompressed))
                return fail(
                    "the signature's header byte is for an uncompressed key, which segwit addresses cannot use");
            candidates = {address.type == ScriptType::ScriptHash ? Bip137Type::P2shP2wpkh : Bip137Type::P2wpkh};
            break;
        default:
            return fail("BIP137 signatures only cover P2PKH, P2SH-P2WPKH and P2WPKH addresses; use BIP322");
    }
    for (Bip137Type type : candidates)
        if (scriptFor(*key, type) == address.scriptPubKey) return {};
    return fail(
        "the signature is not valid for this message and address (it was made by another key or for "
        "another message)");
}

}  // namespace

crypto::Hash256 bitcoinMessageHash(std::string_view message) {
    primitives::Writer w(message.size() + 40);
    w.varBytes(ByteView(reinterpret_cast<const uint8_t*>(kMessageMagic), sizeof(kMessageMagic) - 1));
    w.varBytes(ByteView(reinterpret_cast<const uint8_t*>(message.data()), message.size()));
    return crypto::sha256d(w.data());
}

std::string signBip137(const crypto::PrivKey& key, Bip137Type type, std::string_view message) {
    const crypto::RecoverableSignature sig = crypto::signEcdsaRecoverable(key, bitcoinMessageHash(message));
    Bytes out;
    out.reserve(kBip137Size);
    out.push_back(uint8_t(kFirstHeader + 4 * int(type) + sig.recid));
    out.insert(out.end(), sig.signature.begin(), sig.signature.end());
    return base64Encode(out);
}

Result<std::string> signMessage(const crypto::PrivKey& key, bool compressed, std::string_view address, Network net,
                                std::string_view message, bool bip322) {
    if (message.size() > kMaxMessageSize) return fail("the message is longer than 1 MiB");
    CAIRN_TRY_ASSIGN(info, decodeAddressInfo(address, net));
    const crypto::PubKey pub = key.pubKey(compressed);
    if (bip322) {
        if (info.type == ScriptType::WitnessV0KeyHash) {
            if (!compressed || p2wpkh(pub.id()) != info.scriptPubKey)
                return fail("the private key does not belong to this address");
        } else if (info.type == ScriptType::WitnessV1Taproot) {
            CAIRN_TRY_ASSIGN(output, crypto::tweakTaprootPubKey(key.xOnlyPubKey(), std::nullopt));
            if (p2tr(output.key.bytes()) != info.scriptPubKey)
                return fail("the private key does not belong to this address (as a BIP86 key-path address)");
        } else {
            return fail("BIP322 simple signing supports P2WPKH and P2TR addresses only");
        }
        return signBip322Simple(key, info.type, message);
    }
    Bip137Type type{};
    switch (info.type) {
        case ScriptType::PubKeyHash:
            type = compressed ? Bip137Type::P2pkhCompressed : Bip137Type::P2pkhUncompressed;
            break;
        case ScriptType::ScriptHash:
            type = Bip137Type::P2shP2wpkh;
            break;
        case ScriptType::WitnessV0KeyHash:
            type = Bip137Type::P2wpkh;
            break;
        case ScriptType::WitnessV1Taproot:
            return fail("BIP137 cannot sign for a taproot address; use --bip322");
        default:
            return fail("BIP137 signing supports P2PKH, P2SH-P2WPKH and P2WPKH addresses only");
    }
    if (type != Bip137Type::P2pkhUncompressed && !compressed)
        return fail("segwit addresses need a compressed key (the WIF is marked uncompressed)");
    if (scriptFor(pub, type) != info.scriptPubKey) return fail("the private key does not belong to this address");
    return signBip137(key, type, message);
}

Result<MessageSignatureFormat> verifyMessage(std::string_view address, std::string_view signatureBase64,
                                             std::string_view message, Network net) {
    if (message.size() > kMaxMessageSize) return fail("the message is longer than 1 MiB");
    if (signatureBase64.size() > 4096) return fail("the signature is too long");
    CAIRN_TRY_ASSIGN(info, decodeAddressInfo(address, net));
    auto sig = base64Decode(signatureBase64);
    if (!sig) return fail("the signature is not valid base64: " + sig.message());
    if (sig->size() == kBip137Size && (*sig)[0] >= kFirstHeader && (*sig)[0] <= kLastHeader) {
        CAIRN_TRY(verifyBip137(info, *sig, message));
        return MessageSignatureFormat::Bip137;
    }
    CAIRN_TRY(verifyBip322Simple(info.scriptPubKey, *sig, message));
    return MessageSignatureFormat::Bip322Simple;
}

}  // namespace cairn::script
