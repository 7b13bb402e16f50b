// SPDX-License-Identifier: MIT
#include "chain/header_chain.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <set>

namespace cairn::chain {

using primitives::BlockHash;
using primitives::BlockHeader;
using primitives::Uint256;

/// The ancestors of one index entry seen as a ChainView. Lookups walk parent links from the entry
/// until they reach the best chain (then jump through m_best). A cursor remembers the last position
/// so that the descending lookups of validation (MTP, testnet walk-back, retarget) stay linear.
class HeaderChain::BranchView : public ChainView {
public:
    BranchView(const HeaderChain& chain, uint32_t tip) : m_chain(chain), m_tip(tip), m_cursor(tip) {}
    int tipHeight() const override { return m_chain.m_index[m_tip].height; }
    uint32_t bitsAt(int height) const override { return m_chain.m_index[find(height)].bits; }
    uint32_t timeAt(int height) const override { return m_chain.m_index[find(height)].time; }

private:
    uint32_t find(int height) const {
        if (m_chain.m_index[m_cursor].height < height) m_cursor = m_tip;
        m_cursor = m_chain.ancestorAt(m_cursor, height);
        return m_cursor;
    }
    const HeaderChain& m_chain;
    uint32_t m_tip;
    mutable uint32_t m_cursor;
};

HeaderChain::HeaderChain(const ChainParams& params, HeaderRepository& repo, Options options)
    : m_params(params), m_repo(repo), m_options(std::move(options)) {
    if (!m_options.clock) {
        m_options.clock = [] {
            return static_cast<int64_t>(
                std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                    .count());
        };
    }
}

HeaderChain::~HeaderChain() = default;

util::Result<std::unique_ptr<HeaderChain>> HeaderChain::open(const ChainParams& params, HeaderRepository& repo) {
    return open(params, repo, Options{});
}

util::Result<std::unique_ptr<HeaderChain>> HeaderChain::open(const ChainParams& params, HeaderRepository& repo,
                                                             Options options) {
    std::unique_ptr<HeaderChain> chain(new HeaderChain(params, repo, std::move(options)));
    if (auto r = chain->load(); !r.ok()) return r.error();
    return chain;
}

util::Result<void> HeaderChain::load() {
    auto count = m_repo.count();
    if (!count.ok()) return count.error();
    // Headroom so that the first hours of syncing do not reallocate the entry vector (which would
    // briefly double its memory).
    m_index.reserve(*count + 4096);

    std::string corrupt;
    auto loaded = m_repo.loadIndex([&](const IndexRow& row) {
        if (!corrupt.empty()) return;
        IndexEntry e;
        e.hash = row.hash;
        e.chainWork = row.chainWork;
        e.height = row.height;
        e.version = row.version;
        e.time = row.time;
        e.bits = row.bits;
        e.flags = IndexEntry::kPersisted;
        if (row.height > 0) {
            auto parent = m_index.find(row.prev);
            if (!parent || m_index[*parent].height != row.height - 1) {
                corrupt = "stored header " + row.hash.toHex() + " does not link to a stored parent";
                return;
            }
            e.prev = *parent;
        }
        if (m_index.find(row.hash)) {
            corrupt = "stored header " + row.hash.toHex() + " appears twice";
            return;
        }
        if (row.chainWork < m_params.minimumChainWork) ++m_lowWorkPersisted;
        m_index.add(e);
    });
    if (!loaded.ok()) return loaded.error();
    if (!corrupt.empty()) return util::fail("the header store is corrupt: " + corrupt);

    auto tip = m_repo.bestTip();
    if (!tip.ok()) return tip.error();
    if (!tip->has_value()) {
        if (m_index.size() != 0) return util::fail("the header store is corrupt: headers without a best tip");
        const BlockHeader& g = m_params.genesisHeader;
        StoredHeader genesis{g, g.hash(), 0, blockWork(g.bits)};
        if (auto r = m_repo.commit(std::span<const StoredHeader>(&genesis, 1), genesis.hash); !r.ok()) return r.error();
        if (genesis.chainWork < m_params.minimumChainWork) ++m_lowWorkPersisted;
        IndexEntry e;
        e.hash = genesis.hash;
        e.chainWork = genesis.chainWork;
        e.version = g.version;
        e.time = g.time;
        e.bits = g.bits;
        e.flags = IndexEntry::kPersisted;
        m_best.push_back(m_index.add(e));
        return {};
    }
    auto tipIdx = m_index.find(**tip);
    if (!tipIdx) return util::fail("the header store is corrupt: its best tip is not among its headers");
    m_best.assign(static_cast<size_t>(m_index[*tipIdx].height) + 1, IndexEntry::kNone);
    for (uint32_t i = *tipIdx; i != IndexEntry::kNone; i = m_index[i].prev) m_best[static_cast<size_t>(m_index[i].height)] = i;
    if (m_index[m_best[0]].hash != m_params.genesisHash)
        return util::fail("the header store belongs to another network (genesis " + m_index[m_best[0]].hash.toHex() + ")");
    return {};
}

bool HeaderChain::isOnBest(uint32_t idx) const {
    const auto h = static_cast<size_t>(m_index[idx].height);
    return h < m_best.size() && m_best[h] == idx;
}

uint32_t HeaderChain::ancestorAt(uint32_t idx, int height) const {
    assert(height >= 0 && height <= m_index[idx].height);
    while (m_index[idx].height > height) {
        if (isOnBest(idx)) return m_best[static_cast<size_t>(height)];
        idx = m_index[idx].prev;
    }
    return idx;
}

uint32_t HeaderChain::lastCheckpointOnBestChain() const {
    const int tipH = static_cast<int>(m_best.size()) - 1;
    for (auto it = m_params.checkpoints.rbegin(); it != m_params.checkpoints.rend(); ++it) {
        if (it->height <= tipH && m_index[m_best[static_cast<size_t>(it->height)]].hash == it->hash)
            return static_cast<uint32_t>(it->height);
    }
    return 0;
}

std::vector<uint32_t> HeaderChain::branchTo(uint32_t idx) const {
    std::vector<uint32_t> path;
    for (uint32_t i = idx; i != IndexEntry::kNone && !m_index[i].persisted(); i = m_index[i].prev) path.push_back(i);
    std::reverse(path.begin(), path.end());
    return path;
}

AcceptResult HeaderChain::acceptHeaders(std::span<const BlockHeader> headers, int64_t peerId) {
    AcceptResult result;
    auto finish = [&]() -> AcceptResult& {
        result.tip = m_index[m_best.back()].hash;
        result.tipHeight = static_cast<int>(m_best.size()) - 1;
        return result;
    };
    auto failWith = [&](HeaderError error, std::string message) {
        result.error = error;
        result.message = std::move(message) + " (peer " + std::to_string(peerId) + ")";
    };
    if (headers.size() > kMaxHeadersPerBatch) {
        failWith(HeaderError::BatchTooLarge, "a headers batch of " + std::to_string(headers.size()) +
                                                 " exceeds the limit of " + std::to_string(kMaxHeadersPerBatch));
        return finish();
    }

    const int64_t now = m_options.clock();
    const int checkpointFloor = static_cast<int>(lastCheckpointOnBestChain());
    uint32_t last = IndexEntry::kNone;
    // New headers go into m_poolHeaders only after the persistence decision: the usual batch extends
    // the best chain and is written at once, so it never needs a pool node (one allocation per header).
    std::vector<uint32_t> added;
    std::vector<const BlockHeader*> addedHeaders;
    added.reserve(headers.size());
    addedHeaders.reserve(headers.size());
    std::vector<BlockHash> seen;  // hashes of the valid prefix of the batch
    seen.reserve(headers.size());
    for (size_t i = 0; i < headers.size(); ++i) {
        const BlockHeader& h = headers[i];
        const BlockHash hash = h.hash();
        if (last != IndexEntry::kNone && h.prevBlock != m_index[last].hash) {
            failWith(HeaderError::NotContinuous,
                     "header " + hash.toHex() + " does not build on the header before it in the batch");
            break;
        }
        if (auto known = m_index.find(hash)) {
            ++result.duplicates;
            last = *known;
            seen.push_back(hash);
            continue;
        }
        uint32_t parent = last;
        if (parent == IndexEntry::kNone) {
            auto p = m_index.find(h.prevBlock);
            if (!p) {
                failWith(HeaderError::NotConnecting,
                         "header " + hash.toHex() + " builds on unknown header " + h.prevBlock.toHex());
                break;
            }
            parent = *p;
        }
        const int height = m_index[parent].height + 1;
        if (height <= checkpointFloor) {
            failWith(HeaderError::ForkBeforeCheckpoint, "header " + hash.toHex() + " forks at height " +
                                                            std::to_string(height) + ", below the checkpoint at " +
                                                            std::to_string(checkpointFloor));
            break;
        }
        BranchView view(*this, parent);
        if (HeaderCheck check = checkHeader(h, hash, view, m_params, now); !check.ok()) {
            failWith(check.error, check.message);
            break;
        }
        IndexEntry e;
        e.hash = hash;
        e.chainWork = m_index[parent].chainWork + blockWork(h.bits);
        e.prev = parent;
        e.height = height;
        e.version = h.version;
        e.time = h.time;
        e.bits = h.bits;
        last = m_index.add(e);
        added.push_back(last);
        addedHeaders.push_back(&h);
        seen.push_back(hash);
        ++result.accepted;
    }

    if (last != IndexEntry::kNone) {
        if (const uint32_t target = persistTarget(last); target != IndexEntry::kNone) {
            auto change = promote(target, BatchHeaders{addedHeaders, added}, result.persisted);
            if (!change.ok()) {
                failWith(HeaderError::Storage, change.message());
            } else if (change->has_value()) {
                result.change = std::move(**change);
            }
        }
        for (size_t k = 0; k < added.size(); ++k)
            if (!m_index[added[k]].persisted()) m_poolHeaders.emplace(added[k], *addedHeaders[k]);
        enforcePoolLimit(last, added, result);
    }
    // The last header of the batch we still know: where the peer's next getheaders continues from.
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
        if (m_index.find(*it)) {
            result.lastHash = *it;
            break;
        }
    }
    finish();
    if (result.change) {
        for (const auto& [id, listener] : m_listeners) listener(*result.change);
    }
    return result;
}

