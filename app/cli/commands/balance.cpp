// SPDX-License-Identifier: MIT
// Discovery subcommands: getbalance, listtransactions, listunspent, rescan. Each catches up with the network first
// (chain_catchup.h) unless --offline.
#include "cli/commands/chain_catchup.h"
#include "cli/commands/wallet_common.h"
#include "primitives/amount.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace cairn::cli {
namespace {

using namespace walletcli;

const QString kSat = QStringLiteral("sat");
const QString kCount = QStringLiteral("count");
const QString kSkip = QStringLiteral("skip");
const QString kFrom = QStringLiteral("from");
const QString kProofs = QStringLiteral("proofs");

/// An amount in BTC ("0.50000000") or, with --sat, in satoshis.
QJsonValue amountJson(const QCommandLineParser& p, qint64 sats) {
    if (p.isSet(kSat)) return QJsonValue(sats);
    return QString::fromStdString(primitives::Amount::fromSats(sats).toBtcString());
}

void addCommonOptions(QCommandLineParser& p) {
    addWalletOption(p);
    addCatchUpOptions(p);
    p.addOption({kSat, QStringLiteral("Amounts in satoshis instead of BTC.")});
}

/// Opens the client, checks the wallet, runs `before` (if any), catches up; nullptr after printing the error
/// into *code.
std::unique_ptr<service::WalletClient> prepare(
    Context& ctx, const QCommandLineParser& p, CatchUp* catchUp, int* code,
    const std::function<util::Result<void>(service::WalletClient&)>& before = {}) {
    auto client = openClient(ctx, code);
    if (!client) return nullptr;
    auto info = client->walletInfo(walletName(p));
    if (!info.ok()) {
        *code = ctx.fail(info.message());
        return nullptr;
    }
    if (before) {
        if (auto r = before(*client); !r.ok()) {
            *code = ctx.fail(r.message());
            return nullptr;
        }
    }
    auto caught = catchUpWallet(ctx, p, info->path);
    if (!caught.ok()) {
        *code = ctx.fail(caught.message());
        return nullptr;
    }
    *catchUp = std::move(caught).value();
    // Read what the engine wrote after it stopped: close the node (and its wallet connection) first.
    catchUp->node.reset();
    if (catchUp->tipHeight >= 0) client->setChainTip(catchUp->tipHeight);
    return client;
}

int runGetBalance(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("getbalance takes no arguments"));
    int code = kExitOk;
    CatchUp caught;
    auto client = prepare(ctx, p, &caught, &code);
    if (!client) return code;
    const QString name = walletName(p);
    auto b = client->balance(name);
    if (!b.ok()) return ctx.fail(b.message());
    auto scan = client->scanState(name);
    QJsonObject o{{QStringLiteral("confirmed"), amountJson(p, b->confirmed)},
                  {QStringLiteral("unconfirmed_incoming"), amountJson(p, b->unconfirmedIncoming)},
                  {QStringLiteral("unconfirmed_outgoing"), amountJson(p, b->unconfirmedOutgoing)},
                  {QStringLiteral("immature"), amountJson(p, b->immature)},
                  {QStringLiteral("height"), b->tipHeight}};
    if (scan.ok()) {
        o.insert(QStringLiteral("scanned_height"), scan->first);
        if (!scan->second.isEmpty()) o.insert(QStringLiteral("scan_mode"), scan->second);
    }
    ctx.print(o);
    return kExitOk;
}

int runListTransactions(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("listtransactions takes no arguments"));
    auto count = intOption(p, kCount, 10, 0, 1'000'000);
    if (!count.ok()) return ctx.fail(count.message());
    auto skip = intOption(p, kSkip, 0, 0, 0x7fffffff);
    if (!skip.ok()) return ctx.fail(skip.message());
    int code = kExitOk;
    CatchUp caught;
    auto client = prepare(ctx, p, &caught, &code);
    if (!client) return code;
    auto rows = client->listTransactions(walletName(p), *skip, *count);
    if (!rows.ok()) return ctx.fail(rows.message());
    QJsonArray out;
    for (const auto& e : *rows) {
        QJsonObject o{{QStringLiteral("txid"), e.txid},
                      {QStringLiteral("status"), e.status},
                      {QStringLiteral("height"), e.height},
                      {QStringLiteral("confirmations"), e.confirmations},
                      {QStringLiteral("time"), e.time},
                      {QStringLiteral("amount"), amountJson(p, e.amount)},
                      {QStringLiteral("balance"), amountJson(p, e.balance)}};
        if (e.fee >= 0) o.insert(QStringLiteral("fee"), amountJson(p, e.fee));
        if (!e.label.isEmpty()) o.insert(QStringLiteral("label"), e.label);
        if (p.isSet(kProofs)) {
            auto proof = client->merkleProof(walletName(p), e.txid);
            if (!proof.ok()) return ctx.fail(proof.message());
            if (!proof->isEmpty()) o.insert(QStringLiteral("merkle_proof"), *proof);
        }
        out.append(o);
    }
    ctx.print(out);
    return kExitOk;
}

