// SPDX-License-Identifier: MIT
#include "storage/schema.h"

#include <algorithm>

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
        // Groups own version ranges that need not follow their order here: keep the list ascending.
        std::sort(all.begin(), all.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return all;
    }();
    return migrations;
}

}  // namespace cairn::storage
