// SPDX-License-Identifier: MIT
// `send ADDR AMOUNT [--feerate SAT_PER_VB] [--utxo TXID:N ...] [--max] [--psbt]`: pays an address from the wallet
// after catching up with the network; prints the txid (or, with --psbt, the unsigned PSBT). Amounts in BTC, or
// satoshis with --sat. RBF is signalled unless --no-rbf.
#include "cli/commands/send_common.h"
#include "cli/commands/wallet_common.h"

namespace cairn::cli {
namespace {

using namespace sendcli;

int runSend(Context& ctx, const QCommandLineParser& p) {
    auto request = parseSendRequest(p);
    if (!request.ok()) return ctx.fail(QStringLiteral("send: ") + QString::fromStdString(request.message()));
    int code = kExitOk;
    auto client = prepareWallet(ctx, p, &code);
    if (!client) return code;
    auto draft = client->draftSend(walletcli::walletName(p), *request);
    if (!draft.ok()) return ctx.fail(draft.message());
    return finishDraft(ctx, p, *client, *draft);
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("send"),
    QStringLiteral("Pay an address from the wallet (coin selection, change, RBF); prints the txid."),
    [](QCommandLineParser& p) {
        addSendOptions(p);
        addPaymentOptions(p);
    },
    runSend});

}  // namespace cairn::cli
