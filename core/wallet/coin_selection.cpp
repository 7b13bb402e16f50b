// SPDX-License-Identifier: MIT
#include "wallet/coin_selection.h"

#include "crypto/random.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <random>

namespace cairn::wallet {

using primitives::Amount;
using primitives::FeeRate;
using util::fail;
using util::Result;

namespace {

/// Search budget of Branch-and-Bound (Core uses the same bound).
constexpr size_t kBnbMaxTries = 100'000;
/// Randomized passes of the knapsack subset search.
constexpr int kKnapsackIterations = 1000;

/// A spendable candidate with its precomputed selection figures.
struct Pooled {
    size_t index = 0;       // into the caller's candidate list
    int64_t effective = 0;  // value - fee at feeRate
    int64_t fee = 0;        // input fee at feeRate
    int64_t longTermFee = 0;
};

std::vector<Pooled> spendablePool(const std::vector<CoinCandidate>& candidates, const SelectionParams& params) {
    std::vector<Pooled> pool;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const CoinCandidate& c = candidates[i];
        if (c.frozen) continue;
        Pooled p;
        p.index = i;
        p.fee = feeForWeight(params.feeRate, c.inputWeight).sats();
        p.longTermFee = feeForWeight(params.longTermFeeRate, c.inputWeight).sats();
        p.effective = c.value.sats() - p.fee;
        // A coin that costs more to spend than it is worth only lowers the amount available.
        if (p.effective > 0) pool.push_back(p);
    }
    return pool;
}

std::mt19937_64 makeRng(uint64_t seed) { return std::mt19937_64(seed != 0 ? seed : crypto::randomUint64()); }

/// What the selections must cover besides the recipients: the fee of the transaction without inputs.
int64_t baseFee(const SelectionParams& p) { return feeForWeight(p.feeRate, p.baseWeight).sats(); }
int64_t changeOutputFee(const SelectionParams& p) { return feeForWeight(p.feeRate, p.changeOutputWeight).sats(); }
int64_t costOfChange(const SelectionParams& p) {
    return changeOutputFee(p) + feeForWeight(p.longTermFeeRate, p.changeSpendWeight).sats();
}

std::vector<size_t> candidateIndexes(const std::vector<Pooled>& pool, const std::vector<size_t>& poolPositions) {
    std::vector<size_t> out;
    out.reserve(poolPositions.size());
    for (size_t pos : poolPositions) out.push_back(pool[pos].index);
    std::sort(out.begin(), out.end());
    return out;
}

std::string insufficient(Amount need, Amount have) {
    return "insufficient funds: need " + need.toBtcString() + " BTC, have " + have.toBtcString() + " BTC";
}

Result<SelectionResult> settle(const std::vector<CoinCandidate>& candidates, std::vector<size_t> selected,
                               const SelectionParams& params, SelectionAlgorithm algorithm, bool allowChange) {
    int64_t total = 0;
    size_t weight = params.baseWeight;
    for (size_t i : selected) {
        assert(i < candidates.size());
        total += candidates[i].value.sats();
        weight += candidates[i].inputWeight;
    }
    const int64_t target = params.target.sats();
    const int64_t feeNoChange = feeForWeight(params.feeRate, weight).sats();
    if (total < target + feeNoChange)
        return fail(insufficient(Amount::fromSats(target + feeNoChange), Amount::fromSats(total)));
    SelectionResult r;
    r.selected = std::move(selected);
    r.inputTotal = Amount::fromSats(total);
    r.algorithm = algorithm;
    const int64_t feeWithChange = feeForWeight(params.feeRate, weight + params.changeOutputWeight).sats();
    const int64_t change = total - target - feeWithChange;
    if (allowChange && change >= params.minChange.sats() && change > 0) {
        r.change = Amount::fromSats(change);
        r.fee = Amount::fromSats(feeWithChange);
        r.weight = weight + params.changeOutputWeight;
        r.waste = computeWaste(candidates, r.selected, params, true, Amount());
    } else {
        r.fee = Amount::fromSats(total - target);
        r.weight = weight;
        r.waste = computeWaste(candidates, r.selected, params, false, Amount::fromSats(total - target - feeNoChange));
    }
    return r;
}

/// Knapsack's randomized search for the subset of `pool` (sorted by effective value, descending) whose sum is
/// the smallest one reaching `goal`. Returns the pool positions and their sum (INT64_MAX sum when none).
std::pair<std::vector<bool>, int64_t> approximateBestSubset(const std::vector<Pooled>& pool, int64_t goal,
                                                            std::mt19937_64& rng) {
    const int64_t all = std::accumulate(pool.begin(), pool.end(), int64_t(0),
                                        [](int64_t s, const Pooled& p) { return s + p.effective; });
    std::vector<bool> best(pool.size(), true);
    int64_t bestSum = all;
    std::vector<bool> included(pool.size());
    for (int rep = 0; rep < kKnapsackIterations && bestSum != goal; ++rep) {
        std::fill(included.begin(), included.end(), false);
        int64_t sum = 0;
        bool reached = false;
        // First pass: random inclusion; second pass: try the coins left out.
        for (int pass = 0; pass < 2 && !reached; ++pass) {
            for (size_t i = 0; i < pool.size(); ++i) {
                const bool take = pass == 0 ? (rng() & 1) != 0 : !included[i];
                if (!take || included[i]) continue;
                sum += pool[i].effective;
                included[i] = true;
                if (sum >= goal) {
                    reached = true;
                    if (sum < bestSum) {
                        bestSum = sum;
                        best = included;
                    }
                    // Drop the coin again and look for a tighter fit with the following ones.
                    sum -= pool[i].effective;
                    included[i] = false;
                }
            }
        }
    }
    if (bestSum < goal) return {best, std::numeric_limits<int64_t>::max()};
    return {best, bestSum};
}

}  // namespace