uint32_t HeaderChain::persistTarget(uint32_t last) const {
    // Which header of last's branch, if any, may become the persisted best tip (see the class comment).
    const Uint256 tipWork = m_index[m_best.back()].chainWork;
    if (m_index[last].chainWork <= tipWork) return IndexEntry::kNone;
    if (m_index[last].chainWork >= m_params.minimumChainWork) return last;
    // Below the minimum work every header of the branch is, too: all of them count against the budget.
    size_t branchLength = 0;
    for (uint32_t i = last; i != IndexEntry::kNone && !m_index[i].persisted(); i = m_index[i].prev) ++branchLength;
    if (m_lowWorkPersisted + branchLength <= m_options.maxLowWorkPersisted) return last;
    for (uint32_t i = last; i != IndexEntry::kNone && !m_index[i].persisted(); i = m_index[i].prev) {
        if (m_index[i].chainWork <= tipWork) break;
        if (m_params.checkpointAt(m_index[i].height)) return i;  // validated, so it matches the checkpoint
    }
    return IndexEntry::kNone;
}

util::Result<std::optional<ChainChange>> HeaderChain::promote(uint32_t newTip, const BatchHeaders& batch,
                                                              int& persistedCount) {
    const std::vector<uint32_t> path = branchTo(newTip);
    std::vector<StoredHeader> rows;
    rows.reserve(path.size());
    size_t batchPos = 0;
    size_t lowWork = 0;
    for (uint32_t idx : path) {
        const IndexEntry& e = m_index[idx];
        // The path is older pool headers, then (from the batch's first new header on) batch headers.
        const BlockHeader* header = nullptr;
        if (auto it = m_poolHeaders.find(idx); it != m_poolHeaders.end()) {
            header = &it->second;
        } else {
            assert(batchPos < batch.indices.size() && batch.indices[batchPos] == idx);
            header = batch.headers[batchPos++];
        }
        rows.push_back(StoredHeader{*header, e.hash, e.height, e.chainWork});
        if (e.chainWork < m_params.minimumChainWork) ++lowWork;
    }
    if (auto r = m_repo.commit(rows, m_index[newTip].hash); !r.ok())
        return util::fail("could not persist headers: " + r.message());

    for (uint32_t idx : path) {
        m_index[idx].flags |= IndexEntry::kPersisted;
        m_poolHeaders.erase(idx);
    }
    m_lowWorkPersisted += lowWork;
    persistedCount += static_cast<int>(path.size());

    ChainChange change;
    uint32_t fork = newTip;
    while (!isOnBest(fork)) {
        change.connected.push_back(m_index[fork].hash);
        fork = m_index[fork].prev;
    }
    std::reverse(change.connected.begin(), change.connected.end());
    const auto forkHeight = static_cast<size_t>(m_index[fork].height);
    for (size_t h = m_best.size() - 1; h > forkHeight; --h) change.disconnected.push_back(m_index[m_best[h]].hash);
    m_best.resize(forkHeight + 1);
    const size_t firstNew = m_best.size();
    m_best.resize(static_cast<size_t>(m_index[newTip].height) + 1);
    for (uint32_t i = newTip; m_index[i].height >= static_cast<int>(firstNew); i = m_index[i].prev)
        m_best[static_cast<size_t>(m_index[i].height)] = i;
    change.forkPoint = m_index[fork].hash;
    change.forkHeight = static_cast<int>(forkHeight);
    change.newTip = m_index[newTip].hash;
    change.newHeight = m_index[newTip].height;
    return std::optional<ChainChange>(std::move(change));
}

