// SPDX-License-Identifier: MIT
#pragma once

// Conversions from core types to the plain value structs of node_types.h (service layer internal).

#include "chain/header_chain.h"
#include "chain/merkle_block.h"
#include "net/connection.h"
#include "primitives/block.h"
#include "service/node_types.h"

#include <optional>

namespace cairn::service {

/// HeaderInfo of a known header; nullopt when the chain does not know `hash`.
std::optional<HeaderInfo> headerInfoFor(const chain::HeaderChain& chain, const primitives::BlockHash& hash);
/// TxInfo of a transaction (addresses on `network`); block placement left unset.
TxInfo txInfoFor(const primitives::Transaction& tx, Network network);
/// BlockInfo of a fetched block whose header the chain knows.
BlockInfo blockInfoFor(const chain::HeaderChain& chain, const primitives::Block& block);
/// MerkleProofInfo for `txid` from a merkleblock, verified against the chain's validated header.
MerkleProofInfo proofInfoFor(const chain::HeaderChain& chain, const chain::MerkleBlock& mb, const primitives::Txid& txid);
/// The Merkle branch of leaf `index` in a BIP37 partial tree that extract() accepted: sibling hashes
/// from the leaf up, display hex. Empty when the tree does not reveal that leaf's path.
QStringList branchFromPartialTree(const chain::PartialMerkleTree& tree, uint32_t index);
/// PeerInfo of a connection.
PeerInfo peerInfoFor(const net::Connection& c);

}  // namespace cairn::service
