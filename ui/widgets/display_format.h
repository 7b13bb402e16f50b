// SPDX-License-Identifier: MIT
#pragma once

// Shared display helpers of the explorer and network pages: amounts, times, durations, sizes and the
// monospace font used for hashes. Pure functions of their arguments (translated through the
// "cairn::ui::DisplayFormat" context).

#include <QFont>
#include <QString>

#include <cstdint>

namespace cairn::ui {

/// Exact amount with 8 decimals and the unit, e.g. "0.00012345 BTC", "-1.50000000 BTC".
QString formatBtc(int64_t sats);
/// UTC date and time of a Unix timestamp, "2024-05-01 12:34:56 UTC".
QString formatUtcTime(uint32_t unixSeconds);
/// A duration for people: "45 s", "12 min", "3 h 5 min", "2 d 4 h"; "unknown" for a negative value.
QString formatDuration(int64_t seconds);
/// A byte count with a binary unit: "512 B", "1.5 KiB", "12.0 MiB".
QString formatBytes(uint64_t bytes);
/// A count with thousands separators of the current locale ("925,000").
QString formatCount(int64_t value);
/// Difficulty in a compact form: 6 significant digits, scientific notation for tiny or huge values.
QString formatDifficulty(double difficulty);
/// The system's fixed-pitch font (hashes, scripts, amounts in tables).
QFont monospaceFont();

}  // namespace cairn::ui
