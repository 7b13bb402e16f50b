// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "util/bytes.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// BIP32 hierarchical deterministic keys: extended keys, child key derivation and key paths.
namespace cairn::crypto {

/// Child numbers at or above this are hardened (written 0h, 0H or 0').
constexpr uint32_t kHardenedBit = 0x80000000u;
/// Size of an extended key's serialisation without its 4-byte version: depth, parent fingerprint,
/// child number, chain code and 33 bytes of key data (BIP32 "Serialization format" minus the version).
constexpr size_t kExtKeyBodySize = 74;
/// Deepest key path a KeyPath or an ExtKey can have (the depth is one byte).
constexpr size_t kMaxKeyPathDepth = 255;

/// The hardened form of a child index (index must be below kHardenedBit).
constexpr uint32_t hardened(uint32_t index) { return index | kHardenedBit; }
/// True when the child number is a hardened one.
constexpr bool isHardened(uint32_t childNumber) { return (childNumber & kHardenedBit) != 0; }

using ChainCode = std::array<uint8_t, 32>;
using KeyFingerprint = std::array<uint8_t, 4>;

/// A BIP32 derivation path: the child numbers below the master key ("m").
class KeyPath {
public:
    /// The empty path "m".
    KeyPath() = default;
    /// The path with these child numbers (at most kMaxKeyPathDepth; more is a bug, asserted).
    explicit KeyPath(std::vector<uint32_t> steps);

    /// Parses "m", "m/84h/0h/0h", "m/84'/0'/0'" or "m/84H/0H/0H/0/5". Each step is a decimal index below 2^31
    /// with an optional hardened mark (h, H or '). Fails, naming the step, on a missing leading "m", an empty
    /// or non-numeric step, an index >= 2^31, or more than kMaxKeyPathDepth steps.
    [[nodiscard]] static util::Result<KeyPath> parse(std::string_view text);

    /// "m/84h/0h/0h"-style text; `hardenedMark` is 'h', 'H' or '\''.
    std::string toString(char hardenedMark = 'h') const;
    /// The child numbers, hardened ones with kHardenedBit set.
    const std::vector<uint32_t>& steps() const { return m_steps; }
    /// Number of steps (0 for "m").
    size_t depth() const { return m_steps.size(); }
    /// This path extended by one child number (the result must stay within kMaxKeyPathDepth, asserted).
    KeyPath child(uint32_t childNumber) const;
    bool operator==(const KeyPath& other) const = default;

private:
    std::vector<uint32_t> m_steps;
};

/// A BIP32 extended key: a private key (xprv) or a public key only (xpub), with its chain code and its place
/// in the tree (depth, parent fingerprint, child number). Move-only; copy() is explicit. The chain code is wiped
/// on destruction.
class ExtKey {
public:
    /// Smallest and largest seed BIP32 allows (128 and 512 bits).
    static constexpr size_t kMinSeedSize = 16;
    static constexpr size_t kMaxSeedSize = 64;

    /// The master private key of a seed: HMAC-SHA512(key "Bitcoin seed", seed). Fails when the seed is not
    /// 16..64 bytes or, with negligible probability, when the derived key is 0 or >= n (the seed is unusable).
    [[nodiscard]] static util::Result<ExtKey> fromSeed(ByteView seed);

    /// Parses the 74 bytes that follow the version in an extended key string. `isPrivate` is what the version
    /// said. Fails on a wrong size, on depth 0 with a non-zero parent fingerprint or child number, on key data
    /// that does not match the version (a 0x00 prefix under a public version or 02/03 under a private one),
    /// on any other prefix, on a private key 0 or >= n, and on a public key that is not on the curve.
    [[nodiscard]] static util::Result<ExtKey> fromBody(ByteView body, bool isPrivate);

    ExtKey(ExtKey&&) noexcept = default;
    ExtKey& operator=(ExtKey&&) noexcept = default;
    ~ExtKey();
    /// An explicit deep copy (secrets included).
    ExtKey copy() const;

    /// The 74-byte body (see fromBody): 0x00 || private key for a private key, else the compressed public key.
    util::SecureBytes body() const;

    /// True for a private extended key.
    bool isPrivate() const { return m_priv.has_value(); }
    /// The private key; calling this on a public extended key is a bug (asserted).
    const PrivKey& privKey() const;
    /// The public key (compressed).
    const PubKey& pubKey() const { return m_pub; }
    const ChainCode& chainCode() const { return m_chainCode; }
    /// 0 for a master key, else the number of derivation steps from it.
    uint8_t depth() const { return m_depth; }
    /// The first 4 bytes of the parent's identifier (zero for a master key).
    const KeyFingerprint& parentFingerprint() const { return m_parentFingerprint; }
    /// The index this key has under its parent (kHardenedBit set if hardened; 0 for a master key).
    uint32_t childNumber() const { return m_childNumber; }
    /// HASH160 of the compressed public key (BIP32 "key identifier").
    Hash160 identifier() const;
    /// The first 4 bytes of identifier().
    KeyFingerprint fingerprint() const;

    /// The public extended key of this key (same place, same chain code, no private key).
    ExtKey neuter() const;

    /// Child `childNumber` (CKDpriv for a private key, CKDpub for a public one). Fails for a hardened child of
    /// a public key, below depth 255, and with negligible probability when the child key is invalid (BIP32
    /// says to use the next index then).
    [[nodiscard]] util::Result<ExtKey> derive(uint32_t childNumber) const;
    /// The key at `path` below this one (steps applied in order). Fails like derive(), naming the step.
    [[nodiscard]] util::Result<ExtKey> derivePath(const KeyPath& path) const;

    /// Same position, chain code and keys.
    bool operator==(const ExtKey& other) const;

private:
    ExtKey(uint8_t depth, const KeyFingerprint& parent, uint32_t childNumber, const ChainCode& chainCode,
           std::optional<PrivKey> priv, const PubKey& pub);

    uint8_t m_depth = 0;
    KeyFingerprint m_parentFingerprint{};
    uint32_t m_childNumber = 0;
    ChainCode m_chainCode{};
    std::optional<PrivKey> m_priv;
    PubKey m_pub;
};

}  // namespace cairn::crypto
