// SPDX-License-Identifier: MIT
#include "storage/block_store.h"

namespace cairn::storage {

namespace {
util::Result<Statement> prepareWithHash(Database& db, const std::string& sql, const primitives::BlockHash& hash) {
    auto st = db.prepare(sql);
    if (!st.ok()) return st.error();
    st->bindBlob(1, hash.bytes().data(), 32);
    return st;
}
}  // namespace

BlockStore::BlockStore(Database& db, uint64_t cap) : m_db(db), m_cap(cap) {}
BlockStore::~BlockStore() = default;

util::Result<std::unique_ptr<BlockStore>> BlockStore::open(Database& db, uint64_t capBytes) {
    std::unique_ptr<BlockStore> store(new BlockStore(db, capBytes));
    auto st = db.prepare("SELECT coalesce(max(last_access), 0) FROM block_cache");
    if (!st.ok()) return util::fail("block cache: the database has no block_cache table (missing migrations?)");
    if (!st->step()) return util::fail("block cache: cannot read access times: " + st->lastError());
    store->m_clock = st->columnInt(0);
    return store;
}

util::Result<void> BlockStore::put(const primitives::BlockHash& hash, ByteView rawBlock) {
    if (rawBlock.size() > m_cap)
        return util::fail("block " + hash.toHex() + " (" + std::to_string(rawBlock.size()) +
                          " bytes) is larger than the block cache");
    return m_db.transaction([&]() -> util::Result<void> {
        auto st = m_db.prepare(
            "INSERT OR REPLACE INTO block_cache(hash, data, size, last_access) VALUES (?1, ?2, ?3, ?4)");
        if (!st.ok()) return st.error();
        st->bindBlob(1, hash.bytes().data(), 32)
            .bindBlob(2, rawBlock.data(), rawBlock.size())
            .bind(3, static_cast<int64_t>(rawBlock.size()))
            .bind(4, ++m_clock);
        if (auto r = st->exec(); !r.ok()) return r;
        return evict();
    });
}

util::Result<void> BlockStore::evict() {
    auto total = totalBytes();
    if (!total.ok()) return total.error();
    uint64_t size = *total;
    if (size <= m_cap) return {};
    auto oldest = m_db.prepare("SELECT hash, size FROM block_cache ORDER BY last_access ASC");
    if (!oldest.ok()) return oldest.error();
    std::vector<Bytes> victims;
    while (size > m_cap && oldest->step()) {
        victims.push_back(oldest->columnBlob(0));
        size -= static_cast<uint64_t>(oldest->columnInt(1));
    }
    oldest->reset();
    auto del = m_db.prepare("DELETE FROM block_cache WHERE hash = ?1");
    if (!del.ok()) return del.error();
    for (const Bytes& h : victims) {
        del->bindBlob(1, h.data(), h.size());
        if (auto r = del->exec(); !r.ok()) return r;
    }
    return {};
}

util::Result<std::optional<Bytes>> BlockStore::get(const primitives::BlockHash& hash) {
    auto st = prepareWithHash(m_db, "SELECT data FROM block_cache WHERE hash = ?1", hash);
    if (!st.ok()) return st.error();
    if (!st->step()) {
        if (!st->lastError().empty()) return util::fail("block cache: " + st->lastError());
        return std::optional<Bytes>();
    }
    Bytes data = st->columnBlob(0);
    auto touch = prepareWithHash(m_db, "UPDATE block_cache SET last_access = ?2 WHERE hash = ?1", hash);
    if (!touch.ok()) return touch.error();
    touch->bind(2, ++m_clock);
    if (auto r = touch->exec(); !r.ok()) return r.error();
    return std::optional<Bytes>(std::move(data));
}

util::Result<bool> BlockStore::contains(const primitives::BlockHash& hash) {
    auto st = prepareWithHash(m_db, "SELECT 1 FROM block_cache WHERE hash = ?1", hash);
    if (!st.ok()) return st.error();
    return st->step();
}

util::Result<void> BlockStore::remove(const primitives::BlockHash& hash) {
    auto st = prepareWithHash(m_db, "DELETE FROM block_cache WHERE hash = ?1", hash);
    if (!st.ok()) return st.error();
    return st->exec();
}

util::Result<uint64_t> BlockStore::totalBytes() {
    auto st = m_db.prepare("SELECT coalesce(sum(size), 0) FROM block_cache");
    if (!st.ok()) return st.error();
    if (!st->step()) return util::fail("block cache: " + st->lastError());
    return static_cast<uint64_t>(st->columnInt(0));
}

util::Result<size_t> BlockStore::count() {
    auto st = m_db.prepare("SELECT count(*) FROM block_cache");
    if (!st.ok()) return st.error();
    if (!st->step()) return util::fail("block cache: " + st->lastError());
    return static_cast<size_t>(st->columnInt(0));
}

}  // namespace cairn::storage
