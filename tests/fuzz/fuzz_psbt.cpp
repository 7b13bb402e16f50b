// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as a PSBT. Decoding must never crash; whatever decodes must re-encode to exactly
// the input (records keep their order, every value has one encoding), survive base64, combine with itself into
// the same bytes, and the roles (fee, finalizer, extractor) must run without crashing on it.
#include "script/psbt.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace cairn;

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView input(data, size);
    auto psbt = script::Psbt::decode(input);
    if (!psbt.ok()) {
        check(!psbt.message().empty());
        return 0;
    }
    const Bytes again = psbt->encode();
    check(again.size() == size && std::equal(again.begin(), again.end(), input.begin()));
    auto viaText = script::Psbt::fromBase64(psbt->toBase64());
    check(viaText.ok() && *viaText == *psbt);
    check(psbt->validate().ok());

    const std::vector<script::Psbt> twice{*psbt, *psbt};
    auto combined = script::Psbt::combine(twice);
    check(combined.ok() && combined->encode() == again);

    (void)psbt->fee();
    script::Psbt finalized = *psbt;
    const bool complete = finalized.finalize();
    auto tx = finalized.extract();
    check(tx.ok() == complete);
    // A finalized PSBT is still a valid PSBT.
    auto reparsed = script::Psbt::decode(finalized.encode());
    check(reparsed.ok());
    return 0;
}
