// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/amount.h"
#include "primitives/outpoint.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Coin selection as Bitcoin Core does it: each coin counts with its effective value (value minus the fee its
// input costs at the target rate); Branch-and-Bound looks for a changeless set whose effective value lands
// between the target and target + cost of change; single random draw and a knapsack search give solutions
// with change; the candidate with the lowest waste wins.
namespace cairn::wallet {

/// One output coin selection may spend.
struct CoinCandidate {
    primitives::OutPoint outpoint;
    primitives::Amount value;
    size_t inputWeight = 0;  ///< weight units the signed input adds to the transaction (see tx_builder.h)
    bool frozen = false;     ///< never selected
};

/// Which algorithm produced a selection.
enum class SelectionAlgorithm { BranchAndBound, Knapsack, SingleRandomDraw, Manual };

/// "bnb", "knapsack", "srd" or "manual".
std::string selectionAlgorithmName(SelectionAlgorithm algorithm);

/// What the selection must pay for.
struct SelectionParams {
    primitives::Amount target;    ///< sum of the recipients' amounts
    primitives::FeeRate feeRate;  ///< the transaction's fee rate
    /// The rate the wallet expects to pay in the long run; spending now at a lower rate is cheaper than later.
    primitives::FeeRate longTermFeeRate = primitives::FeeRate::fromSatPerVByte(10);
    size_t baseWeight = 0;          ///< weight of the transaction without inputs and change output
    size_t changeOutputWeight = 0;  ///< weight a change output adds
    size_t changeSpendWeight = 0;   ///< weight of the input that will later spend the change
    primitives::Amount minChange;   ///< smallest change worth keeping (at least the dust threshold)
    uint64_t seed = 0;              ///< randomness for SRD and knapsack; 0 = fresh random bytes
};

/// A chosen set of coins and what the transaction then looks like.
struct SelectionResult {
    std::vector<size_t> selected;  ///< indexes into the candidate list, ascending
    primitives::Amount inputTotal;
    primitives::Amount fee;     ///< inputs - target - change (includes dropped excess)
    primitives::Amount change;  ///< 0 when the transaction has no change output
    int64_t waste = 0;          ///< satoshis, see computeWaste()
    size_t weight = 0;          ///< estimated weight of the whole signed transaction
    SelectionAlgorithm algorithm = SelectionAlgorithm::Manual;
};

/// The fee for `weight` weight units at `rate` (vsize = ceil(weight / 4), rounded up like FeeRate::feeFor).
primitives::Amount feeForWeight(primitives::FeeRate rate, size_t weight);

/// A coin's value minus the fee its input costs at `rate` (may be negative).
int64_t effectiveValue(const CoinCandidate& coin, primitives::FeeRate rate);

/// Settles a fixed set of coins: total, fee, whether change is kept (change >= minChange) and the waste.
/// Fails with "insufficient funds: need X, have Y" (BTC amounts) when the coins cannot pay target + fee.
[[nodiscard]] util::Result<SelectionResult> settleSelection(const std::vector<CoinCandidate>& candidates,
                                                            std::vector<size_t> selected, const SelectionParams& params,
                                                            SelectionAlgorithm algorithm);

/// Waste of a selection (Core's metric): sum over inputs of (fee at feeRate - fee at longTermFeeRate), plus
/// the cost of change when there is change (change output fee now + its spend at the long-term rate), or the
/// excess given to the miner when there is none.
int64_t computeWaste(const std::vector<CoinCandidate>& candidates, const std::vector<size_t>& selected,
                     const SelectionParams& params, bool hasChange, primitives::Amount excess);

/// Branch-and-Bound: the changeless selection with the least waste whose effective value is within
/// [target + base fee, target + base fee + cost of change]; nullopt-like error "no changeless solution" when
/// there is none within the search budget (100,000 steps).
[[nodiscard]] util::Result<SelectionResult> selectBranchAndBound(const std::vector<CoinCandidate>& candidates,
                                                                 const SelectionParams& params);
/// Single random draw: coins in random order until they pay target, fees and minChange.
[[nodiscard]] util::Result<SelectionResult> selectSingleRandomDraw(const std::vector<CoinCandidate>& candidates,
                                                                   const SelectionParams& params);
/// Knapsack: an exact match or the smallest subset found by randomized passes that pays target, fees and
/// minChange (or, failing that, the smallest larger single coin).
[[nodiscard]] util::Result<SelectionResult> selectKnapsack(const std::vector<CoinCandidate>& candidates,
                                                           const SelectionParams& params);

/// Runs BnB, knapsack and SRD over the non-frozen candidates and returns the lowest-waste result (BnB wins
/// ties). Fails with "insufficient funds: need X, have Y" when even all spendable coins cannot pay, or with
/// "no spendable coins" when there are none.
[[nodiscard]] util::Result<SelectionResult> selectCoins(const std::vector<CoinCandidate>& candidates,
                                                        const SelectionParams& params);

}  // namespace cairn::wallet
