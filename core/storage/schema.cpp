// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

const std::vector<Migration>& nodeMigrations() {
    static const std::vector<Migration> migrations{
        {1, "key-value metadata",
         "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) WITHOUT ROWID;"},
    };
    return migrations;
}

}  // namespace cairn::storage
