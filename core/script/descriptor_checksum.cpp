// SPDX-License-Identifier: MIT
#include "script/descriptor_checksum.h"

#include <cstdint>

namespace cairn::script {
namespace {
// Three groups of 32 characters; a character's symbol is its place in its group, and every three characters
// add one symbol made of their group numbers (BIP380).
constexpr std::string_view kInputCharset =
    "0123456789()[],'/*abcdefgh@:$%{}"
    "IJKLMNOPQRSTUVWXYZ&+-.;<=>?!^_|~"
    "ijklmnopqrstuvwxyzABCDEFGH`#\"\\ ";
constexpr std::string_view kChecksumCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr size_t kChecksumLength = 8;

uint64_t polymodStep(uint64_t c, uint64_t value) {
    const uint64_t top = c >> 35;
    c = ((c & 0x7ffffffffULL) << 5) ^ value;
    if (top & 1) c ^= 0xf5dee51989ULL;
    if (top & 2) c ^= 0xa9fdca3312ULL;
    if (top & 4) c ^= 0x1bab10e32dULL;
    if (top & 8) c ^= 0x3706b1677aULL;
    if (top & 16) c ^= 0x644d626ffdULL;
    return c;
}
}  // namespace

std::optional<std::string> descriptorChecksum(std::string_view descriptor) {
    uint64_t c = 1;
    int groups[3] = {0, 0, 0};
    int groupCount = 0;
    for (char ch : descriptor) {
        const size_t pos = kInputCharset.find(ch);
        if (pos == std::string_view::npos) return std::nullopt;
        c = polymodStep(c, pos & 31);
        groups[groupCount++] = static_cast<int>(pos >> 5);
        if (groupCount == 3) {
            c = polymodStep(c, static_cast<uint64_t>(groups[0] * 9 + groups[1] * 3 + groups[2]));
            groupCount = 0;
        }
    }
    if (groupCount == 1) c = polymodStep(c, static_cast<uint64_t>(groups[0]));
    if (groupCount == 2) c = polymodStep(c, static_cast<uint64_t>(groups[0] * 3 + groups[1]));
    for (size_t i = 0; i < kChecksumLength; ++i) c = polymodStep(c, 0);
    c ^= 1;
    std::string out(kChecksumLength, ' ');
    for (size_t i = 0; i < kChecksumLength; ++i) out[i] = kChecksumCharset[(c >> (5 * (7 - i))) & 31];
    return out;
}

util::Result<std::string_view> checkDescriptorChecksum(std::string_view text) {
    const size_t hash = text.find('#');
    const std::string_view body = text.substr(0, hash);
    auto expected = descriptorChecksum(body);
    if (!expected) return util::fail("descriptor has a character outside the descriptor character set");
    if (hash == std::string_view::npos) return body;
    const std::string_view given = text.substr(hash + 1);
    if (given.size() != kChecksumLength)
        return util::fail("descriptor checksum must be 8 characters, got " + std::to_string(given.size()));
    if (given != *expected) return util::fail("descriptor checksum mismatch");
    return body;
}

}  // namespace cairn::script
