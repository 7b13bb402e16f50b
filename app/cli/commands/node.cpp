// SPDX-License-Identifier: MIT
// Node subcommands: sync, getblockheader, getblock, gettxproof, verifytxproof, peers.
#include "cli/command.h"
#include "service/data_dir.h"
#include "service/node_client.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace cairn::cli {

namespace {

using service::NodeClient;

constexpr int kDefaultSyncTimeoutSec = 3600;

QJsonObject headerJson(const service::HeaderInfo& h) {
    QJsonObject o{{QStringLiteral("hash"), h.hash},
                  {QStringLiteral("height"), h.height},
                  {QStringLiteral("confirmations"), h.confirmations},
                  {QStringLiteral("version"), h.version},
                  {QStringLiteral("merkleroot"), h.merkleRoot},
                  {QStringLiteral("time"), static_cast<qint64>(h.time)},
                  {QStringLiteral("bits"), QStringLiteral("%1").arg(h.bits, 8, 16, QLatin1Char('0'))},
                  {QStringLiteral("nonce"), static_cast<qint64>(h.nonce)},
                  {QStringLiteral("difficulty"), h.difficulty},
                  {QStringLiteral("chainwork"), h.chainWork},
                  {QStringLiteral("previousblockhash"), h.prevHash}};
    if (!h.nextHash.isEmpty()) o.insert(QStringLiteral("nextblockhash"), h.nextHash);
    return o;
}

QJsonObject proofJson(const service::MerkleProofInfo& p) {
    QJsonArray siblings;
    for (const auto& s : p.siblings) siblings.append(s);
    return QJsonObject{{QStringLiteral("txid"), p.txid},
                       {QStringLiteral("blockhash"), p.blockHash},
                       {QStringLiteral("height"), p.height},
                       {QStringLiteral("index"), p.index},
                       {QStringLiteral("transactions"), p.totalTransactions},
                       {QStringLiteral("merkleroot"), p.root},
                       {QStringLiteral("siblings"), siblings},
                       {QStringLiteral("verified"), p.verified}};
}

QJsonObject peerJson(const service::PeerInfo& p) {
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("address"), p.address},
                       {QStringLiteral("network"), p.network},
                       {QStringLiteral("useragent"), p.userAgent},
                       {QStringLiteral("version"), p.protocolVersion},
                       {QStringLiteral("services"), QJsonArray::fromStringList(p.serviceNames)},
                       {QStringLiteral("startheight"), p.startHeight},
                       {QStringLiteral("height"), p.bestKnownHeight},
                       {QStringLiteral("handshake"), p.handshakeDone},
                       {QStringLiteral("pingms"), p.pingMs},
                       {QStringLiteral("bytesrecv"), static_cast<qint64>(p.bytesIn)},
                       {QStringLiteral("bytessent"), static_cast<qint64>(p.bytesOut)}};
}

/// Opens the node of the selected network; nullptr after printing the error.
std::unique_ptr<NodeClient> openNode(const Context& ctx, int* exitCode) {
    auto dir = service::resolveDataDir(ctx.network, ctx.datadirBase);
    if (!dir.ok()) {
        *exitCode = ctx.fail(dir.message());
        return nullptr;
    }
    service::NetworkConfig cfg;
    cfg.connect = ctx.connect;
    cfg.proxy = ctx.proxy;
    auto node = std::make_unique<NodeClient>(ctx.network, *dir, cfg);
    if (auto r = node->open(); !r.ok()) {
        *exitCode = ctx.fail(r.message());
        return nullptr;
    }
    return node;
}

int expectArgs(const Context& ctx, const QCommandLineParser& p, int n, const QString& usage) {
    if (p.positionalArguments().size() != n) return ctx.fail(QStringLiteral("usage: cairn-cli %1").arg(usage));
    return kExitOk;
}

