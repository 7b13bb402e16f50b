// SPDX-License-Identifier: MIT
#include "cli/command.h"
#include "service/versions.h"

#include <QJsonObject>

namespace cairn::cli {

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("version"),
    QStringLiteral("Print Cairn's version and the versions of its libraries."),
    nullptr,
    [](Context& ctx, const QCommandLineParser& parser) {
        if (!parser.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("version takes no arguments"));
        const service::LibraryVersions v = service::libraryVersions();
        ctx.print(QJsonObject{{QStringLiteral("cairn"), v.cairn},
                              {QStringLiteral("qt"), v.qt},
                              {QStringLiteral("openssl"), v.openssl},
                              {QStringLiteral("secp256k1"), v.secp256k1},
                              {QStringLiteral("sqlite"), v.sqlite},
                              {QStringLiteral("network"), QString::fromStdString(networkName(ctx.network))}});
        return kExitOk;
    }});

CAIRN_CLI_COMMAND(Command{QStringLiteral("help"), QStringLiteral("List subcommands, or show one subcommand's help."),
                          [](QCommandLineParser& p) {
                              p.addPositionalArgument(QStringLiteral("subcommand"),
                                                      QStringLiteral("The subcommand to describe."));
                          },
                          nullptr});

}  // namespace cairn::cli
