// SPDX-License-Identifier: MIT
#include "storage/peer_store.h"

namespace cairn::storage {

using util::fail;

util::Result<std::unique_ptr<PeerStore>> PeerStore::open(Database& db) {
    auto check = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('peers', 'bans')");
    if (!check.ok()) return check.error();
    if (!check->step() || check->columnInt(0) != 2) return fail("the database has no peer tables (schema too old)");
    return std::unique_ptr<PeerStore>(new PeerStore(db));
}

util::Result<void> PeerStore::addAddresses(const std::vector<PeerRecord>& records) {
    if (records.empty()) return {};
    return m_db.transaction([&]() -> util::Result<void> {
        auto st = m_db.prepare(
            "INSERT INTO peers(host, port, services, source, last_seen) VALUES(?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT(host, port) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen), "
            "services = CASE WHEN excluded.services != 0 THEN excluded.services ELSE services END");
        if (!st.ok()) return st.error();
        for (const auto& r : records) {
            st->reset();
            st->bind(1, r.host).bind(2, int64_t{r.port}).bind(3, static_cast<int64_t>(r.services)).bind(4, r.source).bind(5, r.lastSeen);
            if (auto e = st->exec(); !e.ok()) return e;
        }
        return {};
    });
}

util::Result<std::vector<PeerRecord>> PeerStore::candidates(size_t limit) {
    auto st = m_db.prepare(
        "SELECT host, port, services, source, last_seen, last_try, last_success, failures FROM peers "
        "ORDER BY (last_success > 0) DESC, failures ASC, last_success DESC, last_seen DESC LIMIT ?1");
    if (!st.ok()) return st.error();
    st->bind(1, static_cast<int64_t>(limit));
    std::vector<PeerRecord> out;
    while (st->step()) {
        PeerRecord r;
        r.host = st->columnText(0);
        r.port = static_cast<uint16_t>(st->columnInt(1));
        r.services = static_cast<uint64_t>(st->columnInt(2));
        r.source = st->columnText(3);
        r.lastSeen = st->columnInt(4);
        r.lastTry = st->columnInt(5);
        r.lastSuccess = st->columnInt(6);
        r.failures = static_cast<int>(st->columnInt(7));
        out.push_back(std::move(r));
    }
    if (!st->lastError().empty()) return fail(st->lastError());
    return out;
}

util::Result<void> PeerStore::markAttempt(const std::string& host, uint16_t port, int64_t now) {
    auto st = m_db.prepare(
        "INSERT INTO peers(host, port, last_try) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(host, port) DO UPDATE SET last_try = excluded.last_try");
    if (!st.ok()) return st.error();
    return st->bind(1, host).bind(2, int64_t{port}).bind(3, now).exec();
}

util::Result<void> PeerStore::markSuccess(const std::string& host, uint16_t port, uint64_t services, int64_t now) {
    auto st = m_db.prepare(
        "INSERT INTO peers(host, port, services, last_seen, last_try, last_success) VALUES(?1, ?2, ?3, ?4, ?4, ?4) "
        "ON CONFLICT(host, port) DO UPDATE SET services = excluded.services, last_seen = excluded.last_seen, "
        "last_success = excluded.last_success, failures = 0");
    if (!st.ok()) return st.error();
    return st->bind(1, host).bind(2, int64_t{port}).bind(3, static_cast<int64_t>(services)).bind(4, now).exec();
}

util::Result<void> PeerStore::markFailure(const std::string& host, uint16_t port) {
    auto st = m_db.prepare("UPDATE peers SET failures = failures + 1 WHERE host = ?1 AND port = ?2");
    if (!st.ok()) return st.error();
    return st->bind(1, host).bind(2, int64_t{port}).exec();
}

util::Result<size_t> PeerStore::count() {
    auto st = m_db.prepare("SELECT count(*) FROM peers");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("counting peers failed: " + st->lastError());
    return static_cast<size_t>(st->columnInt(0));
}

util::Result<void> PeerStore::ban(const std::string& host, int64_t until, const std::string& reason, int64_t now) {
    auto st = m_db.prepare(
        "INSERT INTO bans(host, banned_until, reason, created) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(host) DO UPDATE SET banned_until = max(banned_until, excluded.banned_until), "
        "reason = excluded.reason, created = excluded.created");
    if (!st.ok()) return st.error();
    return st->bind(1, host).bind(2, until).bind(3, reason).bind(4, now).exec();
}

util::Result<bool> PeerStore::isBanned(const std::string& host, int64_t now) {
    auto st = m_db.prepare("SELECT 1 FROM bans WHERE host = ?1 AND banned_until > ?2");
    if (!st.ok()) return st.error();
    st->bind(1, host).bind(2, now);
    const bool banned = st->step();
    if (!st->lastError().empty()) return fail(st->lastError());
    return banned;
}

util::Result<std::vector<BanRecord>> PeerStore::bans(int64_t now) {
    auto st = m_db.prepare(
        "SELECT host, banned_until, reason, created FROM bans WHERE banned_until > ?1 ORDER BY created DESC");
    if (!st.ok()) return st.error();
    st->bind(1, now);
    std::vector<BanRecord> out;
    while (st->step()) out.push_back(BanRecord{st->columnText(0), st->columnInt(1), st->columnText(2), st->columnInt(3)});
    if (!st->lastError().empty()) return fail(st->lastError());
    return out;
}

util::Result<void> PeerStore::unban(const std::string& host) {
    auto st = m_db.prepare("DELETE FROM bans WHERE host = ?1");
    if (!st.ok()) return st.error();
    return st->bind(1, host).exec();
}

}  // namespace cairn::storage