int runSync(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("sync takes no arguments"));
    bool ok = true;
    const int timeoutSec = p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt(&ok) : kDefaultSyncTimeoutSec;
    if (!ok || timeoutSec <= 0) return ctx.fail(QStringLiteral("--timeout needs a positive number of seconds"));
    int code = kExitOk;
    auto node = openNode(ctx, &code);
    if (!node) return code;
    QElapsedTimer clock;
    clock.start();
    qint64 lastNote = -1000;
    auto r = node->sync(p.isSet(QStringLiteral("until-synced")), timeoutSec * 1000, [&](const service::SyncProgress& s) {
        if (clock.elapsed() - lastNote < 1000) return;
        lastNote = clock.elapsed();
        ctx.note(QStringLiteral("height %1/%2  %3 headers/s  %4 peers%5")
                     .arg(s.headerHeight)
                     .arg(s.bestPeerHeight)
                     .arg(s.headersPerSecond, 0, 'f', 0)
                     .arg(s.peerCount)
                     .arg(s.etaSeconds > 0 ? QStringLiteral("  ETA %1 s").arg(s.etaSeconds) : QString()));
    });
    if (!r.ok()) return ctx.fail(r.message());
    ctx.print(QJsonObject{{QStringLiteral("height"), r->headerHeight},
                          {QStringLiteral("tip"), r->tipHash},
                          {QStringLiteral("synced"), r->state == service::SyncProgress::State::Synced},
                          {QStringLiteral("headers_per_second"), r->headersPerSecond},
                          {QStringLiteral("headers_received"), static_cast<qint64>(r->headersReceived)},
                          {QStringLiteral("peers_used"), r->peersUsed},
                          {QStringLiteral("peers"), r->peerCount},
                          {QStringLiteral("seconds"), static_cast<double>(clock.elapsed()) / 1000.0}});
    return kExitOk;
}

int runGetBlockHeader(Context& ctx, const QCommandLineParser& p) {
    if (int c = expectArgs(ctx, p, 1, QStringLiteral("getblockheader HEIGHT|HASH")); c != kExitOk) return c;
    int code = kExitOk;
    auto node = openNode(ctx, &code);
    if (!node) return code;
    auto h = node->header(p.positionalArguments().first());
    if (!h.ok()) return ctx.fail(h.message());
    ctx.print(headerJson(*h));
    return kExitOk;
}

int runGetBlock(Context& ctx, const QCommandLineParser& p) {
    if (int c = expectArgs(ctx, p, 1, QStringLiteral("getblock HASH")); c != kExitOk) return c;
    int code = kExitOk;
    auto node = openNode(ctx, &code);
    if (!node) return code;
    auto b = node->block(p.positionalArguments().first());
    if (!b.ok()) return ctx.fail(b.message());
    QJsonObject o = headerJson(b->header);
    o.insert(QStringLiteral("size"), b->size);
    o.insert(QStringLiteral("strippedsize"), b->strippedSize);
    o.insert(QStringLiteral("weight"), b->weight);
    o.insert(QStringLiteral("nTx"), b->txCount);
    o.insert(QStringLiteral("tx"), QJsonArray::fromStringList(b->txids));
    ctx.print(o);
    return kExitOk;
}

int runGetTxProof(Context& ctx, const QCommandLineParser& p) {
    if (int c = expectArgs(ctx, p, 2, QStringLiteral("gettxproof TXID BLOCKHASH")); c != kExitOk) return c;
    int code = kExitOk;
    auto node = openNode(ctx, &code);
    if (!node) return code;
    auto proof = node->txProof(p.positionalArguments()[0], p.positionalArguments()[1]);
    if (!proof.ok()) return ctx.fail(proof.message());
    if (!proof->verified) return ctx.fail(QStringLiteral("the proof does not verify against our validated header"));
    ctx.print(proof->merkleBlockHex);
    return kExitOk;
}

