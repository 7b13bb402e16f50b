// SPDX-License-Identifier: MIT
#include "crypto/kdf.h"

#include <openssl/evp.h>

#include <cassert>
#include <climits>
#include <string>

namespace cairn::crypto {
namespace {

constexpr size_t kMaxDerivedLength = size_t(1) << 20;

// Memory scrypt needs (the n-block table V plus the p working blocks B), or 0 when it would exceed the limit.
uint64_t scryptMemory(const ScryptParams& params) {
    const uint64_t block = 128 * uint64_t(params.r);  // r < 2^30 keeps this below 2^37
    if (params.n + 2 > kScryptMaxMemory / block) return 0;
    const uint64_t table = block * (params.n + 2);
    if (params.p > (kScryptMaxMemory - table) / block) return 0;
    return table + block * params.p;
}

}  // namespace

util::SecureBytes pbkdf2HmacSha512(ByteView password, ByteView salt, uint32_t iterations, size_t length) {
    assert(iterations >= 1 && iterations <= uint32_t(INT_MAX));
    assert(length >= 1 && length <= kMaxDerivedLength);
    assert(password.size() <= size_t(INT_MAX) && salt.size() <= size_t(INT_MAX));
    util::SecureBytes out(length);
    // An empty span may carry a null pointer; OpenSSL wants a valid one even for zero bytes.
    static const uint8_t kEmpty = 0;
    const int rc = PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.empty() ? &kEmpty : password.data()),
                                     int(password.size()), salt.empty() ? &kEmpty : salt.data(), int(salt.size()),
                                     int(iterations), EVP_sha512(), int(length), out.data());
    assert(rc == 1);
    (void)rc;
    return out;
}

util::Result<util::SecureBytes> scrypt(ByteView password, ByteView salt, const ScryptParams& params, size_t length) {
    if (params.n < 2 || (params.n & (params.n - 1)) != 0)
        return util::fail("scrypt: N must be a power of two greater than 1");
    if (params.r == 0 || params.p == 0) return util::fail("scrypt: r and p must be at least 1");
    if (uint64_t(params.r) * params.p >= (uint64_t(1) << 30)) return util::fail("scrypt: r * p must be below 2^30");
    // RFC 7914: N < 2^(128 * r / 8).
    if (params.r < 4 && params.n >= (uint64_t(1) << (16 * params.r)))
        return util::fail("scrypt: N must be below 2^(16 * r)");
    if (length == 0 || length > kMaxDerivedLength) return util::fail("scrypt: the output length must be 1 byte to 1 MiB");
    const uint64_t memory = scryptMemory(params);
    if (memory == 0) return util::fail("scrypt: the parameters need more than 1 GiB of memory");
    util::SecureBytes out(length);
    static const uint8_t kEmpty = 0;
    // Allow a little headroom over our own estimate so OpenSSL's bookkeeping never trips its limit.
    const int rc = EVP_PBE_scrypt(reinterpret_cast<const char*>(password.empty() ? &kEmpty : password.data()),
                                  password.size(), salt.empty() ? &kEmpty : salt.data(), salt.size(), params.n,
                                  params.r, params.p, memory + 4096, out.data(), length);
    if (rc != 1) return util::fail("scrypt: key derivation failed (out of memory?)");
    return out;
}

}  // namespace cairn::crypto
