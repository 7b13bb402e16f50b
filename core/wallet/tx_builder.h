// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/amount.h"
#include "primitives/outpoint.h"
#include "primitives/transaction.h"
#include "script/account_path.h"
#include "util/bytes.h"
#include "util/result.h"
#include "wallet/coin_selection.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Unsigned transactions from the wallet's coins: size estimates per input type, dust rules, coin selection,
// change of the wallet's own script type, anti-fee-sniping lock time and BIP125 signalling.
namespace cairn::wallet {

/// The input types the wallet can spend (and so estimate and sign).
enum class InputType { P2pkh, P2shP2wpkh, P2wpkh, P2trKeyPath };

/// nSequence that signals BIP125 replaceability (and enables the lock time).
constexpr uint32_t kSequenceRbf = 0xfffffffd;
/// nSequence without RBF signal that still enables the lock time.
constexpr uint32_t kSequenceNoRbf = 0xfffffffe;
/// Core's default dust relay fee (3 sat/vB).
constexpr primitives::FeeRate kDustRelayFee = primitives::FeeRate::fromSatPerKvB(3000);
/// Core's default incremental relay fee (1 sat/vB), the BIP125 rule 4 minimum bump.
constexpr primitives::FeeRate kIncrementalRelayFee = primitives::FeeRate::fromSatPerKvB(1000);
/// Core's default minimum relay fee (1 sat/vB); lower rates are refused.
constexpr primitives::FeeRate kMinRelayFee = primitives::FeeRate::fromSatPerKvB(1000);
/// Signature length the estimates assume for ECDSA: a 70-byte DER signature (low R and low S, both 32 bytes, as
/// the wallet grinds them) plus the sighash byte.
constexpr size_t kEstimatedEcdsaSigSize = 71;

/// "p2pkh", "p2sh-p2wpkh", "p2wpkh" or "p2tr".
std::string inputTypeName(InputType type);
/// The input type of a wallet scriptPubKey (P2SH is taken as the wallet's P2SH-P2WPKH), nullopt otherwise.
std::optional<InputType> inputTypeForScript(ByteView scriptPubKey);
/// The input type of a standard account type.
InputType inputTypeForAccount(script::AccountType type);
/// True for the types whose signatures live in the witness.
bool isSegwit(InputType type);

/// Weight units a signed input of `type` adds: its non-witness bytes × 4 plus its witness bytes (the
/// transaction's segwit marker is counted by estimateWeight). ECDSA signatures count kEstimatedEcdsaSigSize,
/// taproot signatures 64 bytes (SIGHASH_DEFAULT).
size_t inputWeight(InputType type);
/// Weight units of an output with this scriptPubKey (value, length prefix and script, × 4).
size_t outputWeight(ByteView scriptPubKey);
/// Estimated weight of the signed transaction with these inputs and outputs (version, counts, lock time, the
/// segwit marker and empty witnesses of non-segwit inputs when any input is segwit).
size_t estimateWeight(const std::vector<InputType>& inputs, const std::vector<Bytes>& outputScripts);
/// ceil(estimateWeight / 4).
size_t estimateVsize(const std::vector<InputType>& inputs, const std::vector<Bytes>& outputScripts);
/// The dust threshold of an output as Core computes it: (output size + the size of the input spending it) ×
/// `dustRelayFee`; 0 for OP_RETURN outputs.
primitives::Amount dustThreshold(ByteView scriptPubKey, primitives::FeeRate dustRelayFee = kDustRelayFee);

/// A lock time that discourages fee sniping: the tip height, and one time in ten up to 99 blocks lower (as
/// Bitcoin Core does, so that delayed broadcasts do not stand out). `tipHeight` < 0 gives 0.
uint32_t antiFeeSnipingLockTime(int tipHeight, uint64_t seed = 0);

/// A wallet coin that can be spent.
struct SpendCoin {
    primitives::OutPoint outpoint;
    primitives::TxOut output;
    InputType type = InputType::P2wpkh;
    bool frozen = false;
};

/// One recipient.
struct Payment {
    Bytes scriptPubKey;
    primitives::Amount amount;
};

/// What to build.
struct TxRequest {
    std::vector<Payment> payments;
    primitives::FeeRate feeRate;
    primitives::FeeRate longTermFeeRate = primitives::FeeRate::fromSatPerVByte(10);
    /// Send everything selected (coin control) or every unfrozen coin to the single payment, minus the fee;
    /// the payment's amount is ignored.
    bool sendMax = false;
    /// Coin control: spend exactly these coins (all of them); empty: automatic coin selection.
    std::vector<primitives::OutPoint> coins;
    Bytes changeScript;  ///< where change goes (the wallet's next change address)
    InputType changeType = InputType::P2wpkh;
    int tipHeight = 0;  ///< for the anti-fee-sniping lock time
    bool rbf = true;    ///< nSequence 0xfffffffd (else 0xfffffffe)
    uint64_t seed = 0;  ///< randomness for selection, ordering and lock time; 0 = fresh
};

/// An unsigned transaction and what the wallet needs to sign and show it.
struct BuiltTx {
    primitives::Transaction tx;         ///< unsigned (empty scriptSigs and witnesses)
    std::vector<SpendCoin> inputs;      ///< the coins spent, in input order
    std::optional<size_t> changeIndex;  ///< the change output, if any
    primitives::Amount fee;
    primitives::Amount change;
    size_t estimatedVsize = 0;  ///< of the signed transaction
    SelectionAlgorithm algorithm = SelectionAlgorithm::Manual;
    int64_t waste = 0;
};

/// Builds an unsigned transaction paying `request.payments` from `available` coins. Fails with a plain
/// reason: no payment, an amount below the output's dust threshold or outside the money range, a fee rate below
/// 1 sat/vB, a coin-control outpoint that is unknown or frozen, or "insufficient funds: need X, have Y".
[[nodiscard]] util::Result<BuiltTx> buildTransaction(const TxRequest& request, const std::vector<SpendCoin>& available);

/// Assembles a transaction spending exactly `coins` (with their `sequences`) to `outputs` in the given order,
/// with the estimates filled in (fee = inputs - outputs). Fails when the counts differ or the outputs exceed the
/// inputs.
[[nodiscard]] util::Result<BuiltTx> assembleTransaction(const std::vector<SpendCoin>& coins,
                                                        const std::vector<uint32_t>& sequences,
                                                        const std::vector<primitives::TxOut>& outputs,
                                                        uint32_t lockTime, int32_t version = 2);

}  // namespace cairn::wallet
