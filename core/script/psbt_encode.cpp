// SPDX-License-Identifier: MIT
// PSBT encoding: typed maps back to records, in the order they were read, and base64.
#include "primitives/serialize.h"
#include "script/psbt.h"
#include "script/psbt_codec.h"

#include <algorithm>
#include <map>

namespace cairn::script::psbt_detail {
namespace {

using primitives::Writer;

Bytes keyOriginBytes(const KeyOrigin& origin) {
    Writer w;
    w.raw(origin.fingerprint);
    for (uint32_t step : origin.path) w.u32(step);
    return w.take();
}

Bytes tapKeyOriginBytes(const TapKeyOrigin& origin) {
    Writer w;
    w.compactSize(origin.leafHashes.size());
    for (const auto& h : origin.leafHashes) w.raw(h);
    w.raw(keyOriginBytes(origin.origin));
    return w.take();
}

Bytes u32Bytes(uint32_t v) { return Writer().u32(v).take(); }

/// Appends records built from a key-data -> value map.
template <typename Map, typename ToValue>
void addAll(std::vector<Record>& out, uint8_t type, const Map& map, ToValue toValue) {
    for (const auto& [keyData, value] : map) out.push_back({makeKey(type, keyData), toValue(value)});
}

Bytes same(const Bytes& b) { return b; }

void addRaw(std::vector<Record>& out, const PsbtRecordMap& map) {
    for (const auto& [key, value] : map) out.push_back({key, value});
}

/// Proprietary and unknown records go in type order with the rest.
std::vector<Record> sortedByType(std::vector<Record> records) {
    std::stable_sort(records.begin(), records.end(),
                     [](const Record& a, const Record& b) { return keyType(a.key) < keyType(b.key); });
    return records;
}

}  // namespace

Bytes serializeWitnessStack(const std::vector<Bytes>& stack) {
    Writer w;
    w.compactSize(stack.size());
    for (const auto& item : stack) w.varBytes(item);
    return w.take();
}

std::vector<Record> globalRecords(const Psbt& psbt) {
    namespace t = psbt_type;
    std::vector<Record> out;
    out.push_back({makeKey(t::kGlobalUnsignedTx), psbt.tx.serializeWithoutWitness()});
    addAll(out, t::kGlobalXpub, psbt.xpubs, keyOriginBytes);
    if (psbt.version) out.push_back({makeKey(t::kGlobalVersion), u32Bytes(*psbt.version)});
    addRaw(out, psbt.proprietary);
    addRaw(out, psbt.unknown);
    return sortedByType(std::move(out));
}

std::vector<Record> inputRecords(const PsbtInput& in) {
    namespace t = psbt_type;
    std::vector<Record> out;
    if (in.nonWitnessUtxo) out.push_back({makeKey(t::kInNonWitnessUtxo), in.nonWitnessUtxo->serialize()});
    if (in.witnessUtxo)
        out.push_back({makeKey(t::kInWitnessUtxo),
                       Writer().i64(in.witnessUtxo->value.sats()).varBytes(in.witnessUtxo->scriptPubKey).take()});
    addAll(out, t::kInPartialSig, in.partialSigs, same);
    if (in.sighashType) out.push_back({makeKey(t::kInSighashType), u32Bytes(*in.sighashType)});
    if (in.redeemScript) out.push_back({makeKey(t::kInRedeemScript), *in.redeemScript});
    if (in.witnessScript) out.push_back({makeKey(t::kInWitnessScript), *in.witnessScript});
    addAll(out, t::kInBip32Derivation, in.bip32Derivations, keyOriginBytes);
    if (in.finalScriptSig) out.push_back({makeKey(t::kInFinalScriptSig), *in.finalScriptSig});
    if (in.finalScriptWitness)
        out.push_back({makeKey(t::kInFinalScriptWitness), serializeWitnessStack(*in.finalScriptWitness)});
    addAll(out, t::kInRipemd160, in.ripemd160Preimages, same);
    addAll(out, t::kInSha256, in.sha256Preimages, same);
    addAll(out, t::kInHash160, in.hash160Preimages, same);
    addAll(out, t::kInHash256, in.hash256Preimages, same);
    if (in.tapKeySig) out.push_back({makeKey(t::kInTapKeySig), *in.tapKeySig});
    addAll(out, t::kInTapScriptSig, in.tapScriptSigs, same);
    addAll(out, t::kInTapLeafScript, in.tapLeafScripts, [](const TapLeafScript& leaf) {
        Bytes v = leaf.script;
        v.push_back(leaf.leafVersion);
        return v;
    });
    addAll(out, t::kInTapBip32Derivation, in.tapBip32Derivations, tapKeyOriginBytes);
    if (in.tapInternalKey)
        out.push_back({makeKey(t::kInTapInternalKey), Bytes(in.tapInternalKey->begin(), in.tapInternalKey->end())});
    if (in.tapMerkleRoot)
        out.push_back({makeKey(t::kInTapMerkleRoot), Bytes(in.tapMerkleRoot->begin(), in.tapMerkleRoot->end())});
    addRaw(out, in.proprietary);
    addRaw(out, in.unknown);
    return sortedByType(std::move(out));
}

std::vector<Record> outputRecords(const PsbtOutput& o) {
    namespace t = psbt_type;
    std::vector<Record> out;
    if (o.redeemScript) out.push_back({makeKey(t::kOutRedeemScript), *o.redeemScript});
    if (o.witnessScript) out.push_back({makeKey(t::kOutWitnessScript), *o.witnessScript});
    addAll(out, t::kOutBip32Derivation, o.bip32Derivations, keyOriginBytes);
    if (o.tapInternalKey)
        out.push_back({makeKey(t::kOutTapInternalKey), Bytes(o.tapInternalKey->begin(), o.tapInternalKey->end())});
    if (o.tapTree) {
        Writer w;
        for (const auto& leaf : *o.tapTree) w.u8(leaf.depth).u8(leaf.leafVersion).varBytes(leaf.script);
        out.push_back({makeKey(t::kOutTapTree), w.take()});
    }
    addAll(out, t::kOutTapBip32Derivation, o.tapBip32Derivations, tapKeyOriginBytes);
    addRaw(out, o.proprietary);
    addRaw(out, o.unknown);
    return sortedByType(std::move(out));
}

std::vector<Record> orderRecords(std::vector<Record> canonical, const std::vector<Bytes>& hint) {
    std::map<Bytes, size_t> byKey;
    for (size_t i = 0; i < canonical.size(); ++i) byKey.emplace(canonical[i].key, i);
    std::vector<bool> placed(canonical.size(), false);
    std::vector<Record> out;
    out.reserve(canonical.size());
    for (const Bytes& key : hint) {
        auto it = byKey.find(key);
        if (it == byKey.end() || placed[it->second]) continue;
        placed[it->second] = true;
        out.push_back(canonical[it->second]);
    }
    for (size_t i = 0; i < canonical.size(); ++i) {
        if (placed[i]) continue;
        const uint64_t type = keyType(canonical[i].key);
        size_t pos = out.size();
        while (pos > 0 && keyType(out[pos - 1].key) > type) --pos;
        out.insert(out.begin() + std::ptrdiff_t(pos), canonical[i]);
    }
    return out;
}

}  // namespace cairn::script::psbt_detail

