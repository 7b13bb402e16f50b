// SPDX-License-Identifier: MIT
// `bumpfee TXID [--feerate]`: replaces an unconfirmed wallet transaction with a higher fee (BIP125), and
// `cpfp TXID [--feerate]`: spends the wallet's output of an unconfirmed transaction so that parent and child
// together pay the rate. Both sign and broadcast (or print the PSBT with --psbt) and print the new txid.
#include "cli/commands/send_common.h"
#include "cli/commands/wallet_common.h"

namespace cairn::cli {
namespace {

using namespace sendcli;

int runFeeCommand(Context& ctx, const QCommandLineParser& p, bool child) {
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("needs exactly one TXID"));
    auto rate = feeRateOption(p);
    if (!rate.ok()) return ctx.fail(rate.message());
    int code = kExitOk;
    auto client = prepareWallet(ctx, p, &code);
    if (!client) return code;
    const QString name = walletcli::walletName(p);
    auto draft = child ? client->cpfp(name, args[0].trimmed(), *rate) : client->bumpFee(name, args[0].trimmed(), *rate);
    if (!draft.ok()) return ctx.fail(draft.message());
    return finishDraft(ctx, p, *client, *draft);
}

void setupFeeCommand(QCommandLineParser& p) {
    addSendOptions(p);
    p.addPositionalArgument(QStringLiteral("txid"), QStringLiteral("The unconfirmed wallet transaction."));
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("bumpfee"),
    QStringLiteral("Replace an unconfirmed transaction with a higher fee (BIP125); prints the new txid."),
    setupFeeCommand, [](Context& ctx, const QCommandLineParser& p) { return runFeeCommand(ctx, p, false); }});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("cpfp"),
    QStringLiteral("Child pays for parent: spend our output of an unconfirmed transaction at a package fee rate."),
    setupFeeCommand, [](Context& ctx, const QCommandLineParser& p) { return runFeeCommand(ctx, p, true); }});

}  // namespace cairn::cli
