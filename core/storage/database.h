// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cairn::storage {

/// One schema migration: moves the schema from version `version - 1` to `version`.
struct Migration {
    int version;
    std::string description;
    std::string sql;  ///< One or more SQL statements, run inside the migration's transaction.
};

/// A prepared statement bound to one Database. Columns and parameters are 0-based / 1-based as in SQLite.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, const std::string& text);
    Statement& bindBlob(int index, const void* data, size_t size);
    Statement& bindNull(int index);
    /// Advances; true while a row is available. An error is reported through lastError().
    bool step();
    /// Runs to completion (for statements returning no rows).
    util::Result<void> exec();
    void reset();

    int64_t columnInt(int col) const;
    std::string columnText(int col) const;
    std::vector<uint8_t> columnBlob(int col) const;
    bool columnIsNull(int col) const;
    const std::string& lastError() const { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    std::string m_error;
};

/// A SQLite database file in WAL mode with a schema_version table and ordered migrations.
/// Each thread that uses the file opens its own Database.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if needed) the file and applies every migration whose version is not recorded in the file
    /// yet (in version order), each in its own transaction.
    /// A failing migration is rolled back and reported; the file keeps its previous schema and data.
    /// A file with a schema newer than `migrations` knows is refused.
    static util::Result<std::unique_ptr<Database>> open(const std::string& path, const std::vector<Migration>& migrations);

    /// The schema version stored in the file (0 for a fresh file).
    int schemaVersion() const;
    /// Runs one or more statements that return no rows.
    util::Result<void> exec(const std::string& sql);
    /// Prepares a statement; an invalid statement is a programming error reported as Error.
    util::Result<Statement> prepare(const std::string& sql);
    /// Runs `body` inside BEGIN IMMEDIATE / COMMIT; rolls back if it returns an error.
    util::Result<void> transaction(const std::function<util::Result<void>()>& body);
    /// The underlying handle, for code in this layer only.
    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

    /// The SQLite library version, e.g. "3.40.1".
    static std::string sqliteVersion();

private:
    Database(sqlite3* db, std::string path);
    util::Result<void> migrate(const std::vector<Migration>& migrations);

    sqlite3* m_db;
    std::string m_path;
};

}  // namespace cairn::storage
