// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cairn::service {

/// A blocking facade over NodeService for the command-line client: each call spins a local event loop
/// until the answer arrives or the timeout passes. Only for cairn-cli and tests (never the GUI thread).
class NodeClient {
public:
    /// `dataDir` is the per-network directory (see resolveDataDir).
    NodeClient(Network network, QString dataDir, NetworkConfig config = {});
    ~NodeClient();

    /// Opens the database and the header chain; fails with the reason.
    [[nodiscard]] util::Result<void> open(int timeoutMs = 60'000);
    /// Connects and syncs headers. Returns when synced with the connected peers, or at the timeout: then an
    /// error when `requireSynced`, else the progress so far. `onProgress` gets every progress update.
    [[nodiscard]] util::Result<SyncProgress> sync(bool requireSynced, int timeoutMs,
                                                  const std::function<void(const SyncProgress&)>& onProgress = {});
    /// A header by height (decimal) or block hash, from the local chain (no network).
    [[nodiscard]] util::Result<HeaderInfo> header(const QString& heightOrHash, int timeoutMs = 30'000);
    /// A block by hash: from the cache, else fetched from peers.
    [[nodiscard]] util::Result<BlockInfo> block(const QString& hash, int timeoutMs = 120'000);
    /// A Merkle proof of `txid` in `blockHash`.
    [[nodiscard]] util::Result<MerkleProofInfo> txProof(const QString& txid, const QString& blockHash, int timeoutMs = 120'000);
    /// Checks a merkleblock hex against the local validated headers.
    [[nodiscard]] util::Result<QList<MerkleProofInfo>> verifyTxProof(const QString& hex, int timeoutMs = 30'000);
    /// Connects and returns the peers after their handshakes (or whatever is connected after `waitMs`).
    [[nodiscard]] util::Result<QList<PeerInfo>> peers(int waitMs);
    /// Broadcasts a signed transaction (hex) and returns its txid once a peer fetched it; then waits up to
    /// `relayWaitMs` for a peer to announce it back (`relayed`, optional, says whether one did). Fails on
    /// malformed hex, when no peer took it within `timeoutMs`, or when a peer refused it (reject) before any
    /// peer announced it back.
    [[nodiscard]] util::Result<QString> broadcast(const QString& rawHex, int timeoutMs = 60'000,
                                                  bool* relayed = nullptr, int relayWaitMs = 5'000);
    /// Runs wallet discovery for the wallet file `walletPath` (headers should be synced first, see sync()): returns
    /// the height it is scanned to once it reached the tip and the peers' mempool answer went quiet. Fails with
    /// the engine's reason, or at the timeout. The wallet stays watched (relayed transactions keep arriving).
    [[nodiscard]] util::Result<int> syncWallet(const QString& walletPath, int timeoutMs,
                                               const std::function<void(int height, int tip)>& onProgress = {});
    /// The service (for signals).
    NodeService& service() { return *m_service; }

private:

    NetworkConfig m_config;
    std::unique_ptr<NodeService> m_service;
    bool m_networkStarted = false;
};

}  // namespace cairn::service
