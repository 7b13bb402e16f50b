// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace cairn::script {

/// The two checksum variants: BIP173 bech32 (witness v0) and BIP350 bech32m (witness v1+).
enum class Bech32Encoding { Bech32, Bech32m };

/// Longest bech32 string BIP173 allows (HRP + '1' + data + 6 checksum characters).
constexpr size_t kBech32MaxLength = 90;

/// A decoded bech32/bech32m string: the lower-case HRP and the data part as 5-bit values (no checksum).
struct Bech32Data {
    Bech32Encoding encoding = Bech32Encoding::Bech32;
    std::string hrp;
    Bytes values;
};

/// Encodes a lower-case HRP (1..83 printable ASCII characters) and 5-bit values (each < 32) with the
/// chosen checksum. Passing an invalid HRP or a value >= 32 is a programmer bug (asserts).
std::string bech32Encode(Bech32Encoding encoding, std::string_view hrp, ByteView values);
/// Decodes a bech32 or bech32m string, telling which checksum matched. Fails on mixed case, a length over
/// kBech32MaxLength, an HRP character outside 33..126, an empty HRP, no separator, a checksum under
/// 6 characters, a character outside the data alphabet, or a checksum that matches neither variant.
[[nodiscard]] util::Result<Bech32Data> bech32Decode(std::string_view text);

/// Regroups bits, e.g. 8 -> 5 (pad = true pads the last group with zeros) or 5 -> 8 (pad = false:
/// fails when more than 4 padding bits are left or when they are not zero).
[[nodiscard]] util::Result<Bytes> convertBits(ByteView in, int fromBits, int toBits, bool pad);

/// A segregated-witness output program as carried by a BIP173/BIP350 address.
struct SegwitProgram {
    std::string hrp;  ///< lower case, e.g. "bc"
    int version = 0;  ///< 0..16
    Bytes program;    ///< 2..40 bytes; 20 or 32 for version 0
};

/// Encodes a segwit address (bech32 for v0, bech32m for v1..16, lower case). Fails when the version or
/// the program length is invalid (v0: 20 or 32 bytes; any: 2..40 bytes).
[[nodiscard]] util::Result<std::string> encodeSegwitAddress(std::string_view hrp, int version, ByteView program);
/// Decodes a segwit address with any HRP (callers check the HRP against their network). Fails on any
/// bech32 error, a version above 16, the wrong checksum variant for the version, bad padding, or an
/// invalid program length.
[[nodiscard]] util::Result<SegwitProgram> decodeSegwitAddress(std::string_view address);

}  // namespace cairn::script