int runVerifyTxProof(Context& ctx, const QCommandLineParser& p) {
    if (int c = expectArgs(ctx, p, 1, QStringLiteral("verifytxproof HEX")); c != kExitOk) return c;
    int code = kExitOk;
    auto node = openNode(ctx, &code);
    if (!node) return code;
    auto proofs = node->verifyTxProof(p.positionalArguments().first());
    if (!proofs.ok()) return ctx.fail(proofs.message());
    QJsonArray txids;
    QJsonArray details;
    bool allVerified = !proofs->isEmpty();
    for (const auto& pr : *proofs) {
        txids.append(pr.txid);
        details.append(proofJson(pr));
        allVerified = allVerified && pr.verified;
    }
    if (!allVerified) return ctx.fail(QStringLiteral("the proof does not verify against our validated header chain"));
    ctx.print(QJsonObject{{QStringLiteral("txids"), txids},
                          {QStringLiteral("blockhash"), proofs->first().blockHash},
                          {QStringLiteral("height"), proofs->first().height},
                          {QStringLiteral("verified"), true},
                          {QStringLiteral("proofs"), details}});
    return kExitOk;
}

int runPeers(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("peers takes no arguments"));
    bool ok = true;
    const int waitSec = p.isSet(QStringLiteral("wait")) ? p.value(QStringLiteral("wait")).toInt(&ok) : 15;
    if (!ok || waitSec <= 0) return ctx.fail(QStringLiteral("--wait needs a positive number of seconds"));
    int code = kExitOk;
    auto node = openNode(ctx, &code);
    if (!node) return code;
    auto list = node->peers(waitSec * 1000);
    if (!list.ok()) return ctx.fail(list.message());
    QJsonArray out;
    for (const auto& peer : *list) out.append(peerJson(peer));
    ctx.print(out);
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("sync"),
    QStringLiteral("Connect to peers and download and validate block headers."),
    [](QCommandLineParser& p) {
        p.addOption({QStringLiteral("until-synced"), QStringLiteral("Fail unless synced with the peers before the timeout.")});
        p.addOption({QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds (default 3600)."),
                     QStringLiteral("seconds")});
    },
    runSync});

CAIRN_CLI_COMMAND(Command{QStringLiteral("getblockheader"),
                          QStringLiteral("Show a validated block header by height or hash."),
                          [](QCommandLineParser& p) {
                              p.addPositionalArgument(QStringLiteral("block"), QStringLiteral("Height or block hash."));
                          },
                          runGetBlockHeader});

CAIRN_CLI_COMMAND(Command{QStringLiteral("getblock"),
                          QStringLiteral("Show a block (fetched from a peer if needed): txids, size, weight."),
                          [](QCommandLineParser& p) {
                              p.addPositionalArgument(QStringLiteral("hash"), QStringLiteral("Block hash."));
                          },
                          runGetBlock});

CAIRN_CLI_COMMAND(Command{QStringLiteral("gettxproof"),
                          QStringLiteral("Print a BIP37 merkleblock proving a transaction is in a block (hex)."),
                          [](QCommandLineParser& p) {
                              p.addPositionalArgument(QStringLiteral("txid"), QStringLiteral("Transaction id."));
                              p.addPositionalArgument(QStringLiteral("blockhash"), QStringLiteral("Block hash."));
                          },
                          runGetTxProof});

CAIRN_CLI_COMMAND(Command{QStringLiteral("verifytxproof"),
                          QStringLiteral("Check a merkleblock proof against the validated header chain."),
                          [](QCommandLineParser& p) {
                              p.addPositionalArgument(QStringLiteral("proof"), QStringLiteral("Merkleblock hex."));
                          },
                          runVerifyTxProof});

CAIRN_CLI_COMMAND(Command{QStringLiteral("peers"),
                          QStringLiteral("Connect to the network and list the peers."),
                          [](QCommandLineParser& p) {
                              p.addOption({QStringLiteral("wait"), QStringLiteral("Seconds to wait for handshakes (default 15)."),
                                           QStringLiteral("seconds")});
                          },
                          runPeers});

}  // namespace cairn::cli
