// SPDX-License-Identifier: MIT
#include "script/standard.h"

#include "script/opcodes.h"
#include "script/script_builder.h"
#include "script/script_reader.h"

#include <optional>
#include <string>

namespace cairn::script {
namespace {

constexpr size_t kWitnessV0KeyHashSize = 20;
constexpr size_t kWitnessV0ScriptHashSize = 32;
constexpr size_t kTaprootKeySize = 32;
constexpr size_t kMinWitnessProgram = 2;
constexpr size_t kMaxWitnessProgram = 40;

Bytes copyOf(ByteView v) { return Bytes(v.begin(), v.end()); }

bool isP2sh(ByteView s) { return s.size() == 23 && s[0] == OP_HASH160 && s[1] == 20 && s[22] == OP_EQUAL; }

bool isP2pkh(ByteView s) {
    return s.size() == 25 && s[0] == OP_DUP && s[1] == OP_HASH160 && s[2] == 20 && s[23] == OP_EQUALVERIFY &&
           s[24] == OP_CHECKSIG;
}

// OP_n <direct push of 2..40 bytes>, nothing else (BIP141).
bool isWitnessProgram(ByteView s) {
    if (s.size() < 4 || s.size() > 42) return false;
    if (s[0] != OP_0 && (s[0] < OP_1 || s[0] > OP_16)) return false;
    return size_t(s[1]) + 2 == s.size();
}

bool isPayToAnchor(ByteView s) { return s.size() == 4 && s[0] == OP_1 && s[1] == 2 && s[2] == 0x4e && s[3] == 0x73; }

std::optional<Bytes> matchPayToPubKey(ByteView s) {
    if (s.empty() || s.back() != OP_CHECKSIG) return std::nullopt;
    const size_t keySize = s[0];
    if ((keySize != 33 && keySize != 65) || s.size() != keySize + 2) return std::nullopt;
    ByteView key = s.subspan(1, keySize);
    if (!isPubKeySized(key)) return std::nullopt;
    return copyOf(key);
}

// A multisig count: OP_1..OP_16, or a minimal script-number push (for 17..20), within [min, max].
std::optional<int> multisigCount(const ScriptOp& op, int min, int max) {
    int count = 0;
    if (op.opcode != OP_0 && isSmallIntOpcode(op.opcode)) {
        count = decodeSmallInt(op.opcode);
    } else if (op.isPush()) {
        if (!op.isMinimalPush()) return std::nullopt;
        auto n = decodeScriptNum(op.data, true, 4);
        if (!n || *n < min || *n > max) return std::nullopt;
        count = int(*n);
    } else {
        return std::nullopt;
    }
    if (count < min || count > max) return std::nullopt;
    return count;
}

bool matchMultisig(ByteView s, ScriptInfo& info) {
    if (s.empty() || s.back() != OP_CHECKMULTISIG) return false;
    ScriptReader reader(s);
    auto first = reader.next();
    if (!first) return false;
    auto required = multisigCount(*first, 1, kMaxMultisigKeys);
    if (!required) return false;
    std::vector<Bytes> keys;
    std::optional<ScriptOp> last;
    while (!reader.done()) {
        auto op = reader.next();
        if (!op) return false;
        if (op->isPush() && isPubKeySized(op->data)) {
            keys.push_back(copyOf(op->data));
            continue;
        }
        last = *op;
        break;
    }
    if (!last) return false;
    auto total = multisigCount(*last, *required, kMaxMultisigKeys);
    if (!total || size_t(*total) != keys.size()) return false;
    // Exactly OP_CHECKMULTISIG must follow the key count.
    if (reader.position() + 1 != s.size()) return false;
    info.required = *required;
    info.pubkeys = std::move(keys);
    return true;
}

bool matchNullData(ByteView s, ScriptInfo& info) {
    if (s.empty() || s[0] != OP_RETURN) return false;
    ScriptReader reader(s.subspan(1));
    std::vector<Bytes> pushes;
    while (!reader.done()) {
        auto op = reader.next();
        if (!op || op->opcode > OP_16) return false;
        pushes.push_back(copyOf(op->data));
    }
    info.pushes = std::move(pushes);
    return true;
}

ScriptInfo classifyWitness(ByteView s) {
    ScriptInfo info;
    const int version = s[0] == OP_0 ? 0 : decodeSmallInt(s[0]);
    ByteView program = s.subspan(2);
    if (version == 0 && program.size() == kWitnessV0KeyHashSize) {
        info.type = ScriptType::WitnessV0KeyHash;
    } else if (version == 0 && program.size() == kWitnessV0ScriptHashSize) {
        info.type = ScriptType::WitnessV0ScriptHash;
    } else if (version == 1 && program.size() == kTaprootKeySize) {
        info.type = ScriptType::WitnessV1Taproot;
    } else if (isPayToAnchor(s)) {
        info.type = ScriptType::Anchor;
    } else if (version != 0) {
        info.type = ScriptType::WitnessUnknown;
    } else {
        return info;  // a version 0 program of any other length is not standard
    }
    info.witnessVersion = version;
    info.data = copyOf(program);
    return info;
}

}  // namespace

std::string_view scriptTypeName(ScriptType type) {
    switch (type) {
        case ScriptType::NonStandard:
            return "nonstandard";
        case ScriptType::PubKey:
            return "pubkey";
        case ScriptType::PubKeyHash:
            return "pubkeyhash";
        case ScriptType::ScriptHash:
            return "scripthash";
        case ScriptType::Multisig:
            return "multisig";
        case ScriptType::NullData:
            return "nulldata";
        case ScriptType::WitnessV0KeyHash:
            return "witness_v0_keyhash";
        case ScriptType::WitnessV0ScriptHash:
            return "witness_v0_scripthash";
        case ScriptType::WitnessV1Taproot:
            return "witness_v1_taproot";
        case ScriptType::Anchor:
            return "anchor";
        case ScriptType::WitnessUnknown:
            return "witness_unknown";
    }
    return "nonstandard";
}

bool isPubKeySized(ByteView pubkey) {
    if (pubkey.empty()) return false;
    const uint8_t prefix = pubkey[0];
    if (prefix == 0x02 || prefix == 0x03) return pubkey.size() == 33;
    if (prefix == 0x04 || prefix == 0x06 || prefix == 0x07) return pubkey.size() == 65;
    return false;
}

ScriptInfo classify(ByteView s) {
    // Same order as Core's Solver: P2SH, witness programs, OP_RETURN, P2PK, P2PKH, multisig.
    ScriptInfo info;
    if (isP2sh(s)) {
        info.type = ScriptType::ScriptHash;
        info.data = copyOf(s.subspan(2, 20));
        return info;
    }
    if (isWitnessProgram(s)) return classifyWitness(s);
    if (matchNullData(s, info)) {
        info.type = ScriptType::NullData;
        return info;
    }
    if (auto key = matchPayToPubKey(s)) {
        info.type = ScriptType::PubKey;
        info.data = std::move(*key);
        return info;
    }
    if (isP2pkh(s)) {
        info.type = ScriptType::PubKeyHash;
        info.data = copyOf(s.subspan(3, 20));
        return info;
    }
    if (matchMultisig(s, info)) {
        info.type = ScriptType::Multisig;
        return info;
    }
    return ScriptInfo{};
}

Bytes p2pkh(const crypto::Hash160& keyHash) {
    return ScriptBuilder().op(OP_DUP).op(OP_HASH160).push(keyHash).op(OP_EQUALVERIFY).op(OP_CHECKSIG).take();
}

Bytes p2sh(const crypto::Hash160& scriptHash) {
    return ScriptBuilder().op(OP_HASH160).push(scriptHash).op(OP_EQUAL).take();
}

Bytes p2wpkh(const crypto::Hash160& keyHash) { return ScriptBuilder().op(OP_0).push(keyHash).take(); }

Bytes p2wsh(const crypto::Hash256& witnessScriptHash) {
    return ScriptBuilder().op(OP_0).push(witnessScriptHash).take();
}

Bytes p2tr(const std::array<uint8_t, 32>& outputKey) { return ScriptBuilder().op(OP_1).push(outputKey).take(); }

util::Result<Bytes> p2pk(ByteView pubkey) {
    if (!isPubKeySized(pubkey))
        return util::fail("a public key must be 33 bytes (02/03 prefix) or 65 bytes (04 prefix), got " +
                          std::to_string(pubkey.size()) + " bytes");
    return ScriptBuilder().push(pubkey).op(OP_CHECKSIG).take();
}

util::Result<Bytes> multisig(int required, std::span<const Bytes> pubkeys) {
    const int total = int(pubkeys.size());
    if (total < 1 || total > kMaxMultisigKeys)
        return util::fail("a multisig script needs 1 to " + std::to_string(kMaxMultisigKeys) + " keys, got " +
                          std::to_string(pubkeys.size()));
    if (required < 1 || required > total)
        return util::fail("a multisig script needs between 1 and " + std::to_string(total) +
                          " required signatures, got " + std::to_string(required));
    ScriptBuilder builder;
    builder.number(required);
    for (size_t i = 0; i < pubkeys.size(); ++i) {
        if (!isPubKeySized(pubkeys[i]))
            return util::fail("multisig key " + std::to_string(i + 1) + " is not a 33- or 65-byte public key");
        builder.push(pubkeys[i]);
    }
    return builder.number(total).op(OP_CHECKMULTISIG).take();
}

Bytes nullData(ByteView data) {
    ScriptBuilder builder;
    builder.op(OP_RETURN);
    if (!data.empty()) builder.push(data);
    return builder.take();
}

util::Result<Bytes> witnessProgram(int version, ByteView program) {
    if (version < 0 || version > 16)
        return util::fail("witness version must be 0 to 16, got " + std::to_string(version));
    if (program.size() < kMinWitnessProgram || program.size() > kMaxWitnessProgram)
        return util::fail("a witness program must be 2 to 40 bytes, got " + std::to_string(program.size()));
    if (version == 0 && program.size() != kWitnessV0KeyHashSize && program.size() != kWitnessV0ScriptHashSize)
        return util::fail("a version 0 witness program must be 20 or 32 bytes, got " + std::to_string(program.size()));
    return ScriptBuilder().op(encodeSmallInt(version)).push(program).take();
}

Bytes p2wpkhScriptCode(const crypto::Hash160& keyHash) { return p2pkh(keyHash); }

}  // namespace cairn::script
