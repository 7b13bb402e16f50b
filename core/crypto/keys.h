// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <array>
#include <cstdint>
#include <span>
#include <utility>

namespace cairn::crypto {

class PubKey;
class XOnlyPubKey;

/// A secp256k1 private key: a scalar k with 0 < k < n, held in wiped memory. Move-only; copy() is explicit.
class PrivKey {
public:
    static constexpr size_t kSize = 32;

    /// The key from 32 big-endian bytes; fails on a wrong length, on zero or on a value >= the group order.
    [[nodiscard]] static util::Result<PrivKey> fromBytes(ByteView bytes);
    /// A fresh random key from the CSPRNG (aborts the process if the RNG fails, see random.h).
    [[nodiscard]] static PrivKey generate();

    PrivKey(PrivKey&&) noexcept = default;
    PrivKey& operator=(PrivKey&&) noexcept = default;
    /// An explicit deep copy of the secret.
    PrivKey copy() const { return PrivKey(m_secret.copy()); }

    /// The 32 secret bytes (big-endian). Never log them.
    const util::SecureBytes& secret() const { return m_secret; }
    /// The public key k*G, serialised compressed (33 bytes) or uncompressed (65 bytes) by PubKey::serialize().
    PubKey pubKey(bool compressed = true) const;
    /// The BIP340 x-only public key of k*G.
    XOnlyPubKey xOnlyPubKey() const;
    /// (k + tweak) mod n for BIP32 child derivation; fails if the tweak (32 bytes) is >= n, or the sum is zero.
    [[nodiscard]] util::Result<PrivKey> tweakAdd(ByteView tweak) const;
    /// Constant-time comparison of the secrets.
    bool operator==(const PrivKey& other) const { return m_secret == other.m_secret; }

private:
    explicit PrivKey(util::SecureBytes secret) : m_secret(std::move(secret)) {}
    util::SecureBytes m_secret;
};

/// A secp256k1 public key (a valid curve point) plus the encoding it was parsed in or created with.
class PubKey {
public:
    static constexpr size_t kCompressedSize = 33;
    static constexpr size_t kUncompressedSize = 65;

    /// Strictly parses 33 bytes (02/03 prefix) or 65 bytes (04 prefix); hybrid (06/07) and off-curve points fail.
    [[nodiscard]] static util::Result<PubKey> parse(ByteView bytes);

    /// The encoding this key carries: 33 bytes when isCompressed(), else 65.
    Bytes serialize() const;
    /// The 33-byte compressed encoding, whatever isCompressed() says.
    std::array<uint8_t, 33> serializeCompressed() const;
    /// The 65-byte uncompressed encoding, whatever isCompressed() says.
    std::array<uint8_t, 65> serializeUncompressed() const;
    bool isCompressed() const { return m_compressed; }
    /// The same point with the other (or the same) encoding flag.
    PubKey withCompression(bool compressed) const;
    /// HASH160 of serialize() (legacy and segwit v0 key ids).
    Hash160 id() const { return hash160(serialize()); }
    /// The x coordinate as a BIP340 x-only key (the y parity is dropped).
    XOnlyPubKey xOnly() const;
    /// True when the point's y coordinate is odd.
    bool hasOddY() const;

    /// P + tweak*G for BIP32 public derivation; fails if the tweak (32 bytes) is >= n or the result is infinity.
    [[nodiscard]] util::Result<PubKey> tweakAdd(ByteView tweak) const;
    /// The sum of the points (compressed); fails on an empty list or when the sum is the point at infinity.
    [[nodiscard]] static util::Result<PubKey> combine(std::span<const PubKey> keys);

    /// Same point and same encoding flag.
    bool operator==(const PubKey& other) const { return m_point == other.m_point && m_compressed == other.m_compressed; }

    /// libsecp256k1's opaque point representation (for the crypto layer's own use).
    const std::array<uint8_t, 64>& raw() const { return m_point; }
    /// Wraps an opaque point produced by libsecp256k1 (for the crypto layer's own use).
    static PubKey fromRaw(const std::array<uint8_t, 64>& raw, bool compressed) { return PubKey(raw, compressed); }

private:
    PubKey(const std::array<uint8_t, 64>& raw, bool compressed) : m_point(raw), m_compressed(compressed) {}
    std::array<uint8_t, 64> m_point{};
    bool m_compressed = true;
};

/// A BIP340 x-only public key: 32 bytes, the x coordinate of a curve point with even y.
class XOnlyPubKey {
public:
    static constexpr size_t kSize = 32;

    /// Parses 32 bytes; fails on a wrong length or when x is not the x coordinate of a curve point.
    [[nodiscard]] static util::Result<XOnlyPubKey> parse(ByteView bytes);
    /// The 32 bytes.
    const std::array<uint8_t, 32>& bytes() const { return m_x; }
    /// The full point with even y, compressed (prefix 02).
    PubKey toPubKey() const;
    bool operator==(const XOnlyPubKey& other) const = default;

private:
    friend class PubKey;
    friend class PrivKey;
    explicit XOnlyPubKey(const std::array<uint8_t, 32>& x) : m_x(x) {}
    std::array<uint8_t, 32> m_x{};
};

}  // namespace cairn::crypto
