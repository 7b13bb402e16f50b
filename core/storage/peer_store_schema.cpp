// SPDX-License-Identifier: MIT
#include "storage/schema.h"

namespace cairn::storage {

// Versions 20-29 belong to the peer address book and the ban list.
std::vector<Migration> peerMigrations() {
    return {
        {20, "peer address book and ban list",
         // `host` is an IP literal (IPv6 without brackets) or a name (.onion, DNS); times are unix seconds.
         "CREATE TABLE peers ("
         " host TEXT NOT NULL,"
         " port INTEGER NOT NULL CHECK (port > 0 AND port < 65536),"
         " services INTEGER NOT NULL DEFAULT 0,"
         " source TEXT NOT NULL DEFAULT '',"
         " last_seen INTEGER NOT NULL DEFAULT 0,"
         " last_try INTEGER NOT NULL DEFAULT 0,"
         " last_success INTEGER NOT NULL DEFAULT 0,"
         " failures INTEGER NOT NULL DEFAULT 0,"
         " PRIMARY KEY (host, port)) WITHOUT ROWID;"
         "CREATE TABLE bans ("
         " host TEXT PRIMARY KEY NOT NULL,"
         " banned_until INTEGER NOT NULL,"
         " reason TEXT NOT NULL,"
         " created INTEGER NOT NULL) WITHOUT ROWID;"},
    };
}

}  // namespace cairn::storage
