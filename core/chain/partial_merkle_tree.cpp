// SPDX-License-Identifier: MIT
#include "chain/partial_merkle_tree.h"

#include <cassert>
#include <cstring>

namespace cairn::chain {
namespace {

crypto::Hash256 hashPair(const crypto::Hash256& left, const crypto::Hash256& right) {
    uint8_t buf[64];
    std::memcpy(buf, left.data(), 32);
    std::memcpy(buf + 32, right.data(), 32);
    return crypto::sha256d(ByteView(buf, sizeof(buf)));
}

// Number of nodes at `height` (0 = leaves) of a tree over `total` leaves.
uint32_t widthAt(uint32_t total, int height) { return (total + (1u << height) - 1) >> height; }

int treeHeight(uint32_t total) {
    int h = 0;
    while (widthAt(total, h) > 1) ++h;
    return h;
}

struct Builder {
    const std::vector<primitives::Txid>& txids;
    const std::vector<bool>& matches;
    std::vector<crypto::Hash256> hashes;
    std::vector<bool> bits;

    uint32_t total() const { return static_cast<uint32_t>(txids.size()); }

    crypto::Hash256 nodeHash(int height, uint32_t pos) const {
        if (height == 0) return txids[pos].bytes();
        const crypto::Hash256 left = nodeHash(height - 1, pos * 2);
        const crypto::Hash256 right =
            pos * 2 + 1 < widthAt(total(), height - 1) ? nodeHash(height - 1, pos * 2 + 1) : left;
        return hashPair(left, right);
    }

    void build(int height, uint32_t pos) {
        bool parentOfMatch = false;
        const uint32_t end = std::min<uint32_t>((pos + 1) << height, total());
        for (uint32_t p = pos << height; p < end && !parentOfMatch; ++p) parentOfMatch = matches[p];
        bits.push_back(parentOfMatch);
        if (height == 0 || !parentOfMatch) {
            hashes.push_back(nodeHash(height, pos));
            return;
        }
        build(height - 1, pos * 2);
        if (pos * 2 + 1 < widthAt(total(), height - 1)) build(height - 1, pos * 2 + 1);
    }
};

struct Extractor {
    const PartialMerkleTree& tree;
    size_t bitsUsed = 0;
    size_t hashesUsed = 0;
    std::vector<MerkleMatch> matches;
    std::string error;

    crypto::Hash256 walk(int height, uint32_t pos) {
        if (!error.empty()) return {};
        if (bitsUsed >= tree.bits().size()) {
            error = "the partial Merkle tree runs out of flag bits";
            return {};
        }
        const bool parentOfMatch = tree.bits()[bitsUsed++];
        if (height == 0 || !parentOfMatch) {
            if (hashesUsed >= tree.hashes().size()) {
                error = "the partial Merkle tree runs out of hashes";
                return {};
            }
            const crypto::Hash256& h = tree.hashes()[hashesUsed++];
            if (height == 0 && parentOfMatch) matches.push_back({pos, primitives::Txid(h)});
            return h;
        }
        const crypto::Hash256 left = walk(height - 1, pos * 2);
        crypto::Hash256 right = left;
        if (pos * 2 + 1 < widthAt(tree.totalTransactions(), height - 1)) {
            right = walk(height - 1, pos * 2 + 1);
            // Two equal children where the right one really exists would let a different transaction
            // list produce the same root (CVE-2012-2459).
            if (error.empty() && right == left) error = "the partial Merkle tree has identical sibling hashes (CVE-2012-2459)";
        }
        return hashPair(left, right);
    }
};

}  // namespace

PartialMerkleTree PartialMerkleTree::build(const std::vector<primitives::Txid>& txids, const std::vector<bool>& matches) {
    assert(!txids.empty() && matches.size() == txids.size());
    Builder b{txids, matches, {}, {}};
    b.build(treeHeight(b.total()), 0);
    return fromParts(b.total(), std::move(b.hashes), std::move(b.bits));
}

PartialMerkleTree PartialMerkleTree::fromParts(uint32_t total, std::vector<crypto::Hash256> hashes, std::vector<bool> bits) {
    PartialMerkleTree t;
    t.m_total = total;
    t.m_hashes = std::move(hashes);
    t.m_bits = std::move(bits);
    return t;
}

util::Result<PartialMerkleTree> PartialMerkleTree::read(primitives::Reader& reader) {
    PartialMerkleTree t;
    CAIRN_TRY_ASSIGN(total, reader.u32());
    CAIRN_TRY_ASSIGN(count, reader.compactSize(kMaxTransactions));
    if (count * 32 > reader.remaining()) return reader.errorHere("the partial Merkle tree claims more hashes than it carries");
    t.m_total = total;
    t.m_hashes.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(h, reader.hash32());
        t.m_hashes.push_back(h);
    }
    // A tree over kMaxTransactions leaves has fewer than 2 * kMaxTransactions nodes, one flag bit each.
    CAIRN_TRY_ASSIGN(flags, reader.varBytes((2 * kMaxTransactions + 7) / 8));
    t.m_bits.resize(flags.size() * 8);
    for (size_t i = 0; i < t.m_bits.size(); ++i) t.m_bits[i] = (flags[i / 8] >> (i % 8)) & 1;
    return t;
}

void PartialMerkleTree::write(primitives::Writer& writer) const {
    writer.u32(m_total).compactSize(m_hashes.size());
    for (const auto& h : m_hashes) writer.raw(h);
    Bytes flags((m_bits.size() + 7) / 8, 0);
    for (size_t i = 0; i < m_bits.size(); ++i)
        if (m_bits[i]) flags[i / 8] = static_cast<uint8_t>(flags[i / 8] | (1u << (i % 8)));
    writer.varBytes(flags);
}

util::Result<PartialMerkleTree::Extracted> PartialMerkleTree::extract() const {
    if (m_total == 0) return util::fail("a partial Merkle tree must cover at least one transaction");
    if (m_total > kMaxTransactions)
        return util::fail("a partial Merkle tree claims " + std::to_string(m_total) + " transactions, more than a block can hold");
    if (m_hashes.size() > m_total) return util::fail("a partial Merkle tree has more hashes than transactions");
    if (m_bits.size() < m_hashes.size()) return util::fail("a partial Merkle tree has fewer flag bits than hashes");

    Extractor ex{*this, 0, 0, {}, {}};
    Extracted out;
    out.root = ex.walk(treeHeight(m_total), 0);
    if (!ex.error.empty()) return util::fail(ex.error);
    if ((ex.bitsUsed + 7) / 8 != (m_bits.size() + 7) / 8) return util::fail("a partial Merkle tree has unused flag bytes");
    if (ex.hashesUsed != m_hashes.size()) return util::fail("a partial Merkle tree has unused hashes");
    out.matches = std::move(ex.matches);
    return out;
}

}  // namespace cairn::chain
