// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace cairn::primitives {

/// Hex of 32 bytes reversed (display order) — shared by every Hash32 instantiation.
std::string hash32ToDisplayHex(const std::array<uint8_t, 32>& bytes);
/// Parses 64 hex digits in display order into internal byte order.
util::Result<std::array<uint8_t, 32>> hash32FromDisplayHex(std::string_view hex);

/// A 32-byte hash kept in internal (serialised) byte order. The Tag makes Txid, Wtxid and
/// BlockHash distinct types that cannot be mixed up. toHex()/fromHex() use display order (reversed),
/// as block explorers and RPCs show them.
template <typename Tag>
class Hash32 {
public:
    static constexpr size_t kSize = 32;

    /// The all-zero hash.
    constexpr Hash32() = default;
    /// Wraps bytes in internal order (e.g. a sha256d digest).
    constexpr explicit Hash32(const std::array<uint8_t, 32>& internal) : m_bytes(internal) {}

    /// Takes exactly 32 bytes in internal order; fails on any other length.
    [[nodiscard]] static util::Result<Hash32> fromBytes(ByteView internal) {
        if (internal.size() != kSize)
            return util::fail("a hash must be 32 bytes, got " + std::to_string(internal.size()));
        std::array<uint8_t, 32> b{};
        std::copy(internal.begin(), internal.end(), b.begin());
        return Hash32(b);
    }
    /// Parses 64 hex digits in display order; fails on any other input.
    [[nodiscard]] static util::Result<Hash32> fromHex(std::string_view displayHex) {
        auto b = hash32FromDisplayHex(displayHex);
        if (!b.ok()) return b.error();
        return Hash32(*b);
    }

    /// 64 lower-case hex digits in display order (reversed bytes).
    std::string toHex() const { return hash32ToDisplayHex(m_bytes); }
    /// The bytes in internal order.
    const std::array<uint8_t, 32>& bytes() const { return m_bytes; }
    ByteView view() const { return ByteView(m_bytes.data(), m_bytes.size()); }
    /// True when all bytes are zero.
    bool isNull() const {
        return std::all_of(m_bytes.begin(), m_bytes.end(), [](uint8_t b) { return b == 0; });
    }

    /// Orders by internal byte order (lexicographic over bytes()); stable, not numeric.
    constexpr auto operator<=>(const Hash32&) const = default;

private:
    std::array<uint8_t, 32> m_bytes{};
};

struct TxidTag {};
struct WtxidTag {};
struct BlockHashTag {};

/// Transaction id: sha256d of the serialisation without witness.
using Txid = Hash32<TxidTag>;
/// Witness transaction id: sha256d of the full BIP144 serialisation.
using Wtxid = Hash32<WtxidTag>;
/// Block hash: sha256d of the 80-byte header.
using BlockHash = Hash32<BlockHashTag>;

}  // namespace cairn::primitives

/// Hashes are already uniformly distributed: the first 8 bytes make a good bucket key.
template <typename Tag>
struct std::hash<cairn::primitives::Hash32<Tag>> {
    size_t operator()(const cairn::primitives::Hash32<Tag>& h) const noexcept {
        uint64_t v = 0;
        std::memcpy(&v, h.bytes().data(), sizeof(v));
        return static_cast<size_t>(v);
    }
};
