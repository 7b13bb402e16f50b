// SPDX-License-Identifier: MIT
// Blocks, headers and Merkle trees against real chain data: mainnet block 357238, the genesis block,
// Bitcoin Core's blocks.json (via bitcore) and blockfilters.json (testnet3, one with segwit data).
// Negative cases: flipped bits, a duplicated last transaction (CVE-2012-2459), a wrong witness commitment.
#include "common/test_paths.h"
#include "primitives/block.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace cairn;
using primitives::Block;
using primitives::BlockHeader;
using primitives::Uint256;

namespace {
Bytes hexBytes(const QString& hex) {
    auto b = util::fromHex(hex.trimmed().toStdString());
    Q_ASSERT(b.ok());
    return *b;
}

QString displayHex(const crypto::Hash256& h) { return QString::fromStdString(util::toHexReversed(h)); }

Bytes block357238() {
    return hexBytes(QString::fromLatin1(test::readData(QStringLiteral("mainnet/block_357238.hex"))));
}

QJsonArray blockFilterRows() {
    QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("blockfilters.json"))).array();
    rows.removeFirst();  // header row
    return rows;
}

// The testnet3 block at `height` from blockfilters.json.
Block filterBlock(int height) {
    for (const QJsonValue& row : blockFilterRows()) {
        if (row.toArray().at(0).toInt() == height) {
            auto b = Block::parse(hexBytes(row.toArray().at(2).toString()));
            Q_ASSERT(b.ok());
            return *b;
        }
    }
    Q_ASSERT(false);
    return {};
}

void checkBlockMerkleBranches(const Block& block) {
    std::vector<crypto::Hash256> leaves;
    for (const auto& tx : block.transactions) leaves.push_back(tx.txid().bytes());
    for (size_t i = 0; i < leaves.size(); ++i) {
        const auto branch = primitives::merkleBranch(leaves, i);
        QCOMPARE(primitives::merkleRootFromBranch(leaves[i], branch, i), block.header.merkleRoot);
    }
}
}  // namespace

class TestPrimitivesBlock : public QObject {
    Q_OBJECT
private slots:
    void mainnetBlock357238() {
        const Bytes raw = block357238();
        auto block = Block::parse(raw);
        QVERIFY2(block.ok(), block.message().c_str());
        QCOMPARE(QString::fromStdString(block->hash().toHex()),
                 QStringLiteral("00000000000000000f3db04d442e92c172691170ca47dfea5be2b9613cf0343d"));
        QCOMPARE(block->transactions.size(), size_t(369));
        QVERIFY2(block->checkMerkleRoot().ok(), block->checkMerkleRoot().message().c_str());
        QVERIFY(block->checkWitnessCommitment().ok());
        QVERIFY(block->transactions[0].isCoinbase());
        for (size_t i = 1; i < block->transactions.size(); ++i) QVERIFY(!block->transactions[i].isCoinbase());
        QVERIFY(block->serialize() == raw);
        QCOMPARE(block->size(), raw.size());
        QCOMPARE(block->strippedSize(), raw.size());
        QCOMPARE(block->weight(), raw.size() * 4);
        // Its bits decode to its target, and its hash meets it.
        QCOMPARE(block->header.bits, 0x181686f5u);
        const Uint256::Compact target = block->header.target();
        QCOMPARE(QString::fromStdString(target.target.toHex()),
                 QStringLiteral("00000000000000001686f5000000000000000000000000000000000000000000"));
        QVERIFY(block->header.checkProofOfWork(Uint256::fromCompact(0x1d00ffff).target));
        QVERIFY(!block->header.checkProofOfWork(Uint256(1)));  // a target above the limit is refused
    }

    void merkleBranchesOf357238() {
        auto block = Block::parse(block357238());
        QVERIFY(block.ok());
        checkBlockMerkleBranches(*block);
    }

