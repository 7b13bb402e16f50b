// SPDX-License-Identifier: MIT
#pragma once

#include "chain/params.h"
#include "net/connection.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace cairn::storage {
class PeerStore;
}

namespace cairn::net {

/// Receives what happens to peers. All calls run on the network thread.
class PeerListener {
public:
    virtual ~PeerListener() = default;
    /// A peer completed its handshake.
    virtual void peerReady(Connection&) {}
    /// A typed message from a ready peer (handshake and ping traffic is handled by Connection).
    virtual void peerMessage(Connection&, const Message&) {}
    /// A peer is gone (its Connection is about to be deleted).
    virtual void peerClosed(int /*id*/) {}
};

/// Keeps up to 8 outbound connections: peers from --connect only, or from the address book, DNS seeds
/// and fixed seeds, at most one per /16 group, preferring full nodes with witness support. Bans
/// misbehaving peers for 24 hours (persisted in the PeerStore, so a ban survives restarts) and replaces
/// peers that close or stall. Lives on the network thread.
class PeerManager : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxOutbound = 8;
        QStringList connectOnly;        ///< host:port entries; when set, only these peers are used.
        QString proxy;                  ///< SOCKS5 host:port; empty: direct connections.
        int64_t banSeconds = 24 * 60 * 60;
        int reconnectDelayMs = 2000;    ///< Delay before re-dialling a --connect peer or refilling slots.
        bool useDnsSeeds = true;
        Connection::Options connection; ///< Magic and timeouts (magic is filled from the chain params).
        std::function<int64_t()> clock; ///< Unix seconds; default: system clock.
    };

    /// `store` may be null (no address book, bans kept in memory only); it must outlive the manager.
    PeerManager(const chain::ChainParams& params, storage::PeerStore* store, Options options, QObject* parent = nullptr);
    ~PeerManager() override;

    /// Registers a listener (not owned; must outlive the manager or be removed).
    void addListener(PeerListener* listener);
    void removeListener(PeerListener* listener);

    /// Starts connecting. Fails (without connecting) when a --connect or --proxy entry is malformed.
    [[nodiscard]] util::Result<void> start();
    /// Closes every connection; no new ones are made.
    void stop();
    /// Our best header height, announced in future version messages.
    void setStartHeight(int height) { m_options.connection.startHeight = height; }

    /// Connections that completed the handshake.
    std::vector<Connection*> readyPeers() const;
    /// All live connections (connecting or ready).
    std::vector<Connection*> allPeers() const;
    /// A live connection by id, or nullptr.
    Connection* peer(int id) const;
    /// Bans the peer's host for Options::banSeconds with `reason` and disconnects it.
    void punish(int id, const QString& reason);
    /// Disconnects a peer without banning it (e.g. it stalled); a replacement is dialled.
    void disconnectPeer(int id, const QString& reason);
    /// True when `key` (see banKey) is banned now.
    bool isBanned(const std::string& key) const;
    /// The ban key of a host: the host for public addresses; host:port for loopback and private ones, so
    /// that several local nodes (tests, a home LAN) can be told apart.
    static std::string banKey(const QString& host, quint16 port);
    /// Reasons of the bans this manager issued (for tests and the CLI).
    const std::vector<std::pair<std::string, std::string>>& issuedBans() const { return m_issuedBans; }

signals:
    /// The set of connections or their state changed (for peer lists).
    void peersChanged();

private:
    struct Target {
        QString host;
        quint16 port = 0;
        std::string source;
    };

    void fill();
    void dial(const Target& t);
    void onReady(Connection& c);
    void onMessage(Connection& c, const Message& m);
    void onClosed(Connection& c, const CloseInfo& info);
    void seedFromDns();
    void rememberAddresses(const std::vector<NetAddress>& addrs);
    std::vector<Target> candidateTargets();
    int64_t now() const;

    const chain::ChainParams& m_params;
    storage::PeerStore* m_store;
    Options m_options;
    std::vector<Target> m_connectTargets;
    std::map<int, Connection*> m_connections;  // owned (deleted when closed)
    std::vector<PeerListener*> m_listeners;
    std::map<std::string, int64_t> m_memoryBans;  // used when there is no store
    std::vector<std::pair<std::string, std::string>> m_issuedBans;
    std::vector<Target> m_discovered;  // from DNS / fixed seeds when the store is unavailable
    std::set<std::string> m_triedThisRound;
    QTimer m_fillTimer;
    int m_nextId = 1;
    bool m_running = false;
    bool m_dnsRequested = false;
};

/// Splits "host:port", "[v6]:port" or "host" (then `defaultPort`); fails on a malformed entry.
[[nodiscard]] util::Result<std::pair<QString, quint16>> parseHostPort(const QString& text, quint16 defaultPort);

}  // namespace cairn::net