std::string selectionAlgorithmName(SelectionAlgorithm algorithm) {
    switch (algorithm) {
        case SelectionAlgorithm::BranchAndBound:
            return "bnb";
        case SelectionAlgorithm::Knapsack:
            return "knapsack";
        case SelectionAlgorithm::SingleRandomDraw:
            return "srd";
        case SelectionAlgorithm::Manual:
            return "manual";
    }
    return "manual";
}

Amount feeForWeight(FeeRate rate, size_t weight) { return rate.feeFor((weight + 3) / 4); }

int64_t effectiveValue(const CoinCandidate& coin, FeeRate rate) {
    return coin.value.sats() - feeForWeight(rate, coin.inputWeight).sats();
}

int64_t computeWaste(const std::vector<CoinCandidate>& candidates, const std::vector<size_t>& selected,
                     const SelectionParams& params, bool hasChange, Amount excess) {
    int64_t waste = 0;
    for (size_t i : selected)
        waste += feeForWeight(params.feeRate, candidates[i].inputWeight).sats() -
                 feeForWeight(params.longTermFeeRate, candidates[i].inputWeight).sats();
    return waste + (hasChange ? costOfChange(params) : excess.sats());
}

Result<SelectionResult> settleSelection(const std::vector<CoinCandidate>& candidates, std::vector<size_t> selected,
                                        const SelectionParams& params, SelectionAlgorithm algorithm) {
    for (size_t i : selected)
        if (i >= candidates.size()) return fail("coin selection index out of range");
    return settle(candidates, std::move(selected), params, algorithm, algorithm != SelectionAlgorithm::BranchAndBound);
}

Result<SelectionResult> selectBranchAndBound(const std::vector<CoinCandidate>& candidates,
                                             const SelectionParams& params) {
    std::vector<Pooled> pool = spendablePool(candidates, params);
    std::sort(pool.begin(), pool.end(), [](const Pooled& a, const Pooled& b) { return a.effective > b.effective; });
    const int64_t goal = params.target.sats() + baseFee(params);
    const int64_t window = costOfChange(params);
    // Spending now at a rate above the long-term one makes every extra input waste: prune on waste then.
    const bool feeRateHigh = params.feeRate > params.longTermFeeRate;

    int64_t available = 0;
    for (const Pooled& p : pool) available += p.effective;
    if (available < goal) return fail("no changeless solution");

    std::vector<size_t> chosen;  // pool positions included on the current branch
    std::vector<size_t> best;
    int64_t value = 0, waste = 0, bestWaste = std::numeric_limits<int64_t>::max();
    size_t next = 0;  // the pool position to decide next
    for (size_t tries = 0; tries < kBnbMaxTries; ++tries) {
        bool backtrack = false;
        if (value + available < goal || value > goal + window || (feeRateHigh && waste > bestWaste)) {
            backtrack = true;
        } else if (value >= goal) {
            // A solution: its waste also counts the excess left to the miner.
            if (waste + (value - goal) <= bestWaste) {
                best = chosen;
                bestWaste = waste + (value - goal);
            }
            backtrack = true;
        }
        if (backtrack) {
            if (chosen.empty()) break;
            // Give back the coins decided (omitted) after the last inclusion, then omit that one instead.
            while (next > chosen.back() + 1) available += pool[--next].effective;
            const Pooled& last = pool[chosen.back()];
            value -= last.effective;
            waste -= last.fee - last.longTermFee;
            next = chosen.back() + 1;
            chosen.pop_back();
            continue;
        }
        const Pooled& p = pool[next];
        available -= p.effective;
        // Omitting a coin and then taking an identical one gives a branch already explored: skip it.
        const bool duplicateOfOmitted = next > 0 && (chosen.empty() || chosen.back() != next - 1) &&
                                        pool[next - 1].effective == p.effective && pool[next - 1].fee == p.fee;
        if (!duplicateOfOmitted) {
            chosen.push_back(next);
            value += p.effective;
            waste += p.fee - p.longTermFee;
        }
        ++next;
    }
    if (best.empty()) return fail("no changeless solution");
    auto r = settle(candidates, candidateIndexes(pool, best), params, SelectionAlgorithm::BranchAndBound, false);
    if (!r) return fail("no changeless solution");
    return r;
}

