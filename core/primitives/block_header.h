// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/hash_types.h"
#include "primitives/serialize.h"
#include "primitives/uint256.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>

namespace cairn::primitives {

/// The 80-byte block header.
class BlockHeader {
public:
    static constexpr size_t kSize = 80;

    int32_t version = 0;
    BlockHash prevBlock;
    crypto::Hash256 merkleRoot{};  ///< internal byte order
    uint32_t time = 0;
    uint32_t bits = 0;
    uint32_t nonce = 0;

    /// Parses exactly 80 bytes; fails on any other length.
    [[nodiscard]] static util::Result<BlockHeader> parse(ByteView data);
    /// Reads 80 bytes from `reader`.
    [[nodiscard]] static util::Result<BlockHeader> read(Reader& reader);
    /// The 80-byte serialisation.
    Bytes serialize() const;
    void write(Writer& w) const;

    /// sha256d of the 80 bytes.
    BlockHash hash() const;
    /// The target encoded by `bits`, with its negative/overflow flags.
    Uint256::Compact target() const { return Uint256::fromCompact(bits); }
    /// True when the target decodes cleanly (not negative, no overflow, non-zero, <= powLimit) and hash() <= target.
    bool checkProofOfWork(const Uint256& powLimit) const;

    bool operator==(const BlockHeader&) const = default;
};

}  // namespace cairn::primitives
