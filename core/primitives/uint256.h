// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace cairn::primitives {

/// An unsigned 256-bit integer for proof-of-work arithmetic (targets, chain work). Arithmetic wraps
/// modulo 2^256 like Bitcoin Core's arith_uint256; division by zero is a programmer error (asserts).
class Uint256 {
public:
    constexpr Uint256() = default;
    /// The value `v`.
    constexpr explicit Uint256(uint64_t v) : m_limbs{static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32)} {}

    /// Interprets 32 bytes as a little-endian number (how a hash in internal byte order is compared to a target).
    static Uint256 fromLittleEndian(const std::array<uint8_t, 32>& bytes);
    /// The 32 bytes of the value, little-endian.
    std::array<uint8_t, 32> toLittleEndian() const;
    /// Parses 1 to 64 hex digits, most significant first, optional "0x" prefix; fails on anything else.
    [[nodiscard]] static util::Result<Uint256> fromHex(std::string_view hex);
    /// 64 lower-case hex digits, most significant first (zero-padded).
    std::string toHex() const;
    /// Decimal digits (for chain work in the UI and JSON).
    std::string toDecimal() const;

    /// Result of decoding a compact "nBits" value.
    struct Compact;
    /// Decodes compact bits (Bitcoin Core's SetCompact): the target plus whether the sign bit was set with
    /// a non-zero mantissa (negative) and whether the value does not fit in 256 bits (overflow; target then 0).
    static Compact fromCompact(uint32_t bits);
    /// Encodes as compact bits (GetCompact); `negative` sets the sign bit when the value is non-zero.
    uint32_t toCompact(bool negative = false) const;

    /// Expected number of hashes to meet this target: 2^256 / (target + 1), computed as ~target / (target + 1) + 1.
    Uint256 work() const;

    /// Index of the highest set bit plus one (0 for zero).
    unsigned bits() const;
    /// The low 64 bits.
    uint64_t low64() const { return m_limbs[0] | (static_cast<uint64_t>(m_limbs[1]) << 32); }
    bool isZero() const;

    Uint256& operator+=(const Uint256& o);
    Uint256& operator-=(const Uint256& o);
    Uint256& operator*=(uint32_t m);
    Uint256& operator*=(uint64_t m);
    Uint256& operator*=(const Uint256& o);
    /// Integer division; asserts on division by zero.
    Uint256& operator/=(const Uint256& d);
    Uint256& operator<<=(unsigned shift);
    Uint256& operator>>=(unsigned shift);
    Uint256 operator~() const;
    Uint256 operator-() const;

    friend Uint256 operator+(Uint256 a, const Uint256& b) { return a += b; }
    friend Uint256 operator-(Uint256 a, const Uint256& b) { return a -= b; }
    friend Uint256 operator*(Uint256 a, uint32_t m) { return a *= m; }
    friend Uint256 operator*(Uint256 a, uint64_t m) { return a *= m; }
    friend Uint256 operator*(Uint256 a, const Uint256& b) { return a *= b; }
    friend Uint256 operator/(Uint256 a, const Uint256& b) { return a /= b; }
    friend Uint256 operator<<(Uint256 a, unsigned s) { return a <<= s; }
    friend Uint256 operator>>(Uint256 a, unsigned s) { return a >>= s; }

    friend bool operator==(const Uint256&, const Uint256&) = default;
    /// Numeric comparison.
    friend std::strong_ordering operator<=>(const Uint256& a, const Uint256& b);

private:
    std::array<uint32_t, 8> m_limbs{};  // little-endian limbs: m_limbs[0] is the least significant
};

struct Uint256::Compact {
    Uint256 target;
    bool negative = false;
    bool overflow = false;
};

}  // namespace cairn::primitives
