// SPDX-License-Identifier: MIT
// PSBT decoding: the map structure, the unsigned transaction and the witness stack form.
#include "script/psbt.h"
#include "script/psbt_codec.h"

#include <algorithm>
#include <limits>
#include <set>
#include <string>

namespace cairn::script::psbt_detail {

using primitives::Reader;
using util::fail;
using util::Result;

std::string typeText(uint64_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s = "0x";
    if (v > 0xff) return s + std::to_string(v);
    s += kDigits[(v >> 4) & 0xf];
    s += kDigits[v & 0xf];
    return s;
}

Result<SplitKey> splitKey(ByteView key) {
    Reader r(key);
    auto type = r.compactSize(std::numeric_limits<uint64_t>::max());
    if (!type) return fail("key type is not a minimal CompactSize");
    return SplitKey{*type, key.subspan(r.offset())};
}

uint64_t keyType(ByteView key) {
    auto k = splitKey(key);
    return k ? k->type : 0;
}

Bytes makeKey(uint8_t type, ByteView data) {
    Bytes key(1 + data.size());
    key[0] = type;
    std::copy(data.begin(), data.end(), key.begin() + 1);
    return key;
}

Result<primitives::Transaction> parseUnsignedTx(ByteView data) {
    Reader r(data);
    primitives::Transaction tx;
    CAIRN_TRY_ASSIGN(version, r.i32());
    tx.version = version;
    CAIRN_TRY_ASSIGN(inCount, r.compactSize());
    for (uint64_t i = 0; i < inCount; ++i) {
        primitives::TxIn in;
        CAIRN_TRY_ASSIGN(hash, r.hash32());
        CAIRN_TRY_ASSIGN(index, r.u32());
        CAIRN_TRY_ASSIGN(scriptSig, r.varBytes());
        CAIRN_TRY_ASSIGN(sequence, r.u32());
        if (!scriptSig.empty()) return fail("unsigned transaction input " + std::to_string(i) + " has a scriptSig");
        in.prevout = primitives::OutPoint{primitives::Txid(hash), index};
        in.sequence = sequence;
        tx.inputs.push_back(std::move(in));
    }
    CAIRN_TRY_ASSIGN(outCount, r.compactSize());
    for (uint64_t i = 0; i < outCount; ++i) {
        primitives::TxOut out;
        CAIRN_TRY_ASSIGN(value, r.i64());
        CAIRN_TRY_ASSIGN(script, r.varBytes());
        out.value = primitives::Amount::fromSats(value);
        out.scriptPubKey = std::move(script);
        tx.outputs.push_back(std::move(out));
    }
    CAIRN_TRY_ASSIGN(lockTime, r.u32());
    tx.lockTime = lockTime;
    if (!r.atEnd()) return r.errorHere("trailing bytes after the unsigned transaction");
    return tx;
}

Result<std::vector<Bytes>> parseWitnessStack(ByteView data) {
    Reader r(data);
    CAIRN_TRY_ASSIGN(count, r.compactSize());
    std::vector<Bytes> stack;
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(item, r.varBytes());
        stack.push_back(std::move(item));
    }
    CAIRN_TRY(r.expectEnd("the witness stack"));
    return stack;
}

}  // namespace cairn::script::psbt_detail

namespace cairn::script {
namespace {

using namespace psbt_detail;
using util::fail;
using util::Result;

/// Reads records up to the 0x00 separator, rejecting duplicate keys, and hands each to `apply`.
template <typename Apply>
Result<void> readMap(primitives::Reader& r, const std::string& where, std::vector<Bytes>& order, Apply apply) {
    std::set<Bytes> seen;
    for (;;) {
        auto keyLen = r.compactSize();
        if (!keyLen) {
            if (r.atEnd())
                return fail(where + (seen.empty() ? " is missing" : " has no terminating 0x00") +
                            " (the PSBT ends early)");
            return fail(where + ": " + keyLen.message());
        }
        if (*keyLen == 0) return {};
        auto key = r.bytes(size_t(*keyLen));
        if (!key) return fail(where + ": key is truncated");
        auto value = r.varBytes();
        if (!value) return fail(where + ": value is truncated");
        if (!seen.insert(*key).second) return fail(where + ": duplicate key " + typeText(keyType(*key)));
        if (auto applied = apply(ByteView(*key), ByteView(*value)); !applied)
            return fail(where + ": " + applied.message());
        order.push_back(std::move(*key));
    }
}

}  // namespace

Result<Psbt> Psbt::decode(ByteView data) {
    if (data.size() > kMaxSize) return fail("PSBT is larger than 16 MiB");
    if (data.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), data.begin()))
        return fail("not a PSBT (the magic bytes 'psbt' 0xff are missing)");
    primitives::Reader r(data.subspan(kMagic.size()));
    Psbt psbt;
    bool haveTx = false;
    CAIRN_TRY(readMap(r, "global map", psbt.keyOrder,
                      [&](ByteView key, ByteView value) { return applyGlobalRecord(psbt, haveTx, key, value); }));
    if (!haveTx) return fail("global map has no unsigned transaction");
    psbt.inputs.resize(psbt.tx.inputs.size());
    for (size_t i = 0; i < psbt.inputs.size(); ++i) {
        PsbtInput& in = psbt.inputs[i];
        CAIRN_TRY(readMap(r, "input " + std::to_string(i), in.keyOrder,
                          [&](ByteView key, ByteView value) { return applyInputRecord(in, key, value); }));
    }
    psbt.outputs.resize(psbt.tx.outputs.size());
    for (size_t i = 0; i < psbt.outputs.size(); ++i) {
        PsbtOutput& out = psbt.outputs[i];
        CAIRN_TRY(readMap(r, "output " + std::to_string(i), out.keyOrder,
                          [&](ByteView key, ByteView value) { return applyOutputRecord(out, key, value); }));
    }
    if (!r.atEnd()) return fail("trailing bytes after the last output map");
    for (size_t i = 0; i < psbt.inputs.size(); ++i) CAIRN_TRY(checkInput(psbt, i));
    return psbt;
}

Result<Psbt> Psbt::fromBase64(std::string_view text) {
    if (text.size() > kMaxSize / 3 * 4 + 4) return fail("PSBT is larger than 16 MiB");
    auto bytes = base64Decode(text);
    if (!bytes) return fail("PSBT is not valid base64: " + bytes.message());
    return decode(*bytes);
}

}  // namespace cairn::script