void HeaderChain::dropPoolEntry(uint32_t idx) {
    m_poolHeaders.erase(idx);
    m_index.remove(idx);
}

void HeaderChain::enforcePoolLimit(uint32_t keep, const std::vector<uint32_t>& added, AcceptResult& result) {
    if (m_poolHeaders.size() <= m_options.maxPoolHeaders) return;

    // Pool leaves ordered by work. Evicting a leaf removes its whole exclusive branch (up to the first
    // persisted header or the first header that still has other children), so no entry is ever left
    // pointing at a removed parent, and whole low-work branches go first.
    std::unordered_map<uint32_t, uint32_t> children;
    for (const auto& [idx, header] : m_poolHeaders) {
        const uint32_t p = m_index[idx].prev;
        if (!m_index[p].persisted()) ++children[p];
    }
    std::set<std::pair<Uint256, uint32_t>> leaves;
    for (const auto& [idx, header] : m_poolHeaders)
        if (!children.count(idx)) leaves.emplace(m_index[idx].chainWork, idx);
    // The branch this batch extended survives if it is (one of) the most-work pool branches.
    const bool protectKeep = !m_index[keep].persisted() && !children.count(keep) &&
                             m_index[keep].chainWork == leaves.rbegin()->first;

    size_t dropped = 0;
    bool droppedKeep = false;
    for (auto it = leaves.begin(); it != leaves.end() && m_poolHeaders.size() > m_options.maxPoolHeaders; ++it) {
        if (protectKeep && it->second == keep) continue;
        uint32_t i = it->second;
        while (true) {
            const uint32_t parent = m_index[i].prev;
            droppedKeep = droppedKeep || i == keep;
            dropPoolEntry(i);
            ++dropped;
            if (m_index[parent].persisted() || --children[parent] > 0) break;
            i = parent;
        }
    }
    if (m_poolHeaders.size() > m_options.maxPoolHeaders) {
        // The best low-work branch alone exceeds the cap: refuse the tail of this batch (leaves first).
        for (auto it = added.rbegin(); it != added.rend() && m_poolHeaders.size() > m_options.maxPoolHeaders; ++it) {
            if (!m_poolHeaders.count(*it)) continue;  // persisted or already evicted
            dropPoolEntry(*it);
            ++dropped;
            droppedKeep = true;
        }
    }
    if (droppedKeep && result.ok()) {
        result.error = HeaderError::TooManyUnpersisted;
        result.message = "the low-work header pool is full (" + std::to_string(m_options.maxPoolHeaders) +
                         " headers); dropped " + std::to_string(dropped) + " unpersisted headers";
    }
}

