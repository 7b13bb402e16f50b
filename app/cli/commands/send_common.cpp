// SPDX-License-Identifier: MIT
#include "cli/commands/send_common.h"

#include "cli/commands/chain_catchup.h"
#include "cli/commands/wallet_common.h"
#include "primitives/amount.h"
#include "script/psbt.h"

#include <QFile>
#include <QJsonArray>
#include <QFileInfo>

#include <cmath>

namespace cairn::cli::sendcli {

using util::fail;
using util::Result;

const QString kFeeRateOption = QStringLiteral("feerate");
const QString kSatOption = QStringLiteral("sat");
const QString kPsbtOption = QStringLiteral("psbt");
const QString kOutOption = QStringLiteral("out");

namespace {
const QString kUtxo = QStringLiteral("utxo");
const QString kMax = QStringLiteral("max");
const QString kNoRbf = QStringLiteral("no-rbf");
}  // namespace

namespace {
constexpr double kMaxFeeRateSatPerVb = 100'000;
constexpr qint64 kMaxPsbtFileSize = 16 * 1024 * 1024;
}  // namespace

void addSendOptions(QCommandLineParser& p) {
    walletcli::addWalletOption(p);
    walletcli::addPasswordFileOption(p);
    addCatchUpOptions(p);
    p.addOption({kFeeRateOption, QStringLiteral("Fee rate in sat/vB (decimals allowed)."), QStringLiteral("SAT_PER_VB")});
    p.addOption({kSatOption, QStringLiteral("Amounts in satoshis instead of BTC.")});
    p.addOption({kPsbtOption, QStringLiteral("Print the unsigned PSBT (for an external signer) instead of sending.")});
    addOutOption(p);
}

void addOutOption(QCommandLineParser& p) {
    p.addOption({kOutOption, QStringLiteral("Write the PSBT (binary) to FILE instead of printing base64."),
                 QStringLiteral("FILE")});
}

Result<qint64> feeRateOption(const QCommandLineParser& p) {
    if (!p.isSet(kFeeRateOption)) return qint64(0);
    bool ok = false;
    const double rate = p.value(kFeeRateOption).toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < 1.0 || rate > kMaxFeeRateSatPerVb)
        return fail("--feerate must be a number of sat/vB between 1 and 100000");
    return qint64(std::llround(rate * 1000.0));
}

Result<qint64> parseAmount(const QCommandLineParser& p, const QString& text) {
    qint64 sats = 0;
    if (p.isSet(kSatOption)) {
        bool ok = false;
        sats = text.toLongLong(&ok);
        if (!ok) return fail("amount '" + text.toStdString() + "' is not a whole number of satoshis");
    } else {
        CAIRN_TRY_ASSIGN(amount, primitives::Amount::parseBtc(text.toStdString()));
        sats = amount.sats();
    }
    if (sats <= 0 || sats > primitives::Amount::kMaxMoney) return fail("the amount must be positive and at most 21,000,000 BTC");
    return sats;
}

QJsonValue amountJson(const QCommandLineParser& p, qint64 sats) {
    if (p.isSet(kSatOption)) return QJsonValue(sats);
    return QString::fromStdString(primitives::Amount::fromSats(sats).toBtcString());
}

void addPaymentOptions(QCommandLineParser& p) {
    p.addOption({kUtxo, QStringLiteral("Spend exactly this coin (repeatable; coin control)."), QStringLiteral("TXID:N")});
    p.addOption({kMax, QStringLiteral("Send everything (or every --utxo) minus the fee; AMOUNT may be left out.")});
    p.addOption({kNoRbf, QStringLiteral("Do not signal replaceability (BIP125).")});
    p.addPositionalArgument(QStringLiteral("address"), QStringLiteral("The recipient."));
    p.addPositionalArgument(QStringLiteral("amount"), QStringLiteral("BTC (or satoshis with --sat)."));
}

Result<service::SendRequest> parseSendRequest(const QCommandLineParser& p) {
    const QStringList args = p.positionalArguments();
    const bool max = p.isSet(kMax);
    if (max ? (args.isEmpty() || args.size() > 2) : args.size() != 2)
        return fail("an address and an amount (or --max) are needed");
    service::SendRequest request;
    service::SendRecipient recipient{args[0].trimmed(), 0, false};
    if (!max) {
        CAIRN_TRY_ASSIGN(amount, parseAmount(p, args[1]));
        recipient.amount = amount;
    }
    request.recipients.append(recipient);
    request.sendAll = max;
    request.rbf = !p.isSet(kNoRbf);
    for (const QString& coin : p.values(kUtxo)) request.coins.append(coin.trimmed());
    CAIRN_TRY_ASSIGN(rate, feeRateOption(p));
    request.feeRateSatPerKvb = rate;
    return request;
}

