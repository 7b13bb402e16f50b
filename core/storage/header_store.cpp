// SPDX-License-Identifier: MIT
#include "storage/header_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <string>
#include <vector>

namespace cairn::storage {
namespace {

constexpr int kCacheKiB = 32 * 1024;  // SQLite page cache for the header store's connection

using primitives::BlockHash;
using primitives::Uint256;

std::array<uint8_t, 32> workToBigEndian(const Uint256& work) {
    std::array<uint8_t, 32> be = work.toLittleEndian();
    std::reverse(be.begin(), be.end());
    return be;
}

Uint256 workFromBigEndian(const uint8_t* data) {
    std::array<uint8_t, 32> le{};
    std::reverse_copy(data, data + 32, le.begin());
    return Uint256::fromLittleEndian(le);
}

BlockHash hashFrom(const uint8_t* data) {
    std::array<uint8_t, 32> b{};
    std::memcpy(b.data(), data, 32);
    return BlockHash(b);
}

uint32_t le32(const uint8_t* p) {
    return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) | (static_cast<uint32_t>(p[2]) << 16) |
           (static_cast<uint32_t>(p[3]) << 24);
}

util::Error sqlError(sqlite3* db, const std::string& what) {
    return util::fail("header store: " + what + ": " + sqlite3_errmsg(db));
}

// Owns a statement for one scope.
struct ScopedStmt {
    sqlite3_stmt* stmt = nullptr;
    ~ScopedStmt() { sqlite3_finalize(stmt); }
};

// Rows per multi-row statement: per-statement work (cursors, halting, resetting) is paid once per this
// many headers instead of once per header (a 2,000-header batch takes 40 statements).
constexpr size_t kRowsPerStatement = 50;
constexpr int kInsertColumns = 4;

std::string insertSql(size_t rows) {
    std::string sql = "INSERT INTO headers(hash, height, header, chainwork) VALUES ";
    for (size_t r = 0; r < rows; ++r) {
        sql += r ? ", (" : "(";
        for (int c = 1; c <= kInsertColumns; ++c) {
            sql += "?" + std::to_string(r * kInsertColumns + static_cast<size_t>(c));
            sql += c < kInsertColumns ? ", " : ")";
        }
    }
    return sql;
}

}  // namespace

HeaderStore::HeaderStore(Database& db) : m_db(db) {}

HeaderStore::~HeaderStore() {
    for (sqlite3_stmt* s : {m_insertOne, m_insertMany, m_storedInRange, m_setTip, m_getHeader})
        sqlite3_finalize(s);
}

util::Result<std::unique_ptr<HeaderStore>> HeaderStore::open(Database& db) {
    std::unique_ptr<HeaderStore> store(new HeaderStore(db));
    sqlite3* h = db.handle();
    // Header sync appends ~2,000 rows per transaction and looks up random hashes in the unique index:
    // a larger page cache keeps the index's hot pages in memory, and less frequent WAL checkpoints
    // mean fewer fsyncs. Both settings are per connection (this store's thread's connection).
    if (auto r = db.exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB) + "; PRAGMA wal_autocheckpoint = 16384"); !r.ok())
        return util::fail("header store: cannot configure the database: " + r.message());
    const struct {
        sqlite3_stmt** target;
        std::string sql;
    } statements[] = {
        {&store->m_insertOne, insertSql(1)},
        {&store->m_insertMany, insertSql(kRowsPerStatement)},
        {&store->m_storedInRange, "SELECT hash FROM headers WHERE height BETWEEN ?1 AND ?2"},
        {&store->m_setTip, "INSERT OR REPLACE INTO header_tip(id, hash) VALUES (1, ?1)"},
        {&store->m_getHeader, "SELECT header FROM headers WHERE height = ?2 AND hash = ?1"},
    };
    for (const auto& s : statements) {
        if (sqlite3_prepare_v3(h, s.sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, s.target, nullptr) != SQLITE_OK)
            return sqlError(h, "the database has no header tables (missing migrations?)");
    }
    return store;
}

util::Result<size_t> HeaderStore::count() {
    ScopedStmt s;
    sqlite3* h = m_db.handle();
    // max(id) is O(1); ids are never deleted, so it equals count(*) (which would scan the table).
    if (sqlite3_prepare_v2(h, "SELECT coalesce(max(id), 0) FROM headers", -1, &s.stmt, nullptr) != SQLITE_OK)
        return sqlError(h, "cannot count headers");
    if (sqlite3_step(s.stmt) != SQLITE_ROW) return sqlError(h, "cannot count headers");
    return static_cast<size_t>(sqlite3_column_int64(s.stmt, 0));
}

