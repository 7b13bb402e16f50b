// SPDX-License-Identifier: MIT
// `psbt create|sign|combine|finalize|extract|broadcast`: the PSBT roles for the wallet, on base64 text or files
// (binary or base64). create and sign need --wallet (sign also its password); combine, finalize and extract work on
// any PSBT; broadcast finalizes, extracts, broadcasts and records the transaction in the wallet.
#include "cli/commands/chain_catchup.h"
#include "cli/commands/send_common.h"
#include "cli/commands/wallet_common.h"
#include "script/psbt.h"
#include "util/hex.h"
#include "wallet/wallet_psbt.h"

#include <QJsonObject>

#include <vector>

namespace cairn::cli {
namespace {

using namespace sendcli;

/// The single PSBT argument, decoded; nullopt after printing the error into *code.
std::optional<script::Psbt> onePsbt(Context& ctx, const QCommandLineParser& p, int* code) {
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) {
        *code = ctx.fail(QStringLiteral("needs exactly one PSBT (base64 or a file)"));
        return std::nullopt;
    }
    auto text = readPsbtArgument(args[0]);
    auto psbt = text.ok() ? script::Psbt::fromBase64(text->toStdString()) : util::Result<script::Psbt>(text.error());
    if (!psbt.ok()) {
        *code = ctx.fail(QStringLiteral("not a valid PSBT: ") + QString::fromStdString(psbt.message()));
        return std::nullopt;
    }
    return std::move(*psbt);
}

QString base64Of(const script::Psbt& psbt) { return QString::fromStdString(psbt.toBase64()); }

int runCreate(Context& ctx, const QCommandLineParser& p) {
    auto request = parseSendRequest(p);
    if (!request.ok()) return ctx.fail(QStringLiteral("psbt create: ") + QString::fromStdString(request.message()));
    int code = kExitOk;
    auto client = prepareWallet(ctx, p, &code);
    if (!client) return code;
    auto draft = client->draftSend(walletcli::walletName(p), *request);
    if (!draft.ok()) return ctx.fail(draft.message());
    return finishDraft(ctx, p, *client, *draft, true);
}

int runSign(Context& ctx, const QCommandLineParser& p) {
    int code = kExitOk;
    auto psbt = onePsbt(ctx, p, &code);
    if (!psbt) return code;
    auto client = walletcli::openClient(ctx, &code);
    if (!client) return code;
    auto password = walletcli::readPassword(p, walletcli::kPasswordFileOption, QStringLiteral("Wallet password: "), false);
    if (!password.ok()) return ctx.fail(password.message());
    auto signedPsbt = client->signPsbt(walletcli::walletName(p), base64Of(*psbt), *password);
    if (!signedPsbt.ok()) return ctx.fail(signedPsbt.message());
    return outputPsbt(ctx, p, signedPsbt->first, QJsonObject{{QStringLiteral("complete"), signedPsbt->second}});
}

int runCombine(Context& ctx, const QCommandLineParser& p) {
    const QStringList args = p.positionalArguments();
    if (args.size() < 2) return ctx.fail(QStringLiteral("psbt combine needs at least two PSBTs"));
    std::vector<script::Psbt> psbts;
    for (const QString& arg : args) {
        auto text = readPsbtArgument(arg);
        if (!text.ok()) return ctx.fail(QStringLiteral("not a valid PSBT: ") + QString::fromStdString(text.message()));
        psbts.push_back(script::Psbt::fromBase64(text->toStdString()).value());
    }
    auto combined = script::Psbt::combine(psbts);
    if (!combined.ok()) return ctx.fail(combined.message());
    return outputPsbt(ctx, p, base64Of(*combined), QJsonObject{{QStringLiteral("complete"), wallet::psbtComplete(*combined)}});
}

int runFinalize(Context& ctx, const QCommandLineParser& p) {
    int code = kExitOk;
    auto psbt = onePsbt(ctx, p, &code);
    if (!psbt) return code;
    const bool complete = psbt->finalize();
    return outputPsbt(ctx, p, base64Of(*psbt), QJsonObject{{QStringLiteral("complete"), complete}});
}

int runExtract(Context& ctx, const QCommandLineParser& p) {
    int code = kExitOk;
    auto psbt = onePsbt(ctx, p, &code);
    if (!psbt) return code;
    auto tx = wallet::finalizeAndExtract(std::move(*psbt));
    if (!tx.ok()) return ctx.fail(tx.message());
    const QString hex = QString::fromStdString(util::toHex(tx->serialize()));
    if (!ctx.json) {
        ctx.print(hex);
        return kExitOk;
    }
    ctx.print(QJsonObject{{QStringLiteral("txid"), QString::fromStdString(tx->txid().toHex())},
                          {QStringLiteral("hex"), hex},
                          {QStringLiteral("vsize"), qint64(tx->vsize())}});
    return kExitOk;
}

int runBroadcast(Context& ctx, const QCommandLineParser& p) {
    int code = kExitOk;
    auto psbt = onePsbt(ctx, p, &code);
    if (!psbt) return code;
    auto client = prepareWallet(ctx, p, &code);
    if (!client) return code;
    auto txid = client->broadcastPsbt(walletcli::walletName(p), base64Of(*psbt));
    if (!txid.ok()) return ctx.fail(txid.message());
    ctx.print(*txid);
    return kExitOk;
}

void psbtArgument(QCommandLineParser& p) {
    p.addPositionalArgument(QStringLiteral("psbt"), QStringLiteral("Base64 text, or a file (binary or base64)."));
    addOutOption(p);
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("psbt create"),
    QStringLiteral("Create an unsigned PSBT paying ADDRESS AMOUNT, with BIP32 and taproot derivations."),
    [](QCommandLineParser& p) {
        addSendOptions(p);
        addPaymentOptions(p);
    },
    runCreate});

CAIRN_CLI_COMMAND(Command{QStringLiteral("psbt sign"),
                          QStringLiteral("Sign the inputs of a PSBT that the wallet's keys can sign."),
                          [](QCommandLineParser& p) {
                              walletcli::addWalletOption(p);
                              walletcli::addPasswordFileOption(p);
                              psbtArgument(p);
                          },
                          runSign});

CAIRN_CLI_COMMAND(Command{QStringLiteral("psbt combine"),
                          QStringLiteral("Merge PSBTs of the same transaction (signatures from several signers)."),
                          [](QCommandLineParser& p) {
                              p.addPositionalArgument(QStringLiteral("psbts"),
                                                      QStringLiteral("Two or more PSBTs (base64 or files)."),
                                                      QStringLiteral("PSBT..."));
                              addOutOption(p);
                          },
                          runCombine});

CAIRN_CLI_COMMAND(Command{QStringLiteral("psbt finalize"),
                          QStringLiteral("Build the final scriptSigs and witnesses from the signatures."), psbtArgument,
                          runFinalize});

CAIRN_CLI_COMMAND(Command{QStringLiteral("psbt extract"),
                          QStringLiteral("Finalize and print the signed transaction (hex)."), psbtArgument,
                          runExtract});

CAIRN_CLI_COMMAND(Command{QStringLiteral("psbt broadcast"),
                          QStringLiteral("Finalize, extract and broadcast a signed PSBT; records it in the wallet."),
                          [](QCommandLineParser& p) {
                              walletcli::addWalletOption(p);
                              addCatchUpOptions(p);
                              psbtArgument(p);
                          },
                          runBroadcast});

}  // namespace cairn::cli
