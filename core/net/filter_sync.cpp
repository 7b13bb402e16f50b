// SPDX-License-Identifier: MIT
#include "net/filter_sync.h"

#include "storage/filter_header_store.h"
#include "util/log.h"

#include <algorithm>

namespace cairn::net {

using util::fail;

namespace {

/// BIP157: cfcheckpt carries the filter header of every 1,000th block.
constexpr int kCheckpointInterval = 1000;
/// getcfheaders requests remembered per peer for matching replies.
constexpr size_t kMaxRememberedRequests = 8;

}  // namespace

FilterSync::FilterSync(chain::HeaderChain& chain, PeerManager& peers, BlockFetcher& blocks,
                       storage::FilterHeaderStore* store, Options options, QObject* parent)
    : QObject(parent), m_chain(chain), m_peers(peers), m_blocks(blocks), m_store(store), m_options(options) {
    load();
    m_chainListener = m_chain.subscribe([this](const chain::ChainChange& change) { onChainChanged(change); });
    m_peers.addListener(this);
}

FilterSync::~FilterSync() {
    m_peers.removeListener(this);
    m_chain.unsubscribe(m_chainListener);
}

void FilterSync::load() {
    if (!m_store) return;
    auto rows = m_store->fromHeight(0);
    if (!rows.ok()) {
        qCWarning(lcCairnNet, "loading filter headers failed: %s", rows.message().c_str());
        return;
    }
    // Rows are ordered by height; stale branches share heights with the best chain, so pick by hash.
    for (const auto& r : *rows) {
        const int want = verifiedHeight() + 1;
        if (r.height < want) continue;
        if (r.height > want) break;
        if (m_chain.hashAt(want) != r.blockHash) continue;
        if (chain::filterHeader(r.filterHash, previousHeader(want)) != r.filterHeader) break;
        m_verified.push_back(Verified{r.filterHash, r.filterHeader});
    }
}

bool FilterSync::available() const {
    for (Connection* c : m_peers.readyPeers())
        if (servesFilters(*c)) return true;
    return false;
}

int FilterSync::verifiedHeight() const { return static_cast<int>(m_verified.size()) - 1; }

std::optional<crypto::Hash256> FilterSync::filterHeaderAt(int height) const {
    if (height < 0 || height > verifiedHeight()) return std::nullopt;
    return m_verified[static_cast<size_t>(height)].header;
}

crypto::Hash256 FilterSync::previousHeader(int height) const {
    return height == 0 ? crypto::Hash256{} : m_verified[static_cast<size_t>(height - 1)].header;
}

QString FilterSync::blockLabel(const primitives::BlockHash& hash, int height) {
    return QStringLiteral("block %1 (height %2)").arg(QString::fromStdString(hash.toHex())).arg(height);
}

bool FilterSync::servesFilters(const Connection& c) const {
    return c.isReady() && (c.peerVersion().services & kNodeCompactFilters) && !m_gone.count(c.id()) && !isBenched(c.id());
}

std::vector<Connection*> FilterSync::filterPeers() const {
    std::vector<Connection*> out;
    for (Connection* c : m_peers.readyPeers())
        if (servesFilters(*c)) out.push_back(c);
    // Fastest first: the single-peer requests go to the front.
    std::stable_sort(out.begin(), out.end(), [](const Connection* a, const Connection* b) {
        return (a->pingMs() >= 0 ? a->pingMs() : 1 << 30) < (b->pingMs() >= 0 ? b->pingMs() : 1 << 30);
    });
    return out;
}

std::vector<Connection*> FilterSync::filterPeersAt(int height) const {
    std::vector<Connection*> all = filterPeers();
    std::vector<Connection*> ready;
    for (Connection* c : all)
        if (c->bestKnownHeight() < 0 || c->bestKnownHeight() >= height) ready.push_back(c);
    // When every peer seems behind, our view of their heights is stale (not every announcement is noted).
    return ready.empty() ? all : ready;
}

void FilterSync::start() {
    m_running = true;
    advance();
}

void FilterSync::stop() {
    m_running = false;
    ++m_generation;
    m_round.reset();
    m_dispute.reset();
    for (auto& [id, st] : m_state) {
        st.outstanding = 0;
        if (st.timer) st.timer->stop();
        if (!st.checkpoints) st.checkpointAsked = false;  // asked again after start()
    }
    std::deque<FilterJob> jobs;
    jobs.swap(m_jobs);
    for (auto& job : jobs) job.done(fail("filter sync stopped"));
}

// ---- peer bookkeeping ---------------------------------------------------------------------------------------

void FilterSync::sent(int peer) {
    PeerState& st = m_state[peer];
    ++st.outstanding;
    if (!st.timer) {
        st.timer = std::make_unique<QTimer>();
        st.timer->setSingleShot(true);
        connect(st.timer.get(), &QTimer::timeout, this, [this, peer] { onTimeout(peer); });
    }
    st.timer->start(m_options.requestTimeoutMs);
}

void FilterSync::answered(int peer, bool finished) {
    auto it = m_state.find(peer);
    if (it == m_state.end()) return;
    PeerState& st = it->second;
    if (finished && st.outstanding > 0) --st.outstanding;
    if (!st.timer) return;
    if (st.outstanding > 0) st.timer->start(m_options.requestTimeoutMs);
    else st.timer->stop();
}

void FilterSync::onTimeout(int peer) {
    const QString why = QStringLiteral("did not answer a compact filter request in time");
    auto it = m_state.find(peer);
    if (it == m_state.end() || it->second.strike) {
        drop(peer, why);
        return advance();
    }
    // First strike: a peer whose own chain moved (e.g. a stale branch) ignores requests for blocks it no longer
    // has on its best chain, which looks the same as stalling. Leave it out of filter work until our tip changes;
    // a second silence without any answer between disconnects it.
    PeerState& st = it->second;
    qCInfo(lcCairnNet, "peer %d: %s; not asked again before the next block", peer, qPrintable(why));
    st.strike = true;
    st.benched = true;
    st.benchedAt = m_chain.tip();
    st.outstanding = 0;
    if (!st.checkpoints) st.checkpointAsked = false;
    releaseWork(peer, why);
    advance();
}

void FilterSync::punish(int id, const QString& why) {
    qCWarning(lcCairnNet, "peer %d: %s", id, qPrintable(why));
    m_peers.punish(id, why);
    m_gone.insert(id);
    forget(id, why);
}

void FilterSync::drop(int id, const QString& why) {
    qCInfo(lcCairnNet, "peer %d: %s", id, qPrintable(why));
    m_peers.disconnectPeer(id, why);
    m_gone.insert(id);
    forget(id, why);
}

void FilterSync::forget(int id, const QString& why) {
    if (auto it = m_state.find(id); it != m_state.end()) {
        // The timer may be the one whose timeout is running right now: delete it later.
        if (it->second.timer) {
            it->second.timer->stop();
            it->second.timer.release()->deleteLater();
        }
        m_state.erase(it);
    }
    releaseWork(id, why);
}

void FilterSync::releaseWork(int id, const QString& why) {
    if (m_round) {
        m_round->waiting.erase(id);
        m_round->replies.erase(id);
    }
    if (m_dispute) {
        for (auto it = m_dispute->sides.begin(); it != m_dispute->sides.end();) {
            it->second.erase(id);
            it = it->second.empty() ? m_dispute->sides.erase(it) : std::next(it);
        }
        m_dispute->filters.erase(id);
    }
    if (!m_jobs.empty() && m_jobs.front().peer == id) {
        m_jobs.front().peer = 0;
        m_jobs.front().lastError = why;
    }
}

bool FilterSync::isBenched(int id) const {
    auto it = m_state.find(id);
    return it != m_state.end() && it->second.benched && it->second.benchedAt == m_chain.tip();
}

void FilterSync::heard(int id) {
    if (auto it = m_state.find(id); it != m_state.end()) {
        it->second.strike = false;
        it->second.benched = false;
    }
}

void FilterSync::peerReady(Connection& c) {
    if (servesFilters(c)) m_state[c.id()];
    advance();
}

void FilterSync::peerClosed(int id) {
    m_gone.erase(id);
    forget(id, QStringLiteral("peer disconnected"));
    advance();
}

void FilterSync::peerMessage(Connection& c, const Message& m) {
    if (const auto* cp = std::get_if<CFCheckpt>(&m)) onCheckpoint(c, *cp);
    else if (const auto* h = std::get_if<CFHeaders>(&m)) onHeaders(c, *h);
    else if (const auto* f = std::get_if<CFilter>(&m)) {
        if (!onDisputeFilter(c, *f)) onJobFilter(c, *f);
    } else return;
    advance();
}

// ---- the driver ----------------------------------------------------------------------------------------------

void FilterSync::advance() {
    // Handlers call advance() at their end; work started inside may finish synchronously and call it again.
    if (m_advancing) {
        m_again = true;
        return;
    }
    m_advancing = true;
    do {
        m_again = false;
        step();
    } while (m_again);
    m_advancing = false;
}

void FilterSync::step() {
    if (!m_running) return;
    runFilterJob();
    if (m_dispute) {
        judgeDispute();
        if (m_dispute) return;
    }
    if (m_round) {
        finishHeaderRound();
        if (m_round || m_dispute) return;
    }
    if (filterPeers().empty() || verifiedHeight() >= m_chain.tipHeight()) return;
    if (startCheckpointRound()) return;
    startHeaderRound();
}

void FilterSync::rollbackTo(int height, bool distrust) {
    if (height >= verifiedHeight()) return;
    const int old = verifiedHeight();
    if (distrust && m_store) {
        // The rows of these heights are no longer trusted: a restart must not reload them.
        std::vector<primitives::BlockHash> hashes;
        for (int h = height + 1; h <= old; ++h)
            if (auto hash = m_chain.hashAt(h)) hashes.push_back(*hash);
        if (auto r = m_store->erase(hashes); !r.ok())
            qCWarning(lcCairnNet, "erasing filter headers failed: %s", r.message().c_str());
    }
    m_verified.resize(static_cast<size_t>(height + 1));
    cancelAbove(height);
}

void FilterSync::cancelAbove(int height) {
    const bool round = m_round && m_round->stop > height;
    const bool jobs = std::any_of(m_jobs.begin(), m_jobs.end(), [&](const FilterJob& j) { return j.to > height; });
    if (!round && !jobs) return;
    ++m_generation;  // late callbacks of the cancelled work are ignored
    if (round) {
        for (int p : m_round->waiting) answered(p, true);
        if (m_dispute)
            for (const auto& [p, f] : m_dispute->filters)
                if (!f) answered(p, true);
        m_round.reset();
        m_dispute.reset();
    }
    std::deque<FilterJob> keep;
    std::deque<FilterJob> failed;
    for (auto& job : m_jobs) (job.to > height ? failed : keep).push_back(std::move(job));
    m_jobs.swap(keep);
    for (auto& job : failed) {
        if (job.peer) answered(job.peer, true);
        job.done(fail("the best chain changed below height " + std::to_string(job.to) + " while fetching filters"));
    }
    m_again = true;
}

void FilterSync::onChainChanged(const chain::ChainChange& change) {
    // Filter headers above the fork belong to the old branch: fetch them again for the new one. Work in flight
    // above the fork (even when nothing above it is verified yet) asks about blocks that left the best chain.
    if (change.forkHeight < verifiedHeight()) rollbackTo(change.forkHeight, false);
    else cancelAbove(change.forkHeight);
    advance();
}

// ---- checkpoints ---------------------------------------------------------------------------------------------

bool FilterSync::startCheckpointRound() {
    const int stopHeight = m_chain.tipHeight() / kCheckpointInterval * kCheckpointInterval;
    if (stopHeight < kCheckpointInterval) {
        // No checkpoint below the tip (a chain this short, or a reorg to a shorter one): none apply.
        m_checkpointStop = primitives::BlockHash();
        m_checkpointStopHeight = 0;
        for (auto& [id, st] : m_state) {
            if (st.checkpointAsked && !st.checkpoints) answered(id, true);
            st.checkpoints.reset();
            st.checkpointAsked = false;
        }
        return false;
    }
    const primitives::BlockHash stopHash = *m_chain.hashAt(stopHeight);
    if (stopHash != m_checkpointStop) {
        m_checkpointStop = stopHash;
        m_checkpointStopHeight = stopHeight;
        for (auto& [id, st] : m_state) {
            if (st.checkpointAsked && !st.checkpoints) answered(id, true);
            st.checkpoints.reset();
            st.checkpointAsked = false;
        }
    }
    bool waiting = false;
    for (Connection* c : filterPeersAt(stopHeight)) {
        PeerState& st = m_state[c->id()];
        if (!st.checkpointAsked) {
            GetCFCheckpt req;
            req.stopHash = stopHash;
            c->send(req);
            st.checkpointAsked = true;
            sent(c->id());
        }
        if (!st.checkpoints) waiting = true;
    }
    return waiting;
}

void FilterSync::onCheckpoint(Connection& c, const CFCheckpt& m) {
    auto it = m_state.find(c.id());
    if (it == m_state.end() || !it->second.checkpointAsked || it->second.checkpoints) return;  // not asked
    if (m.filterType != kBasicFilterType || m.stopHash != m_checkpointStop) return;           // an older request
    answered(c.id(), true);
    const size_t expected = static_cast<size_t>(m_checkpointStopHeight / kCheckpointInterval);
    if (m.filterHeaders.size() != expected)
        return punish(c.id(), QStringLiteral("cfcheckpt carries %1 filter headers, %2 expected up to height %3")
                                  .arg(m.filterHeaders.size())
                                  .arg(expected)
                                  .arg(m_checkpointStopHeight));
    it->second.checkpoints = m.filterHeaders;
    heard(c.id());
    // A checkpoint that contradicts what we verified (perhaps from other peers, perhaps in an earlier session):
    // verify the range again with every peer, so that the block decides who is right.
    for (size_t k = 0; k < m.filterHeaders.size(); ++k) {
        const int h = static_cast<int>(k + 1) * kCheckpointInterval;
        if (h > verifiedHeight()) break;
        if (m.filterHeaders[k] == m_verified[static_cast<size_t>(h)].header) continue;
        qCInfo(lcCairnNet, "peer %d: checkpoint at height %d differs from our filter headers; verifying again", c.id(), h);
        rollbackTo(h > kCheckpointInterval ? h - kCheckpointInterval : -1, true);
        break;
    }
}

int FilterSync::agreedCheckpointHeight() const {
    const std::vector<crypto::Hash256>* ref = nullptr;
    size_t agree = 0;
    for (const auto& [id, st] : m_state) {
        if (!st.checkpoints || m_gone.count(id)) continue;
        if (!ref) {
            ref = &*st.checkpoints;
            agree = ref->size();
            continue;
        }
        size_t k = 0;
        while (k < agree && k < st.checkpoints->size() && (*st.checkpoints)[k] == (*ref)[k]) ++k;
        agree = k;
    }
    return static_cast<int>(agree) * kCheckpointInterval;
}

// ---- filter headers ------------------------------------------------------------------------------------------

void FilterSync::startHeaderRound() {
    HeaderRound r;
    r.start = verifiedHeight() + 1;
    r.stop = std::min(m_chain.tipHeight(), r.start + static_cast<int>(kMaxCFHeadersPerMessage) - 1);
    std::vector<Connection*> peers = filterPeersAt(r.stop);
    const int agreed = agreedCheckpointHeight();
    if (r.start <= agreed) {
        // Every peer vouches for the checkpoints up to `agreed`: one peer's headers, checked to hit them, suffice.
        r.stop = std::min(r.stop, agreed);
        peers.resize(1);
    }
    r.stopHash = *m_chain.hashAt(r.stop);
    r.id = m_nextRoundId++;
    GetCFHeaders req;
    req.startHeight = static_cast<uint32_t>(r.start);
    req.stopHash = r.stopHash;
    for (Connection* c : peers) {
        c->send(req);
        r.waiting.insert(c->id());
        sent(c->id());
        auto& requests = m_state[c->id()].headerRequests;
        requests.emplace_back(r.id, r.stopHash);
        if (requests.size() > kMaxRememberedRequests) requests.pop_front();  // peers that ignored requests
    }
    m_round = std::move(r);
}

void FilterSync::onHeaders(Connection& c, const CFHeaders& m) {
    auto state = m_state.find(c.id());
    if (state == m_state.end() || m.filterType != kBasicFilterType) return;
    auto& requests = state->second.headerRequests;
    auto request = std::find_if(requests.begin(), requests.end(), [&](const auto& q) { return q.second == m.stopHash; });
    if (request == requests.end()) return;  // not asked
    const uint64_t roundId = request->first;
    requests.erase(request);
    if (!m_round || m_round->id != roundId || !m_round->waiting.count(c.id())) return;  // a cancelled round
    HeaderRound& r = *m_round;
    r.waiting.erase(c.id());
    answered(c.id(), true);
    const size_t count = static_cast<size_t>(r.stop - r.start + 1);
    if (m.filterHashes.size() != count)
        return punish(c.id(), QStringLiteral("cfheaders carries %1 filter hashes for the %2 blocks asked")
                                  .arg(m.filterHashes.size())
                                  .arg(count));
    const PeerState& st = state->second;
    auto ownCheckpoint = [&st](int height) -> std::optional<crypto::Hash256> {
        if (!st.checkpoints || height <= 0 || height % kCheckpointInterval) return std::nullopt;
        const size_t k = static_cast<size_t>(height / kCheckpointInterval - 1);
        if (k >= st.checkpoints->size()) return std::nullopt;
        return (*st.checkpoints)[k];
    };
    if (m.previousFilterHeader != previousHeader(r.start)) {
        // Provably wrong when the genesis range does not start from zero or the peer's own checkpoint pins the
        // header it should build on; otherwise the peer disagrees with what we verified before it came: roll
        // back to the last checkpoint it agrees with and verify from there with every peer.
        const auto pinned = ownCheckpoint(r.start - 1);
        if (r.start == 0 || (pinned && *pinned != m.previousFilterHeader))
            return punish(c.id(), QStringLiteral("cfheaders do not connect to the previous filter header"));
        int back = (r.start - 1) / kCheckpointInterval * kCheckpointInterval;
        while (back > 0 && ownCheckpoint(back) != m_verified[static_cast<size_t>(back)].header) back -= kCheckpointInterval;
        qCInfo(lcCairnNet, "peer %d: cfheaders disagree with our filter headers below %d; verifying again from %d",
               c.id(), r.start, back + 1);
        return rollbackTo(back > 0 ? back : -1, true);
    }
    crypto::Hash256 header = m.previousFilterHeader;
    for (size_t i = 0; i < count; ++i) {
        header = chain::filterHeader(m.filterHashes[i], header);
        const int h = r.start + static_cast<int>(i);
        if (auto cp = ownCheckpoint(h); cp && *cp != header)
            return punish(c.id(), QStringLiteral("cfheaders contradict the peer's own checkpoint at height %1").arg(h));
    }
    r.replies[c.id()] = m.filterHashes;
    heard(c.id());
}

void FilterSync::finishHeaderRound() {
    HeaderRound& r = *m_round;
    if (!r.waiting.empty()) return;
    if (r.replies.empty()) {
        m_round.reset();  // every peer failed: the next step asks the remaining ones
        return;
    }
    const auto& first = r.replies.begin()->second;
    size_t diff = first.size();
    for (const auto& [id, hashes] : r.replies) {
        size_t i = 0;
        while (i < diff && hashes[i] == first[i]) ++i;
        diff = i;
    }
    if (diff == first.size()) {
        const std::vector<crypto::Hash256> hashes = first;
        const HeaderRound done = std::move(*m_round);
        m_round.reset();
        return acceptBatch(done, hashes);
    }
    std::map<crypto::Hash256, std::set<int>> sides;
    for (const auto& [id, hashes] : r.replies) sides[hashes[diff]].insert(id);
    startDispute(r.start + static_cast<int>(diff), std::move(sides));
}

void FilterSync::acceptBatch(const HeaderRound& round, const std::vector<crypto::Hash256>& hashes) {
    std::vector<storage::FilterHeaderRecord> records;
    records.reserve(hashes.size());
    crypto::Hash256 header = previousHeader(round.start);
    for (size_t i = 0; i < hashes.size(); ++i) {
        header = chain::filterHeader(hashes[i], header);
        m_verified.push_back(Verified{hashes[i], header});
        const int h = round.start + static_cast<int>(i);
        records.push_back(storage::FilterHeaderRecord{*m_chain.hashAt(h), h, hashes[i], header});
    }
    if (m_store) {
        if (auto r = m_store->put(records); !r.ok())
            emit filterSyncFailed(QStringLiteral("cannot store filter headers: %1").arg(QString::fromStdString(r.message())));
    }
    emit filterHeadersAdvanced(verifiedHeight());
}

}  // namespace cairn::net
