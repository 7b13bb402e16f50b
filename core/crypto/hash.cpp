// SPDX-License-Identifier: MIT
#include "crypto/hash.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cassert>
#include <cstring>

namespace cairn::crypto {
namespace {

// OpenSSL 3 resolves EVP_sha256() & co. through the provider store on every EVP_Digest/HMAC call
// (an implicit fetch with locking). Header sync hashes millions of 80-byte headers and BIP32 runs an
// HMAC per child key, so the algorithms are fetched once per process and the contexts reused per thread.
// The fetched objects live until exit on purpose: freeing them from a static destructor could run
// after OpenSSL's own atexit cleanup.
const EVP_MD* fetchedMd(const char* name) {
    EVP_MD* md = EVP_MD_fetch(nullptr, name, nullptr);
    assert(md);  // SHA-256, SHA3-256, SHA-512 and RIPEMD-160 are in OpenSSL's default provider
    return md;
}

const EVP_MD* mdSha256() {
    static const EVP_MD* md = fetchedMd("SHA256");
    return md;
}

const EVP_MD* mdSha3_256() {
    static const EVP_MD* md = fetchedMd("SHA3-256");
    return md;
}

const EVP_MD* mdRipemd160() {
    static const EVP_MD* md = fetchedMd("RIPEMD160");
    return md;
}

// One digest context per thread, re-initialised for each one-shot hash.
struct ThreadDigest {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~ThreadDigest() { EVP_MD_CTX_free(ctx); }
};

template <size_t N>
std::array<uint8_t, N> digest(const EVP_MD* md, const void* data, size_t size) {
    thread_local ThreadDigest td;
    std::array<uint8_t, N> out{};
    unsigned int len = 0;
    const bool ok = td.ctx && EVP_DigestInit_ex2(td.ctx, md, nullptr) == 1 &&
                    (size == 0 || EVP_DigestUpdate(td.ctx, data, size) == 1) &&
                    EVP_DigestFinal_ex(td.ctx, out.data(), &len) == 1;
    assert(ok && len == N);
    (void)ok;
    return out;
}

// An HMAC context per thread and digest, created with its digest parameter once; each call only
// re-keys it (EVP_MAC_init with a key and no parameters).
struct ThreadHmac {
    EVP_MAC_CTX* ctx = nullptr;
    explicit ThreadHmac(const char* digestName) {
        static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        assert(mac);
        ctx = EVP_MAC_CTX_new(mac);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName), 0),
            OSSL_PARAM_construct_end(),
        };
        const int rc = ctx ? EVP_MAC_CTX_set_params(ctx, params) : 0;
        assert(rc == 1);
        (void)rc;
    }
    ~ThreadHmac() { EVP_MAC_CTX_free(ctx); }
    ThreadHmac(const ThreadHmac&) = delete;
    ThreadHmac& operator=(const ThreadHmac&) = delete;
};

template <size_t N>
std::array<uint8_t, N> hmac(ThreadHmac& h, ByteView key, ByteView data) {
    // A null key would make OpenSSL reuse the previous call's key: an empty key must still be non-null.
    static const uint8_t kEmpty = 0;
    const uint8_t* keyPtr = key.empty() ? &kEmpty : key.data();
    std::array<uint8_t, N> out{};
    size_t len = 0;
    const bool ok = h.ctx && EVP_MAC_init(h.ctx, keyPtr, key.size(), nullptr) == 1 &&
                    (data.empty() || EVP_MAC_update(h.ctx, data.data(), data.size()) == 1) &&
                    EVP_MAC_final(h.ctx, out.data(), &len, out.size()) == 1;
    assert(ok && len == N);
    (void)ok;
    return out;
}

}  // namespace

Hash256 sha256(ByteView data) { return digest<32>(mdSha256(), data.data(), data.size()); }

Hash256 sha3_256(ByteView data) { return digest<32>(mdSha3_256(), data.data(), data.size()); }

Hash256 sha256d(ByteView data) {
    const Hash256 first = sha256(data);
    return sha256(first);
}

Hash160 ripemd160(ByteView data) { return digest<20>(mdRipemd160(), data.data(), data.size()); }

Hash160 hash160(ByteView data) {
    const Hash256 s = sha256(data);
    return ripemd160(s);
}

Hash512 hmacSha512(ByteView key, ByteView data) {
    thread_local ThreadHmac h("SHA512");
    return hmac<64>(h, key, data);
}

Hash256 hmacSha256(ByteView key, ByteView data) {
    thread_local ThreadHmac h("SHA256");
    return hmac<32>(h, key, data);
}

struct Sha256::Impl {
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>()) {
    m_impl->ctx = EVP_MD_CTX_new();
    const int rc = EVP_DigestInit_ex2(m_impl->ctx, mdSha256(), nullptr);
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
    EVP_DigestInit_ex2(m_impl->ctx, mdSha256(), nullptr);
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
