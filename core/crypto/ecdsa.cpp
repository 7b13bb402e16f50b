// SPDX-License-Identifier: MIT
#include "crypto/ecdsa.h"

#include "crypto/secp_context.h"

#include <secp256k1_recovery.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <optional>

namespace cairn::crypto {
namespace {

secp256k1_ecdsa_signature toSecp(const std::array<uint8_t, 64>& raw) {
    secp256k1_ecdsa_signature sig;
    static_assert(sizeof(sig.data) == 64);
    std::memcpy(sig.data, raw.data(), 64);
    return sig;
}

std::array<uint8_t, 64> fromSecp(const secp256k1_ecdsa_signature& sig) {
    std::array<uint8_t, 64> raw{};
    std::memcpy(raw.data(), sig.data, 64);
    return raw;
}

secp256k1_pubkey pointOf(const PubKey& key) {
    secp256k1_pubkey pk;
    std::memcpy(pk.data, key.raw().data(), 64);
    return pk;
}

// Copies a big-endian integer of up to 32 significant bytes, right-aligned, into out; false if it is longer.
bool putInteger(ByteView value, uint8_t* out) {
    while (!value.empty() && value[0] == 0) value = value.subspan(1);
    if (value.size() > 32) return false;
    std::memset(out, 0, 32);
    std::memcpy(out + 32 - value.size(), value.data(), value.size());
    return true;
}

// BIP66's encoding rules for one INTEGER element whose content is sig[start, start+len).
bool strictIntegerOk(ByteView sig, size_t start, size_t len) {
    if (len == 0) return false;
    if (sig[start] & 0x80) return false;                                      // negative
    if (len > 1 && sig[start] == 0x00 && !(sig[start + 1] & 0x80)) return false;  // needless zero padding
    return true;
}

util::Result<EcdsaSignature> fromIntegers(ByteView r, ByteView s) {
    std::array<uint8_t, 64> compact{};
    if (!putInteger(r, compact.data()) || !putInteger(s, compact.data() + 32))
        return util::fail("signature integer is longer than 32 bytes");
    return EcdsaSignature::fromCompact(compact);
}

// One DER length field at data[pos] (short or long form, any padding), as the lax parser accepts it.
std::optional<size_t> laxLength(ByteView data, size_t& pos) {
    if (pos >= data.size()) return std::nullopt;
    const uint8_t first = data[pos++];
    if (!(first & 0x80)) return first;
    size_t count = first & 0x7f;
    if (count > data.size() - pos) return std::nullopt;
    // Leading zero bytes of the length do not count (old encoders padded them).
    while (count > 0 && data[pos] == 0) {
        ++pos;
        --count;
    }
    if (count > sizeof(size_t)) return std::nullopt;
    size_t len = 0;
    for (; count > 0; --count) len = (len << 8) | data[pos++];
    return len;
}

// One "02 len value" element for the lax parser; fills value, advances pos.
bool laxInteger(ByteView data, size_t& pos, ByteView& value) {
    if (pos >= data.size() || data[pos] != 0x02) return false;
    ++pos;
    const auto len = laxLength(data, pos);
    if (!len || *len > data.size() - pos) return false;
    value = data.subspan(pos, *len);
    pos += *len;
    return true;
}

}  // namespace

util::Result<EcdsaSignature> EcdsaSignature::parseDer(ByteView sig) {
    // Layout: 30 total 02 lenR R 02 lenS S, every length a single short-form byte.
    const size_t size = sig.size();
    if (size < 8 || size > kMaxDerSize) return util::fail("DER signature has an impossible length");
    if (sig[0] != 0x30 || sig[1] != size - 2) return util::fail("DER signature has a bad sequence header");
    const size_t lenR = sig[3];
    if (sig[2] != 0x02 || 5 + lenR >= size) return util::fail("DER signature has a bad R element");
    const size_t lenS = sig[5 + lenR];
    if (sig[4 + lenR] != 0x02 || lenR + lenS + 6 != size) return util::fail("DER signature has a bad S element");
    if (!strictIntegerOk(sig, 4, lenR) || !strictIntegerOk(sig, 6 + lenR, lenS))
        return util::fail("DER signature has a non-canonical integer");
    auto parsed = fromIntegers(sig.subspan(4, lenR), sig.subspan(6 + lenR, lenS));
    if (!parsed) return parsed;
    const CompactSignature c = parsed->toCompact();
    const auto zero = [](const uint8_t* p) { return std::all_of(p, p + 32, [](uint8_t b) { return b == 0; }); };
    if (zero(c.data()) || zero(c.data() + 32)) return util::fail("DER signature has a zero R or S");
    return parsed;
}

util::Result<EcdsaSignature> EcdsaSignature::parseDerLaxHistoric(ByteView der) {
    size_t pos = 0;
    if (der.empty() || der[pos++] != 0x30) return util::fail("signature does not start with a DER sequence");
    if (!laxLength(der, pos)) return util::fail("signature has an unreadable sequence length");
    ByteView r, s;
    if (!laxInteger(der, pos, r) || !laxInteger(der, pos, s)) return util::fail("signature has unreadable integers");
    auto parsed = fromIntegers(r, s);
    // Out-of-range integers make a signature that can never verify, which is how old nodes treated them.
    if (!parsed) return EcdsaSignature(std::array<uint8_t, 64>{});
    return parsed;
}

util::Result<EcdsaSignature> EcdsaSignature::fromCompact(ByteView compact) {
    if (compact.size() != 64) return util::fail("a compact signature must be 64 bytes");
    secp256k1_ecdsa_signature sig;
    if (secp256k1_ecdsa_signature_parse_compact(secpContext(), &sig, compact.data()) != 1)
        return util::fail("signature R or S is not below the curve order");
    return EcdsaSignature(fromSecp(sig));
}

Bytes EcdsaSignature::toDer() const {
    const secp256k1_ecdsa_signature sig = toSecp(m_raw);
    Bytes out(kMaxDerSize);
    size_t len = out.size();
    const int rc = secp256k1_ecdsa_signature_serialize_der(secpContext(), out.data(), &len, &sig);
    assert(rc == 1);
    (void)rc;
    out.resize(len);
    return out;
}

CompactSignature EcdsaSignature::toCompact() const {
    const secp256k1_ecdsa_signature sig = toSecp(m_raw);
    CompactSignature out{};
    secp256k1_ecdsa_signature_serialize_compact(secpContext(), out.data(), &sig);
    return out;
}

bool EcdsaSignature::isLowS() const {
    const secp256k1_ecdsa_signature sig = toSecp(m_raw);
    return secp256k1_ecdsa_signature_normalize(secpContext(), nullptr, &sig) == 0;
}

EcdsaSignature EcdsaSignature::normalizedLowS() const {
    const secp256k1_ecdsa_signature in = toSecp(m_raw);
    secp256k1_ecdsa_signature out;
    secp256k1_ecdsa_signature_normalize(secpContext(), &out, &in);
    return EcdsaSignature(fromSecp(out));
}

namespace {

/// RFC 6979 signature with optional 32 bytes of extra entropy mixed into the nonce derivation.
EcdsaSignature signWithEntropy(const PrivKey& key, const Hash256& digest, const uint8_t* extraEntropy) {
    secp256k1_ecdsa_signature sig;
    // The default nonce function is RFC 6979; libsecp256k1 always produces low S.
    const int rc = secp256k1_ecdsa_sign(secpContext(), &sig, digest.data(), key.secret().data(), nullptr,
                                        extraEntropy);
    assert(rc == 1);  // only fails for an invalid key, which PrivKey rules out
    (void)rc;
    return EcdsaSignature::fromRaw(fromSecp(sig));
}

}  // namespace

EcdsaSignature signEcdsa(const PrivKey& key, const Hash256& digest) { return signWithEntropy(key, digest, nullptr); }

EcdsaSignature signEcdsaLowR(const PrivKey& key, const Hash256& digest) {
    EcdsaSignature sig = signWithEntropy(key, digest, nullptr);
    std::array<uint8_t, 32> entropy{};
    for (uint32_t counter = 1; sig.toCompact()[0] >= 0x80; ++counter) {
        entropy[0] = static_cast<uint8_t>(counter);
        entropy[1] = static_cast<uint8_t>(counter >> 8);
        entropy[2] = static_cast<uint8_t>(counter >> 16);
        entropy[3] = static_cast<uint8_t>(counter >> 24);
        sig = signWithEntropy(key, digest, entropy.data());
    }
    return sig;
}

Bytes signEcdsaDer(const PrivKey& key, const Hash256& digest) { return signEcdsa(key, digest).toDer(); }

RecoverableSignature signEcdsaRecoverable(const PrivKey& key, const Hash256& digest) {
    secp256k1_ecdsa_recoverable_signature sig;
    const int rc =
        secp256k1_ecdsa_sign_recoverable(secpContext(), &sig, digest.data(), key.secret().data(), nullptr, nullptr);
    assert(rc == 1);
    (void)rc;
    RecoverableSignature out;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(secpContext(), out.signature.data(), &out.recid, &sig);
    return out;
}

bool verifyEcdsa(const PubKey& key, const Hash256& digest, const EcdsaSignature& signature, bool requireLowS) {
    const secp256k1_pubkey pk = pointOf(key);
    // libsecp256k1 only verifies low-S signatures; consensus accepts both, so normalise unless told not to.
    const EcdsaSignature checked = requireLowS ? signature : signature.normalizedLowS();
    const secp256k1_ecdsa_signature sig = toSecp(checked.raw());
    return secp256k1_ecdsa_verify(secpContext(), &sig, digest.data(), &pk) == 1;
}

bool verifyEcdsaDer(const PubKey& key, const Hash256& digest, ByteView der, bool requireLowS) {
    const auto sig = EcdsaSignature::parseDer(der);
    return sig.ok() && verifyEcdsa(key, digest, *sig, requireLowS);
}

util::Result<PubKey> recoverEcdsa(const Hash256& digest, const CompactSignature& signature, int recid,
                                  bool compressed) {
    if (recid < 0 || recid > 3) return util::fail("recovery id must be 0 to 3");
    secp256k1_ecdsa_recoverable_signature sig;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(secpContext(), &sig, signature.data(), recid) != 1)
        return util::fail("signature R or S is not below the curve order");
    secp256k1_pubkey pk;
    if (secp256k1_ecdsa_recover(secpContext(), &pk, &sig, digest.data()) != 1)
        return util::fail("no public key matches this signature");
    std::array<uint8_t, 64> raw{};
    std::memcpy(raw.data(), pk.data, 64);
    return PubKey::fromRaw(raw, compressed);
}

}  // namespace cairn::crypto
