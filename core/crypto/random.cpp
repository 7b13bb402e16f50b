// SPDX-License-Identifier: MIT
#include "crypto/random.h"

#include <openssl/err.h>
#include <openssl/rand.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

namespace cairn::crypto {

void fillRandom(uint8_t* out, size_t size) {
    while (size > 0) {
        const int chunk = size > size_t(INT_MAX) ? INT_MAX : int(size);
        if (RAND_bytes(out, chunk) != 1) {
            // No sane way to go on: every key, nonce and salt would be predictable.
            std::fprintf(stderr, "cairn: the system random number generator failed (OpenSSL error %lu)\n",
                         ERR_get_error());
            std::abort();
        }
        out += chunk;
        size -= size_t(chunk);
    }
}

util::SecureBytes randomSecureBytes(size_t size) {
    util::SecureBytes out(size);
    fillRandom(out.data(), size);
    return out;
}

Bytes randomBytes(size_t size) {
    Bytes out(size);
    fillRandom(out.data(), size);
    return out;
}

uint64_t randomUint64() {
    uint8_t buf[8];
    fillRandom(buf, sizeof buf);
    uint64_t v = 0;
    for (uint8_t b : buf) v = (v << 8) | b;
    return v;
}

}  // namespace cairn::crypto
