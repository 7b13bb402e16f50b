// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"

#include <cstdint>

namespace cairn::crypto {

/// SipHash-2-4 of the data under the 128-bit key (k0, k1), k0 being the first 8 key bytes read little-endian.
/// BIP158 uses it with the key taken from the first 16 bytes of the block hash.
uint64_t sipHash24(uint64_t k0, uint64_t k1, ByteView data);

}  // namespace cairn::crypto
