// SPDX-License-Identifier: MIT
#include "net/block_fetcher.h"

#include "net/bloom_filter.h"
#include "storage/block_store.h"
#include "util/log.h"

namespace cairn::net {

using util::fail;

namespace {

/// A NODE_NETWORK_LIMITED peer keeps at least the last 288 blocks (BIP159).
constexpr int kLimitedPeerDepth = 288;

}  // namespace

BlockFetcher::BlockFetcher(chain::HeaderChain& chain, PeerManager& peers, storage::BlockStore* cache, Options options,
                           QObject* parent)
    : QObject(parent), m_chain(chain), m_peers(peers), m_cache(cache), m_options(options) {
    m_peers.addListener(this);
}

BlockFetcher::~BlockFetcher() { m_peers.removeListener(this); }

void BlockFetcher::fetchBlock(const primitives::BlockHash& hash, BlockCallback done) {
    auto header = m_chain.header(hash);
    if (!header.ok()) return done(header.error());
    if (!header->has_value()) return done(fail("block " + hash.toHex() + " is not in our validated header chain"));
    if (m_cache) {
        auto cached = m_cache->get(hash);
        if (cached.ok() && cached->has_value()) {
            auto block = primitives::Block::parse(**cached);
            if (block.ok() && block->hash() == hash) return done(std::move(block).value());
            (void)m_cache->remove(hash);  // a damaged cache entry: fetch it again
        }
    }
    auto [it, inserted] = m_blocks.try_emplace(hash);
    it->second.blockCallbacks.push_back(std::move(done));
    if (inserted) dispatch(hash, false);
}

void BlockFetcher::fetchMerkleBlock(const primitives::BlockHash& hash, const std::vector<primitives::Txid>& txids,
                                    MerkleCallback done) {
    bool bloomPeer = false;
    for (Connection* c : m_peers.readyPeers())
        bloomPeer |= (c->peerVersion().services & kNodeBloom) != 0 && !(m_filterBusy && m_filterBusy(c->id()));
    if (!bloomPeer || m_filtered.count(hash)) {
        // No free BIP37 peer (none, or each holds another component's filter) or a filtered request for
        // this block already running: prove it from the full block.
        fetchBlock(hash, [txids, done = std::move(done)](util::Result<primitives::Block> block) {
            if (!block.ok()) return done(block.error());
            chain::MerkleBlock mb = chain::MerkleBlock::build(*block, txids);
            auto matches = mb.verify();
            if (!matches.ok()) return done(matches.error());
            done(std::move(mb));
        });
        return;
    }
    auto header = m_chain.header(hash);
    if (!header.ok()) return done(header.error());
    if (!header->has_value()) return done(fail("block " + hash.toHex() + " is not in our validated header chain"));
    Pending& p = m_filtered[hash];
    p.filtered = true;
    p.txids = txids;
    p.merkleCallbacks.push_back(std::move(done));
    dispatch(hash, true);
}

Connection* BlockFetcher::pickPeer(const Pending& p, int height, bool needBloom) const {
    Connection* best = nullptr;
    for (Connection* c : m_peers.readyPeers()) {
        if (p.tried.count(c->id())) continue;
        const uint64_t s = c->peerVersion().services;
        if (needBloom && (!(s & kNodeBloom) || (m_filterBusy && m_filterBusy(c->id())))) continue;
        const bool full = (s & kNodeNetwork) != 0;
        const bool limited = (s & kNodeNetworkLimited) && c->bestKnownHeight() - height < kLimitedPeerDepth;
        if (!full && !limited) continue;
        if (c->bestKnownHeight() >= 0 && c->bestKnownHeight() < height) continue;
        if (!best || (c->pingMs() >= 0 && (best->pingMs() < 0 || c->pingMs() < best->pingMs()))) best = c;
    }
    return best;
}

void BlockFetcher::dispatch(const primitives::BlockHash& hash, bool filtered) {
    auto& table = filtered ? m_filtered : m_blocks;
    auto it = table.find(hash);
    if (it == table.end()) return;
    Pending& p = it->second;
    const int height = m_chain.heightOf(hash).value_or(0);
    Connection* c = pickPeer(p, height, p.filtered);
    if (!c) {
        if (p.attempts >= m_options.maxAttempts || !p.tried.empty()) {
            const std::string why = "no connected peer could provide block " + hash.toHex();
            if (p.filtered) finishMerkle(hash, fail(why));
            else finishBlock(hash, fail(why));
            return;
        }
        // No suitable peer yet: wait for one (peerReady re-dispatches) but not forever.
        p.peer = 0;
        if (!p.timer) {
            p.timer = std::make_unique<QTimer>();
            p.timer->setSingleShot(true);
            connect(p.timer.get(), &QTimer::timeout, this,
                    [this, hash, filtered] { retry(hash, filtered, QStringLiteral("timed out")); });
        }
        p.timer->start(m_options.requestTimeoutMs);
        return;
    }
    ++p.attempts;
    p.tried.insert(c->id());
    p.peer = c->id();
    if (p.filtered) {
        BloomFilter filter(static_cast<uint32_t>(std::max<size_t>(p.txids.size(), 1)), 0.000001, 0, BloomFilter::Update::None);
        for (const auto& t : p.txids) filter.insert(t.view());
        c->send(filter.toFilterLoad());
        c->send(GetData{{InvVector{InvType::FilteredBlock, hash.bytes()}}});
    } else {
        c->send(GetData{{InvVector{InvType::WitnessBlock, hash.bytes()}}});
    }
    if (!p.timer) {
        p.timer = std::make_unique<QTimer>();
        p.timer->setSingleShot(true);
        connect(p.timer.get(), &QTimer::timeout, this,
                    [this, hash, filtered] { retry(hash, filtered, QStringLiteral("timed out")); });
    }
    p.timer->start(m_options.requestTimeoutMs);
}

void BlockFetcher::retry(const primitives::BlockHash& hash, bool filtered, const QString& why) {
    auto& table = filtered ? m_filtered : m_blocks;
    auto it = table.find(hash);
    if (it == table.end()) return;
    Pending& p = it->second;
    qCInfo(lcCairnNet, "block %s from peer %d: %s", hash.toHex().c_str(), p.peer, qPrintable(why));
    if (p.attempts >= m_options.maxAttempts) {
        const std::string msg = "could not fetch block " + hash.toHex() + ": " + why.toStdString();
        if (p.filtered) finishMerkle(hash, fail(msg));
        else finishBlock(hash, fail(msg));
        return;
    }
    dispatch(hash, filtered);
}

void BlockFetcher::finishBlock(const primitives::BlockHash& hash, util::Result<primitives::Block> result) {
    auto node = m_blocks.extract(hash);
    if (node.empty()) return;
    for (auto& cb : node.mapped().blockCallbacks) cb(result);
}

void BlockFetcher::finishMerkle(const primitives::BlockHash& hash, util::Result<chain::MerkleBlock> result) {
    auto node = m_filtered.extract(hash);
    if (node.empty()) return;
    for (auto& cb : node.mapped().merkleCallbacks) cb(result);
}

void BlockFetcher::peerReady(Connection&) {
    std::vector<primitives::BlockHash> waiting;
    for (const auto& [h, p] : m_blocks)
        if (p.peer == 0) waiting.push_back(h);
    for (const auto& h : waiting) dispatch(h, false);
}

void BlockFetcher::peerClosed(int id) {
    std::vector<std::pair<primitives::BlockHash, bool>> orphaned;
    for (const auto& [h, p] : m_blocks)
        if (p.peer == id) orphaned.emplace_back(h, false);
    for (const auto& [h, p] : m_filtered)
        if (p.peer == id) orphaned.emplace_back(h, true);
    for (const auto& [h, filtered] : orphaned) retry(h, filtered, QStringLiteral("peer disconnected"));
}

void BlockFetcher::peerMessage(Connection& c, const Message& m) {
    if (const auto* b = std::get_if<BlockMessage>(&m)) return onBlock(c, b->block);
    if (const auto* mb = std::get_if<MerkleBlockMessage>(&m)) return onMerkleBlock(c, mb->merkleBlock);
    if (const auto* nf = std::get_if<NotFound>(&m)) {
        for (const auto& item : nf->items) {
            const primitives::BlockHash h(item.hash);
            const bool filtered = item.type == InvType::FilteredBlock;
            auto& table = filtered ? m_filtered : m_blocks;
            auto it = table.find(h);
            if (it == table.end() || it->second.peer != c.id()) continue;
            retry(h, filtered, QStringLiteral("peer does not have it"));
        }
    }
}

void BlockFetcher::onBlock(Connection& c, const primitives::Block& block) {
    const primitives::BlockHash hash = block.hash();
    auto it = m_blocks.find(hash);
    if (it == m_blocks.end() || it->second.peer != c.id()) return;  // unsolicited: ignore
    if (auto r = block.checkMerkleRoot(); !r.ok())
        return m_peers.punish(c.id(), QString::fromStdString("block does not match its header: " + r.message()));
    if (auto r = block.checkWitnessCommitment(); !r.ok())
        return m_peers.punish(c.id(), QString::fromStdString("block witness commitment is invalid: " + r.message()));
    if (m_cache) {
        if (auto r = m_cache->put(hash, block.serialize()); !r.ok())
            qCWarning(lcCairnNet, "caching block failed: %s", r.message().c_str());
    }
    finishBlock(hash, block);
}

void BlockFetcher::onMerkleBlock(Connection& c, const chain::MerkleBlock& mb) {
    const primitives::BlockHash hash = mb.header.hash();
    auto it = m_filtered.find(hash);
    if (it == m_filtered.end() || it->second.peer != c.id()) return;
    c.send(FilterClear{});
    auto matches = mb.verify();
    if (!matches.ok())
        return m_peers.punish(c.id(), QString::fromStdString("invalid merkleblock: " + matches.message()));
    finishMerkle(hash, mb);
}

}  // namespace cairn::net
