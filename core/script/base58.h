// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace cairn::script {

/// Longest Base58 text the decoders accept by default (characters). Far above any key or address
/// (xprv: 111); bounds the quadratic decoding work.
constexpr size_t kMaxBase58Length = 1024;

/// Base58 (Bitcoin alphabet) text of the bytes; each leading zero byte becomes a leading '1'.
std::string base58Encode(ByteView data);
/// Decodes Base58 text (the empty string decodes to no bytes). Fails on a character outside the
/// alphabet (including any whitespace) or text longer than maxLength.
[[nodiscard]] util::Result<Bytes> base58Decode(std::string_view text, size_t maxLength = kMaxBase58Length);

/// Base58Check: the payload followed by the first 4 bytes of sha256d(payload), Base58-encoded.
std::string base58CheckEncode(ByteView payload);
/// Decodes Base58Check text and returns the payload without its checksum. Fails like base58Decode,
/// and when the data is shorter than the checksum or the checksum does not match.
[[nodiscard]] util::Result<Bytes> base58CheckDecode(std::string_view text, size_t maxLength = kMaxBase58Length);

}  // namespace cairn::script
