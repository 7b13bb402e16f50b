// SPDX-License-Identifier: MIT
#include "storage/filter_header_store.h"

#include <algorithm>

namespace cairn::storage {

using util::fail;

namespace {

bool toHash(const Bytes& blob, std::array<uint8_t, 32>& out) {
    if (blob.size() != 32) return false;
    std::copy(blob.begin(), blob.end(), out.begin());
    return true;
}

}  // namespace

FilterHeaderStore::FilterHeaderStore(Database& db, uint64_t cap) : m_db(db), m_cap(cap) {}

util::Result<std::unique_ptr<FilterHeaderStore>> FilterHeaderStore::open(Database& db, uint64_t filterCapBytes) {
    auto check = db.prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('filter_headers', 'filter_cache')");
    if (!check.ok()) return check.error();
    if (!check->step() || check->columnInt(0) != 2)
        return fail("the database has no filter header tables (schema too old)");
    std::unique_ptr<FilterHeaderStore> store(new FilterHeaderStore(db, filterCapBytes));
    auto clock = db.prepare("SELECT coalesce(max(added), 0) FROM filter_cache");
    if (!clock.ok()) return clock.error();
    if (!clock->step()) return fail("filter cache: " + clock->lastError());
    store->m_clock = clock->columnInt(0);
    return store;
}

util::Result<void> FilterHeaderStore::put(const std::vector<FilterHeaderRecord>& records) {
    if (records.empty()) return {};
    return m_db.transaction([&]() -> util::Result<void> {
        auto st = m_db.prepare(
            "INSERT OR REPLACE INTO filter_headers(block_hash, height, filter_hash, filter_header) VALUES (?1, ?2, ?3, ?4)");
        if (!st.ok()) return st.error();
        for (const auto& r : records) {
            if (r.height < 0) return fail("filter header record with a negative height");
            st->reset();
            st->bindBlob(1, r.blockHash.bytes().data(), 32)
                .bind(2, int64_t{r.height})
                .bindBlob(3, r.filterHash.data(), 32)
                .bindBlob(4, r.filterHeader.data(), 32);
            if (auto e = st->exec(); !e.ok()) return e;
        }
        return {};
    });
}

namespace {

util::Result<std::vector<FilterHeaderRecord>> readRecords(Statement& st) {
    std::vector<FilterHeaderRecord> out;
    while (st.step()) {
        FilterHeaderRecord r;
        std::array<uint8_t, 32> hash{};
        if (!toHash(st.columnBlob(0), hash) || !toHash(st.columnBlob(2), r.filterHash) ||
            !toHash(st.columnBlob(3), r.filterHeader))
            return fail("filter header store: a row has a malformed hash");
        r.blockHash = primitives::BlockHash(hash);
        r.height = static_cast<int>(st.columnInt(1));
        out.push_back(r);
    }
    if (!st.lastError().empty()) return fail("filter header store: " + st.lastError());
    return out;
}

}  // namespace

util::Result<std::optional<FilterHeaderRecord>> FilterHeaderStore::get(const primitives::BlockHash& blockHash) {
    auto st = m_db.prepare(
        "SELECT block_hash, height, filter_hash, filter_header FROM filter_headers WHERE block_hash = ?1");
    if (!st.ok()) return st.error();
    st->bindBlob(1, blockHash.bytes().data(), 32);
    auto rows = readRecords(*st);
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return std::optional<FilterHeaderRecord>();
    return std::optional<FilterHeaderRecord>(rows->front());
}

util::Result<std::vector<FilterHeaderRecord>> FilterHeaderStore::fromHeight(int fromHeight) {
    auto st = m_db.prepare(
        "SELECT block_hash, height, filter_hash, filter_header FROM filter_headers WHERE height >= ?1 ORDER BY height");
    if (!st.ok()) return st.error();
    st->bind(1, int64_t{std::max(fromHeight, 0)});
    return readRecords(*st);
}

util::Result<void> FilterHeaderStore::erase(const std::vector<primitives::BlockHash>& blockHashes) {
    if (blockHashes.empty()) return {};
    return m_db.transaction([&]() -> util::Result<void> {
        auto st = m_db.prepare("DELETE FROM filter_headers WHERE block_hash = ?1");
        if (!st.ok()) return st.error();
        for (const auto& h : blockHashes) {
            st->reset();
            st->bindBlob(1, h.bytes().data(), 32);
            if (auto e = st->exec(); !e.ok()) return e;
        }
        return {};
    });
}

util::Result<size_t> FilterHeaderStore::count() {
    auto st = m_db.prepare("SELECT count(*) FROM filter_headers");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("filter header store: " + st->lastError());
    return static_cast<size_t>(st->columnInt(0));
}

util::Result<void> FilterHeaderStore::putFilter(const primitives::BlockHash& blockHash, ByteView encoded) {
    return putFilters({{blockHash, Bytes(encoded.begin(), encoded.end())}});
}

util::Result<void> FilterHeaderStore::putFilters(const std::vector<std::pair<primitives::BlockHash, Bytes>>& filters) {
    if (filters.empty()) return {};
    for (const auto& [hash, encoded] : filters)
        if (encoded.size() > m_cap) return fail("filter of block " + hash.toHex() + " is larger than the filter cache");
    return m_db.transaction([&]() -> util::Result<void> {
        auto st = m_db.prepare("INSERT OR REPLACE INTO filter_cache(block_hash, data, size, added) VALUES (?1, ?2, ?3, ?4)");
        if (!st.ok()) return st.error();
        for (const auto& [hash, encoded] : filters) {
            st->reset();
            st->bindBlob(1, hash.bytes().data(), 32)
                .bindBlob(2, encoded.data(), encoded.size())
                .bind(3, static_cast<int64_t>(encoded.size()))
                .bind(4, ++m_clock);
            if (auto r = st->exec(); !r.ok()) return r;
        }
        return evictFilters();
    });
}

util::Result<void> FilterHeaderStore::evictFilters() {
    auto total = filterBytes();
    if (!total.ok()) return total.error();
    if (*total <= m_cap) return {};
    // Oldest first, until the rest fits: every entry whose running total (in age order) is still needed to
    // remove the excess goes, including the one that crosses it.
    auto del = m_db.prepare(
        "DELETE FROM filter_cache WHERE block_hash IN (SELECT block_hash FROM (SELECT block_hash, size,"
        " sum(size) OVER (ORDER BY added ASC) AS running FROM filter_cache) WHERE running - size < ?1)");
    if (!del.ok()) return del.error();
    del->bind(1, static_cast<int64_t>(*total - m_cap));
    return del->exec();
}

util::Result<std::optional<Bytes>> FilterHeaderStore::getFilter(const primitives::BlockHash& blockHash) {
    auto st = m_db.prepare("SELECT data FROM filter_cache WHERE block_hash = ?1");
    if (!st.ok()) return st.error();
    st->bindBlob(1, blockHash.bytes().data(), 32);
    if (!st->step()) {
        if (!st->lastError().empty()) return fail("filter cache: " + st->lastError());
        return std::optional<Bytes>();
    }
    return std::optional<Bytes>(st->columnBlob(0));
}

util::Result<uint64_t> FilterHeaderStore::filterBytes() {
    auto st = m_db.prepare("SELECT coalesce(sum(size), 0) FROM filter_cache");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("filter cache: " + st->lastError());
    return static_cast<uint64_t>(st->columnInt(0));
}

}  // namespace cairn::storage