util::Result<void> HeaderStore::loadIndex(const std::function<void(const chain::IndexRow&)>& row) {
    ScopedStmt s;
    sqlite3* h = m_db.handle();
    // The load scans every row once: a big page cache would only fill with pages never read again
    // (and show up as resident memory), so scan with a small cache and restore it afterwards.
    (void)m_db.exec("PRAGMA cache_size = -2048");
    struct RestoreCache {
        Database& db;
        ~RestoreCache() { (void)db.exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB)); }
    } restore{m_db};
    if (sqlite3_prepare_v2(h, "SELECT hash, height, header, chainwork FROM headers ORDER BY id", -1, &s.stmt, nullptr) !=
        SQLITE_OK)
        return sqlError(h, "cannot read headers");
    chain::IndexRow r;
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        const auto* hash = static_cast<const uint8_t*>(sqlite3_column_blob(s.stmt, 0));
        const int hashLen = sqlite3_column_bytes(s.stmt, 0);
        const auto* header = static_cast<const uint8_t*>(sqlite3_column_blob(s.stmt, 2));
        const int headerLen = sqlite3_column_bytes(s.stmt, 2);
        const auto* work = static_cast<const uint8_t*>(sqlite3_column_blob(s.stmt, 3));
        const int workLen = sqlite3_column_bytes(s.stmt, 3);
        if (hashLen != 32 || headerLen != 80 || workLen != 32) return util::fail("header store: a stored row is malformed");
        r.hash = hashFrom(hash);
        r.height = static_cast<int>(sqlite3_column_int64(s.stmt, 1));
        r.version = static_cast<int32_t>(le32(header));
        r.prev = hashFrom(header + 4);
        r.time = le32(header + 68);
        r.bits = le32(header + 72);
        r.chainWork = workFromBigEndian(work);
        row(r);
    }
    if (rc != SQLITE_DONE) return sqlError(h, "cannot read headers");
    return {};
}

util::Result<std::optional<BlockHash>> HeaderStore::bestTip() {
    ScopedStmt s;
    sqlite3* h = m_db.handle();
    if (sqlite3_prepare_v2(h, "SELECT hash FROM header_tip WHERE id = 1", -1, &s.stmt, nullptr) != SQLITE_OK)
        return sqlError(h, "cannot read the best tip");
    const int rc = sqlite3_step(s.stmt);
    if (rc == SQLITE_DONE) return std::optional<BlockHash>();
    if (rc != SQLITE_ROW) return sqlError(h, "cannot read the best tip");
    if (sqlite3_column_bytes(s.stmt, 0) != 32) return util::fail("header store: the stored best tip is malformed");
    return std::optional<BlockHash>(hashFrom(static_cast<const uint8_t*>(sqlite3_column_blob(s.stmt, 0))));
}

util::Result<void> HeaderStore::refuseStored(std::span<const chain::StoredHeader> headers,
                                             const std::vector<const BlockHash*>& sortedHashes) {
    // The table has no UNIQUE constraint (migrations 12, 40): refuse a stored hash here, with one range
    // scan of the height index over the commit's heights (usually no rows: a sync appends above them).
    int low = headers.front().height, high = low;
    for (const chain::StoredHeader& sh : headers) {
        low = std::min(low, sh.height);
        high = std::max(high, sh.height);
    }
    sqlite3_bind_int64(m_storedInRange, 1, low);
    sqlite3_bind_int64(m_storedInRange, 2, high);
    int rc = SQLITE_DONE;
    std::optional<BlockHash> duplicate;
    while (!duplicate && (rc = sqlite3_step(m_storedInRange)) == SQLITE_ROW) {
        if (sqlite3_column_bytes(m_storedInRange, 0) != 32) continue;
        const BlockHash stored = hashFrom(static_cast<const uint8_t*>(sqlite3_column_blob(m_storedInRange, 0)));
        if (std::binary_search(sortedHashes.begin(), sortedHashes.end(), &stored,
                               [](const BlockHash* a, const BlockHash* b) { return *a < *b; }))
            duplicate = stored;
    }
    sqlite3_reset(m_storedInRange);
    if (duplicate) return util::fail("header store: header " + duplicate->toHex() + " is already stored");
    if (rc != SQLITE_DONE) return sqlError(m_db.handle(), "cannot look up stored headers");
    return {};
}

