// SPDX-License-Identifier: MIT
#include "net/peer_manager.h"

#include "storage/peer_store.h"
#include "util/log.h"

#include <QDateTime>
#include <QHostInfo>

#include <algorithm>

namespace cairn::net {

using util::fail;

util::Result<std::pair<QString, quint16>> parseHostPort(const QString& text, quint16 defaultPort) {
    QString host = text.trimmed();
    quint16 port = defaultPort;
    auto parsePort = [&](const QString& p) -> bool {
        bool ok = false;
        const uint v = p.toUInt(&ok);
        if (!ok || v == 0 || v > 65535) return false;
        port = static_cast<quint16>(v);
        return true;
    };
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0) return fail("'" + text.toStdString() + "' has no closing bracket");
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty() && (!rest.startsWith(QLatin1Char(':')) || !parsePort(rest.mid(1))))
            return fail("'" + text.toStdString() + "' has an invalid port");
    } else if (host.count(QLatin1Char(':')) == 1) {
        const QString p = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
        if (!parsePort(p)) return fail("'" + text.toStdString() + "' has an invalid port");
    }
    if (host.isEmpty()) return fail("'" + text.toStdString() + "' has no host");
    return std::make_pair(host, port);
}

PeerManager::PeerManager(const chain::ChainParams& params, storage::PeerStore* store, Options options, QObject* parent)
    : QObject(parent), m_params(params), m_store(store), m_options(std::move(options)) {
    m_options.connection.magic = params.messageStart;
    m_fillTimer.setSingleShot(true);
    connect(&m_fillTimer, &QTimer::timeout, this, &PeerManager::fill);
}

PeerManager::~PeerManager() { stop(); }

void PeerManager::addListener(PeerListener* listener) { m_listeners.push_back(listener); }

void PeerManager::removeListener(PeerListener* listener) {
    m_listeners.erase(std::remove(m_listeners.begin(), m_listeners.end(), listener), m_listeners.end());
}

int64_t PeerManager::now() const {
    return m_options.clock ? m_options.clock() : QDateTime::currentSecsSinceEpoch();
}

util::Result<void> PeerManager::start() {
    m_connectTargets.clear();
    for (const QString& entry : m_options.connectOnly) {
        auto hp = parseHostPort(entry, m_params.defaultPort);
        if (!hp.ok()) return fail("--connect " + hp.message());
        m_connectTargets.push_back(Target{hp->first, hp->second, "connect"});
    }
    if (!m_options.proxy.isEmpty()) {
        auto hp = parseHostPort(m_options.proxy, 9050);
        if (!hp.ok()) return fail("--proxy " + hp.message());
        m_options.connection.proxyHost = hp->first;
        m_options.connection.proxyPort = hp->second;
    }
    m_running = true;
    fill();
    return {};
}

void PeerManager::stop() {
    m_running = false;
    m_fillTimer.stop();
    const auto conns = m_connections;
    m_connections.clear();
    for (auto& [id, c] : conns) {
        c->onClosed = nullptr;
        c->onMessage = nullptr;
        c->onReady = nullptr;
        c->close(QStringLiteral("shutting down"));
        for (auto* l : m_listeners) l->peerClosed(id);
        c->deleteLater();
    }
}

std::vector<Connection*> PeerManager::readyPeers() const {
    std::vector<Connection*> out;
    for (const auto& [id, c] : m_connections)
        if (c->isReady()) out.push_back(c);
    return out;
}

std::vector<Connection*> PeerManager::allPeers() const {
    std::vector<Connection*> out;
    for (const auto& [id, c] : m_connections) out.push_back(c);
    return out;
}

Connection* PeerManager::peer(int id) const {
    auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : it->second;
}

std::string PeerManager::banKey(const QString& host, quint16 port) {
    auto ip = NetAddress::parseIp(host.toStdString(), port);
    if (ip.ok() && !ip->isRoutable()) return host.toStdString() + ":" + std::to_string(port);
    return host.toStdString();
}

bool PeerManager::isBanned(const std::string& key) const {
    if (m_store) {
        auto banned = m_store->isBanned(key, now());
        if (banned.ok()) return *banned;
        qCWarning(lcCairnNet, "reading bans failed: %s", banned.message().c_str());
    }
    auto it = m_memoryBans.find(key);
    return it != m_memoryBans.end() && it->second > now();
}

