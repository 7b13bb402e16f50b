// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/amount.h"
#include "primitives/transaction.h"
#include "util/bytes.h"
#include "util/result.h"
#include "wallet/tx_builder.h"

#include <cstddef>
#include <optional>
#include <vector>

// Fee bumping of unconfirmed wallet transactions: a BIP125 replacement (same inputs, higher absolute fee that also
// pays for its own size at the incremental relay fee) and child-pays-for-parent.
namespace cairn::wallet {

/// What a replacement is built from.
struct FeeBumpRequest {
    primitives::Transaction original;           ///< the unconfirmed transaction to replace
    std::vector<SpendCoin> originalCoins;       ///< the coins it spends, in its input order (all the wallet's)
    std::optional<size_t> changeIndex;          ///< its output that pays the wallet's change, if any
    Bytes changeScript;                         ///< where change goes when a new change output is needed
    InputType changeType = InputType::P2wpkh;
    primitives::FeeRate feeRate;                ///< the replacement's target rate
    std::vector<SpendCoin> extraCoins;          ///< confirmed wallet coins that may be added when change is short
};

/// The BIP125 replacement: the original inputs first (then added coins, largest first, only while the change
/// cannot pay), the original non-change outputs unchanged, change reduced (dropped when it would be dust),
/// same lock time and version, every input signalling RBF. Its fee is at least feeRate × vsize and at least the
/// original fee + kIncrementalRelayFee × vsize (rules 3 and 4). Fails when the original does not signal BIP125,
/// the target rate is not above the original's, or with "insufficient funds: need X, have Y".
[[nodiscard]] util::Result<BuiltTx> buildFeeBump(const FeeBumpRequest& request);

/// The original's fee rate (fee / estimated signed vsize of its coins and outputs).
primitives::FeeRate originalFeeRate(const FeeBumpRequest& request);

/// What a child-pays-for-parent transaction is built from.
struct CpfpRequest {
    primitives::Amount parentFee;          ///< fee the unconfirmed parent pays
    size_t parentVsize = 0;                ///< its virtual size
    SpendCoin coin;                        ///< the wallet's output of the parent the child spends
    Bytes destinationScript;               ///< the wallet's own address that receives the rest
    primitives::FeeRate packageFeeRate;    ///< the rate parent + child together must reach
    int tipHeight = 0;                     ///< for the anti-fee-sniping lock time
};

/// The child: one input (the coin), one output (the destination), RBF signalled, paying
/// packageFeeRate × (parent + child vsize) − parent fee, and at least the minimum relay fee for itself. Fails when
/// the parent already reaches the rate, or when what is left for the output would be dust.
[[nodiscard]] util::Result<BuiltTx> buildCpfp(const CpfpRequest& request);

}  // namespace cairn::wallet
