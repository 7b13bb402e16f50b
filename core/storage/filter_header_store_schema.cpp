// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

// Versions 30-39 belong to the BIP157 filter header chain and the filter cache.
std::vector<Migration> filterHeaderMigrations() {
    return {
        {30, "verified BIP157 basic filter headers and a filter cache",
         // Keyed by block hash (internal byte order), so rows of a stale branch never collide with the best
         // chain's; `height` lets the owner load the rows of the best chain in one ordered scan.
         "CREATE TABLE filter_headers ("
         " block_hash BLOB PRIMARY KEY NOT NULL CHECK (length(block_hash) = 32),"
         " height INTEGER NOT NULL CHECK (height >= 0),"
         " filter_hash BLOB NOT NULL CHECK (length(filter_hash) = 32),"
         " filter_header BLOB NOT NULL CHECK (length(filter_header) = 32)) WITHOUT ROWID;"
         "CREATE INDEX filter_headers_by_height ON filter_headers(height);"
         "CREATE TABLE filter_cache ("
         " block_hash BLOB PRIMARY KEY NOT NULL CHECK (length(block_hash) = 32),"
         " data BLOB NOT NULL,"
         " size INTEGER NOT NULL,"
         " added INTEGER NOT NULL);"
         "CREATE INDEX filter_cache_by_added ON filter_cache(added);"},
    };
}

}  // namespace cairn::storage