void PeerManager::punish(int id, const QString& reason) {
    if (Connection* c = peer(id)) c->close(reason, true);
}

void PeerManager::disconnectPeer(int id, const QString& reason) {
    if (Connection* c = peer(id)) c->close(reason, false);
}

std::vector<PeerManager::Target> PeerManager::candidateTargets() {
    std::vector<Target> out;
    if (m_store) {
        auto cands = m_store->candidates(500);
        if (cands.ok()) {
            // Full nodes with witness support first (what header sync and block fetch need).
            std::stable_sort(cands->begin(), cands->end(), [](const auto& a, const auto& b) {
                auto score = [](uint64_t s) {
                    return int((s & kNodeNetwork) != 0) * 2 + int((s & kNodeWitness) != 0) +
                           int((s & kNodeCompactFilters) != 0) + int((s & kNodeBloom) != 0);
                };
                return score(a.services) > score(b.services);
            });
            for (const auto& r : *cands) out.push_back(Target{QString::fromStdString(r.host), r.port, r.source});
        }
    }
    out.insert(out.end(), m_discovered.begin(), m_discovered.end());
    return out;
}

void PeerManager::fill() {
    if (!m_running) return;
    if (!m_connectTargets.empty()) {
        for (const auto& t : m_connectTargets) {
            const bool live = std::any_of(m_connections.begin(), m_connections.end(), [&](const auto& kv) {
                return kv.second->host() == t.host && kv.second->port() == t.port;
            });
            if (!live && !isBanned(banKey(t.host, t.port))) dial(t);
        }
        return;
    }
    std::set<std::string> groups;
    std::set<std::string> live;
    for (const auto& [id, c] : m_connections) {
        live.insert(c->address().toStdString());
        auto ip = NetAddress::parseIp(c->host().toStdString(), c->port());
        groups.insert(ip.ok() ? ip->group() : c->host().toStdString());
    }
    int freeSlots = m_options.maxOutbound - static_cast<int>(m_connections.size());
    for (const auto& t : candidateTargets()) {
        if (freeSlots <= 0) break;
        auto ip = NetAddress::parseIp(t.host.toStdString(), t.port);
        // Outbound peers on public networks only; names are allowed through a proxy (e.g. .onion).
        if (ip.ok() && !ip->isRoutable()) continue;
        if (!ip.ok() && m_options.connection.proxyHost.isEmpty()) continue;
        const std::string key = t.host.toStdString() + ":" + std::to_string(t.port);
        const std::string group = ip.ok() ? ip->group() : t.host.toStdString();
        if (live.count(key) || groups.count(group) || m_triedThisRound.count(key)) continue;
        if (isBanned(banKey(t.host, t.port))) continue;
        m_triedThisRound.insert(key);
        groups.insert(group);
        live.insert(key);
        dial(t);
        --freeSlots;
    }
    if (freeSlots > 0) {
        if (!m_dnsRequested) {
            seedFromDns();
        } else {
            // Everything known was tried: start a new round a little later.
            m_triedThisRound.clear();
            m_fillTimer.start(m_options.reconnectDelayMs * 5);
        }
    }
}

void PeerManager::dial(const Target& t) {
    const int id = m_nextId++;
    auto* c = new Connection(id, t.host, t.port, m_options.connection, this);
    c->onReady = [this](Connection& conn) { onReady(conn); };
    c->onMessage = [this](Connection& conn, const Message& m) { onMessage(conn, m); };
    c->onClosed = [this](Connection& conn, const CloseInfo& info) { onClosed(conn, info); };
    m_connections[id] = c;
    if (m_store) {
        if (auto r = m_store->markAttempt(t.host.toStdString(), t.port, now()); !r.ok())
            qCWarning(lcCairnNet, "address book: %s", r.message().c_str());
    }
    qCInfo(lcCairnNet, "peer %d: connecting to %s (%s)", id, qPrintable(c->address()), t.source.c_str());
    c->open();
    emit peersChanged();
}

