// SPDX-License-Identifier: MIT
#pragma once

#include "storage/wallet_store.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// BIP329 wallet label export format: JSON Lines, one object per line with type, ref, and optional label,
// origin and (outputs only) spendable.
namespace cairn::wallet {

/// Longest line accepted on import (bounds the work per record).
constexpr size_t kMaxBip329LineLength = 64 * 1024;
/// Labels are truncated to this many characters on import (BIP329's suggested maximum).
constexpr size_t kMaxLabelLength = 255;

/// True for the six types BIP329 defines: tx, addr, pubkey, input, output, xpub.
bool isBip329Type(std::string_view type);

/// One line (without '\n'): {"type":..,"ref":..,"label":..[,"origin":..][,"spendable":..]}.
std::string formatBip329Line(const storage::LabelRecord& label);

/// One parsed line. `record` is nullopt for a well-formed record of a type BIP329 does not define (to ignore).
struct Bip329Line {
    std::optional<storage::LabelRecord> record;
    bool hasLabel = false;   ///< the line had a "label" (BIP329: when absent, keep the stored label)
    bool truncated = false;  ///< the label was longer than kMaxLabelLength
};

/// Parses one line. Fails on invalid JSON, a non-object, missing or non-string type/ref, a non-string label or
/// origin, a non-boolean spendable, spendable on a type other than output, or a tx/input/output ref that is not
/// a txid (64 hex digits) or "txid:n".
[[nodiscard]] util::Result<Bip329Line> parseBip329Line(std::string_view line);

/// Parses a whole export; blank lines are skipped. Fails with "line N: ..." on the first bad line.
[[nodiscard]] util::Result<std::vector<Bip329Line>> parseBip329(std::string_view text);

}  // namespace cairn::wallet
