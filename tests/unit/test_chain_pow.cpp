// SPDX-License-Identifier: MIT
// Proof of work and difficulty rules: real mainnet and testnet3 headers meet their targets; Bitcoin
// Core's pow_tests retarget vectors; the 4x clamp both ways; the off-by-one period start; testnet
// min-difficulty (20-minute rule and walk-back); testnet4 BIP94 (first-block bits, time-warp);
// regtest never retargets.
#include "chain/header_validation.h"
#include "chain/params.h"
#include "chain/pow.h"
#include "common/test_paths.h"
#include "primitives/block.h"
#include "test_chain_support.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using chain::chainParams;
using chain::PowStatus;
using primitives::BlockHeader;
using primitives::Uint256;

namespace {
BlockHeader headerFromBlockHex(const QString& hex) {
    auto raw = util::fromHex(hex.trimmed().toStdString());
    if (!raw.ok() || raw->size() < 80) return {};
    auto h = BlockHeader::parse(ByteView(raw->data(), 80));
    return h.ok() ? *h : BlockHeader{};
}

// A 2016-block period ending at height `lastHeight` (all with `bits`), first header at `firstTime`,
// last at `lastTime`, others spaced evenly between.
test::VectorView period(int lastHeight, uint32_t bits, uint32_t firstTime, uint32_t lastTime) {
    test::VectorView v;
    const int first = lastHeight - 2015;
    for (int h = 0; h <= lastHeight; ++h) {
        uint32_t t = firstTime;
        if (h >= first) t = firstTime + static_cast<uint32_t>(uint64_t(lastTime - firstTime) * uint64_t(h - first) / 2015u);
        else t = firstTime - static_cast<uint32_t>(600 * (first - h));
        v.push(bits, t);
    }
    return v;
}
}  // namespace

class TestChainPow : public QObject {
    Q_OBJECT
private slots:
    void realMainnetBlock357238() {
        const BlockHeader h = headerFromBlockHex(QString::fromLatin1(test::readData(QStringLiteral("mainnet/block_357238.hex"))));
        const auto& p = chainParams(Network::Main);
        QCOMPARE(h.bits, 0x181686f5u);
        const Uint256::Compact t = Uint256::fromCompact(h.bits);
        QVERIFY(!t.negative && !t.overflow);
        QCOMPARE(QString::fromStdString(t.target.toHex()),
                 QStringLiteral("00000000000000001686f5000000000000000000000000000000000000000000"));
        QCOMPARE(t.target.toCompact(), h.bits);
        QCOMPARE(chain::checkProofOfWork(h.hash(), h.bits, p), PowStatus::Ok);
        QVERIFY(chain::checkHeaderProofOfWork(h, h.hash(), p).ok());
        // Raising the claimed difficulty 256-fold makes the real hash fail it.
        QCOMPARE(chain::checkProofOfWork(h.hash(), 0x171686f5, p), PowStatus::HashAboveTarget);
        BlockHeader changed = h;
        changed.nonce ^= 1;
        QCOMPARE(chain::checkProofOfWork(changed.hash(), changed.bits, p), PowStatus::HashAboveTarget);
    }