void PeerManager::onReady(Connection& c) {
    const Version& v = c.peerVersion();
    qCInfo(lcCairnNet, "peer %d (%s): handshake done, %s, height %d", c.id(), qPrintable(c.address()),
           v.userAgent.c_str(), v.startHeight);
    if (m_store) {
        if (auto r = m_store->markSuccess(c.host().toStdString(), c.port(), v.services, now()); !r.ok())
            qCWarning(lcCairnNet, "address book: %s", r.message().c_str());
    }
    if (m_connectTargets.empty() && !(v.services & (kNodeNetwork | kNodeNetworkLimited))) {
        c.close(QStringLiteral("peer serves no blocks"));
        return;
    }
    if (m_connectTargets.empty()) c.send(GetAddr{});
    for (auto* l : m_listeners) {
        if (!c.isReady()) break;
        l->peerReady(c);
    }
    emit peersChanged();
}

void PeerManager::onMessage(Connection& c, const Message& m) {
    if (const auto* a = std::get_if<Addr>(&m)) rememberAddresses(a->addresses);
    else if (const auto* a2 = std::get_if<AddrV2>(&m)) rememberAddresses(a2->addresses);
    for (auto* l : m_listeners) {
        if (!c.isReady()) break;  // a listener closed it
        l->peerMessage(c, m);
    }
}

void PeerManager::onClosed(Connection& c, const CloseInfo& info) {
    const int id = c.id();
    m_connections.erase(id);
    if (info.misbehaved) {
        const std::string key = banKey(c.host(), c.port());
        const std::string reason = info.reason.toStdString();
        m_issuedBans.emplace_back(key, reason);
        m_memoryBans[key] = now() + m_options.banSeconds;
        if (m_store) {
            if (auto r = m_store->ban(key, now() + m_options.banSeconds, reason, now()); !r.ok())
                qCWarning(lcCairnNet, "storing ban failed: %s", r.message().c_str());
        }
        qCWarning(lcCairnNet, "peer %d (%s) banned for 24 h: %s", id, qPrintable(c.address()), reason.c_str());
    } else if (!info.handshakeDone && m_store) {
        (void)m_store->markFailure(c.host().toStdString(), c.port());
    }
    for (auto* l : m_listeners) l->peerClosed(id);
    c.deleteLater();
    emit peersChanged();
    if (m_running && !m_fillTimer.isActive()) m_fillTimer.start(m_options.reconnectDelayMs);
}

void PeerManager::rememberAddresses(const std::vector<NetAddress>& addrs) {
    if (!m_store || !m_connectTargets.empty()) return;
    std::vector<storage::PeerRecord> records;
    for (const auto& a : addrs) {
        if (!a.isRoutable() || a.port == 0) continue;
        // Only what we can dial: IP addresses, and Tor v3 names (dialled only through a --proxy).
        if (!a.isIp() && a.type != NetAddress::Type::TorV3) continue;
        storage::PeerRecord r;
        r.host = a.hostString();
        r.port = a.port;
        r.services = a.services;
        r.source = "addr";
        r.lastSeen = std::min<int64_t>(a.time, now());
        records.push_back(std::move(r));
    }
    if (auto r = m_store->addAddresses(records); !r.ok()) qCWarning(lcCairnNet, "address book: %s", r.message().c_str());
}

void PeerManager::seedFromDns() {
    m_dnsRequested = true;
    for (const auto& s : m_params.fixedSeeds)
        m_discovered.push_back(Target{QString::fromStdString(s.host), s.port, "fixed"});
    // Through a proxy, resolving seeds locally would leak our interest; fixed seeds and addr gossip suffice.
    if (!m_options.useDnsSeeds || !m_options.connection.proxyHost.isEmpty()) {
        m_fillTimer.start(0);
        return;
    }
    for (const auto& seed : m_params.dnsSeeds) {
        QHostInfo::lookupHost(QString::fromStdString(seed), this, [this](const QHostInfo& info) {
            std::vector<storage::PeerRecord> records;
            for (const QHostAddress& a : info.addresses()) {
                Target t{a.toString(), m_params.defaultPort, "dns"};
                m_discovered.push_back(t);
                records.push_back(storage::PeerRecord{t.host.toStdString(), t.port, 0, "dns", now(), 0, 0, 0});
            }
            if (m_store) (void)m_store->addAddresses(records);
            if (!m_fillTimer.isActive()) m_fillTimer.start(100);
        });
    }
    m_fillTimer.start(1000);
}

}  // namespace cairn::net
