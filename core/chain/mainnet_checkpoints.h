// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace cairn::chain {

/// A checkpoint as text: height and block hash in display hex.
struct CheckpointText {
    int height;
    const char* hash;
};

/// The last block of every mainnet difficulty period up to height 747935 (Electrum's checkpoint list).
const std::vector<CheckpointText>& electrumMainnetCheckpoints();

}  // namespace cairn::chain