    void genesis() {
        // blockfilters.json row 0 is the testnet3 genesis block; mainnet's differs only in time and nonce.
        Block block = filterBlock(0);
        QCOMPARE(QString::fromStdString(block.hash().toHex()),
                 QStringLiteral("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943"));
        block.header.time = 1231006505;
        block.header.nonce = 2083236893;
        QCOMPARE(QString::fromStdString(block.hash().toHex()),
                 QStringLiteral("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"));
        QCOMPARE(displayHex(block.header.merkleRoot),
                 QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"));
        QVERIFY(block.checkMerkleRoot().ok());
        QCOMPARE(block.transactions.size(), size_t(1));
        QCOMPARE(block.transactions[0].outputs[0].value.sats(), qint64(5000000000));
        QVERIFY(block.header.prevBlock.isNull());
        QCOMPARE(block.header.bits, 0x1d00ffffu);
        QVERIFY(block.header.checkProofOfWork(Uint256::fromCompact(0x1d00ffff).target));
        auto header = BlockHeader::parse(block.header.serialize());
        QVERIFY(header.ok());
        QVERIFY(*header == block.header);
    }

    void realBlocks_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<int>("txCount");
        const QJsonArray rows =
            QJsonDocument::fromJson(test::readData(QStringLiteral("mainnet/real_blocks_bitcoind.json"))).array();
        const QRegularExpression hashInComment(QStringLiteral("\\(([0-9a-f]{64})\\)"));
        int i = 0;
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            const QString comment = o[QStringLiteral("comment")].toString();
            const auto m = hashInComment.match(comment);
            QVERIFY2(m.hasMatch(), qPrintable(comment));
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(i++).arg(comment)))
                << o[QStringLiteral("data")].toString() << m.captured(1) << o[QStringLiteral("transactions")].toInt();
        }
        QCOMPARE(i, 5);
    }
    void realBlocks() {
        QFETCH(QString, hex);
        QFETCH(QString, hash);
        QFETCH(int, txCount);
        const Bytes raw = hexBytes(hex);
        auto block = Block::parse(raw);
        QVERIFY2(block.ok(), block.message().c_str());
        QCOMPARE(QString::fromStdString(block->hash().toHex()), hash);
        QCOMPARE(block->transactions.size(), size_t(txCount));
        QVERIFY(block->checkMerkleRoot().ok());
        QVERIFY(block->serialize() == raw);
        checkBlockMerkleBranches(*block);
    }

    void blockFilters_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("hash");
        for (const QJsonValue& v : blockFilterRows()) {
            const QJsonArray row = v.toArray();
            QTest::newRow(qPrintable(QStringLiteral("testnet3 %1 %2").arg(row.at(0).toInt()).arg(row.at(7).toString())))
                << row.at(2).toString() << row.at(1).toString();
        }
    }
    void blockFilters() {
        QFETCH(QString, hex);
        QFETCH(QString, hash);
        const Bytes raw = hexBytes(hex);
        auto block = Block::parse(raw);
        QVERIFY2(block.ok(), block.message().c_str());
        QCOMPARE(QString::fromStdString(block->hash().toHex()), hash);
        QVERIFY2(block->checkMerkleRoot().ok(), block->checkMerkleRoot().message().c_str());
        QVERIFY2(block->checkWitnessCommitment().ok(), block->checkWitnessCommitment().message().c_str());
        QVERIFY(block->serialize() == raw);
        QCOMPARE(block->size(), raw.size());
        checkBlockMerkleBranches(*block);
    }

    void segwitBlockSizes() {
        const Block block = filterBlock(1263442);
        bool anyWitness = false;
        for (const auto& tx : block.transactions) anyWitness = anyWitness || tx.hasWitness();
        QVERIFY(anyWitness);
        QVERIFY(block.witnessCommitmentIndex().has_value());
        QVERIFY(block.strippedSize() < block.size());
        QCOMPARE(block.weight(), block.strippedSize() * 3 + block.size());
    }

    void flippedBitBreaksMerkleRoot() {
        // Any bit flipped after the header either makes the block unparseable or changes a txid
        // (the block has no witness data), so the Merkle root no longer matches.
        const Bytes raw = block357238();
        int parsedButMismatched = 0;
        int unparseable = 0;
        for (size_t pos = BlockHeader::kSize; pos < raw.size(); pos += 101) {
            Bytes bad = raw;
            bad[pos] ^= 0x04;
            auto block = Block::parse(bad);
            if (!block.ok()) {
                ++unparseable;
                continue;
            }
            QVERIFY2(!block->checkMerkleRoot().ok(), qPrintable(QStringLiteral("flip at %1 undetected").arg(pos)));
            ++parsedButMismatched;
        }
        QCOMPARE(size_t(parsedButMismatched + unparseable), (raw.size() - BlockHeader::kSize + 100) / 101);
        QVERIFY(parsedButMismatched > 1000);
        // Flipping a bit of the header's Merkle root field is caught too.
        Bytes bad = raw;
        bad[40] ^= 0x01;
        auto block = Block::parse(bad);
        QVERIFY(block.ok());
        QVERIFY(QString::fromStdString(block->checkMerkleRoot().message()).contains(QStringLiteral("does not match")));
    }

    void duplicatedLastTxIsMutated() {
        auto block = Block::parse(block357238());
        QVERIFY(block.ok());
        QCOMPARE(block->transactions.size() % 2, size_t(1));  // odd: the last hash is paired with itself
        block->transactions.push_back(block->transactions.back());
        const primitives::MerkleRoot m = block->computeMerkleRoot();
        QCOMPARE(m.root, block->header.merkleRoot);  // same root: that is the attack
        QVERIFY(m.mutated);
        auto check = block->checkMerkleRoot();
        QVERIFY(!check.ok());
        QVERIFY2(QString::fromStdString(check.message()).contains(QStringLiteral("mutated")), check.message().c_str());
        // The serialised mutated block parses, and the flag is still raised from the bytes alone.
        auto reparsed = Block::parse(block->serialize());
        QVERIFY(reparsed.ok());
        QVERIFY(reparsed->computeMerkleRoot().mutated);
    }

    void witnessCommitment() {
        const Block good = filterBlock(1263442);
        QVERIFY(good.checkWitnessCommitment().ok());
        const size_t idx = *good.witnessCommitmentIndex();

        Block wrongHash = good;
        wrongHash.transactions[0].outputs[idx].scriptPubKey[10] ^= 0x01;
        QVERIFY(QString::fromStdString(wrongHash.checkWitnessCommitment().message())
                    .contains(QStringLiteral("does not match")));

        Block changedWitness = good;
        bool changed = false;
        for (size_t i = 1; i < changedWitness.transactions.size() && !changed; ++i) {
            for (auto& in : changedWitness.transactions[i].inputs) {
                if (!in.witness.empty() && !in.witness[0].empty()) {
                    in.witness[0][0] ^= 0x01;
                    changed = true;
                    break;
                }
            }
        }
        QVERIFY(changed);
        QVERIFY(!changedWitness.checkWitnessCommitment().ok());
        QVERIFY(changedWitness.checkMerkleRoot().ok());  // witnesses are outside the txid tree

        Block noReserved = good;
        noReserved.transactions[0].inputs[0].witness.clear();
        QVERIFY(
            QString::fromStdString(noReserved.checkWitnessCommitment().message()).contains(QStringLiteral("reserved")));

        Block noCommitment = good;
        noCommitment.transactions[0].outputs.erase(noCommitment.transactions[0].outputs.begin() +
                                                   static_cast<std::ptrdiff_t>(idx));
        QVERIFY(QString::fromStdString(noCommitment.checkWitnessCommitment().message())
                    .contains(QStringLiteral("no witness commitment")));

        // The last commitment output wins: a bogus one before the real one is ignored, after it is not.
        primitives::TxOut bogus = good.transactions[0].outputs[idx];
        bogus.scriptPubKey[20] ^= 0xff;
        Block bogusBefore = good;
        bogusBefore.transactions[0].outputs.insert(bogusBefore.transactions[0].outputs.begin(), bogus);
        QVERIFY(bogusBefore.checkWitnessCommitment().ok());
        Block bogusAfter = good;
        bogusAfter.transactions[0].outputs.push_back(bogus);
        QVERIFY(!bogusAfter.checkWitnessCommitment().ok());
    }

    void malformedBlocks() {
        const QJsonArray rows =
            QJsonDocument::fromJson(test::readData(QStringLiteral("mainnet/real_blocks_bitcoind.json"))).array();
        const Bytes raw = hexBytes(rows.at(3).toObject()[QStringLiteral("data")].toString());  // the one-tx block
        int rejected = 0;
        for (size_t len = 0; len < raw.size(); ++len) {
            if (Block::parse(ByteView(raw.data(), len)).ok())
                QFAIL(qPrintable(QStringLiteral("prefix %1 parsed").arg(len)));
            ++rejected;
        }
        QCOMPARE(size_t(rejected), raw.size());
        Bytes trailing = raw;
        trailing.push_back(0);
        QVERIFY(QString::fromStdString(Block::parse(trailing).message()).contains(QStringLiteral("trailing")));
        Bytes noTx(raw.begin(), raw.begin() + 80);
        noTx.push_back(0x00);
        QVERIFY(QString::fromStdString(Block::parse(noTx).message()).contains(QStringLiteral("no transactions")));
        Bytes tooMany(raw.begin(), raw.begin() + 80);
        tooMany.push_back(0xfd);
        tooMany.push_back(0xff);
        tooMany.push_back(0xff);
        tooMany.resize(200, 0);
        QVERIFY(QString::fromStdString(Block::parse(tooMany).message()).contains(QStringLiteral("cannot fit")));
        QVERIFY(!Block::parse(Bytes(primitives::kMaxBlockSerializedSize + 1, 0)).ok());
        QVERIFY(!BlockHeader::parse(ByteView(raw.data(), 79)).ok());
        QVERIFY(!BlockHeader::parse(ByteView(raw.data(), 81)).ok());
    }

    void merkleEdgeCases() {
        QCOMPARE(primitives::computeMerkleRoot({}).root, crypto::Hash256{});
        crypto::Hash256 a{};
        a[0] = 1;
        const auto one = primitives::computeMerkleRoot({a});
        QCOMPARE(one.root, a);
        QVERIFY(!one.mutated);
        QVERIFY(primitives::merkleBranch({a}, 0).empty());
        QVERIFY(primitives::computeMerkleRoot({a, a}).mutated);
        crypto::Hash256 b{};
        b[0] = 2;
        QVERIFY(!primitives::computeMerkleRoot({a, b, b}).mutated);  // odd padding is not a mutation
        QVERIFY(primitives::computeMerkleRoot({a, b, b, b}).mutated);
    }
};

QTEST_GUILESS_MAIN(TestPrimitivesBlock)
#include "test_primitives_block.moc"
