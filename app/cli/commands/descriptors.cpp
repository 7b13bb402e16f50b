// SPDX-License-Identifier: MIT
// `descriptors [--private]` and `descriptors import`: a wallet's output descriptors.
#include "cli/commands/wallet_common.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {
namespace {

using namespace walletcli;

const QString kPrivate = QStringLiteral("private");

int runDescriptors(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("descriptors takes no arguments"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    const QString name = walletName(p);
    if (auto info = client->walletInfo(name); !info.ok()) return ctx.fail(info.message());
    util::Result<QList<service::DescriptorInfo>> list = QList<service::DescriptorInfo>();
    if (p.isSet(kPrivate)) {
        auto password = readPassword(p, kPasswordFileOption, QStringLiteral("Wallet password: "), false);
        if (!password.ok()) return ctx.fail(password.message());
        list = client->descriptors(name, &password.value());
    } else {
        list = client->descriptors(name);
    }
    if (!list.ok()) return ctx.fail(list.message());
    if (p.isSet(kPrivate))
        ctx.note(QStringLiteral("warning: these descriptors contain private keys; anyone who sees them can spend."));
    QJsonArray out;
    for (const auto& d : *list)
        out.append(QJsonObject{{QStringLiteral("account"), d.accountId},
                               {QStringLiteral("internal"), d.internal},
                               {QStringLiteral("desc"), d.descriptor}});
    ctx.print(out);
    return kExitOk;
}

int runImport(Context& ctx, const QCommandLineParser& p) {
    const QStringList args = p.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return ctx.fail(QStringLiteral("descriptors import needs a descriptor (and optionally a change descriptor)"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    const QString name = walletName(p);
    auto info = client->walletInfo(name);
    if (!info.ok()) return ctx.fail(info.message());
    util::Result<service::AccountInfo> acc = util::fail("no result");
    if (info->watchOnly) {
        acc = client->importDescriptors(name, args[0], args.value(1), nullptr);
    } else {
        auto password = readPassword(p, kPasswordFileOption, QStringLiteral("Wallet password: "), false);
        if (!password.ok()) return ctx.fail(password.message());
        acc = client->importDescriptors(name, args[0], args.value(1), &password.value());
    }
    if (!acc.ok()) return ctx.fail(acc.message());
    ctx.print(accountJson(*acc));
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{QStringLiteral("descriptors"),
                          QStringLiteral("Export the wallet's output descriptors (public; --private needs the password)."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              addPasswordFileOption(p);
                              p.addOption({kPrivate, QStringLiteral("Include private keys (xprv/tprv); asks for the "
                                                                    "password.")});
                          },
                          runDescriptors});

CAIRN_CLI_COMMAND(Command{QStringLiteral("descriptors import"),
                          QStringLiteral("Add an account from public descriptors (ranged, or multipath <0;1>)."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              addPasswordFileOption(p);
                              p.addPositionalArgument(QStringLiteral("DESCRIPTOR"),
                                                      QStringLiteral("Receive (or multipath) descriptor."));
                              p.addPositionalArgument(QStringLiteral("[CHANGE]"),
                                                      QStringLiteral("Optional change descriptor."));
                          },
                          runImport});

}  // namespace cairn::cli
