// SPDX-License-Identifier: MIT
#include "wallet/tx_builder.h"

#include "crypto/random.h"
#include "primitives/serialize.h"
#include "script/standard.h"

#include <algorithm>
#include <map>
#include <random>

namespace cairn::wallet {

using primitives::Amount;
using primitives::OutPoint;
using primitives::Transaction;
using primitives::TxIn;
using primitives::TxOut;
using util::fail;
using util::Result;

namespace {

/// Bytes of an input without its scriptSig: prevout (36) + scriptSig length (1) + sequence (4).
constexpr size_t kInputBaseSize = 41;
/// A compressed public key.
constexpr size_t kPubKeySize = 33;
/// A P2WPKH program as P2SH redeemScript: OP_0 <20 bytes>.
constexpr size_t kNestedRedeemSize = 22;
/// The spend size Core's dust rule assumes: a P2PKH input (148 bytes) or a witness input (67 vbytes).
constexpr size_t kDustSpendLegacy = 32 + 4 + 1 + 107 + 4;
constexpr size_t kDustSpendWitness = 32 + 4 + 1 + 107 / 4 + 4;

struct InputShape {
    size_t scriptSig = 0;         // scriptSig bytes
    std::vector<size_t> witness;  // witness item sizes
};

InputShape shapeOf(InputType type) {
    switch (type) {
        case InputType::P2pkh:
            return {1 + kEstimatedEcdsaSigSize + 1 + kPubKeySize, {}};
        case InputType::P2shP2wpkh:
            return {1 + kNestedRedeemSize, {kEstimatedEcdsaSigSize, kPubKeySize}};
        case InputType::P2wpkh:
            return {0, {kEstimatedEcdsaSigSize, kPubKeySize}};
        case InputType::P2trKeyPath:
            return {0, {64}};
    }
    return {};
}

std::string amountText(Amount a) { return a.toBtcString() + " BTC"; }

Result<void> checkPayment(const Payment& p, size_t index, bool sendMax) {
    const std::string where = "recipient " + std::to_string(index + 1) + ": ";
    if (p.scriptPubKey.empty()) return fail(where + "empty output script");
    if (sendMax) return {};
    if (!p.amount.moneyRange() || p.amount.sats() == 0)
        return fail(where + "amount must be positive and at most 21,000,000 BTC");
    const Amount dust = dustThreshold(p.scriptPubKey);
    if (p.amount < dust)
        return fail(where + "amount " + amountText(p.amount) + " is below the dust threshold " + amountText(dust));
    return {};
}

}  // namespace

std::string inputTypeName(InputType type) {
    switch (type) {
        case InputType::P2pkh:
            return "p2pkh";
        case InputType::P2shP2wpkh:
            return "p2sh-p2wpkh";
        case InputType::P2wpkh:
            return "p2wpkh";
        case InputType::P2trKeyPath:
            return "p2tr";
    }
    return "p2wpkh";
}

std::optional<InputType> inputTypeForScript(ByteView scriptPubKey) {
    switch (script::classify(scriptPubKey).type) {
        case script::ScriptType::PubKeyHash:
            return InputType::P2pkh;
        case script::ScriptType::ScriptHash:
            return InputType::P2shP2wpkh;
        case script::ScriptType::WitnessV0KeyHash:
            return InputType::P2wpkh;
        case script::ScriptType::WitnessV1Taproot:
            return InputType::P2trKeyPath;
        default:
            return std::nullopt;
    }
}

InputType inputTypeForAccount(script::AccountType type) {
    switch (type) {
        case script::AccountType::Bip44P2pkh:
            return InputType::P2pkh;
        case script::AccountType::Bip49P2shP2wpkh:
            return InputType::P2shP2wpkh;
        case script::AccountType::Bip84P2wpkh:
            return InputType::P2wpkh;
        case script::AccountType::Bip86P2tr:
            return InputType::P2trKeyPath;
    }
    return InputType::P2wpkh;
}

bool isSegwit(InputType type) { return type != InputType::P2pkh; }

size_t inputWeight(InputType type) {
    const InputShape s = shapeOf(type);
    size_t weight = (kInputBaseSize - 1 + primitives::compactSizeLength(s.scriptSig) + s.scriptSig) *
                    primitives::kWitnessScaleFactor;
    if (!s.witness.empty()) {
        weight += primitives::compactSizeLength(s.witness.size());
        for (size_t item : s.witness) weight += primitives::compactSizeLength(item) + item;
    }
    return weight;
}

size_t outputWeight(ByteView scriptPubKey) {
    return (8 + primitives::compactSizeLength(scriptPubKey.size()) + scriptPubKey.size()) *
           primitives::kWitnessScaleFactor;
}

size_t estimateWeight(const std::vector<InputType>& inputs, const std::vector<Bytes>& outputScripts) {
    size_t weight =
        (4 + primitives::compactSizeLength(inputs.size()) + primitives::compactSizeLength(outputScripts.size()) + 4) *
        primitives::kWitnessScaleFactor;
    const bool anySegwit = std::any_of(inputs.begin(), inputs.end(), isSegwit);
    for (InputType t : inputs) {
        weight += inputWeight(t);
        // In a segwit transaction a non-witness input still has its (empty) witness stack count.
        if (anySegwit && !isSegwit(t)) weight += 1;
    }
    if (anySegwit) weight += 2;  // marker and flag
    for (const Bytes& s : outputScripts) weight += outputWeight(s);
    return weight;
}

size_t estimateVsize(const std::vector<InputType>& inputs, const std::vector<Bytes>& outputScripts) {
    return (estimateWeight(inputs, outputScripts) + 3) / 4;
}

Amount dustThreshold(ByteView scriptPubKey, primitives::FeeRate dustRelayFee) {
    const script::ScriptInfo info = script::classify(scriptPubKey);
    if (info.type == script::ScriptType::NullData || (!scriptPubKey.empty() && scriptPubKey[0] == 0x6a))
        return Amount();
    const size_t outputSize = outputWeight(scriptPubKey) / primitives::kWitnessScaleFactor;
    const size_t spend = info.witnessVersion >= 0 ? kDustSpendWitness : kDustSpendLegacy;
    return dustRelayFee.feeFor(outputSize + spend);
}

uint32_t antiFeeSnipingLockTime(int tipHeight, uint64_t seed) {
    if (tipHeight < 0) return 0;
    std::mt19937_64 rng(seed != 0 ? seed : crypto::randomUint64());
    int height = tipHeight;
    // Occasionally back off so transactions that were held back (privacy, slow signers) blend in.
    if (rng() % 10 == 0) height = std::max(0, height - int(rng() % 100));
    return uint32_t(height);
}

Result<BuiltTx> assembleTransaction(const std::vector<SpendCoin>& coins, const std::vector<uint32_t>& sequences,
                                    const std::vector<TxOut>& outputs, uint32_t lockTime, int32_t version) {
    if (coins.size() != sequences.size()) return fail("one sequence number per input is needed");
    if (coins.empty()) return fail("a transaction needs at least one input");
    if (outputs.empty()) return fail("a transaction needs at least one output");
    BuiltTx built;
    built.tx.version = version;
    built.tx.lockTime = lockTime;
    Amount in, out;
    std::vector<InputType> types;
    for (size_t i = 0; i < coins.size(); ++i) {
        built.tx.inputs.push_back(TxIn{coins[i].outpoint, {}, sequences[i], {}});
        types.push_back(coins[i].type);
        CAIRN_TRY_ASSIGN(sum, in.checkedAdd(coins[i].output.value));
        in = sum;
    }
    std::vector<Bytes> scripts;
    for (const TxOut& o : outputs) {
        if (!o.value.moneyRange()) return fail("output amount outside the money range");
        CAIRN_TRY_ASSIGN(sum, out.checkedAdd(o.value));
        out = sum;
        scripts.push_back(o.scriptPubKey);
    }
    if (out > in) return fail("outputs (" + amountText(out) + ") exceed inputs (" + amountText(in) + ")");
    built.tx.outputs = outputs;
    built.inputs = coins;
    built.fee = in - out;
    built.estimatedVsize = estimateVsize(types, scripts);
    return built;
}

Result<BuiltTx> buildTransaction(const TxRequest& request, const std::vector<SpendCoin>& available) {
    if (request.payments.empty()) return fail("no recipient given");
    if (request.sendMax && request.payments.size() != 1) return fail("sending the maximum needs exactly one recipient");
    if (request.feeRate < kMinRelayFee)
        return fail("fee rate " + request.feeRate.toString() + " is below the minimum relay fee " +
                    kMinRelayFee.toString());
    for (size_t i = 0; i < request.payments.size(); ++i)
        CAIRN_TRY(checkPayment(request.payments[i], i, request.sendMax));
    if (request.changeScript.empty() && !request.sendMax) return fail("no change address given");

    // The coins on offer: the coin-control set (exactly), or every coin of the wallet.
    std::vector<SpendCoin> pool;
    if (!request.coins.empty()) {
        std::map<OutPoint, const SpendCoin*> byOutpoint;
        for (const SpendCoin& c : available) byOutpoint[c.outpoint] = &c;
        for (const OutPoint& o : request.coins) {
            auto it = byOutpoint.find(o);
            if (it == byOutpoint.end())
                return fail("coin " + o.toString() + " is not a spendable output of this wallet");
            if (it->second->frozen) return fail("coin " + o.toString() + " is frozen");
            if (std::any_of(pool.begin(), pool.end(), [&](const SpendCoin& c) { return c.outpoint == o; }))
                return fail("coin " + o.toString() + " is given twice");
            pool.push_back(*it->second);
        }
    } else {
        pool = available;
    }

    std::vector<Bytes> paymentScripts;
    Amount target;
    for (const Payment& p : request.payments) {
        paymentScripts.push_back(p.scriptPubKey);
        if (!request.sendMax) {
            CAIRN_TRY_ASSIGN(sum, target.checkedAdd(p.amount));
            target = sum;
        }
    }

    SelectionParams params;
    params.target = target;
    params.feeRate = request.feeRate;
    params.longTermFeeRate = request.longTermFeeRate;
    // Base weight: everything but the inputs and the change; the marker is counted when any coin is segwit.
    const bool anySegwit = std::any_of(pool.begin(), pool.end(), [](const SpendCoin& c) { return isSegwit(c.type); });
    params.baseWeight = estimateWeight({}, paymentScripts) + (anySegwit ? 2 : 0);
    params.changeOutputWeight = outputWeight(request.changeScript);
    params.changeSpendWeight = inputWeight(request.changeType);
    params.minChange = std::max(dustThreshold(request.changeScript), Amount::fromSats(1));
    params.seed = request.seed;

    std::vector<CoinCandidate> candidates;
    for (const SpendCoin& c : pool)
        candidates.push_back(CoinCandidate{c.outpoint, c.output.value,
                                           inputWeight(c.type) + (anySegwit && !isSegwit(c.type) ? 1 : 0), c.frozen});

    SelectionResult selection;
    if (request.sendMax || !request.coins.empty()) {
        std::vector<size_t> all;
        for (size_t i = 0; i < candidates.size(); ++i)
            if (!candidates[i].frozen) all.push_back(i);
        if (all.empty()) return fail("no spendable coins");
        if (request.sendMax) {
            // Everything to the recipient: the fee of the changeless transaction comes off its amount.
            size_t weight = params.baseWeight;
            for (size_t i : all) {
                weight += candidates[i].inputWeight;
                selection.inputTotal += candidates[i].value;
            }
            selection.selected = all;
            selection.fee = feeForWeight(params.feeRate, weight);
            selection.weight = weight;
        } else {
            CAIRN_TRY_ASSIGN(r, settleSelection(candidates, all, params, SelectionAlgorithm::Manual));
            selection = std::move(r);
        }
    } else {
        CAIRN_TRY_ASSIGN(r, selectCoins(candidates, params));
        selection = std::move(r);
    }

    std::mt19937_64 rng(request.seed != 0 ? request.seed : crypto::randomUint64());
    std::vector<SpendCoin> coins;
    for (size_t i : selection.selected) coins.push_back(pool[i]);
    std::shuffle(coins.begin(), coins.end(), rng);

    std::vector<TxOut> outputs;
    for (const Payment& p : request.payments) outputs.push_back(TxOut{p.amount, p.scriptPubKey});
    std::optional<size_t> changeIndex;
    if (request.sendMax) {
        const Amount amount = selection.inputTotal - selection.fee;
        const Amount dust = dustThreshold(request.payments[0].scriptPubKey);
        if (amount < dust || amount.sats() <= 0)
            return fail("insufficient funds: need " + amountText(selection.fee + dust) + ", have " +
                        amountText(selection.inputTotal));
        outputs[0].value = amount;
    } else if (selection.change.sats() > 0) {
        // The change goes to a random position so it cannot be told apart by its place.
        changeIndex = size_t(rng() % (outputs.size() + 1));
        outputs.insert(outputs.begin() + std::ptrdiff_t(*changeIndex), TxOut{selection.change, request.changeScript});
    }

    const uint32_t sequence = request.rbf ? kSequenceRbf : kSequenceNoRbf;
    CAIRN_TRY_ASSIGN(built, assembleTransaction(coins, std::vector<uint32_t>(coins.size(), sequence), outputs,
                                                antiFeeSnipingLockTime(request.tipHeight, rng())));
    built.changeIndex = changeIndex;
    built.change = changeIndex ? selection.change : Amount();
    built.algorithm = request.sendMax ? SelectionAlgorithm::Manual : selection.algorithm;
    built.waste = selection.waste;
    return built;
}

}  // namespace cairn::wallet