util::Result<void> HeaderStore::insertChunk(std::span<const chain::StoredHeader> chunk) {
    sqlite3_stmt* st = chunk.size() == kRowsPerStatement ? m_insertMany : m_insertOne;
    assert(chunk.size() == 1 || st == m_insertMany);
    // Bound with SQLITE_STATIC: the buffers stay alive until the step below.
    std::array<std::array<uint8_t, primitives::BlockHeader::kSize>, kRowsPerStatement> raw;
    std::array<std::array<uint8_t, 32>, kRowsPerStatement> work;
    for (size_t r = 0; r < chunk.size(); ++r) {
        const chain::StoredHeader& sh = chunk[r];
        const Bytes bytes = sh.header.serialize();
        assert(bytes.size() == raw[r].size());
        std::memcpy(raw[r].data(), bytes.data(), raw[r].size());
        work[r] = workToBigEndian(sh.chainWork);
        const int base = static_cast<int>(r) * kInsertColumns;
        sqlite3_bind_blob(st, base + 1, sh.hash.bytes().data(), 32, SQLITE_STATIC);
        sqlite3_bind_int64(st, base + 2, sh.height);
        sqlite3_bind_blob(st, base + 3, raw[r].data(), static_cast<int>(raw[r].size()), SQLITE_STATIC);
        sqlite3_bind_blob(st, base + 4, work[r].data(), 32, SQLITE_STATIC);
    }
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return sqlError(m_db.handle(), "cannot store header " + chunk.front().hash.toHex());
    return {};
}

util::Result<void> HeaderStore::insertRows(std::span<const chain::StoredHeader> headers) {
    // A hash twice in one commit would pass the stored-rows check (neither copy is stored yet).
    std::vector<const BlockHash*> hashes;
    hashes.reserve(headers.size());
    for (const chain::StoredHeader& sh : headers) hashes.push_back(&sh.hash);
    std::sort(hashes.begin(), hashes.end(), [](const BlockHash* a, const BlockHash* b) { return *a < *b; });
    for (size_t i = 1; i < hashes.size(); ++i)
        if (*hashes[i] == *hashes[i - 1])
            return util::fail("header store: header " + hashes[i]->toHex() + " appears twice in one commit");
    if (headers.empty()) return {};
    if (auto r = refuseStored(headers, hashes); !r.ok()) return r;
    for (size_t i = 0; i < headers.size();) {
        const size_t n = headers.size() - i >= kRowsPerStatement ? kRowsPerStatement : 1;
        if (auto r = insertChunk(headers.subspan(i, n)); !r.ok()) return r;
        i += n;
    }
    return {};
}

util::Result<void> HeaderStore::commit(std::span<const chain::StoredHeader> headers, const BlockHash& bestTip) {
    return m_db.transaction([&]() -> util::Result<void> {
        if (auto r = insertRows(headers); !r.ok()) return r;
        sqlite3_bind_blob(m_setTip, 1, bestTip.bytes().data(), 32, SQLITE_STATIC);
        const int rc = sqlite3_step(m_setTip);
        sqlite3_reset(m_setTip);
        if (rc != SQLITE_DONE) return sqlError(m_db.handle(), "cannot store the best tip");
        return {};
    });
}

util::Result<void> HeaderStore::writeUncommittedForTest(std::span<const chain::StoredHeader> headers,
                                                      const BlockHash& bestTip) {
    if (auto r = m_db.exec("BEGIN IMMEDIATE"); !r.ok()) return r;
    if (auto r = insertRows(headers); !r.ok()) return r;
    sqlite3_bind_blob(m_setTip, 1, bestTip.bytes().data(), 32, SQLITE_STATIC);
    const int rc = sqlite3_step(m_setTip);
    sqlite3_reset(m_setTip);
    if (rc != SQLITE_DONE) return sqlError(m_db.handle(), "cannot store the best tip");
    return {};  // deliberately no COMMIT: the caller dies or closes the database now
}

util::Result<std::optional<primitives::BlockHeader>> HeaderStore::header(const BlockHash& hash, int height) {
    sqlite3_bind_blob(m_getHeader, 1, hash.bytes().data(), 32, SQLITE_STATIC);
    sqlite3_bind_int64(m_getHeader, 2, height);
    const int rc = sqlite3_step(m_getHeader);
    util::Result<std::optional<primitives::BlockHeader>> out = std::optional<primitives::BlockHeader>();
    if (rc == SQLITE_ROW) {
        const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(m_getHeader, 0));
        auto parsed = primitives::BlockHeader::parse(ByteView(data, static_cast<size_t>(sqlite3_column_bytes(m_getHeader, 0))));
        out = parsed.ok() ? util::Result<std::optional<primitives::BlockHeader>>(std::optional(*parsed))
                          : util::Result<std::optional<primitives::BlockHeader>>(parsed.error());
    } else if (rc != SQLITE_DONE) {
        out = sqlError(m_db.handle(), "cannot read header " + hash.toHex());
    }
    sqlite3_reset(m_getHeader);
    return out;
}

}  // namespace cairn::storage
