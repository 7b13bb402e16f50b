// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "primitives/block_header.h"
#include "primitives/merkle.h"
#include "primitives/transaction.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace cairn::primitives {

/// A full block: header and transactions.
class Block {
public:
    BlockHeader header;
    std::vector<Transaction> transactions;

    /// Parses exactly one block occupying all of `data`: header, at least one transaction, no trailing
    /// bytes, at most kMaxBlockSerializedSize bytes. Structure only: call checkMerkleRoot() and
    /// checkWitnessCommitment() to tie the transactions to the header.
    [[nodiscard]] static util::Result<Block> parse(ByteView data);
    /// Full serialisation (witness included where present).
    Bytes serialize() const;

    /// Block hash (of the header).
    BlockHash hash() const { return header.hash(); }
    /// Merkle root of the txids, with the CVE-2012-2459 mutation flag.
    MerkleRoot computeMerkleRoot() const;
    /// BIP141 witness root: Merkle root of the wtxids with the coinbase's replaced by zero.
    crypto::Hash256 computeWitnessMerkleRoot() const;
    /// Fails when the computed root differs from header.merkleRoot or the tx list is mutated.
    [[nodiscard]] util::Result<void> checkMerkleRoot() const;
    /// Index of the coinbase output carrying the BIP141 witness commitment (the last output whose
    /// scriptPubKey is at least 38 bytes and starts 6a 24 aa 21 a9 ed), if any.
    std::optional<size_t> witnessCommitmentIndex() const;
    /// BIP141 check: with a commitment, the coinbase witness must be one 32-byte reserved value and
    /// sha256d(witness root || reserved) must equal the committed hash; without one, no tx may have a
    /// witness. Fails with the reason otherwise.
    [[nodiscard]] util::Result<void> checkWitnessCommitment() const;

    /// Serialised size in bytes (with witnesses).
    size_t size() const;
    /// Serialised size without witnesses.
    size_t strippedSize() const;
    /// BIP141 weight: strippedSize × 3 + size.
    size_t weight() const;
};

}  // namespace cairn::primitives
