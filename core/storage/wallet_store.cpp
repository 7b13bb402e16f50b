// SPDX-License-Identifier: MIT
#include "storage/wallet_store.h"

#include "storage/wallet_store_schema.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace cairn::storage {

using util::fail;
using util::Result;

namespace {

constexpr size_t kSqliteHeaderSize = 100;

uint32_t readBe32(const unsigned char* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

// Checks the 100-byte SQLite header and that the file holds every page the header announces. Reads only.
Result<void> checkFileShape(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return fail("cannot read wallet file " + path + ": " + ec.message());
    std::ifstream in(path, std::ios::binary);
    unsigned char header[kSqliteHeaderSize] = {};
    if (!in.read(reinterpret_cast<char*>(header), kSqliteHeaderSize))
        return fail("file is shorter than an SQLite header (" + std::to_string(size) + " bytes)");
    static const char kMagic[] = "SQLite format 3";
    if (std::memcmp(header, kMagic, sizeof(kMagic)) != 0) return fail("not an SQLite database");
    uint32_t pageSize = (uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fail("invalid page size " + std::to_string(pageSize));
    if (size % pageSize != 0) return fail("file size is not a whole number of pages (truncated)");
    const uint32_t pages = readBe32(header + 28);
    const bool pagesValid = pages != 0 && readBe32(header + 24) == readBe32(header + 92);
    if (pagesValid && size < uint64_t(pages) * pageSize)
        return fail("file has " + std::to_string(size / pageSize) + " of its " + std::to_string(pages) +
                    " pages (truncated)");
    return {};
}

// PRAGMA quick_check on a connection that writes nothing.
Result<void> quickCheck(const std::string& path) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
        sqlite3_close_v2(raw);
        return fail(msg);
    }
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_stmt* stmt = nullptr;
    std::string problem;
    if (sqlite3_prepare_v2(raw, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK) {
        problem = sqlite3_errmsg(raw);
    } else {
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            const std::string line = text ? text : "";
            if (line != "ok" && problem.empty()) problem = line;
        }
        if (rc != SQLITE_DONE && problem.empty()) problem = sqlite3_errmsg(raw);
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(raw);
    if (!problem.empty()) return fail(problem);
    return {};
}

void removeFileSet(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
}

}  // namespace

WalletStore::WalletStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
WalletStore::~WalletStore() = default;

const std::string& WalletStore::path() const { return m_db->path(); }

Result<std::unique_ptr<WalletStore>> WalletStore::create(const std::string& path, const WalletMeta& meta) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return fail("a wallet file already exists at " + path);
    auto db = Database::open(path, walletMigrations());
    if (!db.ok()) {
        removeFileSet(path);
        return db.error();
    }
    std::unique_ptr<WalletStore> store(new WalletStore(std::move(db.value())));
    auto st = store->m_db->prepare(
        "INSERT INTO wallet(id, wallet_id, name, network, watch_only, birthday_height, gap_limit, created) "
        "VALUES(1, ?, ?, ?, ?, ?, ?, ?)");
    Result<void> r = st.ok() ? Result<void>() : Result<void>(st.error());
    if (r.ok()) {
        st->bindBlob(1, meta.walletId.data(), meta.walletId.size())
            .bind(2, meta.name)
            .bind(3, meta.network)
            .bind(4, int64_t(meta.watchOnly))
            .bind(5, int64_t(meta.birthdayHeight))
            .bind(6, int64_t(meta.gapLimit))
            .bind(7, meta.created);
        r = st->exec();
    }
    if (!r.ok()) {
        store.reset();
        removeFileSet(path);
        return fail("cannot create wallet file " + path + ": " + r.message());
    }
    return store;
}

