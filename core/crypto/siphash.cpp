// SPDX-License-Identifier: MIT
#include "crypto/siphash.h"

#include <bit>

namespace cairn::crypto {
namespace {

struct SipState {
    uint64_t v0, v1, v2, v3;

    void round() {
        v0 += v1;
        v1 = std::rotl(v1, 13) ^ v0;
        v0 = std::rotl(v0, 32);
        v2 += v3;
        v3 = std::rotl(v3, 16) ^ v2;
        v0 += v3;
        v3 = std::rotl(v3, 21) ^ v0;
        v2 += v1;
        v1 = std::rotl(v1, 17) ^ v2;
        v2 = std::rotl(v2, 32);
    }

    void absorb(uint64_t m) {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
    }
};

uint64_t readLe64(const uint8_t* p, size_t n) {
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;) v = (v << 8) | p[i];
    return v;
}

}  // namespace

uint64_t sipHash24(uint64_t k0, uint64_t k1, ByteView data) {
    SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
               k1 ^ 0x7465646279746573ULL};
    const size_t full = data.size() / 8 * 8;
    for (size_t i = 0; i < full; i += 8) s.absorb(readLe64(data.data() + i, 8));
    // Last block: the remaining 0..7 bytes, with the message length (mod 256) in the top byte.
    const uint64_t last = readLe64(data.data() + full, data.size() - full) | (uint64_t(data.size() & 0xff) << 56);
    s.absorb(last);
    s.v2 ^= 0xff;
    for (int i = 0; i < 4; ++i) s.round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

}  // namespace cairn::crypto
