// SPDX-License-Identifier: MIT
#include "primitives/block.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace cairn::primitives {
namespace {
// Smallest serialised transaction: version (4), input count (1), output count (1), lock time (4).
constexpr size_t kMinTxSize = 10;
// A witness commitment output script: OP_RETURN, push 36, the tag aa21a9ed, then the 32-byte hash.
constexpr uint8_t kCommitmentPrefix[] = {0x6a, 0x24, 0xaa, 0x21, 0xa9, 0xed};
constexpr size_t kCommitmentScriptMin = 38;
}  // namespace

util::Result<Block> Block::parse(ByteView data) {
    if (data.size() > kMaxBlockSerializedSize) {
        return util::fail("block of " + std::to_string(data.size()) + " bytes exceeds the maximum block size");
    }
    Reader r(data);
    Block block;
    CAIRN_TRY_ASSIGN(header, BlockHeader::read(r));
    block.header = header;
    const size_t countOffset = r.offset();
    CAIRN_TRY_ASSIGN(count, r.compactSize());
    if (count == 0) return util::fail("block has no transactions");
    if (count > r.remaining() / kMinTxSize) {
        return util::fail("transaction count " + std::to_string(count) + " at offset " + std::to_string(countOffset) +
                          " cannot fit in the remaining " + std::to_string(r.remaining()) + " bytes");
    }
    block.transactions.reserve(static_cast<size_t>(count));
    for (uint64_t i = 0; i < count; ++i) {
        auto tx = Transaction::read(r);
        if (!tx.ok()) return util::fail("transaction " + std::to_string(i) + ": " + tx.message());
        block.transactions.push_back(std::move(tx).value());
    }
    CAIRN_TRY(r.expectEnd("the block"));
    return block;
}

Bytes Block::serialize() const {
    Writer w(size());
    header.write(w);
    w.compactSize(transactions.size());
    for (const Transaction& tx : transactions) tx.write(w, true);
    return w.take();
}

MerkleRoot Block::computeMerkleRoot() const {
    std::vector<crypto::Hash256> leaves;
    leaves.reserve(transactions.size());
    for (const Transaction& tx : transactions) leaves.push_back(tx.txid().bytes());
    return primitives::computeMerkleRoot(std::move(leaves));
}

crypto::Hash256 Block::computeWitnessMerkleRoot() const {
    std::vector<crypto::Hash256> leaves;
    leaves.reserve(transactions.size());
    for (size_t i = 0; i < transactions.size(); ++i) {
        // The coinbase cannot commit to its own wtxid, so BIP141 uses zero in its place.
        leaves.push_back(i == 0 ? crypto::Hash256{} : transactions[i].wtxid().bytes());
    }
    return primitives::computeMerkleRoot(std::move(leaves)).root;
}

util::Result<void> Block::checkMerkleRoot() const {
    const MerkleRoot m = computeMerkleRoot();
    if (m.root != header.merkleRoot) return util::fail("merkle root of the transactions does not match the header");
    if (m.mutated) return util::fail("transaction list is mutated (duplicate transactions give the same merkle root)");
    return {};
}

std::optional<size_t> Block::witnessCommitmentIndex() const {
    if (transactions.empty()) return std::nullopt;
    const std::vector<TxOut>& outs = transactions[0].outputs;
    for (size_t i = outs.size(); i-- > 0;) {
        const Bytes& spk = outs[i].scriptPubKey;
        if (spk.size() >= kCommitmentScriptMin &&
            std::equal(std::begin(kCommitmentPrefix), std::end(kCommitmentPrefix), spk.begin())) {
            return i;
        }
    }
    return std::nullopt;
}

util::Result<void> Block::checkWitnessCommitment() const {
    const std::optional<size_t> index = witnessCommitmentIndex();
    if (!index) {
        for (size_t i = 0; i < transactions.size(); ++i) {
            if (transactions[i].hasWitness()) {
                return util::fail("transaction " + std::to_string(i) +
                                  " has a witness but the block has no witness commitment");
            }
        }
        return {};
    }
    if (transactions[0].inputs.empty()) return util::fail("coinbase has no input to carry the witness reserved value");
    const std::vector<Bytes>& reserved = transactions[0].inputs[0].witness;
    if (reserved.size() != 1 || reserved[0].size() != 32) {
        return util::fail("coinbase witness must be exactly one 32-byte reserved value");
    }
    uint8_t buf[64];
    const crypto::Hash256 root = computeWitnessMerkleRoot();
    std::memcpy(buf, root.data(), 32);
    std::memcpy(buf + 32, reserved[0].data(), 32);
    const crypto::Hash256 expected = crypto::sha256d(ByteView(buf, sizeof(buf)));
    const Bytes& spk = transactions[0].outputs[*index].scriptPubKey;
    if (!std::equal(expected.begin(), expected.end(), spk.begin() + sizeof(kCommitmentPrefix))) {
        return util::fail("witness commitment does not match the witness merkle root");
    }
    return {};
}

size_t Block::size() const {
    size_t n = BlockHeader::kSize + compactSizeLength(transactions.size());
    for (const Transaction& tx : transactions) n += tx.size();
    return n;
}

size_t Block::strippedSize() const {
    size_t n = BlockHeader::kSize + compactSizeLength(transactions.size());
    for (const Transaction& tx : transactions) n += tx.strippedSize();
    return n;
}

size_t Block::weight() const { return strippedSize() * (kWitnessScaleFactor - 1) + size(); }

}  // namespace cairn::primitives
