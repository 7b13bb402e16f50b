// SPDX-License-Identifier: MIT
// Merkle proofs on real mainnet block 357238 (369 transactions): a branch for every transaction
// verifies against the header and fails with any bit flipped; BIP37 partial Merkle trees built for
// random subsets decode to the same matches and yield the same branches (the service's sibling list);
// malformed and CVE-2012-2459-ambiguous trees are refused.
#include "chain/merkle_proof.h"
#include "common/test_paths.h"
#include "primitives/block.h"
#include "service/node_convert.h"
#include "util/hex.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cairn;
using chain::MerkleBlock;
using chain::MerkleMatch;
using chain::PartialMerkleTree;
using primitives::Block;
using primitives::Txid;

namespace {
const Block& block357238() {
    static const Block block = [] {
        auto raw = util::fromHex(test::readData(QStringLiteral("mainnet/block_357238.hex")).trimmed().toStdString());
        auto b = Block::parse(*raw);
        return b.ok() ? *b : Block{};
    }();
    return block;
}

crypto::Hash256 fakeHash(uint32_t i) {
    crypto::Hash256 h{};
    h[0] = static_cast<uint8_t>(i);
    h[1] = static_cast<uint8_t>(i >> 8);
    h[31] = 0x5a;
    return h;
}

// The branch as the service reports it (display hex, leaf up), from chain::merkleBranchFor.
QStringList displayBranch(const chain::MerkleBranch& branch) {
    QStringList out;
    for (const auto& s : branch.siblings) out << QString::fromStdString(util::toHexReversed(s));
    return out;
}
}  // namespace

