// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <cstddef>
#include <cstdint>

namespace cairn::crypto {

/// PBKDF2-HMAC-SHA512 (BIP39 seed: password = mnemonic, salt = "mnemonic" + passphrase, 2048 rounds, 64 bytes).
/// iterations >= 1 and 1 <= length <= 1 MiB are the caller's duty (asserted).
util::SecureBytes pbkdf2HmacSha512(ByteView password, ByteView salt, uint32_t iterations, size_t length);

/// Cost parameters of scrypt (RFC 7914).
struct ScryptParams {
    uint64_t n = 1 << 15;  ///< CPU/memory cost: a power of two > 1
    uint32_t r = 8;        ///< block size
    uint32_t p = 1;        ///< parallelisation
};

/// Largest memory scrypt may use (128 * r * n bytes plus the p blocks); bigger parameters are refused.
constexpr uint64_t kScryptMaxMemory = uint64_t(1) << 30;

/// scrypt(password, salt, n, r, p, length). Fails with a message naming the problem when n is not a power of two
/// > 1, r or p is zero, r * p >= 2^30, length is 0 or over 1 MiB, or the memory needed exceeds kScryptMaxMemory.
[[nodiscard]] util::Result<util::SecureBytes> scrypt(ByteView password, ByteView salt, const ScryptParams& params,
                                                     size_t length);

}  // namespace cairn::crypto
