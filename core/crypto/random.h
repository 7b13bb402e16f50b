// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/secure_bytes.h"

#include <cstddef>
#include <cstdint>

namespace cairn::crypto {

/// Fills the buffer from OpenSSL's CSPRNG (RAND_bytes). If the RNG fails the process aborts with a message on
/// stderr: continuing without randomness would produce weak keys.
void fillRandom(uint8_t* out, size_t size);
/// size random bytes for secrets (keys, seeds, salts of keystores). Aborts if the RNG fails.
util::SecureBytes randomSecureBytes(size_t size);
/// size random bytes for non-secret uses (nonces, peer nonces). Aborts if the RNG fails.
Bytes randomBytes(size_t size);
/// A uniformly random 64-bit integer. Aborts if the RNG fails.
uint64_t randomUint64();

}  // namespace cairn::crypto
