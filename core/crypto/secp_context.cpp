// SPDX-License-Identifier: MIT
#include "crypto/secp_context.h"

#include "crypto/random.h"
#include "util/secure_bytes.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace cairn::crypto {
namespace {

secp256k1_context* createContext() {
    secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    if (!ctx) {
        std::fputs("cairn: cannot create the secp256k1 context\n", stderr);
        std::abort();
    }
    std::array<uint8_t, 32> seed{};
    fillRandom(seed.data(), seed.size());
    const int rc = secp256k1_context_randomize(ctx, seed.data());
    util::secureWipe(seed.data(), seed.size());
    if (rc != 1) {
        std::fputs("cairn: cannot randomize the secp256k1 context\n", stderr);
        std::abort();
    }
    return ctx;
}

}  // namespace

const secp256k1_context* secpContext() {
    // A function-local static is initialised exactly once even when threads race here; it lives for the process.
    static const secp256k1_context* const kContext = createContext();
    return kContext;
}

}  // namespace cairn::crypto
