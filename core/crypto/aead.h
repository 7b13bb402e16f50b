// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <cstddef>

namespace cairn::crypto {

constexpr size_t kAesGcmKeySize = 32;
constexpr size_t kAesGcmNonceSize = 12;
constexpr size_t kAesGcmTagSize = 16;

/// AES-256-GCM encryption. Returns ciphertext || 16-byte tag (plaintext size + 16 bytes). Fails on a key that is not
/// 32 bytes or a nonce that is not 12 bytes. Never reuse a nonce with the same key.
[[nodiscard]] util::Result<Bytes> aesGcmEncrypt(ByteView key, ByteView nonce, ByteView plaintext, ByteView aad);

/// AES-256-GCM decryption of ciphertext || tag. Fails (without releasing any plaintext) on wrong key or nonce sizes,
/// input shorter than the tag, or when the tag does not authenticate the ciphertext and AAD (any tampering).
[[nodiscard]] util::Result<util::SecureBytes> aesGcmDecrypt(ByteView key, ByteView nonce, ByteView sealed,
                                                            ByteView aad);

}  // namespace cairn::crypto
