// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/keys.h"
#include "primitives/transaction.h"
#include "script/psbt.h"
#include "util/bytes.h"
#include "util/result.h"
#include "wallet/keystore.h"
#include "wallet/tx_builder.h"

#include <cstdint>
#include <optional>

// The wallet's part in PSBTs: the updater fields a hardware or air-gapped signer needs (UTXOs, redeemScript,
// BIP32 derivations, BIP371 taproot internal key and tap_bip32_derivation) and signing with the wallet's own keys.
namespace cairn::wallet {

class Wallet;

/// Where a wallet script's key sits: account, chain and index, the public key and its BIP32 origin.
struct WalletKeyLocation {
    int64_t accountId = 0;
    int chain = 0;             ///< 0 receive, 1 change
    uint32_t index = 0;
    InputType type = InputType::P2wpkh;
    crypto::PubKey pubKey;     ///< compressed
    script::KeyOrigin origin;  ///< master fingerprint and full path (zero fingerprint when the origin is unknown)
};

/// The key location of `scriptPubKey` when it is an address of one of the wallet's standard (BIP44/49/84/86)
/// accounts; nullopt for foreign scripts and descriptor accounts. Fails on a database or derivation error.
[[nodiscard]] util::Result<std::optional<WalletKeyLocation>> locateWalletKey(Wallet& wallet, ByteView scriptPubKey);

/// Updater: for every input spending and every output paying a wallet script, adds what is missing of the
/// witness UTXO (segwit) and full previous transaction (non-taproot, when stored), the P2SH-P2WPKH
/// redeemScript, and the BIP32 derivation (ECDSA) or taproot internal key + tap_bip32_derivation (P2TR).
/// Returns how many inputs and outputs belong to the wallet.
[[nodiscard]] util::Result<size_t> updatePsbtFromWallet(Wallet& wallet, script::Psbt& psbt);

/// Signer: signs every non-final input that spends a wallet script with the key derived from the unlocked
/// seed (keys are wiped when this returns). Returns the number of signatures added; fails on a key that does
/// not derive, an input that cannot be signed safely, or a watch-only wallet.
[[nodiscard]] util::Result<size_t> signPsbtWithWallet(Wallet& wallet, const UnlockedKeystore& keys,
                                                      script::Psbt& psbt,
                                                      const script::PsbtSignOptions& options = {});

/// True when every input is final or can be finalized from the signatures it carries.
bool psbtComplete(const script::Psbt& psbt);

/// Finalizes and extracts the signed transaction; fails naming the first input that cannot be finalized.
[[nodiscard]] util::Result<primitives::Transaction> finalizeAndExtract(script::Psbt psbt);

/// Records a transaction the wallet sent (after the broadcast): stored unconfirmed, the wallet outputs it
/// spends marked spent, its wallet outputs (change) added; an unconfirmed wallet transaction it replaces
/// (same inputs) becomes conflicted.
[[nodiscard]] util::Result<void> recordSentTransaction(Wallet& wallet, const primitives::Transaction& tx,
                                                       int64_t nowSeconds);

}  // namespace cairn::wallet
