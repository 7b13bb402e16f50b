// SPDX-License-Identifier: MIT
#include "primitives/uint256.h"

#include "util/hex.h"

#include <algorithm>
#include <cassert>

namespace cairn::primitives {
namespace {
constexpr size_t kLimbs = 8;

// Divides `value` in place by a small divisor and returns the remainder.
uint32_t divModSmall(std::array<uint32_t, 8>& limbs, uint32_t divisor) {
    uint64_t rem = 0;
    for (size_t i = kLimbs; i-- > 0;) {
        const uint64_t cur = (rem << 32) | limbs[i];
        limbs[i] = static_cast<uint32_t>(cur / divisor);
        rem = cur % divisor;
    }
    return static_cast<uint32_t>(rem);
}
}  // namespace

Uint256 Uint256::fromLittleEndian(const std::array<uint8_t, 32>& bytes) {
    Uint256 r;
    for (size_t i = 0; i < kLimbs; ++i) {
        r.m_limbs[i] = static_cast<uint32_t>(bytes[4 * i]) | (static_cast<uint32_t>(bytes[4 * i + 1]) << 8) |
                       (static_cast<uint32_t>(bytes[4 * i + 2]) << 16) |
                       (static_cast<uint32_t>(bytes[4 * i + 3]) << 24);
    }
    return r;
}

std::array<uint8_t, 32> Uint256::toLittleEndian() const {
    std::array<uint8_t, 32> out{};
    for (size_t i = 0; i < kLimbs; ++i) {
        for (size_t b = 0; b < 4; ++b) out[4 * i + b] = static_cast<uint8_t>(m_limbs[i] >> (8 * b));
    }
    return out;
}

util::Result<Uint256> Uint256::fromHex(std::string_view hex) {
    if (hex.size() >= 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X')) hex.remove_prefix(2);
    if (hex.empty() || hex.size() > 64) return util::fail("a 256-bit hex number needs 1 to 64 hex digits");
    std::string padded(64 - hex.size(), '0');
    padded.append(hex);
    auto raw = util::fromHex(padded);
    if (!raw.ok()) return raw.error();
    std::array<uint8_t, 32> le{};
    for (size_t i = 0; i < 32; ++i) le[i] = (*raw)[31 - i];
    return fromLittleEndian(le);
}

std::string Uint256::toHex() const {
    const auto le = toLittleEndian();
    return util::toHexReversed(ByteView(le.data(), le.size()));
}

std::string Uint256::toDecimal() const {
    if (isZero()) return "0";
    std::array<uint32_t, 8> limbs = m_limbs;
    std::string digits;
    while (std::any_of(limbs.begin(), limbs.end(), [](uint32_t l) { return l != 0; })) {
        digits.push_back(static_cast<char>('0' + divModSmall(limbs, 10)));
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

Uint256::Compact Uint256::fromCompact(uint32_t bits) {
    Compact c;
    const unsigned size = bits >> 24;
    uint32_t word = bits & 0x007fffff;
    if (size <= 3) {
        word >>= 8 * (3 - size);
        c.target = Uint256(word);
    } else {
        c.target = Uint256(word);
        c.target <<= 8 * (size - 3);
    }
    c.negative = word != 0 && (bits & 0x00800000) != 0;
    c.overflow = word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
    if (c.overflow) c.target = Uint256();
    return c;
}

uint32_t Uint256::toCompact(bool negative) const {
    unsigned size = (bits() + 7) / 8;
    uint32_t compact = 0;
    if (size <= 3) {
        compact = static_cast<uint32_t>(low64() << (8 * (3 - size)));
    } else {
        compact = static_cast<uint32_t>((*this >> (8 * (size - 3))).low64());
    }
    // The mantissa's top bit is the sign: move one byte into the exponent instead.
    if (compact & 0x00800000) {
        compact >>= 8;
        ++size;
    }
    compact |= size << 24;
    if (negative && (compact & 0x007fffff) != 0) compact |= 0x00800000;
    return compact;
}

Uint256 Uint256::work() const {
    // 2^256 / (t + 1) does not fit in 256 bits for t = 0, but equals (~t / (t + 1)) + 1 for any t.
    Uint256 denom = *this + Uint256(1);
    if (denom.isZero()) return Uint256(1);  // t = 2^256 - 1: 2^256 / 2^256
    return (~*this / denom) + Uint256(1);
}

unsigned Uint256::bits() const {
    for (size_t i = kLimbs; i-- > 0;) {
        if (m_limbs[i] != 0) {
            unsigned n = 32;
            while (n > 0 && !(m_limbs[i] & (1u << (n - 1)))) --n;
            return static_cast<unsigned>(32 * i) + n;
        }
    }
    return 0;
}

bool Uint256::isZero() const {
    return std::all_of(m_limbs.begin(), m_limbs.end(), [](uint32_t l) { return l == 0; });
}

Uint256& Uint256::operator+=(const Uint256& o) {
    uint64_t carry = 0;
    for (size_t i = 0; i < kLimbs; ++i) {
        const uint64_t sum = carry + m_limbs[i] + o.m_limbs[i];
        m_limbs[i] = static_cast<uint32_t>(sum);
        carry = sum >> 32;
    }
    return *this;
}

Uint256& Uint256::operator-=(const Uint256& o) { return *this += -o; }

Uint256& Uint256::operator*=(uint32_t m) {
    uint64_t carry = 0;
    for (size_t i = 0; i < kLimbs; ++i) {
        const uint64_t prod = carry + static_cast<uint64_t>(m_limbs[i]) * m;
        m_limbs[i] = static_cast<uint32_t>(prod);
        carry = prod >> 32;
    }
    return *this;
}

Uint256& Uint256::operator*=(uint64_t m) { return *this *= Uint256(m); }

Uint256& Uint256::operator*=(const Uint256& o) {
    std::array<uint32_t, 8> out{};
    for (size_t i = 0; i < kLimbs; ++i) {
        uint64_t carry = 0;
        for (size_t j = 0; i + j < kLimbs; ++j) {
            const uint64_t cur = carry + out[i + j] + static_cast<uint64_t>(m_limbs[i]) * o.m_limbs[j];
            out[i + j] = static_cast<uint32_t>(cur);
            carry = cur >> 32;
        }
    }
    m_limbs = out;
    return *this;
}

Uint256& Uint256::operator/=(const Uint256& d) {
    assert(!d.isZero() && "Uint256 division by zero");
    Uint256 num = *this;
    Uint256 div = d;
    *this = Uint256();
    const unsigned numBits = num.bits();
    const unsigned divBits = div.bits();
    if (divBits == 0 || divBits > numBits) return *this;
    int shift = static_cast<int>(numBits - divBits);
    div <<= static_cast<unsigned>(shift);
    // Binary long division: one quotient bit per step, from the highest possible one down.
    for (; shift >= 0; --shift) {
        if (num >= div) {
            num -= div;
            m_limbs[static_cast<size_t>(shift) / 32] |= 1u << (shift % 32);
        }
        div >>= 1;
    }
    return *this;
}

Uint256& Uint256::operator<<=(unsigned shift) {
    std::array<uint32_t, 8> out{};
    const size_t limbShift = shift / 32;
    const unsigned bitShift = shift % 32;
    for (size_t i = kLimbs; i-- > 0;) {
        if (i < limbShift) break;
        uint64_t v = static_cast<uint64_t>(m_limbs[i - limbShift]) << bitShift;
        if (bitShift != 0 && i > limbShift) v |= m_limbs[i - limbShift - 1] >> (32 - bitShift);
        out[i] = static_cast<uint32_t>(v);
    }
    m_limbs = out;
    return *this;
}

Uint256& Uint256::operator>>=(unsigned shift) {
    std::array<uint32_t, 8> out{};
    const size_t limbShift = shift / 32;
    const unsigned bitShift = shift % 32;
    for (size_t i = 0; i + limbShift < kLimbs; ++i) {
        uint64_t v = m_limbs[i + limbShift] >> bitShift;
        if (bitShift != 0 && i + limbShift + 1 < kLimbs) {
            v |= static_cast<uint64_t>(m_limbs[i + limbShift + 1]) << (32 - bitShift);
        }
        out[i] = static_cast<uint32_t>(v);
    }
    m_limbs = out;
    return *this;
}

Uint256 Uint256::operator~() const {
    Uint256 r;
    for (size_t i = 0; i < kLimbs; ++i) r.m_limbs[i] = ~m_limbs[i];
    return r;
}

Uint256 Uint256::operator-() const { return ~*this + Uint256(1); }

std::strong_ordering operator<=>(const Uint256& a, const Uint256& b) {
    for (size_t i = kLimbs; i-- > 0;) {
        if (a.m_limbs[i] != b.m_limbs[i]) return a.m_limbs[i] <=> b.m_limbs[i];
    }
    return std::strong_ordering::equal;
}

}  // namespace cairn::primitives
