// SPDX-License-Identifier: MIT
// FilterSync, part 2: peers that disagree about a filter header, judged against the block.
#include "net/filter_sync.h"

#include "net/filter_sync_judge.h"
#include "util/log.h"

#include <QPointer>

#include <algorithm>

namespace cairn::net {

void FilterSync::startDispute(int height, std::map<crypto::Hash256, std::set<int>> sides) {
    Dispute d;
    d.height = height;
    d.blockHash = *m_chain.hashAt(height);
    d.sides = std::move(sides);
    qCInfo(lcCairnNet, "filter peers disagree at height %d (%zu versions): judging against the block", height,
           d.sides.size());
    m_dispute = std::move(d);
    for (const auto& [claimed, peers] : m_dispute->sides) askDisputeFilter(claimed);
    const uint64_t gen = m_generation;
    const primitives::BlockHash hash = m_dispute->blockHash;
    m_blocks.fetchBlock(hash, [self = QPointer<FilterSync>(this), gen, hash](util::Result<primitives::Block> block) {
        if (!self || self->m_generation != gen || !self->m_dispute || self->m_dispute->blockHash != hash) return;
        self->m_dispute->blockDone = true;
        if (block.ok()) self->m_dispute->block = std::move(block).value();
        else qCWarning(lcCairnNet, "block for a filter dispute unavailable: %s", block.message().c_str());
        self->advance();
    });
}

void FilterSync::askDisputeFilter(const crypto::Hash256& side) {
    Dispute& d = *m_dispute;
    for (int p : d.sides[side]) {
        Connection* c = m_peers.peer(p);
        if (d.filters.count(p) || !c || !servesFilters(*c)) continue;
        GetCFilters req;
        req.startHeight = static_cast<uint32_t>(d.height);
        req.stopHash = d.blockHash;
        c->send(req);
        d.filters[p] = std::nullopt;
        sent(p);
        return;
    }
}

bool FilterSync::onDisputeFilter(Connection& c, const CFilter& m) {
    if (!m_dispute || m.blockHash != m_dispute->blockHash || m.filterType != kBasicFilterType) return false;
    auto it = m_dispute->filters.find(c.id());
    if (it == m_dispute->filters.end() || it->second) return false;
    it->second = m.filter;
    answered(c.id(), true);
    heard(c.id());
    return true;
}

void FilterSync::judgeDispute() {
    Dispute& d = *m_dispute;
    if (d.sides.size() < 2) {
        m_dispute.reset();  // the other side is gone: nothing left to decide
        return;
    }
    for (const auto& [p, f] : d.filters)
        if (!f) return;  // a filter is still on its way
    std::map<crypto::Hash256, int> representative;
    for (const auto& [claimed, peers] : d.sides) {
        for (int p : peers)
            if (d.filters.count(p)) representative[claimed] = p;
        if (!representative.count(claimed)) {
            askDisputeFilter(claimed);  // its asked peer left: ask another of the side
            if (std::none_of(peers.begin(), peers.end(), [&](int p) { return d.filters.count(p) > 0; })) {
                // Nobody of this side can be asked any more: it drops out.
                continue;
            }
            return;
        }
    }
    if (!d.blockDone) return;
    const Dispute done = std::move(*m_dispute);
    m_dispute.reset();

    const QString where = blockLabel(done.blockHash, done.height);
    std::vector<std::pair<int, QString>> liars;
    std::vector<std::pair<size_t, crypto::Hash256>> undecided;  // (side size, claimed hash)
    for (const auto& [claimed, peers] : done.sides) {
        auto rep = representative.find(claimed);
        if (rep == representative.end()) continue;
        const Bytes& encoded = *done.filters.at(rep->second);
        const auto why = proveFilterWrong(done.blockHash, claimed, encoded, done.block ? &*done.block : nullptr);
        if (!why) {
            undecided.emplace_back(peers.size(), claimed);
            continue;
        }
        const QString reason = QStringLiteral("lied about the basic filter of %1: %2").arg(where, QString::fromStdString(*why));
        if (crypto::sha256d(encoded) != claimed) {
            liars.emplace_back(rep->second, reason);  // only the one that sent it contradicted itself
        } else {
            for (int p : peers) liars.emplace_back(p, reason);  // the filter hash they all claimed is wrong
        }
    }
    for (const auto& [p, reason] : liars) punish(p, reason);
    if (undecided.size() > 1) {
        std::sort(undecided.begin(), undecided.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (size_t i = 1; i < undecided.size(); ++i)
            for (int p : done.sides.at(undecided[i].second))
                drop(p, QStringLiteral("disagrees about the filter of %1, which the block cannot settle").arg(where));
        emit filterSyncFailed(QStringLiteral("peers disagree about the basic filter of %1 and the block cannot tell "
                                             "which is right; kept the larger group of peers")
                                  .arg(where));
    }
}

}  // namespace cairn::net
