// SPDX-License-Identifier: MIT
// Coin selection: Branch-and-Bound finds exact (changeless) matches, the waste metric picks between candidate
// selections, frozen coins are never spent, and insufficient funds are reported with both amounts.
#include "primitives/hash_types.h"
#include "wallet/coin_selection.h"
#include "wallet/tx_builder.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace cairn;
using primitives::Amount;
using primitives::FeeRate;
using wallet::CoinCandidate;
using wallet::SelectionAlgorithm;
using wallet::SelectionParams;

Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace {

constexpr size_t kP2wpkhInputWeight = 272;  // 68 vbytes, see inputWeight(P2wpkh)

primitives::OutPoint outpoint(uint32_t n) {
    primitives::OutPoint o;
    std::array<uint8_t, 32> bytes{};
    bytes[0] = uint8_t(n);
    bytes[1] = uint8_t(n >> 8);
    o.txid = primitives::Txid::fromBytes(bytes).value();
    o.index = n;
    return o;
}

/// Coins whose effective value at `rate` is exactly the given satoshis.
std::vector<CoinCandidate> coinsWithEffectiveValues(const std::vector<int64_t>& effective, FeeRate rate) {
    std::vector<CoinCandidate> coins;
    for (size_t i = 0; i < effective.size(); ++i) {
        const int64_t fee = wallet::feeForWeight(rate, kP2wpkhInputWeight).sats();
        coins.push_back(
            CoinCandidate{outpoint(uint32_t(i)), Amount::fromSats(effective[i] + fee), kP2wpkhInputWeight, false});
    }
    return coins;
}

SelectionParams paramsFor(int64_t target, FeeRate rate) {
    SelectionParams p;
    p.target = Amount::fromSats(target);
    p.feeRate = rate;
    p.longTermFeeRate = FeeRate::fromSatPerVByte(10);
    p.baseWeight = 0;  // so that the exact-match goal is the target itself
    p.changeOutputWeight = 31 * 4;
    p.changeSpendWeight = kP2wpkhInputWeight;
    p.minChange = Amount::fromSats(294);
    p.seed = 7;
    return p;
}

std::vector<int64_t> selectedEffective(const wallet::SelectionResult& r, const std::vector<CoinCandidate>& coins,
                                       FeeRate rate) {
    std::vector<int64_t> out;
    for (size_t i : r.selected) out.push_back(wallet::effectiveValue(coins[i], rate));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

class TestCoinSelection : public QObject {
    Q_OBJECT
private slots:
    void bnbFindsExactMatch_data() {
        QTest::addColumn<std::vector<int64_t>>("pool");
        QTest::addColumn<qint64>("target");
        QTest::addColumn<int>("satPerVb");
        QTest::addColumn<std::vector<int64_t>>("expected");
        const std::vector<int64_t> fib{100'000, 200'000, 300'000, 500'000, 800'000};
        // At a rate above the long-term one each extra input is waste: the single exact coin wins.
        QTest::newRow("high rate prefers one coin") << fib << qint64(800'000) << 20 << std::vector<int64_t>{800'000};
        // Below the long-term rate spending more inputs now saves later: the three-coin match wins.
        QTest::newRow("low rate consolidates")
            << fib << qint64(800'000) << 1 << std::vector<int64_t>{100'000, 200'000, 500'000};
        QTest::newRow("deep match") << std::vector<int64_t>{7'000, 11'000, 13'000, 29'000, 1'000'000} << qint64(31'000)
                                    << 20 << std::vector<int64_t>{7'000, 11'000, 13'000};
        QTest::newRow("match among many equal coins")
            << std::vector<int64_t>(30, 10'000) << qint64(120'000) << 2 << std::vector<int64_t>(12, 10'000);
    }

    void bnbFindsExactMatch() {
        QFETCH(std::vector<int64_t>, pool);
        QFETCH(qint64, target);
        QFETCH(int, satPerVb);
        QFETCH(std::vector<int64_t>, expected);
        const FeeRate rate = FeeRate::fromSatPerVByte(satPerVb);
        const auto coins = coinsWithEffectiveValues(pool, rate);
        auto r = wallet::selectBranchAndBound(coins, paramsFor(target, rate));
        QVERIFY2(r.ok(), r.message().c_str());
        QCOMPARE(selectedEffective(*r, coins, rate), expected);
        QCOMPARE(r->change.sats(), int64_t(0));
        QCOMPARE(r->algorithm, SelectionAlgorithm::BranchAndBound);
        // The exact match leaves nothing to the miner beyond the fee of the inputs.
        QCOMPARE(r->inputTotal.sats() - r->fee.sats(), int64_t(target));
        // And selectCoins prefers it over any selection with change (its waste is lower).
        auto best = wallet::selectCoins(coins, paramsFor(target, rate));
        QVERIFY2(best.ok(), best.message().c_str());
        QCOMPARE(best->algorithm, SelectionAlgorithm::BranchAndBound);
    }

    void bnbReportsNoChangelessSolution() {
        const FeeRate rate = FeeRate::fromSatPerVByte(5);
        const auto coins = coinsWithEffectiveValues({100'000, 300'000}, rate);
        auto r = wallet::selectBranchAndBound(coins, paramsFor(150'000, rate));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.message()), QStringLiteral("no changeless solution"));
        // The overall selection falls back to a solution with change.
        auto any = wallet::selectCoins(coins, paramsFor(150'000, rate));
        QVERIFY2(any.ok(), any.message().c_str());
        QVERIFY(any->algorithm != SelectionAlgorithm::BranchAndBound);
        QVERIFY(any->change >= Amount::fromSats(294));
        QCOMPARE(any->inputTotal, Amount::fromSats(150'000) + any->fee + any->change);
    }

    void wasteMetricChoosesBetweenCandidates() {
        const FeeRate rate = FeeRate::fromSatPerVByte(20);
        const SelectionParams p = paramsFor(500'000, rate);
        const auto coins = coinsWithEffectiveValues({500'000, 200'000, 300'000, 900'000}, rate);
        // Waste by hand: per input (20 - 10 sat/vB) * 68 vB = 680 sat.
        QCOMPARE(wallet::computeWaste(coins, {0}, p, false, Amount()), int64_t(680));
        QCOMPARE(wallet::computeWaste(coins, {1, 2}, p, false, Amount()), int64_t(1360));
        // With change: the cost of change is 31 vB now at 20 sat/vB plus 68 vB later at 10 sat/vB.
        QCOMPARE(wallet::computeWaste(coins, {3}, p, true, Amount()), int64_t(680 + 620 + 680));
        // The lowest-waste candidate is the single exact coin.
        auto r = wallet::selectCoins(coins, p);
        QVERIFY2(r.ok(), r.message().c_str());
        QCOMPARE(r->selected, std::vector<size_t>{0});
        QCOMPARE(r->waste, int64_t(680));
    }

    void frozenCoinsAreNeverSpent() {
        const FeeRate rate = FeeRate::fromSatPerVByte(3);
        // The frozen coin is the only exact match; selection must find another way.
        auto coins = coinsWithEffectiveValues({250'000, 100'000, 200'000, 400'000}, rate);
        coins[0].frozen = true;
        auto r = wallet::selectCoins(coins, paramsFor(250'000, rate));
        QVERIFY2(r.ok(), r.message().c_str());
        QVERIFY(std::find(r->selected.begin(), r->selected.end(), size_t(0)) == r->selected.end());

        // Randomized pools: whatever the algorithm, a frozen coin never appears in the result.
        std::mt19937_64 rng(42);
        int checked = 0;
        for (int round = 0; round < 200; ++round) {
            std::vector<int64_t> values;
            const size_t n = 1 + rng() % 15;
            for (size_t i = 0; i < n; ++i) values.push_back(int64_t(1'000 + rng() % 500'000));
            auto pool = coinsWithEffectiveValues(values, rate);
            for (auto& c : pool) c.frozen = rng() % 3 == 0;
            SelectionParams p = paramsFor(int64_t(1'000 + rng() % 600'000), rate);
            p.seed = rng() | 1;
            auto sel = wallet::selectCoins(pool, p);
            if (!sel.ok()) continue;
            ++checked;
            for (size_t i : sel->selected) QVERIFY2(!pool[i].frozen, "a frozen coin was selected");
            QCOMPARE(sel->inputTotal, p.target + sel->fee + sel->change);
        }
        QVERIFY(checked > 50);

        // Only frozen coins: nothing can be spent.
        for (auto& c : coins) c.frozen = true;
        auto none = wallet::selectCoins(coins, paramsFor(1'000, rate));
        QVERIFY(!none.ok());
        QVERIFY(QString::fromStdString(none.message()).startsWith(QStringLiteral("no spendable coins")));
    }

    void insufficientFundsNamesBothAmounts() {
        const FeeRate rate = FeeRate::fromSatPerVByte(1);
        auto coins = coinsWithEffectiveValues({10'000, 20'000}, rate);
        coins.push_back(CoinCandidate{outpoint(9), Amount::fromSats(5'000'000), kP2wpkhInputWeight, true});  // frozen
        auto r = wallet::selectCoins(coins, paramsFor(100'000, rate));
        QVERIFY(!r.ok());
        // Have: the two spendable coins (10,068 + 20,068); need: the target plus the fee of spending both.
        QCOMPARE(QString::fromStdString(r.message()),
                 QStringLiteral("insufficient funds: need 0.00100136 BTC, have 0.00030136 BTC"));
    }

    void fallbacksKeepChangeAboveMinimum_data() {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("knapsack") << 0;
        QTest::newRow("single random draw") << 1;
    }

    void fallbacksKeepChangeAboveMinimum() {
        QFETCH(int, algorithm);
        const FeeRate rate = FeeRate::fromSatPerVByte(4);
        std::mt19937_64 rng(algorithm + 1);
        int solved = 0;
        for (int round = 0; round < 100; ++round) {
            std::vector<int64_t> values;
            for (int i = 0; i < 8; ++i) values.push_back(int64_t(5'000 + rng() % 200'000));
            const auto coins = coinsWithEffectiveValues(values, rate);
            SelectionParams p = paramsFor(int64_t(10'000 + rng() % 300'000), rate);
            p.seed = rng() | 1;
            auto r = algorithm == 0 ? wallet::selectKnapsack(coins, p) : wallet::selectSingleRandomDraw(coins, p);
            if (!r.ok()) continue;
            ++solved;
            QVERIFY(r->change.sats() == 0 || r->change >= p.minChange);
            QVERIFY(r->fee >= wallet::feeForWeight(rate, r->weight));
            QCOMPARE(r->inputTotal, p.target + r->fee + r->change);
        }
        QVERIFY(solved > 30);
    }
};

QTEST_GUILESS_MAIN(TestCoinSelection)
#include "test_coin_selection.moc"
