// SPDX-License-Identifier: MIT
// `verifymessage ADDR SIGNATURE MESSAGE`: checks a BIP137 or BIP322 simple signature (detected from its form).
// Exit 0 with {"valid": true, "format": ...} when it is valid, exit 1 with the reason otherwise.
#include "cli/command.h"
#include "script/message_signing.h"

#include <QJsonObject>

namespace cairn::cli {
namespace {

int run(Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) return ctx.fail(QStringLiteral("verifymessage needs an address, a signature and a message"));
    const QByteArray message = args[2].toUtf8();
    auto format = script::verifyMessage(args[0].toStdString(), args[1].trimmed().toStdString(),
                                        std::string_view(message.constData(), size_t(message.size())), ctx.network);
    if (!format) return ctx.fail(QStringLiteral("signature not valid: ") + QString::fromStdString(format.message()));
    ctx.print(QJsonObject{{QStringLiteral("valid"), true},
                          {QStringLiteral("address"), args[0]},
                          {QStringLiteral("format"), *format == script::MessageSignatureFormat::Bip137
                                                         ? QStringLiteral("BIP137")
                                                         : QStringLiteral("BIP322 simple")}});
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("verifymessage"),
    QStringLiteral("Verify a signed message (BIP137 or BIP322 simple, detected automatically)."),
    [](QCommandLineParser& p) {
        p.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The address that signed."));
        p.addPositionalArgument(QStringLiteral("signature"), QStringLiteral("The signature in base64."));
        p.addPositionalArgument(QStringLiteral("message"), QStringLiteral("The message (UTF-8)."));
    },
    run});

}  // namespace cairn::cli