    void realMainnetBlocks_data() {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("data");
        const QJsonArray rows =
            QJsonDocument::fromJson(test::readData(QStringLiteral("mainnet/real_blocks_bitcoind.json"))).array();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows[i].toObject();
            QTest::addRow("block %d", i) << o[QStringLiteral("comment")].toString() << o[QStringLiteral("data")].toString();
        }
    }
    void realMainnetBlocks() {
        QFETCH(QString, comment);
        QFETCH(QString, data);
        const BlockHeader h = headerFromBlockHex(data);
        const QString hash = QString::fromStdString(h.hash().toHex());
        QVERIFY2(comment.contains(hash), qPrintable(hash));
        QCOMPARE(chain::checkProofOfWork(h.hash(), h.bits, chainParams(Network::Main)), PowStatus::Ok);
        QCOMPARE(Uint256::fromCompact(h.bits).target.toCompact(), h.bits);
    }

    void testnet3Blocks_data() {
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("block");
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("blockfilters.json"))).array();
        for (int i = 1; i < rows.size(); ++i) {  // row 0 is the column header
            const QJsonArray r = rows[i].toArray();
            QTest::addRow("testnet3 height %d", r[0].toInt()) << r[0].toInt() << r[1].toString() << r[2].toString();
        }
    }
    void testnet3Blocks() {
        QFETCH(int, height);
        QFETCH(QString, hash);
        QFETCH(QString, block);
        const auto& p = chainParams(Network::Testnet3);
        const BlockHeader h = headerFromBlockHex(block);
        QCOMPARE(QString::fromStdString(h.hash().toHex()), hash);
        QCOMPARE(chain::checkProofOfWork(h.hash(), h.bits, p), PowStatus::Ok);
        if (height == 0) QCOMPARE(h, p.genesisHeader);
    }

    // Heights 2 and 3 of blockfilters.json are consecutive: 3 builds on 2 and, inside a period with no
    // 20-minute gap, keeps its bits; the expected bits of 3 follow from a view ending at 2.
    void testnet3ConsecutiveHeaders() {
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("blockfilters.json"))).array();
        BlockHeader h2, h3;
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonArray r = rows[i].toArray();
            if (r[0].toInt() == 2) h2 = headerFromBlockHex(r[2].toString());
            if (r[0].toInt() == 3) h3 = headerFromBlockHex(r[2].toString());
        }
        QCOMPARE(h3.prevBlock, h2.hash());
        test::VectorView v;
        const auto& p = chainParams(Network::Testnet3);
        v.push(p.genesisHeader.bits, p.genesisHeader.time);
        v.push(h2.bits, h2.time - 1);  // height 1's exact time is not in the file; any earlier time will do
        v.push(h2.bits, h2.time);
        const uint32_t expected = chain::nextWorkRequired(v, h3.time, p);
        // A gap of more than 20 minutes would allow the minimum difficulty, which equals these bits anyway.
        QCOMPARE(h3.bits, expected);
    }

    // Bitcoin Core src/test/pow_tests.cpp vectors (real mainnet periods).
    void coreRetargetVectors_data() {
        QTest::addColumn<qint64>("firstTime");
        QTest::addColumn<qint64>("lastTime");
        QTest::addColumn<uint>("bits");
        QTest::addColumn<uint>("expected");
        QTest::newRow("get_next_work (block 32255)") << qint64(1261130161) << qint64(1262152739) << 0x1d00ffffu << 0x1d00d86au;
        QTest::newRow("get_next_work_pow_limit (block 2015)") << qint64(1231006505) << qint64(1233061996) << 0x1d00ffffu << 0x1d00ffffu;
        QTest::newRow("clamp: too fast, /4 (block 68543)") << qint64(1279008237) << qint64(1279297671) << 0x1c05a3f4u << 0x1c0168fdu;
        QTest::newRow("clamp: too slow, x4 (block 48383)") << qint64(1263163443) << qint64(1269211443) << 0x1c387f6fu << 0x1d00e1fdu;
    }
    void coreRetargetVectors() {
        QFETCH(qint64, firstTime);
        QFETCH(qint64, lastTime);
        QFETCH(uint, bits);
        QFETCH(uint, expected);
        const auto& p = chainParams(Network::Main);
        QCOMPARE(chain::retargetBits(bits, firstTime, lastTime, p), uint32_t(expected));
        // The same through nextWorkRequired over a whole period (ending at a retarget boundary).
        const test::VectorView v = period(2015 + 2016, bits, uint32_t(firstTime), uint32_t(lastTime));
        QCOMPARE(chain::nextWorkRequired(v, uint32_t(lastTime) + 600, p), uint32_t(expected));
    }

    void clampBothWays() {
        const auto& p = chainParams(Network::Main);
        const uint32_t bits = 0x1b0404cb;
        // Ten times too fast clamps to a quarter of the target; ten times too slow to four times.
        const uint32_t fast = chain::retargetBits(bits, 0, p.targetTimespan / 10, p);
        const uint32_t quarter = chain::retargetBits(bits, 0, p.targetTimespan / 4, p);
        QCOMPARE(fast, quarter);
        QCOMPARE(fast, (Uint256::fromCompact(bits).target / Uint256(4)).toCompact());
        const uint32_t slow = chain::retargetBits(bits, 0, p.targetTimespan * 10, p);
        QCOMPARE(slow, chain::retargetBits(bits, 0, p.targetTimespan * 4, p));
        QCOMPARE(slow, (Uint256::fromCompact(bits).target * uint32_t(4)).toCompact());
        // Never easier than the pow limit.
        QCOMPARE(chain::retargetBits(0x1d00ffff, 0, p.targetTimespan * 4, p), p.powLimitBits);
    }

    // The period's start is read 2015 headers back (Bitcoin's off-by-one), not 2016.
    void periodStartOffByOne() {
        const auto& p = chainParams(Network::Main);
        test::VectorView v = period(4031, 0x1c05a3f4, 1279008237, 1279297671);
        const uint32_t before = chain::nextWorkRequired(v, 1279297671 + 600, p);
        v.times[4031 - 2016] -= 100000;  // the header before the period start does not matter
        QCOMPARE(chain::nextWorkRequired(v, 1279297671 + 600, p), before);
        v.times[4031 - 2015] -= 100000;  // the period's first header does
        QVERIFY(chain::nextWorkRequired(v, 1279297671 + 600, p) != before);
        // Not at a boundary: the bits simply carry over.
        v.push(0x1c05a3f4, 1279297671 + 600);
        v.push(0x1c05a3f4, 1279297671 + 1200);
        QCOMPARE(chain::nextWorkRequired(v, 1279297671 + 1800, p), 0x1c05a3f4u);
    }

    void testnetMinDifficulty() {
        const auto& p = chainParams(Network::Testnet3);
        const uint32_t normal = 0x1c0ffff0;
        test::VectorView v;
        for (int h = 0; h < 100; ++h) v.push(normal, 1'600'000'000u + 600u * uint32_t(h));
        const uint32_t lastTime = v.times.back();
        // Up to 20 minutes after the parent: normal difficulty. More: the minimum is allowed.
        QCOMPARE(chain::nextWorkRequired(v, lastTime + 1200, p), normal);
        QCOMPARE(chain::nextWorkRequired(v, lastTime + 1201, p), p.powLimitBits);
        // After a run of min-difficulty headers the rule walks back to the last real difficulty.
        for (int i = 0; i < 5; ++i) v.push(p.powLimitBits, lastTime + 1201u * uint32_t(i + 1));
        QCOMPARE(chain::nextWorkRequired(v, v.times.back() + 600, p), normal);
        // The walk stops at the period boundary: a period that starts with min-difficulty headers only
        // returns the boundary header's bits.
        test::VectorView w;
        for (int h = 0; h < 2016; ++h) w.push(normal, 1'600'000'000u + 600u * uint32_t(h));
        for (int h = 2016; h < 2030; ++h) w.push(p.powLimitBits, 1'600'000'000u + 1300u * uint32_t(h));
        QCOMPARE(chain::nextWorkRequired(w, w.times.back() + 600, p), p.powLimitBits);
        // Mainnet has no such exception.
        QCOMPARE(chain::nextWorkRequired(v, v.times.back() + 5000, chainParams(Network::Main)), p.powLimitBits);
        QCOMPARE(chain::nextWorkRequired(w, w.times.back() + 5000, chainParams(Network::Main)), p.powLimitBits);
    }

    // BIP94: the retarget scales the first header's bits, so a min-difficulty last header cannot drag
    // the next period to the minimum (testnet3's "block storm" bug).
    void testnet4RetargetUsesFirstBlockBits() {
        const auto& t4 = chainParams(Network::Testnet4);
        const auto& t3 = chainParams(Network::Testnet3);
        const uint32_t real = 0x1c0ffff0;
        test::VectorView v = period(4031, real, 1'700'000'000u, 1'700'000'000u + uint32_t(t4.targetTimespan));
        v.bits.back() = t4.powLimitBits;  // the period's last header was mined at minimum difficulty
        const uint32_t next4 = chain::nextWorkRequired(v, v.times.back() + 600, t4);
        QCOMPARE(next4, chain::retargetBits(real, v.times[4031 - 2015], v.times.back(), t4));
        QCOMPARE(next4, real);  // exactly two weeks: unchanged
        QCOMPARE(chain::nextWorkRequired(v, v.times.back() + 600, t3), t3.powLimitBits);
    }

    void testnet4TimeWarpRule() {
        // Testnet4's rules with an easy pow limit, so that a real header can be mined in the test.
        chain::ChainParams p = chainParams(Network::Testnet4);
        p.powLimit = chainParams(Network::Regtest).powLimit;
        p.powLimitBits = chainParams(Network::Regtest).powLimitBits;
        test::VectorView v = period(2015, p.powLimitBits, 1'700'000'000u, 1'700'000'000u + 2015u * 600u);
        const uint32_t parentTime = v.times.back();
        auto check = [&](uint32_t time) {
            const BlockHeader h = test::mineHeader(primitives::BlockHash(), time, p);
            return chain::checkHeader(h, h.hash(), v, p, int64_t(parentTime) + 100000).error;
        };
        QCOMPARE(check(parentTime - 600), chain::HeaderError::None);
        QCOMPARE(check(parentTime - 601), chain::HeaderError::TimeWarp);
        // Inside a period only the ordinary MTP rule applies.
        v.push(p.powLimitBits, parentTime + 600);
        QCOMPARE(check(parentTime - 601), chain::HeaderError::None);
        QCOMPARE(check(parentTime - 3000), chain::HeaderError::TimeTooOld);
        // Testnet3 has no time-warp rule.
        chain::ChainParams t3 = p;
        t3.enforceBip94 = false;
        v.bits.pop_back();
        v.times.pop_back();
        const BlockHeader h = test::mineHeader(primitives::BlockHash(), parentTime - 601, t3);
        QCOMPARE(chain::checkHeader(h, h.hash(), v, t3, int64_t(parentTime) + 100000).error, chain::HeaderError::None);
    }

    void regtestNeverRetargets() {
        const auto& p = chainParams(Network::Regtest);
        test::VectorView v = period(2015, p.powLimitBits, 1'700'000'000u, 1'700'000'000u + 60u);
        QCOMPARE(chain::nextWorkRequired(v, v.times.back() + 1, p), p.powLimitBits);
        v.bits.back() = 0x1d00ffff;
        QCOMPARE(chain::nextWorkRequired(v, v.times.back() + 100000, p), 0x1d00ffffu);
        QCOMPARE(chain::retargetBits(0x1d00ffff, 0, 1, p), 0x1d00ffffu);
    }

    void invalidTargets_data() {
        QTest::addColumn<uint>("bits");
        QTest::newRow("negative") << 0x01fedcbau;
        QTest::newRow("zero") << 0x00000000u;
        QTest::newRow("overflow") << 0xff123456u;
        QTest::newRow("above the mainnet pow limit") << 0x1d01ffffu;
    }
    void invalidTargets() {
        QFETCH(uint, bits);
        QCOMPARE(chain::checkProofOfWork(primitives::BlockHash(), bits, chainParams(Network::Main)), PowStatus::BadTarget);
        QVERIFY(chain::blockWork(bits).isZero() || bits == 0x1d01ffffu);
    }

    void difficultyAndWork() {
        QCOMPARE(chain::difficultyFromBits(0x1d00ffff), 1.0);
        QVERIFY(qAbs(chain::difficultyFromBits(0x181686f5) - 48807487244.68138) < 1.0);
        QCOMPARE(chain::blockWork(0x1d00ffff), Uint256(0x100010001ull));
        QCOMPARE(QString::fromStdString(chain::medianTimePast(period(20, 0x1d00ffff, 1000, 2000)) > 0 ? "ok" : "bad"),
                 QStringLiteral("ok"));
        test::VectorView v;
        for (uint32_t t : {5u, 1u, 9u, 3u, 7u, 2u, 8u, 4u, 6u, 10u, 11u, 100u}) v.push(0x207fffff, t);
        QCOMPARE(chain::medianTimePast(v), int64_t(7));  // the last 11: 1..11 without 5, plus 100 -> median 7
    }
};

QTEST_GUILESS_MAIN(TestChainPow)
#include "test_chain_pow.moc"
