// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "util/bytes.h"
#include "util/result.h"

#include <array>
#include <cstdint>

namespace cairn::crypto {

/// A 64-byte compact ECDSA signature: r || s, each 32 bytes big-endian.
using CompactSignature = std::array<uint8_t, 64>;

/// A parsed ECDSA signature (r, s both in range). Parsing never accepts trailing bytes or a sighash byte.
class EcdsaSignature {
public:
    /// Largest DER encoding of a secp256k1 signature (two 33-byte integers plus headers).
    static constexpr size_t kMaxDerSize = 72;

    /// Strict DER as BIP66 demands (minimal lengths, no padding, positive integers, no trailing bytes, no
    /// sighash byte); fails on anything else or when r or s is zero or >= the group order.
    [[nodiscard]] static util::Result<EcdsaSignature> parseDer(ByteView der);
    /// Lenient parser for the non-canonical DER of pre-BIP66 transactions: tolerates long-form and padded lengths,
    /// excess leading zeros and trailing garbage after the sequence. Fails when the structure is unreadable;
    /// an r or s that does not fit in 32 bytes yields a signature that never verifies (as Bitcoin Core does).
    [[nodiscard]] static util::Result<EcdsaSignature> parseDerLaxHistoric(ByteView der);
    /// 64 bytes r || s; fails on a wrong length or when r or s is >= the group order.
    [[nodiscard]] static util::Result<EcdsaSignature> fromCompact(ByteView compact);

    /// Canonical DER encoding (as given: a high S stays high).
    Bytes toDer() const;
    /// r || s.
    CompactSignature toCompact() const;
    /// True when s <= n/2 (BIP62/BIP146 low-S rule).
    bool isLowS() const;
    /// The same signature with s replaced by n - s when s is high.
    EcdsaSignature normalizedLowS() const;

    bool operator==(const EcdsaSignature& other) const = default;

    /// libsecp256k1's opaque representation (for the crypto layer's own use).
    const std::array<uint8_t, 64>& raw() const { return m_raw; }
    /// Wraps an opaque signature produced by libsecp256k1 (for the crypto layer's own use).
    static EcdsaSignature fromRaw(const std::array<uint8_t, 64>& raw) { return EcdsaSignature(raw); }

private:
    explicit EcdsaSignature(const std::array<uint8_t, 64>& raw) : m_raw(raw) {}
    std::array<uint8_t, 64> m_raw{};
};

/// A compact signature plus the recovery id (0..3) that lets the public key be recovered from it (BIP137).
struct RecoverableSignature {
    CompactSignature signature{};
    int recid = 0;
};

/// Deterministic (RFC 6979) ECDSA signature of a 32-byte digest, normalised to low S.
EcdsaSignature signEcdsa(const PrivKey& key, const Hash256& digest);
/// signEcdsa() retried with RFC 6979 extra entropy (a little-endian 32-bit counter 1, 2, ... in 32 bytes) until
/// r < 2^255, so the DER encoding is at most 70 bytes and fee estimates can count 71 bytes with the sighash
/// byte (Bitcoin Core's low-R grinding). The first attempt is signEcdsa() itself.
EcdsaSignature signEcdsaLowR(const PrivKey& key, const Hash256& digest);
/// signEcdsa() encoded as DER (what Bitcoin scripts carry, before the sighash byte).
Bytes signEcdsaDer(const PrivKey& key, const Hash256& digest);
/// Deterministic (RFC 6979) recoverable signature of a 32-byte digest (low S), for message signing.
RecoverableSignature signEcdsaRecoverable(const PrivKey& key, const Hash256& digest);

/// True when the signature is valid for the key and digest. A high S is accepted (consensus rule) unless
/// requireLowS is set (standardness rule).
bool verifyEcdsa(const PubKey& key, const Hash256& digest, const EcdsaSignature& signature, bool requireLowS = false);
/// Convenience: strict DER parse (parseDer) then verifyEcdsa; false on a parse failure.
bool verifyEcdsaDer(const PubKey& key, const Hash256& digest, ByteView der, bool requireLowS = false);

/// The public key that produced a recoverable signature of the digest, with the requested encoding flag.
/// Fails when recid is not 0..3, r or s is out of range, or no key matches.
[[nodiscard]] util::Result<PubKey> recoverEcdsa(const Hash256& digest, const CompactSignature& signature, int recid,
                                                bool compressed);

}  // namespace cairn::crypto
