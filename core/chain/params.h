// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/block_header.h"
#include "primitives/hash_types.h"
#include "primitives/uint256.h"
#include "util/bytes.h"
#include "util/network.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cairn::chain {

/// A block hash the chain at `height` must have. Headers at that height with another hash are rejected,
/// and so is any new branch forking below the highest checkpoint already on our chain.
struct Checkpoint {
    int height = 0;
    primitives::BlockHash hash;
};

/// A hard-coded peer address used when DNS seeding fails.
struct FixedSeed {
    std::string host;  ///< IPv4 literal
    uint16_t port = 0;
};

/// Consensus and network parameters of one Bitcoin network (the header-relevant subset of Bitcoin
/// Core's CChainParams). Obtain them with chainParams(); they are immutable and live for the program.
struct ChainParams {
    Network network = Network::Main;
    std::array<uint8_t, 4> messageStart{};  ///< P2P magic, in wire order
    uint16_t defaultPort = 0;

    primitives::BlockHeader genesisHeader;
    primitives::BlockHash genesisHash;  ///< the expected hash of genesisHeader (tests recompute it)

    std::vector<std::string> dnsSeeds;
    std::vector<FixedSeed> fixedSeeds;
    std::vector<Checkpoint> checkpoints;  ///< ascending by height
    primitives::Uint256 minimumChainWork;  ///< a chain with less total work is never persisted (see HeaderChain)

    int bip34Height = 0;  ///< version >= 2 required from this height
    int bip66Height = 0;  ///< version >= 3 required from this height
    int bip65Height = 0;  ///< version >= 4 required from this height

    primitives::Uint256 powLimit;  ///< easiest allowed target
    uint32_t powLimitBits = 0;     ///< powLimit in compact form (what min-difficulty blocks carry)
    int64_t targetSpacing = 600;     ///< seconds per block
    int64_t targetTimespan = 1209600;  ///< seconds per retarget period (two weeks)
    bool powAllowMinDifficultyBlocks = false;  ///< testnet 20-minute rule
    bool enforceBip94 = false;                 ///< testnet4: first-block bits for retarget + time-warp rule
    bool powNoRetargeting = false;             ///< regtest: bits never change
    /// Signet block challenge script. Cairn validates signet headers by proof of work only: the
    /// challenge is checked against the coinbase's signet solution, which needs the full block.
    Bytes signetChallenge;

    /// Blocks per retarget period (2016).
    int64_t difficultyAdjustmentInterval() const { return targetTimespan / targetSpacing; }
    /// The checkpoint with the highest height, or nullptr when the network has none.
    const Checkpoint* lastCheckpoint() const { return checkpoints.empty() ? nullptr : &checkpoints.back(); }
    /// The checkpoint at exactly `height`, or nullptr.
    const Checkpoint* checkpointAt(int height) const;
};

/// The parameters of `network`.
const ChainParams& chainParams(Network network);

}  // namespace cairn::chain
