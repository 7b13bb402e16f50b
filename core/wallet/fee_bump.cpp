// SPDX-License-Identifier: MIT
#include "wallet/fee_bump.h"

#include <algorithm>
#include <string>

namespace cairn::wallet {

using primitives::Amount;
using primitives::FeeRate;
using primitives::TxOut;
using util::fail;
using util::Result;

namespace {

std::string btc(Amount a) { return a.toBtcString() + " BTC"; }

Amount sumOf(const std::vector<SpendCoin>& coins) {
    Amount total;
    for (const SpendCoin& c : coins) total = total + c.output.value;
    return total;
}

std::vector<InputType> typesOf(const std::vector<SpendCoin>& coins) {
    std::vector<InputType> types;
    for (const SpendCoin& c : coins) types.push_back(c.type);
    return types;
}

/// The larger of the target-rate fee and the BIP125 minimum (original fee + incremental relay fee × vsize).
Amount replacementFee(const FeeBumpRequest& r, Amount originalFee, size_t vsize) {
    const Amount atRate = r.feeRate.feeFor(vsize);
    const Amount rule4 = originalFee + kIncrementalRelayFee.feeFor(vsize);
    return std::max(atRate, rule4);
}

bool signalsRbf(const primitives::Transaction& tx) {
    return std::any_of(tx.inputs.begin(), tx.inputs.end(), [](const auto& in) { return in.sequence < 0xfffffffe; });
}

}  // namespace

FeeRate originalFeeRate(const FeeBumpRequest& r) {
    Amount out;
    std::vector<Bytes> scripts;
    for (const TxOut& o : r.original.outputs) {
        out = out + o.value;
        scripts.push_back(o.scriptPubKey);
    }
    return FeeRate::fromFee(sumOf(r.originalCoins) - out, estimateVsize(typesOf(r.originalCoins), scripts));
}

Result<BuiltTx> buildFeeBump(const FeeBumpRequest& r) {
    if (r.originalCoins.size() != r.original.inputs.size())
        return fail("the replacement needs every coin the original spends");
    if (!signalsRbf(r.original)) return fail("the transaction does not signal replaceability (BIP125)");
    if (r.changeIndex && *r.changeIndex >= r.original.outputs.size()) return fail("change output out of range");
    std::vector<TxOut> payments;
    Amount paid;
    for (size_t i = 0; i < r.original.outputs.size(); ++i) {
        if (r.changeIndex && i == *r.changeIndex) continue;
        payments.push_back(r.original.outputs[i]);
        paid = paid + r.original.outputs[i].value;
    }
    CAIRN_TRY_ASSIGN(originalOut, r.original.totalOutput());
    const Amount originalFee = sumOf(r.originalCoins) - originalOut;
    if (r.feeRate.satPerKvB() <= originalFeeRate(r).satPerKvB())
        return fail("the new fee rate must be above the original's (" +
                    std::to_string(originalFeeRate(r).satPerKvB() / 1000.0) + " sat/vB)");
    const Bytes changeScript = r.changeIndex ? r.original.outputs[*r.changeIndex].scriptPubKey : r.changeScript;

    std::vector<SpendCoin> coins = r.originalCoins;
    std::vector<SpendCoin> extra = r.extraCoins;
    std::sort(extra.begin(), extra.end(),
              [](const SpendCoin& a, const SpendCoin& b) { return a.output.value > b.output.value; });
    extra.erase(std::remove_if(extra.begin(), extra.end(), [](const SpendCoin& c) { return c.frozen; }), extra.end());
    size_t nextExtra = 0;
    while (true) {
        const Amount total = sumOf(coins);
        std::vector<Bytes> scripts;
        for (const TxOut& p : payments) scripts.push_back(p.scriptPubKey);
        const std::vector<InputType> types = typesOf(coins);
        std::vector<Bytes> withChange = scripts;
        withChange.push_back(changeScript);
        const Amount feeWithChange = replacementFee(r, originalFee, estimateVsize(types, withChange));
        const Amount change = total - paid - feeWithChange;
        std::vector<TxOut> outputs = payments;
        std::optional<size_t> changeAt;
        if (!changeScript.empty() && change >= dustThreshold(changeScript)) {
            // Keep the change where it was (or append it): the recipients' outputs stay byte-identical.
            changeAt = r.changeIndex ? *r.changeIndex : outputs.size();
            outputs.insert(outputs.begin() + std::ptrdiff_t(*changeAt), TxOut{change, changeScript});
        } else {
            const Amount feeNoChange = replacementFee(r, originalFee, estimateVsize(types, scripts));
            if (total - paid < feeNoChange) {
                if (nextExtra < extra.size()) {
                    coins.push_back(extra[nextExtra++]);
                    continue;
                }
                return fail("insufficient funds: need " + btc(paid + feeNoChange) + ", have " + btc(total));
            }
        }
        if (outputs.empty()) return fail("the replacement would have no output");
        std::vector<uint32_t> sequences(coins.size(), kSequenceRbf);
        CAIRN_TRY_ASSIGN(built, assembleTransaction(coins, sequences, outputs, r.original.lockTime, r.original.version));
        built.changeIndex = changeAt;
        if (changeAt) built.change = built.tx.outputs[*changeAt].value;
        return built;
    }
}

Result<BuiltTx> buildCpfp(const CpfpRequest& r) {
    const std::vector<Bytes> scripts{r.destinationScript};
    const size_t childVsize = estimateVsize({r.coin.type}, scripts);
    const Amount packageFee = r.packageFeeRate.feeFor(r.parentVsize + childVsize);
    Amount childFee = packageFee - r.parentFee;
    if (childFee <= kMinRelayFee.feeFor(childVsize)) {
        if (r.parentFee >= r.packageFeeRate.feeFor(r.parentVsize))
            return fail("the parent already pays " + std::to_string(FeeRate::fromFee(r.parentFee, r.parentVsize).satPerKvB() / 1000.0) +
                        " sat/vB; no child is needed for that rate");
        childFee = kMinRelayFee.feeFor(childVsize);
    }
    const Amount rest = r.coin.output.value - childFee;
    if (rest < dustThreshold(r.destinationScript))
        return fail("insufficient funds: need " + btc(childFee + dustThreshold(r.destinationScript)) + ", have " +
                    btc(r.coin.output.value));
    CAIRN_TRY_ASSIGN(built, assembleTransaction({r.coin}, {kSequenceRbf}, {TxOut{rest, r.destinationScript}},
                                                antiFeeSnipingLockTime(r.tipHeight)));
    built.changeIndex = 0;
    built.change = rest;
    return built;
}

}  // namespace cairn::wallet
