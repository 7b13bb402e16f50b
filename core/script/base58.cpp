// SPDX-License-Identifier: MIT
#include "script/base58.h"

#include "crypto/hash.h"
#include "util/secure_bytes.h"

#include <algorithm>
#include <array>

namespace cairn::script {
namespace {
constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr size_t kChecksumSize = 4;

// Reverse lookup: character -> digit value, -1 for characters outside the alphabet.
constexpr std::array<int8_t, 256> makeDigitTable() {
    std::array<int8_t, 256> table{};
    for (auto& v : table) v = -1;
    for (int i = 0; i < 58; ++i) table[static_cast<uint8_t>(kAlphabet[i])] = static_cast<int8_t>(i);
    return table;
}
constexpr std::array<int8_t, 256> kDigits = makeDigitTable();
}  // namespace

std::string base58Encode(ByteView data) {
    size_t zeros = 0;
    while (zeros < data.size() && data[zeros] == 0) ++zeros;
    // Base-58 digits, least significant first; log(256)/log(58) < 1.37.
    std::vector<uint8_t> digits;
    digits.reserve((data.size() - zeros) * 137 / 100 + 1);
    for (size_t i = zeros; i < data.size(); ++i) {
        uint32_t carry = data[i];
        for (uint8_t& d : digits) {
            carry += static_cast<uint32_t>(d) << 8;
            d = static_cast<uint8_t>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<uint8_t>(carry % 58));
            carry /= 58;
        }
    }
    std::string out(zeros, '1');
    out.reserve(zeros + digits.size());
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) out.push_back(kAlphabet[*it]);
    // The input may be a secret (WIF, xprv): leave no copy of it in freed memory.
    util::secureWipe(digits.data(), digits.size());
    return out;
}

util::Result<Bytes> base58Decode(std::string_view text, size_t maxLength) {
    if (text.size() > maxLength)
        return util::fail("base58 string is too long (" + std::to_string(text.size()) + " characters, at most " +
                          std::to_string(maxLength) + ")");
    size_t ones = 0;
    while (ones < text.size() && text[ones] == '1') ++ones;
    // Base-256 bytes, least significant first; log(58)/log(256) < 0.74.
    std::vector<uint8_t> bytes;
    bytes.reserve((text.size() - ones) * 74 / 100 + 1);
    for (size_t i = ones; i < text.size(); ++i) {
        const int digit = kDigits[static_cast<uint8_t>(text[i])];
        if (digit < 0) return util::fail("invalid base58 character at position " + std::to_string(i));
        uint32_t carry = static_cast<uint32_t>(digit);
        for (uint8_t& b : bytes) {
            carry += static_cast<uint32_t>(b) * 58;
            b = static_cast<uint8_t>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<uint8_t>(carry & 0xff));
            carry >>= 8;
        }
    }
    Bytes out;
    out.reserve(ones + bytes.size());  // no reallocation leaving a stray copy behind
    out.assign(ones, 0);
    out.insert(out.end(), bytes.rbegin(), bytes.rend());
    util::secureWipe(bytes.data(), bytes.size());  // may be a secret (WIF, xprv)
    return out;
}

std::string base58CheckEncode(ByteView payload) {
    Bytes data;
    data.reserve(payload.size() + kChecksumSize);
    data.assign(payload.begin(), payload.end());
    const crypto::Hash256 check = crypto::sha256d(payload);
    data.insert(data.end(), check.begin(), check.begin() + kChecksumSize);
    std::string out = base58Encode(data);
    util::secureWipe(data.data(), data.size());  // may be a secret
    return out;
}

util::Result<Bytes> base58CheckDecode(std::string_view text, size_t maxLength) {
    auto raw = base58Decode(text, maxLength);
    if (!raw) return raw.error();
    Bytes& data = raw.value();
    if (data.size() < kChecksumSize) return util::fail("base58check data is too short for a checksum");
    const size_t payloadSize = data.size() - kChecksumSize;
    const crypto::Hash256 check = crypto::sha256d(ByteView(data.data(), payloadSize));
    if (!std::equal(check.begin(), check.begin() + kChecksumSize, data.begin() + static_cast<ptrdiff_t>(payloadSize)))
        return util::fail("base58check checksum mismatch");
    data.resize(payloadSize);
    return std::move(data);
}

}  // namespace cairn::script
