// SPDX-License-Identifier: MIT
#include "cli/commands/chain_catchup.h"

#include "service/data_dir.h"

#include <QElapsedTimer>

namespace cairn::cli {

namespace {

const QString kOffline = QStringLiteral("offline");
const QString kSyncTimeout = QStringLiteral("sync-timeout");
const QString kMempoolWait = QStringLiteral("mempool-wait");
constexpr int kDefaultTimeoutSec = 120;

}  // namespace

void addCatchUpOptions(QCommandLineParser& parser) {
    parser.addOption({kOffline, QStringLiteral("Show what the wallet file holds without catching up with the network.")});
    parser.addOption({kSyncTimeout,
                      QStringLiteral("Seconds allowed for catching up with the network (default %1).").arg(kDefaultTimeoutSec),
                      QStringLiteral("SEC")});
    parser.addOption({kMempoolWait,
                      QStringLiteral("Milliseconds to wait for the peers' mempool (unconfirmed payments; default 6000, 0: skip)."),
                      QStringLiteral("MS")});
}

util::Result<CatchUp> catchUpWallet(const Context& ctx, const QCommandLineParser& parser, const QString& walletPath) {
    CatchUp out;
    if (parser.isSet(kOffline)) return out;
    int timeoutSec = kDefaultTimeoutSec;
    if (parser.isSet(kSyncTimeout)) {
        bool ok = false;
        timeoutSec = parser.value(kSyncTimeout).toInt(&ok);
        if (!ok || timeoutSec < 1 || timeoutSec > 86'400)
            return util::fail("--sync-timeout takes a number of seconds between 1 and 86400");
    }
    auto dir = service::resolveDataDir(ctx.network, ctx.datadirBase);
    if (!dir.ok()) return dir.error();
    service::NetworkConfig cfg;
    cfg.connect = ctx.connect;
    cfg.proxy = ctx.proxy;
    if (parser.isSet(kMempoolWait)) {
        bool ok = false;
        cfg.mempoolWaitMs = parser.value(kMempoolWait).toInt(&ok);
        if (!ok || cfg.mempoolWaitMs < 0 || cfg.mempoolWaitMs > 600'000)
            return util::fail("--mempool-wait takes milliseconds between 0 and 600000");
    }
    out.node = std::make_unique<service::NodeClient>(ctx.network, *dir, cfg);
    if (auto r = out.node->open(); !r.ok()) return r.error();
    QElapsedTimer clock;
    clock.start();
    const int timeoutMs = timeoutSec * 1000;
    auto headers = out.node->sync(true, timeoutMs);
    if (!headers.ok()) {
        if (out.node->service().syncProgress().peerCount == 0)
            return util::fail("could not reach any peer: " + headers.message());
        return util::fail("could not sync headers: " + headers.message());
    }
    out.tipHeight = headers->headerHeight;
    if (walletPath.isEmpty()) return out;
    const int left = std::max(1000, timeoutMs - int(clock.elapsed()));
    auto scanned = out.node->syncWallet(walletPath, left);
    if (!scanned.ok()) return util::fail("wallet discovery failed: " + scanned.message());
    out.walletHeight = *scanned;
    out.tipHeight = std::max(out.tipHeight, *scanned);
    return out;
}

}  // namespace cairn::cli
