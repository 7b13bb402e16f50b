// SPDX-License-Identifier: MIT
#include "chain/pow.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cmath>

namespace cairn::chain {

using primitives::Uint256;

namespace {
// Consecutive headers almost always carry the same bits (they change once per 2016 headers on mainnet),
// so the decoded target and the work (a 256-bit division) are remembered for the last bits seen, per
// thread (the chain is used from one thread, tests may use several).
struct DecodedBits {
    uint32_t bits = 0;
    bool valid = false;  // false until the first decode
    Uint256::Compact compact;
    Uint256 work;
};

const DecodedBits& decode(uint32_t bits) {
    thread_local DecodedBits last;
    if (!last.valid || last.bits != bits) {
        last.bits = bits;
        last.compact = Uint256::fromCompact(bits);
        const Uint256::Compact& c = last.compact;
        last.work = (c.negative || c.overflow || c.target.isZero()) ? Uint256() : c.target.work();
        last.valid = true;
    }
    return last;
}
}  // namespace

PowStatus checkProofOfWork(const primitives::BlockHash& hash, uint32_t bits, const ChainParams& params) {
    const Uint256::Compact& c = decode(bits).compact;
    if (c.negative || c.overflow || c.target.isZero() || c.target > params.powLimit) return PowStatus::BadTarget;
    if (Uint256::fromLittleEndian(hash.bytes()) > c.target) return PowStatus::HashAboveTarget;
    return PowStatus::Ok;
}

Uint256 blockWork(uint32_t bits) { return decode(bits).work; }

uint32_t retargetBits(uint32_t baseBits, int64_t firstTime, int64_t lastTime, const ChainParams& params) {
    if (params.powNoRetargeting) return baseBits;
    int64_t actual = lastTime - firstTime;
    actual = std::clamp(actual, params.targetTimespan / 4, params.targetTimespan * 4);
    Uint256 target = Uint256::fromCompact(baseBits).target;
    // target * actual must not wrap: with actual < 2^23, a target below 2^233 is safe. Anything larger
    // is far above every network's powLimit (<= 2^255 on regtest, which never retargets) and is capped.
    if (target.bits() + 23 > 256) return params.powLimitBits;
    target *= static_cast<uint64_t>(actual);
    target /= Uint256(static_cast<uint64_t>(params.targetTimespan));
    if (target > params.powLimit) target = params.powLimit;
    return target.toCompact();
}

uint32_t nextWorkRequired(const ChainView& chain, uint32_t newTime, const ChainParams& params) {
    const int tip = chain.tipHeight();
    const int64_t interval = params.difficultyAdjustmentInterval();
    // Regtest: bits never change. (Core applies the min-difficulty walk below on regtest too, but on a
    // valid regtest chain every header carries the genesis bits = the pow limit, so the walk always
    // ends where this shortcut does, without scanning back up to 2015 headers per header.)
    if (params.powNoRetargeting) return chain.bitsAt(tip);
    if ((tip + 1) % interval != 0) {
        if (params.powAllowMinDifficultyBlocks) {
            // Testnet: a header more than 20 minutes after its parent may use the minimum difficulty.
            if (static_cast<int64_t>(newTime) > static_cast<int64_t>(chain.timeAt(tip)) + params.targetSpacing * 2)
                return params.powLimitBits;
            // Otherwise the last header that was not a min-difficulty exception sets the bits (walking
            // back no further than the start of the period).
            int h = tip;
            while (h > 0 && h % interval != 0 && chain.bitsAt(h) == params.powLimitBits) --h;
            return chain.bitsAt(h);
        }
        return chain.bitsAt(tip);
    }
    // Bitcoin's original off-by-one: the first header of the period is 2015 (not 2016) blocks back.
    const int first = tip - static_cast<int>(interval - 1);
    const uint32_t baseBits = params.enforceBip94 ? chain.bitsAt(first) : chain.bitsAt(tip);
    return retargetBits(baseBits, chain.timeAt(first), chain.timeAt(tip), params);
}

int64_t medianTimePast(const ChainView& chain) {
    std::array<int64_t, 11> times{};
    size_t n = 0;
    for (int h = chain.tipHeight(); h >= 0 && n < times.size(); --h) times[n++] = chain.timeAt(h);
    std::sort(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(n));
    return times[n / 2];
}

double difficultyFromBits(uint32_t bits) {
    // Same arithmetic as Bitcoin Core's GetDifficulty: scale the mantissa against 0xffff at exponent 29.
    int shift = static_cast<int>((bits >> 24) & 0xff);
    double diff = static_cast<double>(0x0000ffff) / static_cast<double>(bits & 0x00ffffff);
    while (shift < 29) {
        diff *= 256.0;
        ++shift;
    }
    while (shift > 29) {
        diff /= 256.0;
        --shift;
    }
    return diff;
}

}  // namespace cairn::chain
