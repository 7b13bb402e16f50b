// SPDX-License-Identifier: MIT
// PSBT records: the exact key and value form of every defined type, parsed into the typed maps.
#include "crypto/hash.h"
#include "crypto/keys.h"
#include "script/psbt.h"
#include "script/psbt_codec.h"
#include "script/signature_encoding.h"

#include <algorithm>
#include <limits>
#include <set>
#include <string>

namespace cairn::script::psbt_detail {
namespace {

using primitives::Reader;
using util::fail;
using util::Result;

// BIP341: a control block is 33 bytes plus at most 128 32-byte path elements.
constexpr size_t kMaxControlBlock = 33 + 128 * 32;
constexpr uint8_t kMaxTapTreeDepth = 128;

Result<void> expectNoKeyData(ByteView keyData, const char* what) {
    if (!keyData.empty()) return fail(std::string(what) + " key must have no key data");
    return {};
}

Result<void> expectPubKey(ByteView keyData, const char* what) {
    if (keyData.size() != crypto::PubKey::kCompressedSize && keyData.size() != crypto::PubKey::kUncompressedSize)
        return fail(std::string(what) + " key must hold a 33- or 65-byte public key, got " +
                    std::to_string(keyData.size()) + " bytes");
    if (!crypto::PubKey::parse(keyData)) return fail(std::string(what) + " key holds an invalid public key");
    return {};
}

Result<crypto::Hash256> expectXOnly(ByteView bytes, const char* what) {
    if (bytes.size() != crypto::XOnlyPubKey::kSize)
        return fail(std::string(what) + " must be a 32-byte x-only public key, got " + std::to_string(bytes.size()) +
                    " bytes");
    if (!crypto::XOnlyPubKey::parse(bytes)) return fail(std::string(what) + " is not a valid x-only public key");
    crypto::Hash256 out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

Result<void> expectSchnorrSig(ByteView sig, const char* what) {
    if (sig.size() == 64) return {};
    if (sig.size() == 65) {
        const uint8_t t = sig[64];
        if ((t >= 0x01 && t <= 0x03) || (t >= 0x81 && t <= 0x83)) return {};
        return fail(std::string(what) + " has an invalid sighash type " + typeText(t));
    }
    return fail(std::string(what) + " must be 64 or 65 bytes, got " + std::to_string(sig.size()));
}

Result<KeyOrigin> parseKeyOrigin(ByteView v, const char* what) {
    if (v.size() < 4 || v.size() % 4 != 0)
        return fail(std::string(what) + " must be a 4-byte fingerprint and 4-byte path elements, got " +
                    std::to_string(v.size()) + " bytes");
    KeyOrigin origin;
    std::copy(v.begin(), v.begin() + 4, origin.fingerprint.begin());
    for (size_t i = 4; i < v.size(); i += 4)
        origin.path.push_back(uint32_t(v[i]) | uint32_t(v[i + 1]) << 8 | uint32_t(v[i + 2]) << 16 |
                              uint32_t(v[i + 3]) << 24);
    return origin;
}

Result<TapKeyOrigin> parseTapKeyOrigin(ByteView v, const char* what) {
    Reader r(v);
    auto count = r.compactSize();
    if (!count || *count > r.remaining() / 32) return fail(std::string(what) + " has an unreadable leaf hash count");
    TapKeyOrigin out;
    for (uint64_t i = 0; i < *count; ++i) {
        auto h = r.hash32();
        if (!h) return fail(std::string(what) + " is truncated");
        out.leafHashes.push_back(*h);
    }
    auto rest = r.view(r.remaining());
    if (!rest) return fail(std::string(what) + " is truncated");
    CAIRN_TRY_ASSIGN(origin, parseKeyOrigin(*rest, what));
    out.origin = std::move(origin);
    return out;
}

Result<std::vector<TapTreeLeaf>> parseTapTree(ByteView v) {
    Reader r(v);
    std::vector<TapTreeLeaf> leaves;
    // Depths of the completed subtrees still waiting for a sibling, to prove the leaves form a full tree.
    std::vector<uint8_t> pending;
    if (v.empty()) return fail("taproot tree is empty");
    while (!r.atEnd()) {
        TapTreeLeaf leaf;
        auto depth = r.u8();
        auto version = r.u8();
        if (!depth || !version) return fail("taproot tree is truncated");
        auto script = r.varBytes();
        if (!script) return fail("taproot tree leaf script is truncated");
        if (*depth > kMaxTapTreeDepth) return fail("taproot tree leaf is deeper than 128");
        if ((*version & 1) != 0) return fail("taproot tree leaf has an invalid leaf version " + typeText(*version));
        if (!pending.empty() && pending.front() == 0) return fail("taproot tree has leaves after the complete tree");
        leaf.depth = *depth;
        leaf.leafVersion = *version;
        leaf.script = std::move(*script);
        leaves.push_back(std::move(leaf));
        pending.push_back(*depth);
        while (pending.size() >= 2 && pending[pending.size() - 1] == pending[pending.size() - 2]) {
            const uint8_t d = pending.back();
            if (d == 0) return fail("taproot tree is malformed");
            pending.pop_back();
            pending.back() = uint8_t(d - 1);
        }
    }
    if (pending.size() != 1 || pending.front() != 0) return fail("taproot tree leaves do not form a complete tree");
    return leaves;
}

Result<void> checkProprietaryKey(ByteView keyData) {
    Reader r(keyData);
    auto idLen = r.compactSize();
    if (!idLen || !r.view(size_t(*idLen)) || !r.compactSize(std::numeric_limits<uint64_t>::max()))
        return fail("proprietary key must hold an identifier and a subtype");
    return {};
}

Bytes copyOf(ByteView v) { return Bytes(v.begin(), v.end()); }

/// Stores a key-data -> value entry of a repeatable type.
template <typename Map, typename Value>
void store(Map& map, ByteView keyData, Value value) {
    map.emplace(copyOf(keyData), std::move(value));
}

Result<void> checkPreimage(uint8_t type, ByteView keyData, ByteView preimage) {
    const bool small = type == psbt_type::kInRipemd160 || type == psbt_type::kInHash160;
    if (keyData.size() != (small ? 20u : 32u))
        return fail("hash preimage key must hold a " + std::to_string(small ? 20 : 32) + "-byte hash");
    Bytes digest;
    switch (type) {
        case psbt_type::kInRipemd160: {
            auto h = crypto::ripemd160(preimage);
            digest.assign(h.begin(), h.end());
            break;
        }
        case psbt_type::kInSha256: {
            auto h = crypto::sha256(preimage);
            digest.assign(h.begin(), h.end());
            break;
        }
        case psbt_type::kInHash160: {
            auto h = crypto::hash160(preimage);
            digest.assign(h.begin(), h.end());
            break;
        }
        default: {
            auto h = crypto::sha256d(preimage);
            digest.assign(h.begin(), h.end());
            break;
        }
    }
    if (!std::equal(digest.begin(), digest.end(), keyData.begin(), keyData.end()))
        return fail("hash preimage does not hash to its key");
    return {};
}

Result<uint32_t> parseU32(ByteView v, const char* what) {
    if (v.size() != 4) return fail(std::string(what) + " must be 4 bytes, got " + std::to_string(v.size()));
    return uint32_t(v[0]) | uint32_t(v[1]) << 8 | uint32_t(v[2]) << 16 | uint32_t(v[3]) << 24;
}

bool isV2OnlyType(MapKind kind, uint64_t type) {
    switch (kind) {
        case MapKind::Global:
            return type >= 0x02 && type <= 0x06;
        case MapKind::Input:
            return type >= 0x0e && type <= 0x12;
        case MapKind::Output:
            return type == 0x03 || type == 0x04;
    }
    return false;
}

/// Common handling of proprietary, v2-only and unknown types; false when the type is a defined v0 type.
Result<bool> applyOther(MapKind kind, const SplitKey& k, ByteView key, ByteView value, PsbtRecordMap& proprietary,
                        PsbtRecordMap& unknown) {
    if (k.type == psbt_type::kProprietary) {
        CAIRN_TRY(checkProprietaryKey(k.data));
        proprietary.emplace(copyOf(key), copyOf(value));
        return true;
    }
    if (isV2OnlyType(kind, k.type))
        return fail("type " + typeText(k.type) + " is a PSBT version 2 field, not allowed in version 0");
    unknown.emplace(copyOf(key), copyOf(value));
    return true;
}

}  // namespace

Result<void> applyGlobalRecord(Psbt& psbt, bool& haveTx, ByteView key, ByteView value) {
    CAIRN_TRY_ASSIGN(k, splitKey(key));
    switch (k.type) {
        case psbt_type::kGlobalUnsignedTx: {
            CAIRN_TRY(expectNoKeyData(k.data, "unsigned transaction"));
            auto tx = parseUnsignedTx(value);
            if (!tx && value.size() > 6 && value[4] == 0x00 && value[5] == 0x01)
                return fail("unsigned transaction must use the serialisation without witness");
            if (!tx) return fail("unsigned transaction: " + tx.message());
            psbt.tx = std::move(*tx);
            haveTx = true;
            return {};
        }
        case psbt_type::kGlobalXpub: {
            if (k.data.size() != 78)
                return fail("extended public key must be 78 bytes, got " + std::to_string(k.data.size()));
            if (!crypto::PubKey::parse(k.data.subspan(45, 33)))
                return fail("extended public key holds an invalid public key");
            CAIRN_TRY_ASSIGN(origin, parseKeyOrigin(value, "extended public key origin"));
            if (origin.path.size() != k.data[4])
                return fail("extended public key origin path has " + std::to_string(origin.path.size()) +
                            " steps but the key's depth is " + std::to_string(k.data[4]));
            store(psbt.xpubs, k.data, std::move(origin));
            return {};
        }
        case psbt_type::kGlobalVersion: {
            CAIRN_TRY(expectNoKeyData(k.data, "PSBT version"));
            CAIRN_TRY_ASSIGN(version, parseU32(value, "PSBT version"));
            if (version != 0) return fail("unsupported PSBT version " + std::to_string(version));
            psbt.version = version;
            return {};
        }
        default: {
            auto handled = applyOther(MapKind::Global, k, key, value, psbt.proprietary, psbt.unknown);
            if (!handled) return handled.error();
            return {};
        }
    }
}

Result<void> applyInputRecord(PsbtInput& in, ByteView key, ByteView value) {
    namespace t = psbt_type;
    CAIRN_TRY_ASSIGN(k, splitKey(key));
    switch (k.type) {
        case t::kInNonWitnessUtxo: {
            CAIRN_TRY(expectNoKeyData(k.data, "non-witness UTXO"));
            auto tx = primitives::Transaction::parse(value);
            if (!tx) return fail("non-witness UTXO: " + tx.message());
            const Bytes again = tx->serialize();
            if (!std::equal(again.begin(), again.end(), value.begin(), value.end()))
                return fail("non-witness UTXO is not in canonical serialisation");
            in.nonWitnessUtxo = std::move(*tx);
            return {};
        }
        case t::kInWitnessUtxo: {
            CAIRN_TRY(expectNoKeyData(k.data, "witness UTXO"));
            Reader r(value);
            auto amount = r.i64();
            auto script = r.varBytes();
            if (!amount || !script || !r.atEnd()) return fail("witness UTXO must be an amount and a scriptPubKey");
            in.witnessUtxo = primitives::TxOut{primitives::Amount::fromSats(*amount), std::move(*script)};
            return {};
        }
        case t::kInPartialSig:
            CAIRN_TRY(expectPubKey(k.data, "partial signature"));
            if (!isStrictDerSignature(value))
                return fail("partial signature is not a DER signature with a sighash byte");
            store(in.partialSigs, k.data, copyOf(value));
            return {};
        case t::kInSighashType: {
            CAIRN_TRY(expectNoKeyData(k.data, "sighash type"));
            CAIRN_TRY_ASSIGN(type, parseU32(value, "sighash type"));
            in.sighashType = type;
            return {};
        }
        case t::kInRedeemScript:
            CAIRN_TRY(expectNoKeyData(k.data, "redeemScript"));
            in.redeemScript = copyOf(value);
            return {};
        case t::kInWitnessScript:
            CAIRN_TRY(expectNoKeyData(k.data, "witnessScript"));
            in.witnessScript = copyOf(value);
            return {};
        case t::kInBip32Derivation: {
            CAIRN_TRY(expectPubKey(k.data, "BIP32 derivation"));
            CAIRN_TRY_ASSIGN(origin, parseKeyOrigin(value, "BIP32 derivation"));
            store(in.bip32Derivations, k.data, std::move(origin));
            return {};
        }
        case t::kInFinalScriptSig:
            CAIRN_TRY(expectNoKeyData(k.data, "final scriptSig"));
            in.finalScriptSig = copyOf(value);
            return {};
        case t::kInFinalScriptWitness: {
            CAIRN_TRY(expectNoKeyData(k.data, "final scriptWitness"));
            auto stack = parseWitnessStack(value);
            if (!stack) return fail("final scriptWitness: " + stack.message());
            in.finalScriptWitness = std::move(*stack);
            return {};
        }
        case t::kInRipemd160:
        case t::kInSha256:
        case t::kInHash160:
        case t::kInHash256: {
            const auto type = uint8_t(k.type);
            CAIRN_TRY(checkPreimage(type, k.data, value));
            auto& map = type == t::kInRipemd160 ? in.ripemd160Preimages
                        : type == t::kInSha256  ? in.sha256Preimages
                        : type == t::kInHash160 ? in.hash160Preimages
                                                : in.hash256Preimages;
            store(map, k.data, copyOf(value));
            return {};
        }
        case t::kInTapKeySig:
            CAIRN_TRY(expectNoKeyData(k.data, "taproot key signature"));
            CAIRN_TRY(expectSchnorrSig(value, "taproot key signature"));
            in.tapKeySig = copyOf(value);
            return {};
        case t::kInTapScriptSig:
            if (k.data.size() != 64) return fail("taproot script signature key must be an x-only key and a leaf hash");
            CAIRN_TRY(expectXOnly(k.data.first(32), "taproot script signature key"));
            CAIRN_TRY(expectSchnorrSig(value, "taproot script signature"));
            store(in.tapScriptSigs, k.data, copyOf(value));
            return {};
        case t::kInTapLeafScript: {
            if (k.data.size() < 33 || (k.data.size() - 33) % 32 != 0 || k.data.size() > kMaxControlBlock)
                return fail("taproot leaf script key must hold a control block of 33 + 32k bytes, got " +
                            std::to_string(k.data.size()));
            if (value.empty()) return fail("taproot leaf script must hold a script and a leaf version");
            TapLeafScript leaf{Bytes(value.begin(), value.end() - 1), value.back()};
            store(in.tapLeafScripts, k.data, std::move(leaf));
            return {};
        }
        case t::kInTapBip32Derivation: {
            CAIRN_TRY(expectXOnly(k.data, "taproot BIP32 derivation key"));
            CAIRN_TRY_ASSIGN(origin, parseTapKeyOrigin(value, "taproot BIP32 derivation"));
            store(in.tapBip32Derivations, k.data, std::move(origin));
            return {};
        }
        case t::kInTapInternalKey: {
            CAIRN_TRY(expectNoKeyData(k.data, "taproot internal key"));
            CAIRN_TRY_ASSIGN(x, expectXOnly(value, "taproot internal key"));
            in.tapInternalKey = x;
            return {};
        }
        case t::kInTapMerkleRoot: {
            CAIRN_TRY(expectNoKeyData(k.data, "taproot merkle root"));
            if (value.size() != 32) return fail("taproot merkle root must be 32 bytes");
            crypto::Hash256 root{};
            std::copy(value.begin(), value.end(), root.begin());
            in.tapMerkleRoot = root;
            return {};
        }
        default: {
            auto handled = applyOther(MapKind::Input, k, key, value, in.proprietary, in.unknown);
            if (!handled) return handled.error();
            return {};
        }
    }
}

Result<void> applyOutputRecord(PsbtOutput& out, ByteView key, ByteView value) {
    namespace t = psbt_type;
    CAIRN_TRY_ASSIGN(k, splitKey(key));
    switch (k.type) {
        case t::kOutRedeemScript:
            CAIRN_TRY(expectNoKeyData(k.data, "output redeemScript"));
            out.redeemScript = copyOf(value);
            return {};
        case t::kOutWitnessScript:
            CAIRN_TRY(expectNoKeyData(k.data, "output witnessScript"));
            out.witnessScript = copyOf(value);
            return {};
        case t::kOutBip32Derivation: {
            CAIRN_TRY(expectPubKey(k.data, "output BIP32 derivation"));
            CAIRN_TRY_ASSIGN(origin, parseKeyOrigin(value, "output BIP32 derivation"));
            store(out.bip32Derivations, k.data, std::move(origin));
            return {};
        }
        case t::kOutTapInternalKey: {
            CAIRN_TRY(expectNoKeyData(k.data, "output taproot internal key"));
            CAIRN_TRY_ASSIGN(x, expectXOnly(value, "output taproot internal key"));
            out.tapInternalKey = x;
            return {};
        }
        case t::kOutTapTree: {
            CAIRN_TRY(expectNoKeyData(k.data, "output taproot tree"));
            CAIRN_TRY_ASSIGN(tree, parseTapTree(value));
            out.tapTree = std::move(tree);
            return {};
        }
        case t::kOutTapBip32Derivation: {
            CAIRN_TRY(expectXOnly(k.data, "output taproot BIP32 derivation key"));
            CAIRN_TRY_ASSIGN(origin, parseTapKeyOrigin(value, "output taproot BIP32 derivation"));
            store(out.tapBip32Derivations, k.data, std::move(origin));
            return {};
        }
        default: {
            auto handled = applyOther(MapKind::Output, k, key, value, out.proprietary, out.unknown);
            if (!handled) return handled.error();
            return {};
        }
    }
}

}  // namespace cairn::script::psbt_detail
