// SPDX-License-Identifier: MIT
// `getnewaddress [--change] [--account ID]`: the next unused address of a wallet.
#include "cli/commands/wallet_common.h"

#include <QJsonObject>

namespace cairn::cli {
namespace {

using namespace walletcli;

const QString kChange = QStringLiteral("change");
const QString kAccount = QStringLiteral("account");

int runGetNewAddress(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("getnewaddress takes no arguments"));
    auto account = intOption(p, kAccount, 0, 0, 0x7fffffff);
    if (!account.ok()) return ctx.fail(account.message());
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto addr = client->newAddress(walletName(p), p.isSet(kChange), *account);
    if (!addr.ok()) return ctx.fail(addr.message());
    if (ctx.json) ctx.print(addressJson(*addr));
    else ctx.print(addr->address);
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("getnewaddress"),
    QStringLiteral("Hand out the wallet's next unused receive (or change) address; never reuses one."),
    [](QCommandLineParser& p) {
        addWalletOption(p);
        p.addOption({kChange, QStringLiteral("An address of the change chain instead of the receive chain.")});
        p.addOption({kAccount, QStringLiteral("Account id (see `wallet info`; default: the first account)."),
                     QStringLiteral("ID")});
    },
    runGetNewAddress});

}  // namespace cairn::cli
