// SPDX-License-Identifier: MIT
// `address decode ADDR` and `address fromscript HEX`: what an address holds, and the address of a script.
#include "cli/command.h"
#include "script/address.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QJsonObject>

namespace cairn::cli {
namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

void addArgument(QCommandLineParser& p, const QString& name, const QString& help) { p.addPositionalArgument(name, help); }

int decode(Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("address decode needs exactly one address"));
    auto info = script::decodeAddressInfo(args[0].toStdString(), ctx.network);
    if (!info) return ctx.fail(info.message());
    auto normal = script::encodeAddress(info->scriptPubKey, ctx.network);
    QJsonObject out{
        {QStringLiteral("address"), normal ? qs(*normal) : args[0]},
        {QStringLiteral("network"), qs(networkName(ctx.network))},
        {QStringLiteral("type"), qs(script::scriptTypeName(info->type))},
        {QStringLiteral("encoding"), qs(script::addressEncodingName(info->encoding))},
        {QStringLiteral("scriptPubKey"), qs(util::toHex(info->scriptPubKey))},
    };
    if (info->witnessVersion >= 0) {
        out.insert(QStringLiteral("witness_version"), info->witnessVersion);
        out.insert(QStringLiteral("witness_program"), qs(util::toHex(info->program)));
    } else {
        out.insert(QStringLiteral("hash"), qs(util::toHex(info->program)));
    }
    ctx.print(out);
    return kExitOk;
}

int fromScript(Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("address fromscript needs exactly one hex scriptPubKey"));
    auto script = util::fromHex(args[0].toStdString());
    if (!script) return ctx.fail(QStringLiteral("scriptPubKey is not valid hex: ") + qs(script.message()));
    auto address = script::encodeAddress(*script, ctx.network);
    if (!address) return ctx.fail(address.message());
    ctx.print(QJsonObject{
        {QStringLiteral("address"), qs(*address)},
        {QStringLiteral("network"), qs(networkName(ctx.network))},
        {QStringLiteral("type"), qs(script::scriptTypeName(script::classify(*script).type))},
        {QStringLiteral("scriptPubKey"), qs(util::toHex(*script))},
    });
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("address decode"),
    QStringLiteral("Decode an address for --network: type, witness version/program, scriptPubKey."),
    [](QCommandLineParser& p) { addArgument(p, QStringLiteral("address"), QStringLiteral("A Base58Check or bech32/bech32m address.")); },
    decode});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("address fromscript"),
    QStringLiteral("The --network address of a scriptPubKey given in hex."),
    [](QCommandLineParser& p) { addArgument(p, QStringLiteral("hex"), QStringLiteral("The scriptPubKey in hex.")); },
    fromScript});

}  // namespace cairn::cli
