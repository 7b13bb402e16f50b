// SPDX-License-Identifier: MIT
#include "primitives/hash_types.h"

#include "util/hex.h"

namespace cairn::primitives {

std::string hash32ToDisplayHex(const std::array<uint8_t, 32>& bytes) {
    return util::toHexReversed(ByteView(bytes.data(), bytes.size()));
}

util::Result<std::array<uint8_t, 32>> hash32FromDisplayHex(std::string_view hex) {
    if (hex.size() != 64) return util::fail("a hash must be 64 hex digits, got " + std::to_string(hex.size()));
    auto raw = util::fromHex(hex);
    if (!raw.ok()) return raw.error();
    std::array<uint8_t, 32> out{};
    for (size_t i = 0; i < 32; ++i) out[i] = (*raw)[31 - i];
    return out;
}

}  // namespace cairn::primitives
