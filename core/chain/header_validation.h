// SPDX-License-Identifier: MIT
#pragma once

#include "chain/params.h"
#include "chain/pow.h"
#include "primitives/block_header.h"
#include "primitives/hash_types.h"

#include <cstdint>
#include <string>

namespace cairn::chain {

/// Why a header (or a headers batch) was refused. Every value except None and the local ones (Storage,
/// TooManyUnpersisted) is the sender's fault: the net layer may score or ban the peer.
enum class HeaderError {
    None,
    BadTarget,             ///< bits decode negative, overflowing, zero or above the pow limit
    HighHash,              ///< hash above the target its bits claim
    WrongBits,             ///< bits differ from the retarget rules' expectation
    TimeTooOld,            ///< timestamp not after the median of the previous 11
    TimeTooNew,            ///< timestamp more than 2 hours in the future
    TimeWarp,              ///< BIP94: first header of a period more than 600 s before its parent
    BadVersion,            ///< version below 2/3/4 after the BIP34/66/65 heights
    CheckpointMismatch,    ///< a header at a checkpoint height with another hash
    ForkBeforeCheckpoint,  ///< a new branch forking below the last checkpoint on our chain
    NotConnecting,         ///< the first header's parent is unknown
    NotContinuous,         ///< a header in the batch does not build on the one before it
    BatchTooLarge,         ///< more than kMaxHeadersPerBatch headers
    TooManyUnpersisted,    ///< local limit: the low-work pool is full (not the peer's fault alone)
    Storage,               ///< local failure writing the store (never the peer's fault)
};

/// Stable identifier of the error, e.g. "high-hash" (Bitcoin Core's reject reasons where one exists).
const char* headerErrorCode(HeaderError error);
/// True when the error proves the sending peer misbehaved.
bool isPeerFault(HeaderError error);

/// Outcome of validating one header: error None, or the reason plus a one-sentence English message.
struct [[nodiscard]] HeaderCheck {
    HeaderError error = HeaderError::None;
    std::string message;
    bool ok() const { return error == HeaderError::None; }
    /// A failure with `message`.
    static HeaderCheck fail(HeaderError error, std::string message) { return {error, std::move(message)}; }
};

/// Seconds a header's timestamp may lie ahead of the local clock (Bitcoin Core MAX_FUTURE_BLOCK_TIME).
constexpr int64_t kMaxFutureBlockTime = 2 * 60 * 60;
/// BIP94: the first header of a period may be at most this many seconds older than its parent.
constexpr int64_t kMaxTimewarp = 600;

/// Context-free check: proof of work of `header` (whose hash is `hash`) against its own bits.
HeaderCheck checkHeaderProofOfWork(const primitives::BlockHeader& header, const primitives::BlockHash& hash,
                                   const ChainParams& params);

/// Full check of `header` (hash `hash`) as the child of the tip of `parentChain`, at local time `now`
/// (unix seconds): proof of work, expected bits, time > median-time-past, time <= now + 2 h, BIP94
/// time-warp rule, version minimums, and the checkpoint at its height. Fork-before-checkpoint is the
/// caller's (HeaderChain's) check, as it needs to know which chain is ours.
HeaderCheck checkHeader(const primitives::BlockHeader& header, const primitives::BlockHash& hash,
                        const ChainView& parentChain, const ChainParams& params, int64_t now);

}  // namespace cairn::chain
