// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/block.h"
#include "primitives/hash_types.h"
#include "util/bytes.h"

#include <optional>
#include <string>

namespace cairn::net {

/// Judges a basic filter a peer claims for block `blockHash` (filter hash `claimedHash`, as the peer sent it in
/// cfheaders) without the block's spent output scripts, which a light client cannot see. Returns the reason
/// when the filter is PROVEN wrong, nullopt when nothing proves it wrong. Proof (never accuses a correct filter):
///  (a) sha256d(encoded) differs from `claimedHash`; (b) `encoded` does not decode;
///  with `block` (null when it could not be downloaded; must be the block of `blockHash`):
///  (c) an output script (other than empty and OP_RETURN ones) does not match the filter;
///  (d) the element count N is below the number of distinct output scripts or above that plus the number of
///      spending inputs (N = |outputs ∪ spent scripts|);
///  (e) the block spends nothing (coinbase only) and the filter is not byte-identical to the one built locally.
std::optional<std::string> proveFilterWrong(const primitives::BlockHash& blockHash, const crypto::Hash256& claimedHash,
                                            ByteView encoded, const primitives::Block* block);

}  // namespace cairn::net
