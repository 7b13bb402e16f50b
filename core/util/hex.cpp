// SPDX-License-Identifier: MIT
#include "util/hex.h"

namespace cairn::util {
namespace {
constexpr char kDigits[] = "0123456789abcdef";

int nibble(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::string toHex(ByteView bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (uint8_t b : bytes) {
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 15]);
    }
    return out;
}

std::string toHexReversed(ByteView bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
        out.push_back(kDigits[*it >> 4]);
        out.push_back(kDigits[*it & 15]);
    }
    return out;
}

Result<Bytes> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) return fail("hex string has an odd number of digits");
    Bytes out;
    out.reserve(hex.size() / 2);
    for (size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) return fail("invalid hex character at position " + std::to_string(hi < 0 ? i : i + 1));
        out.push_back(static_cast<uint8_t>((hi << 4) | lo));
    }
    return out;
}

bool isHex(std::string_view hex) {
    if (hex.empty() || hex.size() % 2 != 0) return false;
    for (char c : hex)
        if (nibble(c) < 0) return false;
    return true;
}

}  // namespace cairn::util