int HeaderChain::subscribe(Listener listener) {
    const int id = m_nextListener++;
    m_listeners.emplace(id, std::move(listener));
    return id;
}

void HeaderChain::unsubscribe(int id) { m_listeners.erase(id); }

BlockHash HeaderChain::tip() const { return m_index[m_best.back()].hash; }
int HeaderChain::tipHeight() const { return static_cast<int>(m_best.size()) - 1; }
Uint256 HeaderChain::tipWork() const { return m_index[m_best.back()].chainWork; }
bool HeaderChain::hasMinimumWork() const { return tipWork() >= m_params.minimumChainWork; }
bool HeaderChain::contains(const BlockHash& hash) const { return m_index.find(hash).has_value(); }

std::optional<int> HeaderChain::heightOf(const BlockHash& hash) const {
    auto idx = m_index.find(hash);
    if (!idx) return std::nullopt;
    return m_index[*idx].height;
}

std::optional<BlockHash> HeaderChain::hashAt(int height) const {
    if (height < 0 || height > tipHeight()) return std::nullopt;
    return m_index[m_best[static_cast<size_t>(height)]].hash;
}

bool HeaderChain::isOnBestChain(const BlockHash& hash) const {
    auto idx = m_index.find(hash);
    return idx && isOnBest(*idx);
}

