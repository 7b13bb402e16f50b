// SPDX-License-Identifier: MIT
#include "net/header_sync.h"

#include "util/log.h"

namespace cairn::net {

HeaderSync::HeaderSync(chain::HeaderChain& chain, PeerManager& peers, Options options, QObject* parent)
    : QObject(parent), m_chain(chain), m_peers(peers), m_options(options) {
    m_peers.addListener(this);
}

HeaderSync::~HeaderSync() { m_peers.removeListener(this); }

bool HeaderSync::isSynced() const {
    const auto ready = m_peers.readyPeers();
    if (ready.empty()) return false;
    for (Connection* c : ready) {
        auto it = m_state.find(c->id());
        if (it == m_state.end() || !it->second.synced || it->second.inFlight) return false;
    }
    return true;
}

int HeaderSync::bestPeerHeight() const {
    int best = -1;
    for (Connection* c : m_peers.readyPeers()) best = std::max(best, c->bestKnownHeight());
    return best;
}

double HeaderSync::headersPerSecond() const {
    if (!m_rateClock.isValid() || m_headersAccepted == 0) return 0.0;
    const double secs = static_cast<double>(m_rateClock.elapsed()) / 1000.0;
    return secs > 0 ? static_cast<double>(m_headersAccepted) / secs : 0.0;
}

bool HeaderSync::someoneDownloading() const {
    for (const auto& [id, st] : m_state) {
        if (!st.inFlight) continue;
        Connection* c = m_peers.peer(id);
        if (c && c->bestKnownHeight() > m_chain.tipHeight()) return true;
    }
    return false;
}

void HeaderSync::peerReady(Connection& c) {
    auto& st = m_state[c.id()];
    st.timer = std::make_unique<QTimer>();
    st.timer->setSingleShot(true);
    const int id = c.id();
    connect(st.timer.get(), &QTimer::timeout, this, [this, id] { onTimeout(id); });
    m_peers.setStartHeight(m_chain.tipHeight());
    schedule();
}

void HeaderSync::peerClosed(int id) {
    m_state.erase(id);
    schedule();
    checkSynced();
}

void HeaderSync::request(Connection& c, const std::vector<primitives::BlockHash>& locator) {
    auto& st = m_state[c.id()];
    GetHeaders gh;
    gh.locator = locator;
    c.send(gh);
    st.inFlight = true;
    const bool ahead = c.bestKnownHeight() > m_chain.tipHeight();
    if (st.timer) st.timer->start(ahead ? m_options.requestTimeoutMs : m_options.idleTimeoutMs);
}

void HeaderSync::schedule() {
    // Peers ahead of us: one downloads at a time, the rest wait for their turn.
    if (!someoneDownloading()) {
        Connection* best = nullptr;
        for (Connection* c : m_peers.readyPeers()) {
            auto it = m_state.find(c->id());
            if (it == m_state.end() || it->second.inFlight) continue;
            if (c->bestKnownHeight() > m_chain.tipHeight() && (!best || c->bestKnownHeight() > best->bestKnownHeight()))
                best = c;
        }
        if (best) {
            m_state[best->id()].synced = false;
            request(*best, m_chain.locator());
            return;
        }
    } else {
        return;
    }
    // Nobody claims more than we have: ask every peer not yet synced with once, to be sure.
    for (Connection* c : m_peers.readyPeers()) {
        auto it = m_state.find(c->id());
        if (it == m_state.end() || it->second.inFlight || it->second.synced) continue;
        request(*c, m_chain.locator());
    }
}

void HeaderSync::onTimeout(int id) {
    auto it = m_state.find(id);
    Connection* c = m_peers.peer(id);
    if (it == m_state.end() || !c) return;
    it->second.inFlight = false;
    if (c->bestKnownHeight() > m_chain.tipHeight()) {
        // It claims headers we lack but does not send them: replace it (no ban, it may just be slow).
        m_peers.disconnectPeer(id, QStringLiteral("stalled: no headers within %1 ms").arg(m_options.requestTimeoutMs));
        return;
    }
    it->second.synced = true;  // bcoin's silence: nothing newer than what we have
    schedule();
    checkSynced();
}

void HeaderSync::peerMessage(Connection& c, const Message& m) {
    if (const auto* h = std::get_if<Headers>(&m)) return onHeaders(c, *h);
    if (const auto* inv = std::get_if<Inv>(&m)) {
        for (const auto& item : inv->items) {
            if (item.type != InvType::Block && item.type != InvType::WitnessBlock) continue;
            const primitives::BlockHash hash(item.hash);
            if (m_chain.contains(hash)) continue;
            // A block we do not know: the peer is at least one past our tip; fetch its headers.
            c.noteHeight(m_chain.tipHeight() + 1);
            auto& st = m_state[c.id()];
            st.synced = false;
            if (!st.inFlight) request(c, m_chain.locator());
            break;
        }
    }
}

void HeaderSync::onHeaders(Connection& c, const Headers& msg) {
    auto it = m_state.find(c.id());
    if (it == m_state.end()) return;
    PeerState& st = it->second;
    const bool solicited = st.inFlight;
    st.inFlight = false;
    if (st.timer) st.timer->stop();
    if (msg.headers.size() > chain::HeaderChain::kMaxHeadersPerBatch)
        return m_peers.punish(c.id(), QStringLiteral("more than 2,000 headers in one message"));
    if (msg.headers.empty()) {
        st.synced = true;
        schedule();
        checkSynced();
        return;
    }
    if (!m_rateClock.isValid()) m_rateClock.start();
    m_headersReceived += msg.headers.size();
    // A full batch means more follow: ask for them now, so that the peer serves the next batch while we
    // validate and store this one. Should this batch turn out invalid, the peer is banned anyway.
    const bool full = msg.headers.size() == chain::HeaderChain::kMaxHeadersPerBatch;
    if (full) {
        std::vector<primitives::BlockHash> loc{msg.headers.back().hash()};
        const auto rest = m_chain.locator();
        loc.insert(loc.end(), rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(rest.size(), kMaxLocatorHashes - 1)));
        st.synced = false;
        request(c, loc);
    }
    const int tipBefore = m_chain.tipHeight();
    const chain::AcceptResult r = m_chain.acceptHeaders(msg.headers, c.id());
    m_headersAccepted += static_cast<uint64_t>(r.accepted);
    if (r.accepted > 0 || r.duplicates > 0) m_peersUsed.insert(c.id());
    if (!r.ok()) {
        const QString why = QStringLiteral("invalid headers (%1): %2")
                                .arg(QString::fromLatin1(chain::headerErrorCode(r.error)), QString::fromStdString(r.message));
        if (r.error == chain::HeaderError::NotConnecting && !solicited && msg.headers.size() <= 8 &&
            ++st.nonConnecting <= m_options.maxNonConnecting) {
            // An announcement of a block whose parents we lack: ask for the gap (BIP130).
            st.synced = false;
            if (!st.inFlight) request(c, m_chain.locator());
            return;
        }
        if (chain::isPeerFault(r.error)) return m_peers.punish(c.id(), why);
        qCWarning(lcCairnNet, "header sync: %s", qPrintable(why));
        st.synced = true;
        schedule();
        return;
    }
    if (auto h = m_chain.heightOf(r.lastHash)) c.noteHeight(*h);
    // Headers that landed on a branch with less work than ours cost memory and give nothing: cap them.
    if (r.accepted > 0 && !m_chain.isOnBestChain(r.lastHash)) {
        st.forkHeaders += static_cast<size_t>(r.accepted);
        if (st.forkHeaders > m_options.maxForkHeaders)
            return m_peers.punish(c.id(), QStringLiteral("low-work fork flood (%1 headers off our best chain)")
                                              .arg(st.forkHeaders));
    }
    if (m_chain.tipHeight() != tipBefore) m_peers.setStartHeight(m_chain.tipHeight());
    emit progress();
    if (full) return;  // the next request is already out
    if (solicited) st.synced = true;
    schedule();
    checkSynced();
}

void HeaderSync::checkSynced() {
    const bool now = isSynced();
    if (now && !m_wasSynced) {
        m_wasSynced = true;
        emit progress();
        emit synced();
    } else if (!now) {
        m_wasSynced = false;
    }
}

}  // namespace cairn::net