class TestChainMerkle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCOMPARE(block357238().transactions.size(), size_t(369)); }

    void branchForEveryTransaction_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 369; ++i) QTest::addRow("tx %d", i) << i;
    }
    void branchForEveryTransaction() {
        QFETCH(int, index);
        const Block& b = block357238();
        auto branch = chain::merkleBranchFor(b, size_t(index));
        QVERIFY2(branch.ok(), branch.message().c_str());
        QCOMPARE(branch->siblings.size(), size_t(9));  // ceil(log2(369))
        QVERIFY(chain::verifyMerkleBranch(*branch, b.header));
        // A flipped bit anywhere breaks it: in the txid, in a sibling, or in the position.
        auto bad = *branch;
        auto bytes = bad.txid.bytes();
        bytes[index % 32] ^= 0x01;
        bad.txid = Txid(bytes);
        QVERIFY(!chain::verifyMerkleBranch(bad, b.header));
        bad = *branch;
        bad.siblings[size_t(index) % bad.siblings.size()][7] ^= 0x80;
        QVERIFY(!chain::verifyMerkleBranch(bad, b.header));
        // Position bits: swapping sides changes the root wherever the sibling is a real node. Where the
        // node is the last of an odd level its sibling is itself, so that bit cannot matter (a known
        // property of Bitcoin's Merkle tree, which is why callers also check the tx count).
        for (int level = 0; level < 9; ++level) {
            const uint32_t pos = uint32_t(index) >> level;
            const uint32_t width = (369u + (1u << level) - 1) >> level;
            bad = *branch;
            bad.index ^= 1u << level;
            QCOMPARE(chain::verifyMerkleBranch(bad, b.header), (pos ^ 1u) >= width);
        }
        bad = *branch;
        bad.index |= 1u << 9;  // beyond the branch length
        QVERIFY(!chain::verifyMerkleBranch(bad, b.header));
        // The service reads the same branch out of a BIP37 proof of this one transaction (gettxproof,
        // the explorer's proof view): computed from the partial tree, not from the block.
        const MerkleBlock mb = MerkleBlock::build(b, {b.transactions[size_t(index)].txid()});
        QCOMPARE(service::branchFromPartialTree(mb.tree, uint32_t(index)), displayBranch(*branch));
    }

    void branchByTxid() {
        const Block& b = block357238();
        auto branch = chain::merkleBranchFor(b, b.transactions[200].txid());
        QVERIFY(branch.ok());
        QCOMPARE(branch->index, 200u);
        QVERIFY(!chain::merkleBranchFor(b, Txid(fakeHash(1))).ok());
        QVERIFY(!chain::merkleBranchFor(b, size_t(369)).ok());
    }

    void partialTreesOfRandomSubsets_data() {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("wanted");
        for (int i = 0; i < 40; ++i) QTest::addRow("subset %d (%d txs)", i, i * 9) << quint32(1000 + i) << i * 9;
        QTest::newRow("none") << quint32(1) << 0;
        QTest::newRow("all") << quint32(2) << 369;
    }
    void partialTreesOfRandomSubsets() {
        QFETCH(quint32, seed);
        QFETCH(int, wanted);
        const Block& b = block357238();
        QRandomGenerator rng(seed);
        std::vector<Txid> pick;
        std::vector<MerkleMatch> expected;
        std::vector<bool> chosen(369, false);
        while (int(pick.size()) < wanted) {
            const auto i = rng.bounded(369u);
            if (chosen[i]) continue;
            chosen[i] = true;
            pick.push_back(b.transactions[i].txid());
        }
        for (uint32_t i = 0; i < 369; ++i)
            if (chosen[i]) expected.push_back({i, b.transactions[i].txid()});

        const MerkleBlock mb = MerkleBlock::build(b, pick);
        const Bytes wire = mb.serialize();
        auto parsed = MerkleBlock::parse(wire);
        QVERIFY2(parsed.ok(), parsed.message().c_str());
        QCOMPARE(parsed->serialize(), wire);
        auto matches = parsed->verify();
        QVERIFY2(matches.ok(), matches.message().c_str());
        QVERIFY(*matches == expected);
        // Every proven transaction's branch, read from the tree, is the one the whole block gives.
        for (const MerkleMatch& m : expected) {
            auto branch = chain::merkleBranchFor(b, size_t(m.index));
            QVERIFY(branch.ok());
            QCOMPARE(service::branchFromPartialTree(parsed->tree, m.index), displayBranch(*branch));
        }
        // Trailing bytes and truncation are refused.
        Bytes longer = wire;
        longer.push_back(0);
        QVERIFY(!MerkleBlock::parse(longer).ok());
        QVERIFY(!MerkleBlock::parse(ByteView(wire.data(), wire.size() - 1)).ok());
        // A different header (another Merkle root) does not verify.
        MerkleBlock other = *parsed;
        other.header.merkleRoot[0] ^= 1;
        QVERIFY(!other.verify().ok());
    }

    // CVE-2012-2459: duplicating the last transaction of an odd level yields the same root. A tree over
    // the mutated list (with identical real siblings) must be refused, while the honest tree passes.
    void duplicatedNodeAmbiguityRejected() {
        std::vector<Txid> honest{Txid(fakeHash(1)), Txid(fakeHash(2)), Txid(fakeHash(3))};
        std::vector<Txid> mutated = honest;
        mutated.push_back(honest.back());  // 4 leaves, the last two identical
        const auto h = PartialMerkleTree::build(honest, {false, false, true}).extract();
        const auto m = PartialMerkleTree::build(mutated, {false, false, true, true}).extract();
        QVERIFY(h.ok());
        QVERIFY(!m.ok());
        QVERIFY2(QString::fromStdString(m.message()).contains(QStringLiteral("CVE-2012-2459")), m.message().c_str());
        // Same root: that is exactly the ambiguity.
        QCOMPARE(primitives::computeMerkleRoot({fakeHash(1), fakeHash(2), fakeHash(3), fakeHash(3)}).root, h->root);
    }

    void malformedTreesRejected_data() {
        QTest::addColumn<quint32>("total");
        QTest::addColumn<int>("hashes");
        QTest::addColumn<QString>("bits");
        QTest::addColumn<QString>("reason");
        // For reference: a valid 1-tx tree is total 1, one hash, bits "1".
        QTest::newRow("zero transactions") << 0u << 1 << "1" << "at least one";
        QTest::newRow("more than a block can hold") << 16667u << 1 << "1" << "more than a block";
        QTest::newRow("more hashes than transactions") << 1u << 2 << "11" << "more hashes";
        QTest::newRow("fewer bits than hashes") << 3u << 3 << "11" << "fewer flag bits";
        QTest::newRow("runs out of hashes") << 4u << 1 << "1100" << "runs out of hashes";
        QTest::newRow("runs out of bits") << 4u << 3 << "111" << "runs out of flag bits";
        QTest::newRow("unused hash") << 3u << 3 << "100" << "unused hashes";
        QTest::newRow("unused flag byte") << 1u << 1 << "100000000" << "unused flag bytes";
    }
    void malformedTreesRejected() {
        QFETCH(quint32, total);
        QFETCH(int, hashes);
        QFETCH(QString, bits);
        QFETCH(QString, reason);
        std::vector<crypto::Hash256> hs;
        for (int i = 0; i < hashes; ++i) hs.push_back(fakeHash(uint32_t(i + 10)));
        std::vector<bool> flags;
        for (QChar c : bits) flags.push_back(c == QLatin1Char('1'));
        const auto r = PartialMerkleTree::fromParts(total, hs, flags).extract();
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.message()).contains(reason), r.message().c_str());
    }

    void oversizedWireFieldsRejected() {
        primitives::Writer w;
        block357238().header.write(w);
        w.u32(5).compactSize(1'000'000);  // claims a million hashes
        QVERIFY(!MerkleBlock::parse(w.data()).ok());
    }
};

QTEST_GUILESS_MAIN(TestChainMerkle)
#include "test_chain_merkle.moc"