Result<std::unique_ptr<WalletStore>> WalletStore::open(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return fail("no wallet file at " + path);
    const std::string damaged = "wallet file " + path + " is damaged or truncated: ";
    if (auto r = checkFileShape(path); !r.ok()) return fail(damaged + r.message());
    if (auto r = quickCheck(path); !r.ok()) return fail(damaged + r.message());
    auto db = Database::open(path, walletMigrations());
    if (!db.ok()) return fail(damaged + db.message());
    std::unique_ptr<WalletStore> store(new WalletStore(std::move(db.value())));
    if (auto m = store->meta(); !m.ok()) return fail(damaged + m.message());
    return store;
}

Result<void> WalletStore::transaction(const std::function<Result<void>()>& body) {
    if (m_txDepth > 0) return body();
    ++m_txDepth;
    Result<void> r = m_db->transaction(body);
    --m_txDepth;
    return r;
}

void WalletStore::setFaultHook(std::function<Result<void>(std::string_view)> hook) { m_faultHook = std::move(hook); }

Result<void> WalletStore::faultPoint(std::string_view step) const {
    if (m_faultHook) return m_faultHook(step);
    return {};
}

// --- metadata and keystore

Result<WalletMeta> WalletStore::meta() {
    auto st = m_db->prepare(
        "SELECT wallet_id, name, network, watch_only, birthday_height, gap_limit, created FROM wallet WHERE id = 1");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("the wallet metadata row is missing");
    WalletMeta m;
    m.walletId = st->columnBlob(0);
    m.name = st->columnText(1);
    m.network = st->columnText(2);
    m.watchOnly = st->columnInt(3) != 0;
    m.birthdayHeight = int(st->columnInt(4));
    m.gapLimit = uint32_t(st->columnInt(5));
    m.created = st->columnInt(6);
    return m;
}

Result<void> WalletStore::setBirthday(int height) {
    auto st = m_db->prepare("UPDATE wallet SET birthday_height = ? WHERE id = 1");
    if (!st.ok()) return st.error();
    return st->bind(1, int64_t(height)).exec();
}

Result<void> WalletStore::setGapLimit(uint32_t gap) {
    auto st = m_db->prepare("UPDATE wallet SET gap_limit = ? WHERE id = 1");
    if (!st.ok()) return st.error();
    return st->bind(1, int64_t(gap)).exec();
}

Result<KeystoreRecord> WalletStore::keystore() {
    auto st = m_db->prepare(
        "SELECT kdf_n, kdf_r, kdf_p, kdf_salt, key_nonce, wrapped_key, integrity FROM wallet WHERE id = 1");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("the wallet metadata row is missing");
    KeystoreRecord k;
    if (st->columnIsNull(0)) return k;
    k.n = uint64_t(st->columnInt(0));
    k.r = uint32_t(st->columnInt(1));
    k.p = uint32_t(st->columnInt(2));
    k.salt = st->columnBlob(3);
    k.keyNonce = st->columnBlob(4);
    k.wrappedKey = st->columnBlob(5);
    k.integrity = st->columnBlob(6);
    return k;
}

Result<void> WalletStore::setKeystore(const KeystoreRecord& k) {
    auto st = m_db->prepare(
        "UPDATE wallet SET kdf_n = ?, kdf_r = ?, kdf_p = ?, kdf_salt = ?, key_nonce = ?, wrapped_key = ?, "
        "integrity = ? WHERE id = 1");
    if (!st.ok()) return st.error();
    st->bind(1, int64_t(k.n)).bind(2, int64_t(k.r)).bind(3, int64_t(k.p));
    st->bindBlob(4, k.salt.data(), k.salt.size())
        .bindBlob(5, k.keyNonce.data(), k.keyNonce.size())
        .bindBlob(6, k.wrappedKey.data(), k.wrappedKey.size())
        .bindBlob(7, k.integrity.data(), k.integrity.size());
    return st->exec();
}

Result<void> WalletStore::setIntegrity(const Bytes& mac) {
    auto st = m_db->prepare("UPDATE wallet SET integrity = ? WHERE id = 1");
    if (!st.ok()) return st.error();
    return st->bindBlob(1, mac.data(), mac.size()).exec();
}

// --- secrets

