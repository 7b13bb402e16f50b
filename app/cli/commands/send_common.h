// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the sending subcommands (send, bumpfee, cpfp, psbt): amounts, fee rates, the catch-up before a
// send, signing + broadcasting a draft, and PSBTs as base64 text or files.
#include "cli/command.h"
#include "service/wallet_client.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cairn::cli::sendcli {

extern const QString kFeeRateOption;
extern const QString kSatOption;
extern const QString kPsbtOption;
extern const QString kOutOption;

/// Adds --wallet, --password-file, --feerate SAT_PER_VB, --sat, --psbt, --out FILE and the catch-up options.
void addSendOptions(QCommandLineParser& parser);
/// Adds --out FILE (write the PSBT there, binary, instead of printing base64).
void addOutOption(QCommandLineParser& parser);
/// --feerate in sat/kvB (0 when absent: the command's default); fails on a non-number or a rate outside
/// 1..100,000 sat/vB.
[[nodiscard]] util::Result<qint64> feeRateOption(const QCommandLineParser& parser);
/// An amount in BTC ("0.001") or with --sat in satoshis; fails on anything else or a non-positive amount.
[[nodiscard]] util::Result<qint64> parseAmount(const QCommandLineParser& parser, const QString& text);
/// The amount as output: BTC text, or satoshis with --sat.
QJsonValue amountJson(const QCommandLineParser& parser, qint64 sats);

/// Adds the payment arguments: ADDRESS AMOUNT, --utxo TXID:N (repeatable), --max, --no-rbf.
void addPaymentOptions(QCommandLineParser& parser);
/// The send request those arguments and --feerate describe; fails with the reason.
[[nodiscard]] util::Result<service::SendRequest> parseSendRequest(const QCommandLineParser& parser);

/// Opens the wallet client for --wallet and catches up with the network (chain_catchup.h) so that coins and the tip
/// are current; sends then go to the same peers (--connect/--proxy). nullptr after printing the error into *code.
std::unique_ptr<service::WalletClient> prepareWallet(Context& ctx, const QCommandLineParser& parser, int* code);
/// With --psbt (or `forcePsbt`) prints the draft's unsigned PSBT (BIP32/taproot derivations filled in); otherwise reads the password,
/// signs, broadcasts and prints the txid (JSON: txid, fee, vsize, fee rate). Returns the exit code.
int finishDraft(Context& ctx, const QCommandLineParser& parser, service::WalletClient& client,
                const service::SendDraft& draft, bool forcePsbt = false);

/// A PSBT argument: base64 text, or the name of a file holding a binary or base64 PSBT. Returns base64.
[[nodiscard]] util::Result<QString> readPsbtArgument(const QString& argument);
/// Prints `base64` (with `extra` fields in JSON mode), or with --out writes the binary PSBT to that file.
int outputPsbt(Context& ctx, const QCommandLineParser& parser, const QString& base64, QJsonObject extra = {});

}  // namespace cairn::cli::sendcli
