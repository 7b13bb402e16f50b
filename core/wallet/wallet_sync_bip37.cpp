// SPDX-License-Identifier: MIT
// WalletSync's BIP37 scanner: filterload with the wallet's scripts and outpoints, getdata MSG_FILTERED_BLOCK in
// batches, merkleblock (verified against the validated header) followed by the matched transactions.
#include "net/bloom_filter.h"
#include "util/log.h"
#include "wallet/wallet_sync.h"

#include <QRandomGenerator>

namespace cairn::wallet {

using primitives::BlockHash;

namespace {

/// False-positive rate of the wallet's bloom filter (privacy is not BIP37's strength anyway).
constexpr double kBloomFpRate = 0.00001;

/// The data pushes of a script: what a BIP37 peer tests against the filter for each output.
std::vector<Bytes> scriptPushes(const Bytes& script) {
    std::vector<Bytes> out;
    size_t i = 0;
    while (i < script.size()) {
        const uint8_t op = script[i++];
        size_t len = 0;
        if (op >= 1 && op <= 75) {
            len = op;
        } else if (op == 0x4c && i + 1 <= script.size()) {
            len = script[i];
            i += 1;
        } else if (op == 0x4d && i + 2 <= script.size()) {
            len = size_t(script[i]) | size_t(script[i + 1]) << 8;
            i += 2;
        } else if (op == 0x4e && i + 4 <= script.size()) {
            len = size_t(script[i]) | size_t(script[i + 1]) << 8 | size_t(script[i + 2]) << 16 | size_t(script[i + 3]) << 24;
            i += 4;
        } else {
            continue;
        }
        if (len > script.size() - i) break;
        if (len > 0) out.emplace_back(script.begin() + long(i), script.begin() + long(i + len));
        i += len;
    }
    return out;
}

}  // namespace

net::Connection* WalletSync::pickBloomPeer() const {
    net::Connection* best = nullptr;
    for (net::Connection* c : m_peers.readyPeers()) {
        if (!(c->peerVersion().services & net::kNodeBloom) || m_badBloomPeers.count(c->id())) continue;
        if (c->id() == m_bloomPeer) return c;
        if (!best) best = c;
    }
    return best;
}

void WalletSync::loadBloomFilter(net::Connection& c) {
    std::vector<Bytes> elements;
    for (const Bytes& s : m_ledger.scripts())
        for (Bytes& p : scriptPushes(s)) elements.push_back(std::move(p));
    if (auto outpoints = m_ledger.unspentOutpoints(); outpoints.ok()) {
        for (const auto& o : *outpoints) {
            Bytes e(o.txid.bytes().begin(), o.txid.bytes().end());
            for (int k = 0; k < 4; ++k) e.push_back(uint8_t(o.index >> (8 * k)));
            elements.push_back(std::move(e));
        }
    }
    // UPDATE_ALL: the peer adds the outpoints of matched outputs, so a spend in a later block matches too.
    net::BloomFilter filter(uint32_t(std::max<size_t>(elements.size(), 1)), kBloomFpRate,
                            QRandomGenerator::global()->generate(), net::BloomFilter::Update::All);
    for (const Bytes& e : elements) filter.insert(e);
    c.send(filter.toFilterLoad());
    m_bloomPeer = c.id();
}

void WalletSync::bip37Reset() {
    m_slots.clear();
    m_slotByHash.clear();
    m_requestTimer.stop();
}

void WalletSync::bip37Request() {
    net::Connection* c = pickBloomPeer();
    if (!c) {
        m_running = false;
        if (!m_noPeerTimer.isActive()) m_noPeerTimer.start(m_options.noPeerTimeoutMs);
        return;
    }
    m_noPeerTimer.stop();
    // The filter is (re)loaded per batch: it then holds every script of the grown window and current outpoints.
    loadBloomFilter(*c);
    const int tip = m_chain.tipHeight();
    const int end = std::min(m_next + m_options.batchSize - 1, tip);
    net::GetData request;
    for (int h = m_next; h <= end; ++h) {
        const auto hash = m_chain.hashAt(h);
        if (!hash) break;
        m_slots[h] = Bip37Slot{*hash, std::nullopt, {}, {}};
        m_slotByHash[*hash] = h;
        request.items.push_back(net::InvVector{net::InvType::FilteredBlock, hash->bytes()});
    }
    if (request.items.empty()) return finishScan();
    c->send(request);
    m_requestTimer.start(m_options.requestTimeoutMs);
}

void WalletSync::bip37OnMerkleBlock(net::Connection& c, const chain::MerkleBlock& mb) {
    if (c.id() != m_bloomPeer || !m_running || m_mode != Mode::Bip37) return;
    auto found = m_slotByHash.find(mb.header.hash());
    if (found == m_slotByHash.end()) return;  // not ours (e.g. the BlockFetcher's)
    Bip37Slot& slot = m_slots[found->second];
    if (slot.block) return;
    // The hash is a validated header of our best chain, so the root the tree must reach is the validated one.
    auto matches = mb.verify();
    if (!matches.ok()) {
        m_peers.punish(c.id(), QString::fromStdString("invalid merkleblock: " + matches.message()));
        return;  // peerClosed moves the scan to another peer
    }
    slot.block = mb;
    slot.matches = std::move(matches).value();
    m_requestTimer.start(m_options.requestTimeoutMs);
    bip37Drain();
}

bool WalletSync::bip37OnTx(const primitives::Transaction& tx) {
    const primitives::Txid txid = tx.txid();
    for (auto& [height, slot] : m_slots) {
        if (!slot.block || slot.txs.count(txid)) continue;
        for (const auto& m : slot.matches) {
            if (m.txid != txid) continue;
            slot.txs.emplace(txid, tx);
            m_requestTimer.start(m_options.requestTimeoutMs);
            bip37Drain();
            return true;
        }
    }
    return false;
}

void WalletSync::bip37Drain() {
    const uint64_t generation = m_generation;
    while (!m_slots.empty()) {
        auto it = m_slots.begin();
        Bip37Slot& slot = it->second;
        if (!slot.block) return;
        for (const auto& m : slot.matches)
            if (!slot.txs.count(m.txid)) return;  // the matched tx messages follow the merkleblock
        const int height = it->first;
        std::vector<ConfirmedTx> txs;
        const Bytes proof = slot.block->serialize();
        for (const auto& m : slot.matches) txs.push_back(ConfirmedTx{slot.txs.at(m.txid), m.index, proof});
        m_slotByHash.erase(slot.hash);
        m_slots.erase(it);
        const Commit next = commitBlock(height, std::move(txs));
        if (next == Commit::Failed || generation != m_generation) return;
        if (next == Commit::Again) {
            bip37Reset();
            return bip37Request();
        }
    }
    m_requestTimer.stop();
    flushCursor();
    if (m_next > m_chain.tipHeight()) return finishScan();
    bip37Request();
}

void WalletSync::bip37Timeout() {
    if (!m_running || m_mode != Mode::Bip37) return;
    if (m_bloomPeer) {
        m_badBloomPeers.insert(m_bloomPeer);
        if (m_peers.peer(m_bloomPeer)) m_peers.disconnectPeer(m_bloomPeer, QStringLiteral("stalled during the wallet scan"));
        m_bloomPeer = 0;
    }
    qCInfo(lcCairnWallet, "wallet scan: merkleblock peer stalled at height %d, trying another", m_next);
    bip37Reset();
    bip37Request();
}

}  // namespace cairn::wallet
