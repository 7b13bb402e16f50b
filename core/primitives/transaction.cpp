// SPDX-License-Identifier: MIT
#include "primitives/transaction.h"

#include "crypto/hash.h"

#include <string>

namespace cairn::primitives {
namespace {

// Smallest possible serialised input: prevout (36) + empty scriptSig length (1) + sequence (4).
constexpr size_t kMinInputSize = 41;
// Smallest possible serialised output: value (8) + empty scriptPubKey length (1).
constexpr size_t kMinOutputSize = 9;

// A count of items each at least `minItemSize` bytes long: bounded by what is left to read and by
// how many such items could fit in a maximum-size block.
util::Result<size_t> readCount(Reader& r, size_t minItemSize, const char* what) {
    const size_t bound = std::min(r.remaining(), kMaxBlockSerializedSize) / minItemSize;
    auto n = r.compactSize();
    if (!n.ok()) return util::fail(std::string("bad ") + what + " count: " + n.message());
    if (*n > bound) {
        return util::fail(std::string(what) + " count " + std::to_string(*n) + " cannot fit in the remaining " +
                          std::to_string(r.remaining()) + " bytes (before offset " + std::to_string(r.offset()) + ")");
    }
    return static_cast<size_t>(*n);
}

util::Result<Bytes> readScript(Reader& r, const char* what) {
    auto s = r.varBytes(std::min(r.remaining(), kMaxBlockSerializedSize));
    if (!s.ok()) return util::fail(std::string("bad ") + what + ": " + s.message());
    return s;
}

util::Result<TxIn> readInput(Reader& r) {
    TxIn in;
    CAIRN_TRY_ASSIGN(txid, r.hash32());
    in.prevout.txid = Txid(txid);
    CAIRN_TRY_ASSIGN(index, r.u32());
    in.prevout.index = index;
    CAIRN_TRY_ASSIGN(script, readScript(r, "scriptSig"));
    in.scriptSig = std::move(script);
    CAIRN_TRY_ASSIGN(sequence, r.u32());
    in.sequence = sequence;
    return in;
}

util::Result<TxOut> readOutput(Reader& r) {
    TxOut out;
    CAIRN_TRY_ASSIGN(value, r.i64());
    out.value = Amount::fromSats(value);
    CAIRN_TRY_ASSIGN(script, readScript(r, "scriptPubKey"));
    out.scriptPubKey = std::move(script);
    return out;
}

util::Result<std::vector<Bytes>> readWitness(Reader& r) {
    // Each stack item takes at least its one-byte length.
    CAIRN_TRY_ASSIGN(count, readCount(r, 1, "witness item"));
    std::vector<Bytes> stack;
    stack.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(item, readScript(r, "witness item"));
        stack.push_back(std::move(item));
    }
    return stack;
}

template <typename T, typename ReadOne>
util::Result<std::vector<T>> readList(Reader& r, size_t minItemSize, const char* what, ReadOne readOne) {
    CAIRN_TRY_ASSIGN(count, readCount(r, minItemSize, what));
    std::vector<T> items;
    items.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(item, readOne(r));
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace

util::Result<Transaction> Transaction::read(Reader& r) {
    Transaction tx;
    CAIRN_TRY_ASSIGN(version, r.i32());
    tx.version = version;
    CAIRN_TRY_ASSIGN(inputs, readList<TxIn>(r, kMinInputSize, "input", readInput));
    uint8_t flag = 0;
    if (inputs.empty()) {
        // Either the BIP144 marker (then a flag byte follows) or a transaction with no inputs, in which
        // case this "flag" byte is really an output count of zero (as Bitcoin Core reads it).
        const size_t flagOffset = r.offset();
        CAIRN_TRY_ASSIGN(f, r.u8());
        flag = f;
        if (flag != 0) {
            if (flag != 1) {
                return util::fail("unknown transaction flag " + std::to_string(flag) + " at offset " +
                                  std::to_string(flagOffset) + " (only 1, witness, is defined)");
            }
            CAIRN_TRY_ASSIGN(realInputs, readList<TxIn>(r, kMinInputSize, "input", readInput));
            inputs = std::move(realInputs);
            CAIRN_TRY_ASSIGN(outputs, readList<TxOut>(r, kMinOutputSize, "output", readOutput));
            tx.outputs = std::move(outputs);
        }
    } else {
        CAIRN_TRY_ASSIGN(outputs, readList<TxOut>(r, kMinOutputSize, "output", readOutput));
        tx.outputs = std::move(outputs);
    }
    tx.inputs = std::move(inputs);
    if (flag == 1) {
        for (TxIn& in : tx.inputs) {
            CAIRN_TRY_ASSIGN(stack, readWitness(r));
            in.witness = std::move(stack);
        }
        if (!tx.hasWitness()) {
            return r.errorHere("superfluous witness (the witness flag is set but every witness is empty)");
        }
    }
    CAIRN_TRY_ASSIGN(lockTime, r.u32());
    tx.lockTime = lockTime;
    return tx;
}

util::Result<Transaction> Transaction::parse(ByteView data) {
    if (data.size() > kMaxBlockSerializedSize) {
        return util::fail("transaction of " + std::to_string(data.size()) + " bytes exceeds the maximum block size");
    }
    Reader r(data);
    CAIRN_TRY_ASSIGN(tx, read(r));
    CAIRN_TRY(r.expectEnd("the transaction"));
    return tx;
}

bool Transaction::hasWitness() const {
    for (const TxIn& in : inputs) {
        if (!in.witness.empty()) return true;
    }
    return false;
}

void Transaction::write(Writer& w, bool withWitness) const {
    const bool segwit = withWitness && hasWitness();
    w.i32(version);
    if (segwit) w.u8(0x00).u8(0x01);
    w.compactSize(inputs.size());
    for (const TxIn& in : inputs) {
        w.raw(in.prevout.txid.view()).u32(in.prevout.index).varBytes(in.scriptSig).u32(in.sequence);
    }
    w.compactSize(outputs.size());
    for (const TxOut& out : outputs) w.i64(out.value.sats()).varBytes(out.scriptPubKey);
    if (segwit) {
        for (const TxIn& in : inputs) {
            w.compactSize(in.witness.size());
            for (const Bytes& item : in.witness) w.varBytes(item);
        }
    }
    w.u32(lockTime);
}

Bytes Transaction::serialize() const {
    Writer w;
    write(w, true);
    return w.take();
}

Bytes Transaction::serializeWithoutWitness() const {
    Writer w;
    write(w, false);
    return w.take();
}

Txid Transaction::txid() const { return Txid(crypto::sha256d(serializeWithoutWitness())); }

Wtxid Transaction::wtxid() const { return Wtxid(crypto::sha256d(serialize())); }

size_t Transaction::strippedSize() const {
    size_t n = 4 + compactSizeLength(inputs.size()) + compactSizeLength(outputs.size()) + 4;
    for (const TxIn& in : inputs) n += 36 + compactSizeLength(in.scriptSig.size()) + in.scriptSig.size() + 4;
    for (const TxOut& out : outputs) n += 8 + compactSizeLength(out.scriptPubKey.size()) + out.scriptPubKey.size();
    return n;
}

size_t Transaction::size() const {
    size_t n = strippedSize();
    if (!hasWitness()) return n;
    n += 2;  // marker and flag
    for (const TxIn& in : inputs) {
        n += compactSizeLength(in.witness.size());
        for (const Bytes& item : in.witness) n += compactSizeLength(item.size()) + item.size();
    }
    return n;
}

size_t Transaction::weight() const { return strippedSize() * (kWitnessScaleFactor - 1) + size(); }

size_t Transaction::vsize() const { return (weight() + kWitnessScaleFactor - 1) / kWitnessScaleFactor; }

bool Transaction::isCoinbase() const { return inputs.size() == 1 && inputs[0].prevout.isNull(); }

util::Result<Amount> Transaction::totalOutput() const {
    Amount total;
    for (size_t i = 0; i < outputs.size(); ++i) {
        if (!outputs[i].value.moneyRange()) return util::fail("output " + std::to_string(i) + " value out of range");
        auto sum = total.checkedAdd(outputs[i].value);
        if (!sum.ok() || !sum->moneyRange()) return util::fail("sum of output values out of range");
        total = *sum;
    }
    return total;
}

}  // namespace cairn::primitives
