// SPDX-License-Identifier: MIT
#include "chain/header_validation.h"

#include <cstdio>

namespace cairn::chain {
namespace {
std::string hex32(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%08x", v);
    return buf;
}
}  // namespace

const char* headerErrorCode(HeaderError error) {
    switch (error) {
    case HeaderError::None: return "ok";
    case HeaderError::BadTarget: return "bad-target";
    case HeaderError::HighHash: return "high-hash";
    case HeaderError::WrongBits: return "bad-diffbits";
    case HeaderError::TimeTooOld: return "time-too-old";
    case HeaderError::TimeTooNew: return "time-too-new";
    case HeaderError::TimeWarp: return "time-timewarp-attack";
    case HeaderError::BadVersion: return "bad-version";
    case HeaderError::CheckpointMismatch: return "checkpoint-mismatch";
    case HeaderError::ForkBeforeCheckpoint: return "bad-fork-prior-to-checkpoint";
    case HeaderError::NotConnecting: return "headers-not-connecting";
    case HeaderError::NotContinuous: return "headers-not-continuous";
    case HeaderError::BatchTooLarge: return "headers-batch-too-large";
    case HeaderError::TooManyUnpersisted: return "low-work-pool-full";
    case HeaderError::Storage: return "storage-error";
    }
    return "unknown";
}

bool isPeerFault(HeaderError error) {
    switch (error) {
    case HeaderError::None:
    case HeaderError::TooManyUnpersisted:
    case HeaderError::Storage:
        return false;
    // An unknown parent is often just a race (a new block announced before we synced); the net layer
    // decides how many it tolerates, but it is still the sender's data that does not fit.
    default:
        return true;
    }
}

HeaderCheck checkHeaderProofOfWork(const primitives::BlockHeader& header, const primitives::BlockHash& hash,
                                   const ChainParams& params) {
    switch (checkProofOfWork(hash, header.bits, params)) {
    case PowStatus::Ok: return {};
    case PowStatus::BadTarget:
        return HeaderCheck::fail(HeaderError::BadTarget, "header " + hash.toHex() + " has an invalid target (bits " +
                                                             hex32(header.bits) + ")");
    case PowStatus::HashAboveTarget:
        return HeaderCheck::fail(HeaderError::HighHash, "header " + hash.toHex() +
                                                            " does not meet the proof of work its bits claim");
    }
    return {};
}

HeaderCheck checkHeader(const primitives::BlockHeader& header, const primitives::BlockHash& hash,
                        const ChainView& parentChain, const ChainParams& params, int64_t now) {
    const int height = parentChain.tipHeight() + 1;
    // Messages are only built on failure: this runs for every header of a sync.
    auto where = [height] { return " at height " + std::to_string(height); };

    if (const Checkpoint* cp = params.checkpointAt(height); cp && cp->hash != hash)
        return HeaderCheck::fail(HeaderError::CheckpointMismatch,
                                 "header " + hash.toHex() + where() + " contradicts checkpoint " + cp->hash.toHex());

    if (auto pow = checkHeaderProofOfWork(header, hash, params); !pow.ok()) return pow;

    const uint32_t expected = nextWorkRequired(parentChain, header.time, params);
    if (header.bits != expected)
        return HeaderCheck::fail(HeaderError::WrongBits, "header " + hash.toHex() + where() + " has bits " +
                                                             hex32(header.bits) + ", expected " + hex32(expected));

    const int64_t mtp = medianTimePast(parentChain);
    if (static_cast<int64_t>(header.time) <= mtp)
        return HeaderCheck::fail(HeaderError::TimeTooOld, "header " + hash.toHex() + where() + " has time " +
                                                              std::to_string(header.time) +
                                                              ", not after the median time past " + std::to_string(mtp));
    if (static_cast<int64_t>(header.time) > now + kMaxFutureBlockTime)
        return HeaderCheck::fail(HeaderError::TimeTooNew, "header " + hash.toHex() + where() + " has time " +
                                                              std::to_string(header.time) +
                                                              ", more than 2 hours in the future");
    if (params.enforceBip94 && height % params.difficultyAdjustmentInterval() == 0) {
        const int64_t parentTime = parentChain.timeAt(parentChain.tipHeight());
        if (static_cast<int64_t>(header.time) < parentTime - kMaxTimewarp)
            return HeaderCheck::fail(HeaderError::TimeWarp,
                                     "header " + hash.toHex() + where() + " starts a difficulty period more than 600 s "
                                                                        "before its parent (BIP94 time-warp rule)");
    }

    const bool oldVersion = (header.version < 2 && height >= params.bip34Height) ||
                            (header.version < 3 && height >= params.bip66Height) ||
                            (header.version < 4 && height >= params.bip65Height);
    if (oldVersion)
        return HeaderCheck::fail(HeaderError::BadVersion, "header " + hash.toHex() + where() + " has version " +
                                                              std::to_string(header.version) +
                                                              ", too old after the BIP34/66/65 activation heights");
    return {};
}

}  // namespace cairn::chain
