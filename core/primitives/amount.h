// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace cairn::primitives {

/// A number of satoshis (1 BTC = 100,000,000 sat). Plain value type; arithmetic on values that may
/// come from outside (sums of outputs) should use checkedAdd()/checkedSub() and moneyRange().
class Amount {
public:
    static constexpr int64_t kCoin = 100'000'000;
    /// 21 million BTC: no valid amount or sum of amounts exceeds this.
    static constexpr int64_t kMaxMoney = 21'000'000 * kCoin;

    constexpr Amount() = default;
    /// An amount of `sats` satoshis (any int64; check moneyRange() where it matters).
    static constexpr Amount fromSats(int64_t sats) { return Amount(sats); }
    /// The amount in satoshis.
    constexpr int64_t sats() const { return m_sats; }

    /// True when 0 <= amount <= kMaxMoney.
    constexpr bool moneyRange() const { return m_sats >= 0 && m_sats <= kMaxMoney; }

    /// Sum, or an error when it leaves [-kMaxMoney, kMaxMoney] (so it never overflows int64).
    [[nodiscard]] util::Result<Amount> checkedAdd(Amount other) const;
    /// Difference, or an error when it leaves [-kMaxMoney, kMaxMoney].
    [[nodiscard]] util::Result<Amount> checkedSub(Amount other) const;

    /// Exact BTC text with 8 decimals and a leading '-' when negative, e.g. "0.00012345", "-1.50000000".
    std::string toBtcString() const;

    /// Parses BTC text: digits, optionally '.' and 1 to 8 more digits ("0.00012345", "21", "1.5").
    /// No sign, spaces, exponent or thousands separators; a leading '-' is accepted only when
    /// `allowNegative`. Fails when the magnitude exceeds kMaxMoney or more than 8 decimals are given.
    [[nodiscard]] static util::Result<Amount> parseBtc(std::string_view text, bool allowNegative = false);

    constexpr Amount operator+(Amount o) const { return Amount(m_sats + o.m_sats); }
    constexpr Amount operator-(Amount o) const { return Amount(m_sats - o.m_sats); }
    constexpr Amount operator-() const { return Amount(-m_sats); }
    constexpr Amount& operator+=(Amount o) {
        m_sats += o.m_sats;
        return *this;
    }
    constexpr Amount& operator-=(Amount o) {
        m_sats -= o.m_sats;
        return *this;
    }
    constexpr auto operator<=>(const Amount&) const = default;

private:
    constexpr explicit Amount(int64_t sats) : m_sats(sats) {}
    int64_t m_sats = 0;
};

/// A fee rate in satoshis per 1000 virtual bytes (sat/kvB).
class FeeRate {
public:
    constexpr FeeRate() = default;
    /// A rate of `satPerKvB` sat/kvB.
    static constexpr FeeRate fromSatPerKvB(int64_t satPerKvB) { return FeeRate(satPerKvB); }
    /// A rate of `satPerVB` sat/vB (= 1000 × sat/kvB).
    static constexpr FeeRate fromSatPerVByte(int64_t satPerVB) { return FeeRate(satPerVB * 1000); }
    /// The rate implied by paying `fee` for `vsize` vbytes (rounded down); zero when vsize is 0.
    static FeeRate fromFee(Amount fee, size_t vsize);
    /// Parses a sat/vB rate with up to 3 decimals ("1", "2.5", "0.001"); fails on anything else,
    /// on negative values and on rates above 1 BTC/vB.
    [[nodiscard]] static util::Result<FeeRate> parseSatPerVByte(std::string_view text);

    constexpr int64_t satPerKvB() const { return m_satPerKvB; }
    /// The fee for `vsize` virtual bytes, rounded up so the paid rate is never below this one.
    Amount feeFor(size_t vsize) const;
    /// "12.345 sat/vB".
    std::string toString() const;

    constexpr auto operator<=>(const FeeRate&) const = default;

private:
    constexpr explicit FeeRate(int64_t satPerKvB) : m_satPerKvB(satPerKvB) {}
    int64_t m_satPerKvB = 0;
};

}  // namespace cairn::primitives
