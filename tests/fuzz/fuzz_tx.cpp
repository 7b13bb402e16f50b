// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as a transaction. Parsing must never crash; whatever parses must
// re-serialise to exactly the input (the format is canonical), re-parse to an equal transaction, and
// have consistent sizes and ids.
#include "crypto/hash.h"
#include "primitives/transaction.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace cairn;

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView input(data, size);
    auto tx = primitives::Transaction::parse(input);
    if (!tx.ok()) return 0;
    const Bytes again = tx->serialize();
    check(again.size() == size && std::equal(again.begin(), again.end(), input.begin()));
    auto reparsed = primitives::Transaction::parse(again);
    check(reparsed.ok() && *reparsed == *tx);
    check(tx->size() == size);
    check(tx->strippedSize() == tx->serializeWithoutWitness().size());
    check(tx->weight() == tx->strippedSize() * 3 + tx->size());
    check(tx->txid() == reparsed->txid() && tx->wtxid() == reparsed->wtxid());
    check(tx->hasWitness() || tx->txid().bytes() == tx->wtxid().bytes());
    check(tx->txid().bytes() == crypto::sha256d(tx->serializeWithoutWitness()));
    // The input is legal as part of a block too: reading it through a Reader consumes exactly all of it.
    primitives::Reader reader(input);
    auto viaReader = primitives::Transaction::read(reader);
    check(viaReader.ok() && reader.atEnd() && *viaReader == *tx);
    return 0;
}
