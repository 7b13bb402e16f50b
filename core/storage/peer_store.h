// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cairn::storage {

/// One address-book entry.
struct PeerRecord {
    std::string host;         ///< IP literal (IPv6 without brackets) or host name.
    uint16_t port = 0;
    uint64_t services = 0;
    std::string source;       ///< "dns", "fixed", "addr", "connect", ...
    int64_t lastSeen = 0;     ///< Unix seconds the address was last gossiped or connected.
    int64_t lastTry = 0;
    int64_t lastSuccess = 0;
    int failures = 0;         ///< Consecutive failed attempts.
};

/// One banned host.
struct BanRecord {
    std::string host;
    int64_t bannedUntil = 0;  ///< Unix seconds.
    std::string reason;
    int64_t created = 0;
};

/// The peer address book and ban list (tables `peers`, `bans`, migrations 20-29). Not thread-safe: use it
/// from the thread owning the Database, which must have the node migrations applied and outlive the store.
class PeerStore {
public:
    /// Checks that the tables exist; fails otherwise.
    [[nodiscard]] static util::Result<std::unique_ptr<PeerStore>> open(Database& db);

    /// Adds addresses unknown so far and refreshes lastSeen/services of known ones, in one transaction.
    [[nodiscard]] util::Result<void> addAddresses(const std::vector<PeerRecord>& records);
    /// Up to `limit` addresses, most promising first (recent success, few failures, recently seen).
    [[nodiscard]] util::Result<std::vector<PeerRecord>> candidates(size_t limit);
    /// Records a connection attempt at `now`.
    [[nodiscard]] util::Result<void> markAttempt(const std::string& host, uint16_t port, int64_t now);
    /// Records a completed handshake: resets failures, stores the services.
    [[nodiscard]] util::Result<void> markSuccess(const std::string& host, uint16_t port, uint64_t services, int64_t now);
    /// Records a failed attempt (increments failures).
    [[nodiscard]] util::Result<void> markFailure(const std::string& host, uint16_t port);
    /// Number of addresses.
    [[nodiscard]] util::Result<size_t> count();

    /// Bans `host` until `until` (replacing an earlier ban of the same host).
    [[nodiscard]] util::Result<void> ban(const std::string& host, int64_t until, const std::string& reason, int64_t now);
    /// True when `host` is banned at `now`.
    [[nodiscard]] util::Result<bool> isBanned(const std::string& host, int64_t now);
    /// Bans in force at `now`, newest first.
    [[nodiscard]] util::Result<std::vector<BanRecord>> bans(int64_t now);
    /// Lifts a ban (no error when absent).
    [[nodiscard]] util::Result<void> unban(const std::string& host);

private:
    explicit PeerStore(Database& db) : m_db(db) {}
    Database& m_db;
};

}  // namespace cairn::storage
