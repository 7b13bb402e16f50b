// SPDX-License-Identifier: MIT
#include "crypto/aead.h"

#include <openssl/evp.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace cairn::crypto {
namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

util::Result<void> checkSizes(ByteView key, ByteView nonce, size_t dataSize, size_t aadSize) {
    if (key.size() != kAesGcmKeySize) return util::fail("AES-256-GCM needs a 32-byte key");
    if (nonce.size() != kAesGcmNonceSize) return util::fail("AES-256-GCM needs a 12-byte nonce");
    if (dataSize > size_t(INT_MAX) || aadSize > size_t(INT_MAX)) return util::fail("AES-256-GCM input is too large");
    return {};
}

// Starts an AES-256-GCM context in the given direction with key and 96-bit nonce, and feeds the AAD.
CipherCtx begin(bool encrypt, ByteView key, ByteView nonce, ByteView aad) {
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx) return nullptr;
    const int enc = encrypt ? 1 : 0;
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) != 1) return nullptr;
    // 12 bytes is GCM's default IV length, so no EVP_CTRL_GCM_SET_IVLEN is needed.
    if (EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce.data(), enc) != 1) return nullptr;
    int len = 0;
    if (!aad.empty() && EVP_CipherUpdate(ctx.get(), nullptr, &len, aad.data(), int(aad.size())) != 1) return nullptr;
    return ctx;
}

}  // namespace

util::Result<Bytes> aesGcmEncrypt(ByteView key, ByteView nonce, ByteView plaintext, ByteView aad) {
    if (auto ok = checkSizes(key, nonce, plaintext.size(), aad.size()); !ok) return ok.error();
    CipherCtx ctx = begin(true, key, nonce, aad);
    if (!ctx) return util::fail("AES-256-GCM: cipher setup failed");
    Bytes out(plaintext.size() + kAesGcmTagSize);
    int len = 0;
    if (!plaintext.empty() &&
        EVP_EncryptUpdate(ctx.get(), out.data(), &len, plaintext.data(), int(plaintext.size())) != 1)
        return util::fail("AES-256-GCM: encryption failed");
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), out.data() + len, &tail) != 1) return util::fail("AES-256-GCM: encryption failed");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kAesGcmTagSize), out.data() + plaintext.size()) != 1)
        return util::fail("AES-256-GCM: cannot read the tag");
    return out;
}

util::Result<util::SecureBytes> aesGcmDecrypt(ByteView key, ByteView nonce, ByteView sealed, ByteView aad) {
    if (auto ok = checkSizes(key, nonce, sealed.size(), aad.size()); !ok) return ok.error();
    if (sealed.size() < kAesGcmTagSize) return util::fail("AES-256-GCM: ciphertext is shorter than the tag");
    const size_t size = sealed.size() - kAesGcmTagSize;
    CipherCtx ctx = begin(false, key, nonce, aad);
    if (!ctx) return util::fail("AES-256-GCM: cipher setup failed");
    util::SecureBytes out(size);
    int len = 0;
    if (size > 0 && EVP_DecryptUpdate(ctx.get(), out.data(), &len, sealed.data(), int(size)) != 1)
        return util::fail("AES-256-GCM: decryption failed");
    // The tag is set before Final; OpenSSL wants a writable pointer but does not modify the tag.
    uint8_t tag[kAesGcmTagSize];
    std::copy(sealed.begin() + ptrdiff_t(size), sealed.end(), tag);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kAesGcmTagSize), tag) != 1)
        return util::fail("AES-256-GCM: cannot set the tag");
    int tail = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &tail) != 1) {
        out.clear();  // never hand out unauthenticated plaintext
        return util::fail("AES-256-GCM: authentication failed (wrong key, or the data was modified)");
    }
    return out;
}

}  // namespace cairn::crypto
