// SPDX-License-Identifier: MIT
#include "script/bech32.h"

#include <array>
#include <cassert>

namespace cairn::script {
namespace {
constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr size_t kChecksumLength = 6;
constexpr uint32_t kBech32Const = 1;
constexpr uint32_t kBech32mConst = 0x2bc830a3;

constexpr std::array<int8_t, 128> makeCharsetTable() {
    std::array<int8_t, 128> table{};
    for (auto& v : table) v = -1;
    for (int i = 0; i < 32; ++i) table[static_cast<uint8_t>(kCharset[i])] = static_cast<int8_t>(i);
    return table;
}
constexpr std::array<int8_t, 128> kCharsetRev = makeCharsetTable();

uint32_t polymodStep(uint32_t chk, uint8_t value) {
    constexpr uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    const uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (int i = 0; i < 5; ++i)
        if ((top >> i) & 1) chk ^= kGen[i];
    return chk;
}

// The BCH checksum state over the expanded HRP followed by the values.
uint32_t polymod(std::string_view hrp, ByteView values) {
    uint32_t chk = 1;
    for (char c : hrp) chk = polymodStep(chk, static_cast<uint8_t>(static_cast<uint8_t>(c) >> 5));
    chk = polymodStep(chk, 0);
    for (char c : hrp) chk = polymodStep(chk, static_cast<uint8_t>(c & 31));
    for (uint8_t v : values) chk = polymodStep(chk, v);
    return chk;
}

uint32_t encodingConstant(Bech32Encoding encoding) {
    return encoding == Bech32Encoding::Bech32 ? kBech32Const : kBech32mConst;
}

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
char toLower(char c) { return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

const char* encodingName(Bech32Encoding encoding) {
    return encoding == Bech32Encoding::Bech32 ? "bech32" : "bech32m";
}
}  // namespace

std::string bech32Encode(Bech32Encoding encoding, std::string_view hrp, ByteView values) {
    assert(!hrp.empty() && hrp.size() <= 83);
    Bytes all(values.begin(), values.end());
    all.resize(values.size() + kChecksumLength, 0);
    const uint32_t mod = polymod(hrp, all) ^ encodingConstant(encoding);
    std::string out(hrp);
    out.push_back('1');
    for (uint8_t v : values) {
        assert(v < 32);
        out.push_back(kCharset[v]);
    }
    for (size_t i = 0; i < kChecksumLength; ++i) out.push_back(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return out;
}

util::Result<Bech32Data> bech32Decode(std::string_view text) {
    if (text.size() > kBech32MaxLength)
        return util::fail("bech32 string is too long (" + std::to_string(text.size()) + " characters, at most 90)");
    bool lower = false;
    bool upper = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 33 || c > 126) return util::fail("bech32 string has an invalid character at position " + std::to_string(i));
        lower |= isLower(text[i]);
        upper |= isUpper(text[i]);
    }
    if (lower && upper) return util::fail("bech32 string mixes upper and lower case");
    const size_t sep = text.rfind('1');
    if (sep == std::string_view::npos) return util::fail("bech32 string has no separator '1'");
    if (sep == 0) return util::fail("bech32 string has an empty human-readable part");
    if (text.size() - sep - 1 < kChecksumLength) return util::fail("bech32 checksum is too short");

    Bech32Data out;
    out.hrp.reserve(sep);
    for (size_t i = 0; i < sep; ++i) out.hrp.push_back(toLower(text[i]));
    Bytes values;
    values.reserve(text.size() - sep - 1);
    for (size_t i = sep + 1; i < text.size(); ++i) {
        const int v = kCharsetRev[static_cast<uint8_t>(toLower(text[i]))];
        if (v < 0) return util::fail("bech32 data part has an invalid character at position " + std::to_string(i));
        values.push_back(static_cast<uint8_t>(v));
    }
    const uint32_t mod = polymod(out.hrp, values);
    if (mod == kBech32Const) {
        out.encoding = Bech32Encoding::Bech32;
    } else if (mod == kBech32mConst) {
        out.encoding = Bech32Encoding::Bech32m;
    } else {
        return util::fail("bech32 checksum mismatch");
    }
    values.resize(values.size() - kChecksumLength);
    out.values = std::move(values);
    return out;
}

util::Result<Bytes> convertBits(ByteView in, int fromBits, int toBits, bool pad) {
    assert(fromBits > 0 && fromBits <= 8 && toBits > 0 && toBits <= 8);
    const uint32_t maxOut = (1u << toBits) - 1;
    uint32_t acc = 0;
    int bits = 0;
    Bytes out;
    out.reserve(in.size() * static_cast<size_t>(fromBits) / static_cast<size_t>(toBits) + 1);
    for (uint8_t v : in) {
        if ((v >> fromBits) != 0) return util::fail("value out of range for bit conversion");
        acc = ((acc << fromBits) | v) & 0xffffff;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out.push_back(static_cast<uint8_t>((acc >> bits) & maxOut));
        }
    }
    if (pad) {
        if (bits > 0) out.push_back(static_cast<uint8_t>((acc << (toBits - bits)) & maxOut));
    } else if (bits >= fromBits) {
        return util::fail("more than " + std::to_string(fromBits - 1) + " bits of padding");
    } else if (((acc << (toBits - bits)) & maxOut) != 0) {
        return util::fail("non-zero padding bits");
    }
    return out;
}

namespace {
util::Result<void> checkProgram(int version, size_t size) {
    if (version < 0 || version > 16) return util::fail("invalid witness version " + std::to_string(version));
    if (size < 2 || size > 40)
        return util::fail("invalid witness program length (" + std::to_string(size) + " bytes, must be 2 to 40)");
    if (version == 0 && size != 20 && size != 32)
        return util::fail("invalid witness v0 program length (" + std::to_string(size) + " bytes, must be 20 or 32)");
    return {};
}
}  // namespace

util::Result<std::string> encodeSegwitAddress(std::string_view hrp, int version, ByteView program) {
    if (auto ok = checkProgram(version, program.size()); !ok) return ok.error();
    Bytes values{static_cast<uint8_t>(version)};
    auto data = convertBits(program, 8, 5, true);
    assert(data.ok());  // 8 -> 5 with padding cannot fail
    values.insert(values.end(), data->begin(), data->end());
    return bech32Encode(version == 0 ? Bech32Encoding::Bech32 : Bech32Encoding::Bech32m, hrp, values);
}

util::Result<SegwitProgram> decodeSegwitAddress(std::string_view address) {
    auto decoded = bech32Decode(address);
    if (!decoded) return decoded.error();
    if (decoded->values.empty()) return util::fail("segwit address has an empty data part");
    SegwitProgram out;
    out.hrp = std::move(decoded->hrp);
    out.version = decoded->values[0];
    if (out.version > 16) return util::fail("invalid witness version " + std::to_string(out.version));
    const Bech32Encoding expected = out.version == 0 ? Bech32Encoding::Bech32 : Bech32Encoding::Bech32m;
    if (decoded->encoding != expected)
        return util::fail(std::string("witness v") + std::to_string(out.version) + " address must use " +
                          encodingName(expected) + ", not " + encodingName(decoded->encoding));
    auto program = convertBits(ByteView(decoded->values).subspan(1), 5, 8, false);
    if (!program) return util::fail("invalid witness program: " + program.message());
    if (auto ok = checkProgram(out.version, program->size()); !ok) return ok.error();
    out.program = std::move(program.value());
    return out;
}

}  // namespace cairn::script
