// SPDX-License-Identifier: MIT
#pragma once

#include "chain/header_chain.h"
#include "net/peer_manager.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <map>
#include <set>
#include <memory>

namespace cairn::net {

/// Headers-first synchronisation of a HeaderChain from the PeerManager's peers.
///
/// One peer that is ahead of us downloads at a time (getheaders with the chain's locator, 2,000 headers per
/// reply); when it finishes or stalls, the next peer that is ahead takes over. Peers not ahead of us get one
/// getheaders to confirm. bcoin sends no `headers` reply at all when it has nothing new, so a request to a
/// peer whose announced height is at or below ours that stays unanswered for Options::idleTimeoutMs counts
/// as "synced with that peer"; an unanswered request to a peer that is ahead is a stall and the peer is
/// replaced. Invalid headers (as HeaderChain judges them), non-connecting batches in reply to our request,
/// oversized batches and low-work fork floods get the peer banned. Unsolicited `headers` announcements
/// (BIP130) and block `inv`s are followed with getheaders.
class HeaderSync : public QObject, public PeerListener {
    Q_OBJECT
public:
    struct Options {
        int requestTimeoutMs = 20'000;   ///< Reply deadline when the peer claims more headers than we have.
        int idleTimeoutMs = 1'500;       ///< Silence that means "nothing new" from a peer not ahead of us.
        int maxNonConnecting = 8;        ///< Unsolicited non-connecting announcements tolerated per peer.
        size_t maxForkHeaders = 4'000;   ///< Headers on branches with less work than ours tolerated per peer.
    };

    HeaderSync(chain::HeaderChain& chain, PeerManager& peers, Options options, QObject* parent = nullptr);
    ~HeaderSync() override;

    /// True when at least one peer is connected, every ready peer has been synced with and nothing is in flight.
    bool isSynced() const;
    /// Highest height any peer has shown.
    int bestPeerHeight() const;
    /// Headers received from peers since construction (including ones we already had).
    uint64_t headersReceived() const { return m_headersReceived; }
    /// Headers newly accepted by the chain since construction.
    uint64_t headersAccepted() const { return m_headersAccepted; }
    /// Average rate of accepted headers since the first one arrived.
    double headersPerSecond() const;
    /// Ids of the peers that delivered at least one header.
    const std::set<int>& peersUsed() const { return m_peersUsed; }

    void peerReady(Connection& c) override;
    void peerMessage(Connection& c, const Message& m) override;
    void peerClosed(int id) override;

signals:
    /// Headers arrived or sync state changed.
    void progress();
    /// isSynced() became true.
    void synced();

private:
    struct PeerState {
        bool inFlight = false;
        bool synced = false;
        int nonConnecting = 0;
        size_t forkHeaders = 0;
        std::unique_ptr<QTimer> timer;
    };

    void schedule();
    void request(Connection& c, const std::vector<primitives::BlockHash>& locator);
    void onHeaders(Connection& c, const Headers& h);
    void onTimeout(int id);
    void checkSynced();
    bool someoneDownloading() const;

    chain::HeaderChain& m_chain;
    PeerManager& m_peers;
    Options m_options;
    std::map<int, PeerState> m_state;
    std::set<int> m_peersUsed;
    uint64_t m_headersReceived = 0;
    uint64_t m_headersAccepted = 0;
    QElapsedTimer m_rateClock;
    bool m_wasSynced = false;
};

}  // namespace cairn::net