namespace cairn::script {
namespace {

void writeMap(primitives::Writer& w, const std::vector<psbt_detail::Record>& records) {
    for (const auto& record : records) {
        w.varBytes(record.key);
        w.varBytes(record.value);
    }
    w.u8(0x00);
}

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

}  // namespace

Bytes Psbt::encode() const {
    using namespace psbt_detail;
    primitives::Writer w;
    w.raw(kMagic);
    writeMap(w, orderRecords(globalRecords(*this), keyOrder));
    for (const auto& in : inputs) writeMap(w, orderRecords(inputRecords(in), in.keyOrder));
    for (const auto& out : outputs) writeMap(w, orderRecords(outputRecords(out), out.keyOrder));
    return w.take();
}

std::string Psbt::toBase64() const { return base64Encode(encode()); }

std::string base64Encode(ByteView data) {
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    for (size_t i = 0; i < data.size(); i += 3) {
        const size_t n = std::min<size_t>(3, data.size() - i);
        uint32_t chunk = uint32_t(data[i]) << 16;
        if (n > 1) chunk |= uint32_t(data[i + 1]) << 8;
        if (n > 2) chunk |= data[i + 2];
        out += kBase64Alphabet[(chunk >> 18) & 63];
        out += kBase64Alphabet[(chunk >> 12) & 63];
        out += n > 1 ? kBase64Alphabet[(chunk >> 6) & 63] : '=';
        out += n > 2 ? kBase64Alphabet[chunk & 63] : '=';
    }
    return out;
}

util::Result<Bytes> base64Decode(std::string_view text) {
    if (text.size() % 4 != 0) return util::fail("length is not a multiple of 4");
    Bytes out;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        int v[4];
        int padding = 0;
        for (int j = 0; j < 4; ++j) {
            const char c = text[i + size_t(j)];
            if (c == '=' && last && j >= 2) {
                v[j] = 0;
                ++padding;
                continue;
            }
            if (padding > 0 || (v[j] = base64Value(c)) < 0)
                return util::fail("invalid character at position " + std::to_string(i + size_t(j)));
        }
        const uint32_t chunk = uint32_t(v[0]) << 18 | uint32_t(v[1]) << 12 | uint32_t(v[2]) << 6 | uint32_t(v[3]);
        // Bits that padding leaves unused must be zero, so each byte string has exactly one encoding.
        if ((padding == 1 && (chunk & 0xff) != 0) || (padding == 2 && (chunk & 0xffff) != 0))
            return util::fail("non-zero bits before the padding");
        out.push_back(uint8_t(chunk >> 16));
        if (padding < 2) out.push_back(uint8_t(chunk >> 8));
        if (padding < 1) out.push_back(uint8_t(chunk));
    }
    return out;
}

}  // namespace cairn::script
