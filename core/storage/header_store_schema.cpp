// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

// Versions 10-19 (and 40) belong to the header chain and the block cache.
std::vector<Migration> headerMigrations() {
    return {
        {10, "validated block headers and the best tip",
         // rowid order is insertion order: parents are always written before their children.
         // `hash`, `prev` are 32 bytes in internal byte order; `header` is the 80-byte serialisation;
         // `chainwork` is the cumulative work as 32 big-endian bytes.
         "CREATE TABLE headers ("
         " id INTEGER PRIMARY KEY,"
         " hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),"
         " height INTEGER NOT NULL CHECK (height >= 0),"
         " prev BLOB NOT NULL CHECK (length(prev) = 32),"
         " header BLOB NOT NULL CHECK (length(header) = 80),"
         " chainwork BLOB NOT NULL CHECK (length(chainwork) = 32));"
         "CREATE TABLE header_tip (id INTEGER PRIMARY KEY CHECK (id = 1), hash BLOB NOT NULL);"},
        {11, "full-block cache with LRU eviction",
         "CREATE TABLE block_cache ("
         " hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),"
         " data BLOB NOT NULL,"
         " size INTEGER NOT NULL,"
         " last_access INTEGER NOT NULL);"
         "CREATE INDEX block_cache_by_access ON block_cache(last_access);"},
        {12, "headers without the unique 32-byte hash index and the redundant prev column",
         // Header sync appends rows in id order, but a UNIQUE index on a random 32-byte hash takes a
         // random B-tree insert per header into an index (~45 MB at mainnet height) larger than the page
         // cache. The in-memory index (chain::BlockIndex) is what maps hash -> entry; the store only needs
         // a lookup path for header(hash) and its duplicate check, so it indexes the first 8 bytes of the
         // hash (random in internal byte order; proof of work zeroes the last bytes), about a third of the
         // size. `prev` is bytes 4..35 of `header` and is dropped. Existing rows keep their ids.
         "CREATE TABLE headers_v12 ("
         " id INTEGER PRIMARY KEY,"
         " hash BLOB NOT NULL CHECK (length(hash) = 32),"
         " height INTEGER NOT NULL CHECK (height >= 0),"
         " header BLOB NOT NULL CHECK (length(header) = 80),"
         " chainwork BLOB NOT NULL CHECK (length(chainwork) = 32));"
         "INSERT INTO headers_v12(id, hash, height, header, chainwork)"
         " SELECT id, hash, height, header, chainwork FROM headers ORDER BY id;"
         "DROP TABLE headers;"
         "ALTER TABLE headers_v12 RENAME TO headers;"
         "CREATE INDEX headers_by_hash_prefix ON headers(substr(hash, 1, 8));"},
        // Numbered 40, not 13: written when Database::migrate still ran only versions above a file's
        // highest one (files already carried 20 or 30). Released numbers never change.
        {40, "headers found by height instead of by a hash-prefix index",
         // Every header sync batch inserted ~2,000 random keys into the hash-prefix index: each commit
         // dirtied most of its leaf pages, so the WAL took megabytes per batch. Heights arrive in
         // ascending order, so an index on them only ever appends. HeaderChain knows each header's
         // height (its in-memory index maps hash -> height); a height holds one row per branch.
         "DROP INDEX headers_by_hash_prefix;"
         "CREATE INDEX headers_by_height ON headers(height);"},
    };
}

}  // namespace cairn::storage