std::unique_ptr<service::WalletClient> prepareWallet(Context& ctx, const QCommandLineParser& p, int* code) {
    auto client = walletcli::openClient(ctx, code);
    if (!client) return nullptr;
    auto info = client->walletInfo(walletcli::walletName(p));
    if (!info.ok()) {
        *code = ctx.fail(info.message());
        return nullptr;
    }
    auto caught = catchUpWallet(ctx, p, info->path);
    if (!caught.ok()) {
        *code = ctx.fail(caught.message());
        return nullptr;
    }
    // The engine's wallet connection closes with the node; the send then records through the client's own.
    caught->node.reset();
    if (caught->tipHeight >= 0) client->setChainTip(caught->tipHeight);
    client->setBroadcastPeers(ctx.connect, ctx.proxy);
    return client;
}

int finishDraft(Context& ctx, const QCommandLineParser& p, service::WalletClient& client,
                const service::SendDraft& draft, bool forcePsbt) {
    const QString name = walletcli::walletName(p);
    if (forcePsbt || p.isSet(kPsbtOption)) {
        auto psbt = client.psbtFromDraft(name, draft);
        if (!psbt.ok()) return ctx.fail(psbt.message());
        return outputPsbt(ctx, p, *psbt,
                          QJsonObject{{QStringLiteral("fee"), amountJson(p, draft.fee)},
                                      {QStringLiteral("vsize"), draft.vsize}});
    }
    auto password = walletcli::readPassword(p, walletcli::kPasswordFileOption, QStringLiteral("Wallet password: "), false);
    if (!password.ok()) return ctx.fail(password.message());
    auto txid = client.signAndBroadcast(name, draft, *password);
    if (!txid.ok()) return ctx.fail(txid.message());
    if (!ctx.json) {
        ctx.print(*txid);
        return kExitOk;
    }
    ctx.print(QJsonObject{{QStringLiteral("txid"), *txid},
                          {QStringLiteral("fee"), amountJson(p, draft.fee)},
                          {QStringLiteral("vsize"), draft.vsize},
                          {QStringLiteral("feerate"), double(draft.feeRateSatPerKvb) / 1000.0},
                          {QStringLiteral("inputs"), QJsonArray::fromStringList(draft.inputs)}});
    return kExitOk;
}

Result<QString> readPsbtArgument(const QString& argument) {
    const QString text = argument.trimmed();
    if (!QFileInfo::exists(text)) {
        CAIRN_TRY(script::Psbt::fromBase64(text.toStdString()));
        return text;
    }
    QFile file(text);
    if (file.size() > kMaxPsbtFileSize) return fail("PSBT file " + text.toStdString() + " is larger than 16 MiB");
    if (!file.open(QIODevice::ReadOnly)) return fail("cannot read " + text.toStdString() + ": " + file.errorString().toStdString());
    const QByteArray data = file.readAll();
    const Bytes bytes(data.begin(), data.end());
    if (auto binary = script::Psbt::decode(bytes); binary.ok()) return QString::fromStdString(binary->toBase64());
    CAIRN_TRY_ASSIGN(decoded, script::Psbt::fromBase64(data.trimmed().toStdString()));
    return QString::fromStdString(decoded.toBase64());
}

int outputPsbt(Context& ctx, const QCommandLineParser& p, const QString& base64, QJsonObject extra) {
    if (p.isSet(kOutOption)) {
        auto psbt = script::Psbt::fromBase64(base64.toStdString());
        if (!psbt.ok()) return ctx.fail(psbt.message());
        const Bytes bytes = psbt->encode();
        QFile file(p.value(kOutOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size()))
            return ctx.fail(QStringLiteral("cannot write %1: %2").arg(p.value(kOutOption), file.errorString()));
        extra.insert(QStringLiteral("file"), p.value(kOutOption));
        ctx.print(ctx.json ? QJsonValue(extra) : QJsonValue(p.value(kOutOption)));
        return kExitOk;
    }
    if (!ctx.json) {
        ctx.print(base64);
        return kExitOk;
    }
    extra.insert(QStringLiteral("psbt"), base64);
    ctx.print(extra);
    return kExitOk;
}

}  // namespace cairn::cli::sendcli
