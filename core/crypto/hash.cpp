// SPDX-License-Identifier: MIT
#include "crypto/hash.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cassert>
#include <cstring>

namespace cairn::crypto {
namespace {

template <size_t N>
std::array<uint8_t, N> digest(const EVP_MD* md, const void* data, size_t size) {
    std::array<uint8_t, N> out{};
    unsigned int len = 0;
    const int rc = EVP_Digest(data, size, out.data(), &len, md, nullptr);
    assert(rc == 1 && len == N);
    (void)rc;
    return out;
}

}  // namespace

Hash256 sha256(ByteView data) { return digest<32>(EVP_sha256(), data.data(), data.size()); }

Hash256 sha256d(ByteView data) {
    const Hash256 first = sha256(data);
    return sha256(first);
}

Hash160 ripemd160(ByteView data) { return digest<20>(EVP_ripemd160(), data.data(), data.size()); }

Hash160 hash160(ByteView data) {
    const Hash256 s = sha256(data);
    return ripemd160(s);
}

Hash512 hmacSha512(ByteView key, ByteView data) {
    Hash512 out{};
    unsigned int len = 0;
    const unsigned char* rc =
        HMAC(EVP_sha512(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len);
    assert(rc && len == 64);
    (void)rc;
    return out;
}

Hash256 hmacSha256(ByteView key, ByteView data) {
    Hash256 out{};
    unsigned int len = 0;
    const unsigned char* rc =
        HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len);
    assert(rc && len == 32);
    (void)rc;
    return out;
}

struct Sha256::Impl {
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>()) {
    m_impl->ctx = EVP_MD_CTX_new();
    const int rc = EVP_DigestInit_ex(m_impl->ctx, EVP_sha256(), nullptr);
    assert(rc == 1);
    (void)rc;
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_impl->ctx); }

Sha256& Sha256::write(const void* data, size_t size) {
    if (size) EVP_DigestUpdate(m_impl->ctx, data, size);
    return *this;
}

Sha256& Sha256::write(ByteView data) { return write(data.data(), data.size()); }

Hash256 Sha256::finalize() {
    Hash256 out{};
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_impl->ctx, out.data(), &len);
    EVP_DigestInit_ex(m_impl->ctx, EVP_sha256(), nullptr);
    return out;
}

Hash256 Sha256::finalizeDouble() {
    const Hash256 first = finalize();
    return sha256(first);
}

void beginTaggedHash(Sha256& hasher, std::string_view tag) {
    const Hash256 t = sha256(ByteView(reinterpret_cast<const uint8_t*>(tag.data()), tag.size()));
    hasher.write(t).write(t);
}

Hash256 taggedHash(std::string_view tag, ByteView data) {
    Sha256 h;
    beginTaggedHash(h, tag);
    h.write(data);
    return h.finalize();
}

}  // namespace cairn::crypto
