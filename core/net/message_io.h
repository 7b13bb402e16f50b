// SPDX-License-Identifier: MIT
#pragma once

// Reading helpers shared by the message codec files (internal to core/net).

#include "crypto/hash.h"
#include "primitives/serialize.h"
#include "util/result.h"

#include <cstdint>
#include <vector>

namespace cairn::net::detail {

/// A CompactSize count of at most `max` items that the remaining bytes can hold at `minItemSize` each;
/// fails (naming `what`) otherwise, before anything is allocated.
[[nodiscard]] util::Result<uint64_t> readCount(primitives::Reader& r, uint64_t max, size_t minItemSize, const char* what);
/// A count (at most `max`) followed by that many 32-byte hashes.
[[nodiscard]] util::Result<std::vector<crypto::Hash256>> readHashes(primitives::Reader& r, uint64_t max, const char* what);
/// Writes a count followed by the hashes.
void writeHashes(primitives::Writer& w, const std::vector<crypto::Hash256>& hashes);

}  // namespace cairn::net::detail