HeaderInfo HeaderChain::makeInfo(uint32_t idx) const {
    const IndexEntry& e = m_index[idx];
    HeaderInfo info;
    info.hash = e.hash;
    if (e.prev != IndexEntry::kNone) info.prev = m_index[e.prev].hash;
    info.height = e.height;
    info.version = e.version;
    info.time = e.time;
    info.bits = e.bits;
    info.difficulty = difficultyFromBits(e.bits);
    info.chainWork = e.chainWork;
    info.onBestChain = isOnBest(idx);
    info.persisted = e.persisted();
    return info;
}

std::optional<HeaderInfo> HeaderChain::info(const BlockHash& hash) const {
    auto idx = m_index.find(hash);
    if (!idx) return std::nullopt;
    return makeInfo(*idx);
}

std::optional<HeaderInfo> HeaderChain::infoAt(int height) const {
    if (height < 0 || height > tipHeight()) return std::nullopt;
    return makeInfo(m_best[static_cast<size_t>(height)]);
}

const IndexEntry* HeaderChain::entryAt(int height) const {
    if (height < 0 || height > tipHeight()) return nullptr;
    return &m_index[m_best[static_cast<size_t>(height)]];
}

std::vector<HeaderInfo> HeaderChain::infoRange(int fromHeight, int count) const {
    std::vector<HeaderInfo> out;
    const int begin = std::max(fromHeight, 0);
    const int end = std::min(tipHeight() + 1, fromHeight + std::max(count, 0));
    for (int h = begin; h < end; ++h) out.push_back(makeInfo(m_best[static_cast<size_t>(h)]));
    return out;
}

util::Result<std::optional<BlockHeader>> HeaderChain::header(const BlockHash& hash) const {
    auto idx = m_index.find(hash);
    if (!idx) return std::optional<BlockHeader>();
    if (auto it = m_poolHeaders.find(*idx); it != m_poolHeaders.end()) return std::optional<BlockHeader>(it->second);
    return m_repo.header(hash, m_index[*idx].height);
}

std::vector<BlockHash> HeaderChain::locatorFrom(uint32_t idx) const {
    std::vector<BlockHash> out;
    int step = 1;
    while (true) {
        out.push_back(m_index[idx].hash);
        const int h = m_index[idx].height;
        if (h == 0) break;
        const int next = std::max(h - step, 0);
        idx = ancestorAt(idx, next);
        if (out.size() > 10) step *= 2;  // as Bitcoin Core: 11 single steps, then doubling
    }
    return out;
}

std::vector<BlockHash> HeaderChain::locator() const { return locatorFrom(m_best.back()); }

std::vector<BlockHash> HeaderChain::locator(const BlockHash& from) const {
    auto idx = m_index.find(from);
    if (!idx) return {};
    return locatorFrom(*idx);
}

util::Result<std::vector<BlockHeader>> HeaderChain::headersAfter(const std::vector<BlockHash>& locator,
                                                                  const BlockHash& stop, size_t max) const {
    int start = 0;
    for (const BlockHash& h : locator) {
        auto idx = m_index.find(h);
        if (idx && isOnBest(*idx)) {
            start = m_index[*idx].height;
            break;
        }
    }
    std::vector<BlockHeader> out;
    for (int h = start + 1; h <= tipHeight() && out.size() < max; ++h) {
        const BlockHash& hash = m_index[m_best[static_cast<size_t>(h)]].hash;
        auto header = m_repo.header(hash, h);
        if (!header.ok()) return header.error();
        if (!header->has_value()) return util::fail("the header store lost header " + hash.toHex());
        out.push_back(**header);
        if (!stop.isNull() && hash == stop) break;
    }
    return out;
}

size_t HeaderChain::memoryUsage() const {
    // Pool nodes: the pair plus the node's next pointer and the cached hash, plus one bucket pointer.
    const size_t poolNode = sizeof(std::pair<const uint32_t, BlockHeader>) + 2 * sizeof(void*) + sizeof(void*);
    return m_index.memoryUsage() + m_best.capacity() * sizeof(uint32_t) + m_poolHeaders.size() * poolNode;
}

}  // namespace cairn::chain