Result<std::vector<SecretRecord>> WalletStore::secrets() {
    auto st = m_db->prepare("SELECT id, kind, account_id, nonce, ciphertext FROM secrets ORDER BY id");
    if (!st.ok()) return st.error();
    std::vector<SecretRecord> out;
    while (st->step()) {
        SecretRecord s;
        s.id = st->columnInt(0);
        s.kind = st->columnText(1);
        if (!st->columnIsNull(2)) s.accountId = st->columnInt(2);
        s.nonce = st->columnBlob(3);
        s.ciphertext = st->columnBlob(4);
        out.push_back(std::move(s));
    }
    if (!st->lastError().empty()) return fail("database error: " + st->lastError());
    return out;
}

Result<int64_t> WalletStore::nextSecretId() {
    auto st = m_db->prepare("SELECT coalesce(max(id), 0) + 1 FROM secrets");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("database error: " + st->lastError());
    return st->columnInt(0);
}

Result<void> WalletStore::insertSecret(const SecretRecord& s) {
    auto st = m_db->prepare("INSERT INTO secrets(id, kind, account_id, nonce, ciphertext) VALUES(?, ?, ?, ?, ?)");
    if (!st.ok()) return st.error();
    st->bind(1, s.id).bind(2, s.kind);
    if (s.accountId) st->bind(3, *s.accountId); else st->bindNull(3);
    st->bindBlob(4, s.nonce.data(), s.nonce.size()).bindBlob(5, s.ciphertext.data(), s.ciphertext.size());
    return st->exec();
}

// --- accounts

Result<int64_t> WalletStore::addAccount(const AccountRecord& a) {
    auto st = m_db->prepare(
        "INSERT INTO accounts(kind, account_index, label, xpub, origin_fingerprint, origin_path, descriptor_receive, "
        "descriptor_change, next_receive, next_change, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.error();
    st->bind(1, a.kind).bind(2, int64_t(a.accountIndex)).bind(3, a.label).bind(4, a.xpub);
    st->bind(5, a.originFingerprint).bind(6, a.originPath).bind(7, a.receiveDescriptor).bind(8, a.changeDescriptor);
    st->bind(9, int64_t(a.nextReceive)).bind(10, int64_t(a.nextChange)).bind(11, a.created);
    if (auto r = st->exec(); !r.ok()) return r.error();
    return int64_t(sqlite3_last_insert_rowid(m_db->handle()));
}

Result<std::vector<AccountRecord>> WalletStore::accounts() {
    auto st = m_db->prepare(
        "SELECT id, kind, account_index, label, xpub, origin_fingerprint, origin_path, descriptor_receive, "
        "descriptor_change, next_receive, next_change, created FROM accounts ORDER BY id");
    if (!st.ok()) return st.error();
    std::vector<AccountRecord> out;
    while (st->step()) {
        AccountRecord a;
        a.id = st->columnInt(0);
        a.kind = st->columnText(1);
        a.accountIndex = uint32_t(st->columnInt(2));
        a.label = st->columnText(3);
        a.xpub = st->columnText(4);
        a.originFingerprint = st->columnText(5);
        a.originPath = st->columnText(6);
        a.receiveDescriptor = st->columnText(7);
        a.changeDescriptor = st->columnText(8);
        a.nextReceive = uint32_t(st->columnInt(9));
        a.nextChange = uint32_t(st->columnInt(10));
        a.created = st->columnInt(11);
        out.push_back(std::move(a));
    }
    if (!st->lastError().empty()) return fail("database error: " + st->lastError());
    return out;
}

Result<void> WalletStore::setNextIndex(int64_t accountId, int chain, uint32_t next) {
    auto st = m_db->prepare(chain == 0 ? "UPDATE accounts SET next_receive = ? WHERE id = ?"
                                       : "UPDATE accounts SET next_change = ? WHERE id = ?");
    if (!st.ok()) return st.error();
    return st->bind(1, int64_t(next)).bind(2, accountId).exec();
}

}  // namespace cairn::storage
