// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <string>
#include <string_view>

namespace cairn::util {

/// Lower-case hex of the bytes, in the order given.
std::string toHex(ByteView bytes);
/// Lower-case hex of the bytes in reverse order (display order of txids and block hashes).
std::string toHexReversed(ByteView bytes);
/// Parses hex (either case, no prefix, no spaces). Fails on odd length or a non-hex character.
Result<Bytes> fromHex(std::string_view hex);
/// True when the text is non-empty, even-length hex.
bool isHex(std::string_view hex);

}  // namespace cairn::util
