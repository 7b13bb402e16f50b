// SPDX-License-Identifier: MIT
#pragma once

#include "chain/params.h"
#include "primitives/hash_types.h"
#include "primitives/uint256.h"

#include <cstdint>

namespace cairn::chain {

/// Read access to one chain of headers, from genesis (height 0) to its tip: the ancestors of a header
/// being validated. Implemented by HeaderChain over its in-memory index and by tests over plain vectors.
class ChainView {
public:
    virtual ~ChainView() = default;
    /// Height of the last header of this chain (>= 0).
    virtual int tipHeight() const = 0;
    /// Compact target of the header at `height` (0 <= height <= tipHeight()).
    virtual uint32_t bitsAt(int height) const = 0;
    /// Timestamp of the header at `height` (0 <= height <= tipHeight()).
    virtual uint32_t timeAt(int height) const = 0;
};

/// How a header's own proof of work failed, if it did.
enum class PowStatus { Ok, BadTarget, HashAboveTarget };

/// Checks `hash` against `bits`: the target must decode without sign or overflow, be non-zero and not
/// exceed params.powLimit (BadTarget), and the hash, read as a little-endian number, must be <= target.
PowStatus checkProofOfWork(const primitives::BlockHash& hash, uint32_t bits, const ChainParams& params);

/// Work represented by one header with `bits` (2^256 / (target + 1)); zero for an invalid target.
primitives::Uint256 blockWork(uint32_t bits);

/// The compact target the header after the tip of `chain` must carry, given its timestamp `newTime`.
/// Implements Bitcoin Core's GetNextWorkRequired: 2016-block retarget (with the original off-by-one:
/// the period's timespan is measured over 2015 intervals), 4x clamp, powLimit cap; testnet 20-minute
/// min-difficulty rule with the walk back to the last non-min-difficulty header; BIP94 (retarget from
/// the period's first header's bits); regtest keeps the previous bits.
uint32_t nextWorkRequired(const ChainView& chain, uint32_t newTime, const ChainParams& params);

/// The retarget formula alone: `baseBits` scaled by (lastTime - firstTime) clamped to
/// [timespan/4, timespan*4], divided by the timespan, capped at powLimit. Returns baseBits unchanged
/// when params.powNoRetargeting.
uint32_t retargetBits(uint32_t baseBits, int64_t firstTime, int64_t lastTime, const ChainParams& params);

/// Median of the timestamps of the last 11 headers of `chain` (fewer near genesis).
int64_t medianTimePast(const ChainView& chain);

/// Difficulty as a floating-point multiple of the difficulty-1 target (0x1d00ffff), as block explorers show it.
double difficultyFromBits(uint32_t bits);

}  // namespace cairn::chain
