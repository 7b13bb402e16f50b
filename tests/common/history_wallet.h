// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"

#include <QString>

namespace cairn::test {

/// Writes a wallet file <dataDir>/wallets/<name>.sqlite (mnemonic "abandon … about", BIP84, cheap test scrypt,
/// password "pw") with `transactions` synthetic history rows inserted directly through WalletStore: even rows
/// receive 100,000 + i sat to a wallet address, odd rows spend the previous output (-1,500 sat, fee 500); the
/// last `unconfirmed` rows are unconfirmed, the others confirmed at heights from 500,000 (ten per block),
/// times from 2020-09-13. Every 500th transaction is a coinbase. False with the reason in *error on failure.
bool makeHistoryWallet(const QString& dataDir, const QString& name, int transactions, int unconfirmed,
                       QString* error, Network network = Network::Main);

/// Adds one unconfirmed transaction paying `value` sat to the wallet's first receive address of the file made by
/// makeHistoryWallet (through its own connection, as another process would). Returns the txid (display hex),
/// '' with *error on failure.
QString addIncomingPayment(const QString& dataDir, const QString& name, qint64 value, int seed, QString* error,
                           Network network = Network::Main);

}  // namespace cairn::test
