// SPDX-License-Identifier: MIT
// WalletSync's BIP157 scanner: verified basic filters of a height range (net::FilterSync), the whole gap window
// matched against each, and only the matching blocks downloaded (BlockFetcher checks them against their header).
#include "net/filter_sync.h"
#include "util/log.h"
#include "wallet/wallet_sync.h"

#include <QPointer>

#include <set>

namespace cairn::wallet {

namespace {
/// Filters asked per fetchFilters call (FilterSync batches them by 1,000 itself).
constexpr int kFilterRange = 2000;
}  // namespace

bool WalletSync::bip157Usable() const {
    return m_filters && !m_filtersFailed && m_filters->available() && m_filters->verifiedHeight() >= m_next;
}

void WalletSync::bip157Request() {
    const int end = std::min({m_next + kFilterRange - 1, m_chain.tipHeight(), m_filters->verifiedHeight()});
    m_matchedHeights.clear();
    m_rangeEnd = end;
    const uint64_t generation = m_generation;
    QPointer<WalletSync> self(this);
    m_filters->fetchFilters(
        m_next, end,
        [self, generation](int height, const primitives::BlockHash&, const chain::BlockFilter& filter) {
            if (!self || generation != self->m_generation) return;
            if (filter.matchAny(self->m_ledger.scripts())) self->m_matchedHeights.push_back(height);
        },
        [self, generation](util::Result<void> done) {
            if (!self || generation != self->m_generation) return;
            if (!done.ok()) {
                // Filters are an optimisation: fall back to BIP37 for this pass.
                qCInfo(lcCairnWallet, "compact filters unavailable (%s); scanning with BIP37", done.message().c_str());
                self->m_filtersFailed = true;
                self->m_running = false;
                return self->runPass();
            }
            self->bip157FetchNext();
        });
}

void WalletSync::bip157FetchNext() {
    if (m_matchedHeights.empty()) {
        // Every block of the range without a match is scanned: the cursor moves to its end.
        if (m_rangeEnd >= m_next) {
            if (const auto hash = m_chain.hashAt(m_rangeEnd)) {
                m_unflushed = SyncCursor{m_rangeEnd, *hash};
                m_scanned = m_rangeEnd;
                m_next = m_rangeEnd + 1;
            }
        }
        flushCursor();
        emitProgress(false);
        if (m_next > m_chain.tipHeight()) return finishScan();
        if (bip157Usable()) return bip157Request();
        m_running = false;
        return runPass();
    }
    const int height = m_matchedHeights.front();
    const auto hash = m_chain.hashAt(height);
    if (!hash) return fail(tr("block %1 is no longer in the best chain").arg(height));
    const uint64_t generation = m_generation;
    QPointer<WalletSync> self(this);
    m_blocks.fetchBlock(*hash, [self, generation, height](util::Result<primitives::Block> block) {
        if (!self || generation != self->m_generation) return;
        if (!block.ok()) return self->fail(QString::fromStdString(block.message()));
        // The wallet's transactions, and those spending them within this block (not in the outpoint set yet).
        std::vector<ConfirmedTx> txs;
        std::set<primitives::Txid> picked;
        for (uint32_t i = 0; i < block->transactions.size(); ++i) {
            const primitives::Transaction& tx = block->transactions[i];
            bool relevant = self->m_ledger.isRelevant(tx);
            for (const auto& in : tx.inputs) relevant |= picked.count(in.prevout.txid) != 0;
            if (!relevant) continue;
            const primitives::Txid txid = tx.txid();
            picked.insert(txid);
            txs.push_back(ConfirmedTx{tx, i, chain::MerkleBlock::build(*block, {txid}).serialize()});
        }
        self->m_matchedHeights.erase(self->m_matchedHeights.begin());
        const Commit next = self->commitBlock(height, std::move(txs));
        if (next == Commit::Failed || generation != self->m_generation) return;
        if (next == Commit::Again) {
            // New scripts: match the filters again from this block on.
            self->m_matchedHeights.clear();
            return self->bip157Request();
        }
        self->bip157FetchNext();
    });
}

}  // namespace cairn::wallet
