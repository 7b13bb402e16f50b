// SPDX-License-Identifier: MIT
#include "primitives/amount.h"

#include <cstdint>
#include <cstdlib>

namespace cairn::primitives {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Parses "<int>[.<frac>]" with at most `maxDecimals` fractional digits into value × 10^maxDecimals.
// Returns an error naming `unit` for malformed text or a value above `maxScaled`.
util::Result<int64_t> parseFixedPoint(std::string_view text, int maxDecimals, int64_t maxScaled, const char* unit) {
    if (text.empty()) return util::fail(std::string("empty ") + unit + " amount");
    const size_t dot = text.find('.');
    const std::string_view intPart = text.substr(0, dot);
    const std::string_view fracPart = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (intPart.empty() || (dot != std::string_view::npos && fracPart.empty())) {
        return util::fail(std::string("malformed ") + unit + " amount (expected digits, optionally '.' and decimals)");
    }
    for (char c : intPart) {
        if (!isDigit(c)) return util::fail(std::string("invalid character in ") + unit + " amount");
    }
    for (char c : fracPart) {
        if (!isDigit(c)) return util::fail(std::string("invalid character in ") + unit + " amount");
    }
    if (fracPart.size() > static_cast<size_t>(maxDecimals)) {
        return util::fail(std::string(unit) + " amount has more than " + std::to_string(maxDecimals) + " decimals");
    }
    int64_t scale = 1;
    for (int i = 0; i < maxDecimals; ++i) scale *= 10;
    // Accumulate with a cap so no intermediate value can overflow.
    int64_t whole = 0;
    for (char c : intPart) {
        whole = whole * 10 + (c - '0');
        if (whole > maxScaled / scale) return util::fail(std::string(unit) + " amount is too large");
    }
    int64_t frac = 0;
    int64_t fracScale = scale;
    for (char c : fracPart) {
        fracScale /= 10;
        frac += (c - '0') * fracScale;
    }
    const int64_t total = whole * scale + frac;
    if (total > maxScaled) return util::fail(std::string(unit) + " amount is too large");
    return total;
}

}  // namespace

util::Result<Amount> Amount::checkedAdd(Amount other) const {
    // Both magnitudes are bounded before adding, so the sum cannot overflow int64.
    if (m_sats < -kMaxMoney || m_sats > kMaxMoney || other.m_sats < -kMaxMoney || other.m_sats > kMaxMoney) {
        return util::fail("amount out of range");
    }
    const int64_t sum = m_sats + other.m_sats;
    if (sum < -kMaxMoney || sum > kMaxMoney) return util::fail("amount sum out of range");
    return Amount(sum);
}

util::Result<Amount> Amount::checkedSub(Amount other) const {
    if (other.m_sats < -kMaxMoney || other.m_sats > kMaxMoney) return util::fail("amount out of range");
    return checkedAdd(Amount(-other.m_sats));
}

std::string Amount::toBtcString() const {
    // Work on the magnitude as unsigned so INT64_MIN formats without overflow.
    const bool negative = m_sats < 0;
    const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(m_sats) : static_cast<uint64_t>(m_sats);
    std::string frac = std::to_string(magnitude % static_cast<uint64_t>(kCoin));
    frac.insert(0, 8 - frac.size(), '0');
    return (negative ? "-" : "") + std::to_string(magnitude / static_cast<uint64_t>(kCoin)) + "." + frac;
}

util::Result<Amount> Amount::parseBtc(std::string_view text, bool allowNegative) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        if (!allowNegative) return util::fail("negative BTC amount not allowed");
        negative = true;
        text.remove_prefix(1);
    }
    auto sats = parseFixedPoint(text, 8, kMaxMoney, "BTC");
    if (!sats.ok()) return sats.error();
    return Amount(negative ? -*sats : *sats);
}

FeeRate FeeRate::fromFee(Amount fee, size_t vsize) {
    if (vsize == 0) return FeeRate();
    return FeeRate(fee.sats() * 1000 / static_cast<int64_t>(vsize));
}

util::Result<FeeRate> FeeRate::parseSatPerVByte(std::string_view text) {
    if (!text.empty() && text.front() == '-') return util::fail("negative fee rate not allowed");
    // 1 BTC/vB = 1e8 sat/vB = 1e11 sat/kvB: far above anything sane, and keeps feeFor() from overflowing.
    auto perKvB = parseFixedPoint(text, 3, Amount::kCoin * 1000, "sat/vB");
    if (!perKvB.ok()) return perKvB.error();
    return FeeRate(*perKvB);
}

Amount FeeRate::feeFor(size_t vsize) const {
    const int64_t size = static_cast<int64_t>(vsize);
    // Absurd rates would overflow the product; no real fee can exceed all the money there is.
    if (size != 0 && (m_satPerKvB > INT64_MAX / size || m_satPerKvB < -(INT64_MAX / size))) {
        return Amount::fromSats(m_satPerKvB > 0 ? Amount::kMaxMoney : -Amount::kMaxMoney);
    }
    const int64_t product = m_satPerKvB * size;
    int64_t fee = product / 1000;
    if (product % 1000 > 0) ++fee;  // round up positive remainders only
    return Amount::fromSats(fee);
}

std::string FeeRate::toString() const {
    const bool negative = m_satPerKvB < 0;
    const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(m_satPerKvB) : static_cast<uint64_t>(m_satPerKvB);
    std::string frac = std::to_string(magnitude % 1000);
    frac.insert(0, 3 - frac.size(), '0');
    return (negative ? "-" : "") + std::to_string(magnitude / 1000) + "." + frac + " sat/vB";
}

}  // namespace cairn::primitives
