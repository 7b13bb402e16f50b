// SPDX-License-Identifier: MIT
// FilterSync, part 3: fetching verified filters for the wallet (fetchFilters), with the filter cache.
#include "net/filter_sync.h"

#include "net/filter_sync_judge.h"
#include "storage/filter_header_store.h"
#include "util/log.h"

#include <algorithm>

namespace cairn::net {

using util::fail;

void FilterSync::fetchFilters(int from, int to, FilterCallback each, DoneCallback done) {
    if (from < 0 || to < from) return done(fail("invalid filter range " + std::to_string(from) + ".." + std::to_string(to)));
    if (!m_running) return done(fail("compact filter sync is not running"));
    if (to > verifiedHeight())
        return done(fail("filter headers are verified only up to height " + std::to_string(verifiedHeight())));
    FilterJob job;
    job.from = from;
    job.to = to;
    job.next = from;
    job.each = std::move(each);
    job.done = std::move(done);
    m_jobs.push_back(std::move(job));
    advance();
}

void FilterSync::cacheFilters(FilterJob& job) {
    if (!m_store || job.toCache.empty()) return;
    if (auto r = m_store->putFilters(job.toCache); !r.ok())
        qCWarning(lcCairnNet, "caching filters failed: %s", r.message().c_str());
    job.toCache.clear();
}

bool FilterSync::serveFromCache(FilterJob& job) {
    if (!m_store) return false;
    const uint64_t gen = m_generation;
    while (job.next <= job.to) {
        const int h = job.next;
        const primitives::BlockHash hash = *m_chain.hashAt(h);
        auto cached = m_store->getFilter(hash);
        if (!cached.ok() || !cached->has_value()) return false;
        auto filter = chain::BlockFilter::parse(hash, **cached);
        // A damaged or stale entry is simply fetched again.
        if (!filter.ok() || chain::filterHeader(filter->hash(), previousHeader(h)) != m_verified[size_t(h)].header)
            return false;
        ++job.next;
        job.each(h, hash, *filter);
        if (gen != m_generation || m_jobs.empty() || &m_jobs.front() != &job) return true;
    }
    return false;
}

void FilterSync::finishJob(util::Result<void> result) {
    FilterJob job = std::move(m_jobs.front());
    m_jobs.pop_front();
    cacheFilters(job);
    if (job.peer) answered(job.peer, true);
    job.done(std::move(result));
}

void FilterSync::runFilterJob() {
    while (!m_jobs.empty()) {
        FilterJob& job = m_jobs.front();
        if (job.peer != 0) return;  // a batch is on its way
        if (job.next > job.to) {
            finishJob({});
            continue;
        }
        if (job.to > verifiedHeight()) {
            finishJob(fail("filter headers are verified only up to height " + std::to_string(verifiedHeight())));
            continue;
        }
        if (job.attempts >= m_options.maxAttempts) {
            finishJob(fail("could not fetch the filters of heights " + std::to_string(job.next) + ".." +
                           std::to_string(job.to) + ": " + job.lastError.toStdString()));
            continue;
        }
        if (serveFromCache(job)) return;  // the callback stopped us or the chain changed
        if (job.next > job.to) continue;
        job.batchStop = std::min(job.to, job.next + static_cast<int>(kMaxCFiltersPerRequest) - 1);
        const std::vector<Connection*> peers = filterPeersAt(job.batchStop);
        if (peers.empty()) {
            finishJob(fail("no connected peer serves compact block filters"));
            continue;
        }
        auto pick = std::find_if(peers.begin(), peers.end(), [&](Connection* c) { return !job.tried.count(c->id()); });
        if (pick == peers.end()) {
            job.tried.clear();
            pick = peers.begin();
        }
        GetCFilters req;
        req.startHeight = static_cast<uint32_t>(job.next);
        req.stopHash = *m_chain.hashAt(job.batchStop);
        (*pick)->send(req);
        job.peer = (*pick)->id();
        job.tried.insert(job.peer);
        ++job.attempts;
        sent(job.peer);
        return;
    }
}

void FilterSync::onJobFilter(Connection& c, const CFilter& m) {
    if (m_jobs.empty() || m_jobs.front().peer != c.id()) return;  // not asked
    FilterJob& job = m_jobs.front();
    const int h = job.next;
    // Anything but the next block in order is a leftover of an earlier request: ignored (a peer that never
    // sends the right one times out).
    if (m.filterType != kBasicFilterType || m_chain.hashAt(h) != m.blockHash) return;
    answered(c.id(), false);
    auto filter = chain::BlockFilter::parse(m.blockHash, m.filter);
    if (!filter.ok())
        return punish(c.id(), QStringLiteral("sent a malformed filter for %1: %2")
                                  .arg(blockLabel(m.blockHash, h), QString::fromStdString(filter.message())));
    if (chain::filterHeader(filter->hash(), previousHeader(h)) != m_verified[static_cast<size_t>(h)].header)
        return punish(c.id(), QStringLiteral("sent a filter for %1 that does not match the verified filter header")
                                  .arg(blockLabel(m.blockHash, h)));
    heard(c.id());
    ++job.next;
    if (m_store) job.toCache.emplace_back(m.blockHash, m.filter);
    const uint64_t gen = m_generation;
    job.each(h, m.blockHash, *filter);
    if (gen != m_generation || m_jobs.empty()) return;  // the callback stopped us or the chain changed
    FilterJob& current = m_jobs.front();
    if (current.peer == c.id() && current.next > current.batchStop) {
        answered(c.id(), true);
        current.peer = 0;
        current.attempts = 0;
        current.tried.clear();
        cacheFilters(current);
    }
}

}  // namespace cairn::net
