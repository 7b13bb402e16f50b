// SPDX-License-Identifier: MIT
#pragma once

// The catch-up every chain-data command runs first: open the node, sync headers with the peers (--connect or
// discovery), scan the wallet to the tip (BIP157 or BIP37), ask the peers' mempool; or fail with one line.
#include "cli/command.h"
#include "service/node_client.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace cairn::cli {

/// Where a catch-up got to.
struct CatchUp {
    /// The node, still connected (e.g. to broadcast through it); destroying it disconnects. Null when offline.
    std::unique_ptr<service::NodeClient> node;
    int tipHeight = -1;      ///< best validated header (-1 offline)
    int walletHeight = -1;   ///< the wallet is scanned up to here (== tipHeight after a catch-up)
};

/// Adds --offline (show the stored state without touching the network), --sync-timeout SEC (default 120) and
/// --mempool-wait MS (how long to wait for the peers' mempool answer; default 6000, 0 skips it).
void addCatchUpOptions(QCommandLineParser& parser);
/// Runs the catch-up for the wallet file `walletPath` (empty: headers only). Fails with "could not reach any peer:
/// ..." when no peer answered, "could not sync headers: ..." / "wallet discovery failed: ..." otherwise. With
/// --offline it returns at once with no node and heights -1.
[[nodiscard]] util::Result<CatchUp> catchUpWallet(const Context& ctx, const QCommandLineParser& parser,
                                                  const QString& walletPath);

}  // namespace cairn::cli
