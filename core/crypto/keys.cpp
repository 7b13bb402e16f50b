// SPDX-License-Identifier: MIT
#include "crypto/keys.h"

#include "crypto/random.h"
#include "crypto/secp_context.h"

#include <secp256k1_extrakeys.h>

#include <cassert>
#include <cstring>
#include <vector>

namespace cairn::crypto {
namespace {

secp256k1_pubkey toSecp(const std::array<uint8_t, 64>& raw) {
    secp256k1_pubkey pk;
    static_assert(sizeof(pk.data) == 64);
    std::memcpy(pk.data, raw.data(), 64);
    return pk;
}

std::array<uint8_t, 64> fromSecp(const secp256k1_pubkey& pk) {
    std::array<uint8_t, 64> raw{};
    std::memcpy(raw.data(), pk.data, 64);
    return raw;
}

template <size_t N>
std::array<uint8_t, N> serializePoint(const std::array<uint8_t, 64>& raw, unsigned flags) {
    const secp256k1_pubkey pk = toSecp(raw);
    std::array<uint8_t, N> out{};
    size_t len = N;
    const int rc = secp256k1_ec_pubkey_serialize(secpContext(), out.data(), &len, &pk, flags);
    assert(rc == 1 && len == N);
    (void)rc;
    return out;
}

}  // namespace

// ---- PrivKey ----

util::Result<PrivKey> PrivKey::fromBytes(ByteView bytes) {
    if (bytes.size() != kSize) return util::fail("a private key must be 32 bytes");
    if (secp256k1_ec_seckey_verify(secpContext(), bytes.data()) != 1)
        return util::fail("the private key is out of range (zero or not below the curve order)");
    return PrivKey(util::SecureBytes(bytes));
}

PrivKey PrivKey::generate() {
    for (;;) {
        util::SecureBytes secret = randomSecureBytes(kSize);
        // Fails with probability ~2^-128; just draw again.
        if (secp256k1_ec_seckey_verify(secpContext(), secret.data()) == 1) return PrivKey(std::move(secret));
    }
}

PubKey PrivKey::pubKey(bool compressed) const {
    secp256k1_pubkey pk;
    const int rc = secp256k1_ec_pubkey_create(secpContext(), &pk, m_secret.data());
    assert(rc == 1);  // the secret was validated on construction
    (void)rc;
    return PubKey::fromRaw(fromSecp(pk), compressed);
}

XOnlyPubKey PrivKey::xOnlyPubKey() const { return pubKey().xOnly(); }

util::Result<PrivKey> PrivKey::tweakAdd(ByteView tweak) const {
    if (tweak.size() != 32) return util::fail("a key tweak must be 32 bytes");
    util::SecureBytes out = m_secret.copy();
    if (secp256k1_ec_seckey_tweak_add(secpContext(), out.data(), tweak.data()) != 1)
        return util::fail("the key tweak is out of range or gives an invalid key");
    return PrivKey(std::move(out));
}

// ---- PubKey ----

util::Result<PubKey> PubKey::parse(ByteView bytes) {
    if (bytes.empty()) return util::fail("a public key cannot be empty");
    const uint8_t prefix = bytes[0];
    bool compressed = false;
    if (bytes.size() == kCompressedSize && (prefix == 0x02 || prefix == 0x03)) {
        compressed = true;
    } else if (bytes.size() == kUncompressedSize && prefix == 0x04) {
        compressed = false;
    } else {
        return util::fail("a public key must be 33 bytes starting 02/03 or 65 bytes starting 04");
    }
    secp256k1_pubkey pk;
    if (secp256k1_ec_pubkey_parse(secpContext(), &pk, bytes.data(), bytes.size()) != 1)
        return util::fail("the public key is not a point on the secp256k1 curve");
    return PubKey(fromSecp(pk), compressed);
}

Bytes PubKey::serialize() const {
    if (m_compressed) {
        const auto c = serializeCompressed();
        return Bytes(c.begin(), c.end());
    }
    const auto u = serializeUncompressed();
    return Bytes(u.begin(), u.end());
}

std::array<uint8_t, 33> PubKey::serializeCompressed() const {
    return serializePoint<33>(m_point, SECP256K1_EC_COMPRESSED);
}

std::array<uint8_t, 65> PubKey::serializeUncompressed() const {
    return serializePoint<65>(m_point, SECP256K1_EC_UNCOMPRESSED);
}

PubKey PubKey::withCompression(bool compressed) const { return PubKey(m_point, compressed); }

XOnlyPubKey PubKey::xOnly() const {
    const auto c = serializeCompressed();
    std::array<uint8_t, 32> x{};
    std::memcpy(x.data(), c.data() + 1, 32);
    return XOnlyPubKey(x);
}

bool PubKey::hasOddY() const { return serializeCompressed()[0] == 0x03; }

util::Result<PubKey> PubKey::tweakAdd(ByteView tweak) const {
    if (tweak.size() != 32) return util::fail("a key tweak must be 32 bytes");
    secp256k1_pubkey pk = toSecp(m_point);
    if (secp256k1_ec_pubkey_tweak_add(secpContext(), &pk, tweak.data()) != 1)
        return util::fail("the key tweak is out of range or gives the point at infinity");
    return PubKey(fromSecp(pk), m_compressed);
}

util::Result<PubKey> PubKey::combine(std::span<const PubKey> keys) {
    if (keys.empty()) return util::fail("cannot combine an empty list of public keys");
    std::vector<secp256k1_pubkey> points;
    std::vector<const secp256k1_pubkey*> pointers;
    points.reserve(keys.size());
    for (const PubKey& k : keys) points.push_back(toSecp(k.m_point));
    for (const secp256k1_pubkey& p : points) pointers.push_back(&p);
    secp256k1_pubkey sum;
    if (secp256k1_ec_pubkey_combine(secpContext(), &sum, pointers.data(), pointers.size()) != 1)
        return util::fail("the public keys sum to the point at infinity");
    return PubKey(fromSecp(sum), true);
}

// ---- XOnlyPubKey ----

util::Result<XOnlyPubKey> XOnlyPubKey::parse(ByteView bytes) {
    if (bytes.size() != kSize) return util::fail("an x-only public key must be 32 bytes");
    secp256k1_xonly_pubkey pk;
    if (secp256k1_xonly_pubkey_parse(secpContext(), &pk, bytes.data()) != 1)
        return util::fail("the x-only public key is not on the secp256k1 curve");
    std::array<uint8_t, 32> x{};
    std::memcpy(x.data(), bytes.data(), 32);
    return XOnlyPubKey(x);
}

PubKey XOnlyPubKey::toPubKey() const {
    std::array<uint8_t, 33> c{};
    c[0] = 0x02;
    std::memcpy(c.data() + 1, m_x.data(), 32);
    auto pk = PubKey::parse(c);
    assert(pk.ok());  // validated on construction
    return pk.value();
}

}  // namespace cairn::crypto
