// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/hash_types.h"

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace cairn::primitives {

/// A reference to one output of a previous transaction.
struct OutPoint {
    Txid txid;
    uint32_t index = kNullIndex;

    static constexpr uint32_t kNullIndex = 0xffffffff;

    /// True for the coinbase's prevout: all-zero txid and index 0xffffffff.
    bool isNull() const { return index == kNullIndex && txid.isNull(); }
    /// "txid:index" with the txid in display order.
    std::string toString() const { return txid.toHex() + ":" + std::to_string(index); }

    auto operator<=>(const OutPoint&) const = default;
};

}  // namespace cairn::primitives

template <>
struct std::hash<cairn::primitives::OutPoint> {
    size_t operator()(const cairn::primitives::OutPoint& o) const noexcept {
        return std::hash<cairn::primitives::Txid>{}(o.txid) ^ (static_cast<size_t>(o.index) * 0x9e3779b97f4a7c15ull);
    }
};
