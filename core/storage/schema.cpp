// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

const std::vector<Migration>& nodeMigrations() {
    static const std::vector<Migration> migrations = [] {
        std::vector<Migration> all{
            {1, "key-value metadata",
             "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) WITHOUT ROWID;"},
        };
        for (auto& m : headerMigrations()) all.push_back(std::move(m));
        for (auto& m : peerMigrations()) all.push_back(std::move(m));
        for (auto& m : filterHeaderMigrations()) all.push_back(std::move(m));
        return all;
    }();
    return migrations;
}

}  // namespace cairn::storage