Result<SelectionResult> selectSingleRandomDraw(const std::vector<CoinCandidate>& candidates,
                                               const SelectionParams& params) {
    std::vector<Pooled> pool = spendablePool(candidates, params);
    std::mt19937_64 rng = makeRng(params.seed);
    std::shuffle(pool.begin(), pool.end(), rng);
    const int64_t goal = params.target.sats() + baseFee(params) + changeOutputFee(params) + params.minChange.sats();
    int64_t value = 0;
    std::vector<size_t> chosen;
    for (size_t i = 0; i < pool.size() && value < goal; ++i) {
        chosen.push_back(i);
        value += pool[i].effective;
    }
    if (value < goal) return fail("single random draw found no solution");
    return settle(candidates, candidateIndexes(pool, chosen), params, SelectionAlgorithm::SingleRandomDraw, true);
}

Result<SelectionResult> selectKnapsack(const std::vector<CoinCandidate>& candidates, const SelectionParams& params) {
    std::vector<Pooled> pool = spendablePool(candidates, params);
    std::mt19937_64 rng = makeRng(params.seed ^ 0x6b6e61707361636bULL);
    std::shuffle(pool.begin(), pool.end(), rng);
    const int64_t exact = params.target.sats() + baseFee(params);
    const int64_t withChange = exact + changeOutputFee(params) + params.minChange.sats();

    std::vector<Pooled> smaller;
    std::optional<Pooled> lowestLarger;
    int64_t smallerTotal = 0;
    for (const Pooled& p : pool) {
        if (p.effective == exact) return settle(candidates, {p.index}, params, SelectionAlgorithm::Knapsack, true);
        if (p.effective < withChange) {
            smaller.push_back(p);
            smallerTotal += p.effective;
        } else if (!lowestLarger || p.effective < lowestLarger->effective) {
            lowestLarger = p;
        }
    }
    std::vector<size_t> all(smaller.size());
    std::iota(all.begin(), all.end(), size_t(0));
    if (smallerTotal == exact)
        return settle(candidates, candidateIndexes(smaller, all), params, SelectionAlgorithm::Knapsack, true);
    if (smallerTotal < exact) {
        if (!lowestLarger) return fail("knapsack found no solution");
        return settle(candidates, {lowestLarger->index}, params, SelectionAlgorithm::Knapsack, true);
    }
    std::sort(smaller.begin(), smaller.end(),
              [](const Pooled& a, const Pooled& b) { return a.effective > b.effective; });
    auto [subset, sum] = approximateBestSubset(smaller, exact, rng);
    if (sum != exact && smallerTotal >= withChange)
        std::tie(subset, sum) = approximateBestSubset(smaller, withChange, rng);
    // A single larger coin beats a subset that leaves an awkward (non-exact, possibly tiny) change.
    if (lowestLarger && ((sum != exact && sum < withChange) || lowestLarger->effective <= sum))
        return settle(candidates, {lowestLarger->index}, params, SelectionAlgorithm::Knapsack, true);
    if (sum == std::numeric_limits<int64_t>::max()) return fail("knapsack found no solution");
    std::vector<size_t> chosen;
    for (size_t i = 0; i < subset.size(); ++i)
        if (subset[i]) chosen.push_back(i);
    return settle(candidates, candidateIndexes(smaller, chosen), params, SelectionAlgorithm::Knapsack, true);
}

Result<SelectionResult> selectCoins(const std::vector<CoinCandidate>& candidates, const SelectionParams& params) {
    std::vector<size_t> spendable;
    for (size_t i = 0; i < candidates.size(); ++i)
        if (!candidates[i].frozen) spendable.push_back(i);
    if (spendable.empty()) return fail("no spendable coins (frozen: " + std::to_string(candidates.size()) + ")");
    // Even everything together cannot pay: say how much is missing.
    auto everything = settle(candidates, spendable, params, SelectionAlgorithm::Manual, true);
    if (!everything) return everything.error();

    std::optional<SelectionResult> best;
    for (auto* algorithm : {&selectBranchAndBound, &selectKnapsack, &selectSingleRandomDraw}) {
        auto r = algorithm(candidates, params);
        if (r && (!best || r->waste < best->waste)) best = std::move(*r);
    }
    // Coins with a negative effective value are left out by the algorithms; all coins together still pay.
    if (!best) {
        SelectionResult all = std::move(*everything);
        all.algorithm = SelectionAlgorithm::SingleRandomDraw;
        return all;
    }
    return std::move(*best);
}

}  // namespace cairn::wallet
