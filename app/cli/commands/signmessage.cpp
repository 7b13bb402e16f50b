// SPDX-License-Identifier: MIT
// `signmessage --address ADDR --key-file FILE [--bip322] MESSAGE`: signs a message for an address with a WIF
// private key read from a file or a terminal prompt (never from an argument): BIP137 for P2PKH, P2SH-P2WPKH
// and P2WPKH, or a BIP322 simple signature for P2WPKH and P2TR.
// `signmessage --wallet W ADDRESS MESSAGE [--password-file FILE]`: the same with the key of a wallet address
// (BIP137, or BIP322 simple for P2TR addresses).
#include "cli/command.h"
#include "cli/commands/wallet_common.h"
#include "cli/secret_input.h"
#include "script/key_io.h"
#include "script/message_signing.h"

#include <QJsonObject>

namespace cairn::cli {
namespace {

const QString kAddressOption = QStringLiteral("address");
const QString kKeyFileOption = QStringLiteral("key-file");
const QString kBip322Option = QStringLiteral("bip322");

/// The WIF text without surrounding whitespace (a key file may end with spaces or a CR).
std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

int runWithWallet(Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    const bool addressOption = parser.isSet(kAddressOption);
    if (args.size() != (addressOption ? 1 : 2))
        return ctx.fail(QStringLiteral("signmessage --wallet needs an address and a message"));
    const QString address = addressOption ? parser.value(kAddressOption) : args[0];
    int code = kExitOk;
    auto client = walletcli::openClient(ctx, &code);
    if (!client) return code;
    auto password = walletcli::readPassword(parser, walletcli::kPasswordFileOption, QStringLiteral("Wallet password: "),
                                            false);
    if (!password.ok()) return ctx.fail(password.message());
    auto signature = client->signMessage(walletcli::walletName(parser), address, args.last(), *password);
    if (!signature.ok()) return ctx.fail(signature.message());
    auto verified = client->verifyMessage(address, args.last(), *signature);
    ctx.print(QJsonObject{{QStringLiteral("address"), address},
                          {QStringLiteral("format"), verified.ok() && verified->contains(QStringLiteral("BIP322"))
                                                         ? QStringLiteral("BIP322 simple")
                                                         : QStringLiteral("BIP137")},
                          {QStringLiteral("signature"), *signature}});
    return kExitOk;
}

int run(Context& ctx, const QCommandLineParser& parser) {
    if (parser.isSet(walletcli::kWalletOption)) return runWithWallet(ctx, parser);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("signmessage needs exactly one message argument"));
    const QString address = parser.value(kAddressOption);
    if (address.isEmpty()) return ctx.fail(QStringLiteral("signmessage needs --address"));
    auto secret = readSecret(parser.value(kKeyFileOption), QStringLiteral("WIF private key: "));
    if (!secret) return ctx.fail(secret.message());
    auto wif = script::decodeWif(trimmed(secret->asStringView()), ctx.network);
    if (!wif) return ctx.fail(QStringLiteral("invalid private key: ") + QString::fromStdString(wif.message()));
    const bool bip322 = parser.isSet(kBip322Option);
    const QByteArray message = args[0].toUtf8();
    auto signature = script::signMessage(wif->key, wif->compressed, address.toStdString(), ctx.network,
                                         std::string_view(message.constData(), size_t(message.size())), bip322);
    if (!signature) return ctx.fail(signature.message());
    ctx.print(
        QJsonObject{{QStringLiteral("address"), address},
                    {QStringLiteral("format"), bip322 ? QStringLiteral("BIP322 simple") : QStringLiteral("BIP137")},
                    {QStringLiteral("signature"), QString::fromStdString(*signature)}});
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("signmessage"),
    QStringLiteral("Sign a message for an address (BIP137, or BIP322 simple with --bip322)."),
    [](QCommandLineParser& p) {
        p.addOption({kAddressOption, QStringLiteral("The address to sign for."), QStringLiteral("ADDR")});
        p.addOption({kKeyFileOption,
                     QStringLiteral("File holding the WIF private key (prompted for on the terminal when absent)."),
                     QStringLiteral("FILE")});
        p.addOption({kBip322Option, QStringLiteral("Make a BIP322 simple signature (P2WPKH and P2TR addresses).")});
        walletcli::addWalletOption(p);
        walletcli::addPasswordFileOption(p);
        p.addPositionalArgument(QStringLiteral("message"),
                                QStringLiteral("The message (UTF-8); with --wallet: ADDRESS MESSAGE."));
    },
    run});

}  // namespace cairn::cli
