// SPDX-License-Identifier: MIT
#pragma once

// The one place where the GUI turns satoshi amounts into text in the user's display unit (Settings ▸ Display
// unit) and back. Translated through the "cairn::ui::AmountFormat" context.

#include <QString>

#include <optional>

namespace cairn::ui {

/// Display units, in the order Settings lists them.
enum class DisplayUnit { Btc, MilliBtc, Bits, Sat };

/// Number of satoshis in one `unit`.
qint64 satsPerUnit(DisplayUnit unit);
/// Decimal places shown for `unit` (8, 5, 2, 0).
int unitDecimals(DisplayUnit unit);
/// Short unit name: "BTC", "mBTC", "bits", "sat".
QString unitName(DisplayUnit unit);
/// Settings key of a unit ("btc", "mbtc", "bits", "sat") and back (unknown key → Btc).
QString unitKey(DisplayUnit unit);
DisplayUnit unitFromKey(const QString& key);
/// "0.00012345 BTC" / "-1,500 sat": exact amount with all decimals of `unit` and the unit name.
QString formatAmount(qint64 sats, DisplayUnit unit);
/// formatAmount in the unit chosen in AppSettings.
QString formatAmount(qint64 sats);
/// The number only, without unit and without grouping ("0.5", trailing zeros trimmed).
QString formatAmountPlain(qint64 sats, DisplayUnit unit);
/// Parses a non-negative amount typed in `unit` ("0.5", "1000"); nullopt when malformed, negative, with more
/// decimals than the unit allows or above 21 million BTC.
std::optional<qint64> parseAmount(const QString& text, DisplayUnit unit);
/// BIP21 amount text in BTC ("0.0005"), trailing zeros trimmed.
QString btcAmountForUri(qint64 sats);

}  // namespace cairn::ui