int runListUnspent(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("listunspent takes no arguments"));
    int code = kExitOk;
    CatchUp caught;
    auto client = prepare(ctx, p, &caught, &code);
    if (!client) return code;
    auto utxos = client->listUnspent(walletName(p));
    if (!utxos.ok()) return ctx.fail(utxos.message());
    QJsonArray out;
    for (const auto& u : *utxos) {
        QJsonObject o{{QStringLiteral("txid"), u.txid},
                      {QStringLiteral("vout"), u.vout},
                      {QStringLiteral("address"), u.address},
                      {QStringLiteral("scriptPubKey"), u.scriptPubKey},
                      {QStringLiteral("amount"), amountJson(p, u.value)},
                      {QStringLiteral("height"), u.height},
                      {QStringLiteral("confirmations"), u.confirmations},
                      {QStringLiteral("coinbase"), u.coinbase},
                      {QStringLiteral("spendable"), u.spendableNow},
                      {QStringLiteral("frozen"), u.frozen}};
        if (!u.label.isEmpty()) o.insert(QStringLiteral("label"), u.label);
        out.append(o);
    }
    ctx.print(out);
    return kExitOk;
}

int runRescan(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("rescan takes no arguments (use --from H)"));
    auto from = intOption(p, kFrom, -1, 0, 0x7fffffff);
    if (!from.ok()) return ctx.fail(from.message());
    int code = kExitOk;
    const QString name = walletName(p);
    CatchUp caught;
    auto client = prepare(ctx, p, &caught, &code, [&](service::WalletClient& c) -> util::Result<void> {
        auto reset = c.rescan(name, p.isSet(kFrom) ? *from : -1);
        if (!reset.ok()) return reset.error();
        return {};
    });
    if (!client) return code;
    auto count = client->walletInfo(name);
    if (!count.ok()) return ctx.fail(count.message());
    ctx.print(QJsonObject{{QStringLiteral("rescanned_from"), p.isSet(kFrom) ? *from : count->birthdayHeight},
                          {QStringLiteral("height"), caught.walletHeight},
                          {QStringLiteral("transactions"), count->transactionCount}});
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{QStringLiteral("getbalance"),
                          QStringLiteral("Catch up with the network and show the wallet's balances (BTC; --sat for satoshis)."),
                          addCommonOptions, runGetBalance});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("listtransactions"),
    QStringLiteral("Catch up and list the wallet's transactions, newest first, with the running balance."),
    [](QCommandLineParser& p) {
        addCommonOptions(p);
        p.addOption({kCount, QStringLiteral("How many transactions (default 10)."), QStringLiteral("N")});
        p.addOption({kSkip, QStringLiteral("Skip the newest M transactions (default 0)."), QStringLiteral("M")});
        p.addOption({kProofs, QStringLiteral("Include each confirmed transaction's Merkle proof (gettxoutproof hex).")});
    },
    runListTransactions});

CAIRN_CLI_COMMAND(Command{QStringLiteral("listunspent"),
                          QStringLiteral("Catch up and list the wallet's unspent outputs."), addCommonOptions,
                          runListUnspent});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("rescan"),
    QStringLiteral("Scan the chain again for the wallet's transactions, from --from H (default: its birthday)."),
    [](QCommandLineParser& p) {
        addCommonOptions(p);
        p.addOption({kFrom, QStringLiteral("First block height to scan again."), QStringLiteral("H")});
    },
    runRescan});

}  // namespace cairn::cli
