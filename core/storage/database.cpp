// SPDX-License-Identifier: MIT
#include "storage/database.h"

#include "util/log.h"

#include <sqlite3.h>

#include <algorithm>
#include <set>

namespace cairn::storage {

using util::fail;
using util::Result;

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt), m_error(std::move(other.m_error)) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const std::string& text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, size_t size) {
    sqlite3_bind_blob(m_stmt, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) m_error = sqlite3_errmsg(m_db);
    return false;
}

Result<void> Statement::exec() {
    m_error.clear();
    while (step()) {
    }
    sqlite3_reset(m_stmt);
    if (!m_error.empty()) return fail("database error: " + m_error);
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
}

int64_t Statement::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }

std::string Statement::columnText(int col) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
}

std::vector<uint8_t> Statement::columnBlob(int col) const {
    const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(m_stmt, col));
    const int size = sqlite3_column_bytes(m_stmt, col);
    return data ? std::vector<uint8_t>(data, data + size) : std::vector<uint8_t>();
}

bool Statement::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

Database::Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

Database::~Database() {
    if (m_db) sqlite3_close_v2(m_db);
}

std::string Database::sqliteVersion() { return sqlite3_libversion(); }

Result<std::unique_ptr<Database>> Database::open(const std::string& path, const std::vector<Migration>& migrations) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
        if (raw) sqlite3_close_v2(raw);
        return fail("cannot open database " + path + ": " + msg);
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_extended_result_codes(raw, 1);

    // Reading the header first tells a corrupt or foreign file apart before anything is written.
    if (auto r = db->exec("SELECT count(*) FROM sqlite_master"); !r.ok())
        return fail("not a valid Cairn database (" + path + "): " + r.message());
    if (auto r = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON"); !r.ok())
        return fail("cannot configure database " + path + ": " + r.message());
    if (auto r = db->exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); !r.ok())
        return fail("cannot initialise database " + path + ": " + r.message());
    if (auto r = db->migrate(migrations); !r.ok()) return r.error();
    return db;
}

int Database::schemaVersion() const {
    sqlite3_stmt* stmt = nullptr;
    int version = 0;
    if (sqlite3_prepare_v2(m_db, "SELECT max(version) FROM schema_version", -1, &stmt, nullptr) == SQLITE_OK) {
        if (sqlite3_step(stmt) == SQLITE_ROW) version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return version;
}

Result<void> Database::exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(m_db);
        sqlite3_free(err);
        return fail(msg);
    }
    return {};
}

Result<Statement> Database::prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return fail(std::string("cannot prepare statement: ") + sqlite3_errmsg(m_db));
    return Statement(m_db, stmt);
}

Result<void> Database::transaction(const std::function<Result<void>()>& body) {
    if (auto r = exec("BEGIN IMMEDIATE"); !r.ok()) return fail("cannot begin transaction: " + r.message());
    Result<void> result = body();
    if (!result.ok()) {
        (void)exec("ROLLBACK");
        return result;
    }
    if (auto r = exec("COMMIT"); !r.ok()) {
        (void)exec("ROLLBACK");
        return fail("cannot commit transaction: " + r.message());
    }
    return {};
}

Result<void> Database::migrate(const std::vector<Migration>& migrations) {
    std::vector<Migration> sorted = migrations;
    std::sort(sorted.begin(), sorted.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    const int current = schemaVersion();
    const int known = sorted.empty() ? 0 : sorted.back().version;
    if (current > known)
        return fail("database " + m_path + " has schema version " + std::to_string(current) +
                    ", newer than this Cairn understands (" + std::to_string(known) + "); upgrade Cairn");
    // Every migration not yet recorded runs, not only those above the highest one: the layers number their
    // migrations in separate ranges (headers 10-19, peers 20-29, ...), so a later release may add a version below
    // the current maximum.
    std::set<int> applied;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT version FROM schema_version", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) applied.insert(sqlite3_column_int(stmt, 0));
    }
    sqlite3_finalize(stmt);
    for (const Migration& m : sorted) {
        if (applied.count(m.version) != 0) continue;
        auto r = transaction([&]() -> Result<void> {
            if (auto e = exec(m.sql); !e.ok()) return e;
            return exec("INSERT INTO schema_version(version) VALUES(" + std::to_string(m.version) + ")");
        });
        if (!r.ok())
            return fail("database migration to version " + std::to_string(m.version) + " (" + m.description +
                        ") failed and was rolled back: " + r.message());
        qCInfo(lcCairnStorage, "migrated %s to schema version %d", m_path.c_str(), m.version);
    }
    return {};
}

}  // namespace cairn::storage
