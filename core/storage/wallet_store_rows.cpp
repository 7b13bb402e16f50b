// SPDX-License-Identifier: MIT
// WalletStore: addresses, transactions, outputs, balances, history, sync state and labels.
#include "storage/wallet_store.h"

#include <sqlite3.h>

#include <algorithm>

namespace cairn::storage {

using primitives::BlockHash;
using primitives::OutPoint;
using primitives::Txid;
using primitives::Wtxid;
using util::fail;
using util::Result;

namespace {

Result<void> stepError(const Statement& st) {
    if (!st.lastError().empty()) return fail("database error: " + st.lastError());
    return {};
}

template <typename Hash>
std::optional<Hash> optHash(const Statement& st, int col) {
    if (st.columnIsNull(col)) return std::nullopt;
    auto h = Hash::fromBytes(st.columnBlob(col));
    if (!h.ok()) return std::nullopt;
    return *h;
}

template <typename Hash>
Hash hashOrNull(const Statement& st, int col) {
    return optHash<Hash>(st, col).value_or(Hash());
}

template <typename Hash>
void bindOptHash(Statement& st, int index, const std::optional<Hash>& h) {
    if (h) st.bindBlob(index, h->bytes().data(), Hash::kSize);
    else st.bindNull(index);
}

void bindOptInt(Statement& st, int index, bool present, int64_t value) {
    if (present) st.bind(index, value);
    else st.bindNull(index);
}

constexpr const char* kAddressColumns = "id, account_id, chain, idx, script, address, used, issued";

AddressRecord readAddress(const Statement& st) {
    AddressRecord a;
    a.id = st.columnInt(0);
    a.accountId = st.columnInt(1);
    a.chain = int(st.columnInt(2));
    a.index = uint32_t(st.columnInt(3));
    a.script = st.columnBlob(4);
    a.address = st.columnText(5);
    a.used = st.columnInt(6) != 0;
    a.issued = st.columnInt(7) != 0;
    return a;
}

constexpr const char* kTxColumns =
    "id, txid, wtxid, status, block_hash, height, block_pos, block_time, first_seen, fee, delta, coinbase, "
    "conflicted_by";

// Reads the kTxColumns (raw and proof not included).
TxRecord readTx(const Statement& st) {
    TxRecord t;
    t.id = st.columnInt(0);
    t.txid = hashOrNull<Txid>(st, 1);
    t.wtxid = hashOrNull<Wtxid>(st, 2);
    t.status = static_cast<TxStatus>(st.columnInt(3));
    t.blockHash = optHash<BlockHash>(st, 4);
    t.height = st.columnIsNull(5) ? -1 : int(st.columnInt(5));
    t.blockPos = st.columnIsNull(6) ? -1 : int(st.columnInt(6));
    t.blockTime = st.columnInt(7);
    t.firstSeen = st.columnInt(8);
    if (!st.columnIsNull(9)) t.fee = st.columnInt(9);
    t.delta = st.columnInt(10);
    t.coinbase = st.columnInt(11) != 0;
    t.conflictedBy = optHash<Txid>(st, 12);
    return t;
}

// History order (see the transactions DDL): confirmed by (height, position), the rest after them by first_seen.
int64_t sortKey(const TxRecord& t) {
    if (t.status == TxStatus::Confirmed && t.height >= 0)
        return int64_t(t.height) * 4294967296LL + std::max(t.blockPos, 0);
    return (int64_t(1) << 62) + t.firstSeen;
}

bool countsInBalance(TxStatus s) { return s == TxStatus::Unconfirmed || s == TxStatus::Confirmed; }

}  // namespace

// --- addresses

Result<void> WalletStore::addAddresses(std::vector<AddressRecord>& records) {
    if (records.empty()) return {};
    return transaction([&]() -> Result<void> {
        auto st = m_db->prepare(
            "INSERT INTO addresses(account_id, chain, idx, script, address, used, issued) VALUES(?, ?, ?, ?, ?, ?, ?)");
        if (!st.ok()) return st.error();
        for (AddressRecord& a : records) {
            st->reset();
            st->bind(1, a.accountId).bind(2, int64_t(a.chain)).bind(3, int64_t(a.index));
            st->bindBlob(4, a.script.data(), a.script.size()).bind(5, a.address);
            st->bind(6, int64_t(a.used)).bind(7, int64_t(a.issued));
            if (auto r = st->exec(); !r.ok()) {
                if (r.message().find("UNIQUE") != std::string::npos)
                    return fail("address " + a.address + " already belongs to this wallet");
                return r;
            }
            a.id = sqlite3_last_insert_rowid(m_db->handle());
        }
        return {};
    });
}

Result<std::optional<AddressRecord>> WalletStore::addressByScript(ByteView script) {
    auto st = m_db->prepare(std::string("SELECT ") + kAddressColumns + " FROM addresses WHERE script = ?");
    if (!st.ok()) return st.error();
    st->bindBlob(1, script.data(), script.size());
    if (st->step()) return std::optional<AddressRecord>(readAddress(*st));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return std::optional<AddressRecord>();
}

Result<std::optional<AddressRecord>> WalletStore::addressAt(int64_t accountId, int chain, uint32_t index) {
    auto st = m_db->prepare(std::string("SELECT ") + kAddressColumns +
                            " FROM addresses WHERE account_id = ? AND chain = ? AND idx = ?");
    if (!st.ok()) return st.error();
    st->bind(1, accountId).bind(2, int64_t(chain)).bind(3, int64_t(index));
    if (st->step()) return std::optional<AddressRecord>(readAddress(*st));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return std::optional<AddressRecord>();
}

Result<std::vector<AddressRecord>> WalletStore::addresses(int64_t accountId, int chain) {
    auto st = m_db->prepare(std::string("SELECT ") + kAddressColumns +
                            " FROM addresses WHERE account_id = ? AND (? < 0 OR chain = ?) ORDER BY chain, idx");
    if (!st.ok()) return st.error();
    st->bind(1, accountId).bind(2, int64_t(chain)).bind(3, int64_t(chain));
    std::vector<AddressRecord> out;
    while (st->step()) out.push_back(readAddress(*st));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return out;
}

Result<uint32_t> WalletStore::derivedCount(int64_t accountId, int chain) {
    auto st = m_db->prepare("SELECT coalesce(max(idx) + 1, 0) FROM addresses WHERE account_id = ? AND chain = ?");
    if (!st.ok()) return st.error();
    st->bind(1, accountId).bind(2, int64_t(chain));
    if (!st->step()) return fail("database error: " + st->lastError());
    return uint32_t(st->columnInt(0));
}

Result<int64_t> WalletStore::highestUsed(int64_t accountId, int chain) {
    auto st = m_db->prepare(
        "SELECT coalesce(max(idx), -1) FROM addresses WHERE account_id = ? AND chain = ? AND used = 1");
    if (!st.ok()) return st.error();
    st->bind(1, accountId).bind(2, int64_t(chain));
    if (!st->step()) return fail("database error: " + st->lastError());
    return st->columnInt(0);
}

Result<bool> WalletStore::markUsed(int64_t addressId) {
    auto st = m_db->prepare("UPDATE addresses SET used = 1, issued = 1 WHERE id = ? AND used = 0");
    if (!st.ok()) return st.error();
    if (auto r = st->bind(1, addressId).exec(); !r.ok()) return r.error();
    return sqlite3_changes(m_db->handle()) > 0;
}

Result<void> WalletStore::markIssued(int64_t addressId) {
    auto st = m_db->prepare("UPDATE addresses SET issued = 1 WHERE id = ?");
    if (!st.ok()) return st.error();
    return st->bind(1, addressId).exec();
}

Result<std::vector<Bytes>> WalletStore::allScripts() {
    auto st = m_db->prepare("SELECT script FROM addresses");
    if (!st.ok()) return st.error();
    std::vector<Bytes> out;
    while (st->step()) out.push_back(st->columnBlob(0));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return out;
}

// --- transactions and outputs

Result<int64_t> WalletStore::putTransaction(const TxRecord& t) {
    auto st = m_db->prepare(
        "INSERT INTO transactions(txid, wtxid, raw, status, block_hash, height, block_pos, block_time, merkle_proof, "
        "first_seen, fee, delta, coinbase, conflicted_by, sort_key) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(txid) DO UPDATE SET wtxid = excluded.wtxid, raw = excluded.raw, status = excluded.status, "
        "block_hash = excluded.block_hash, height = excluded.height, block_pos = excluded.block_pos, "
        "block_time = excluded.block_time, merkle_proof = excluded.merkle_proof, first_seen = excluded.first_seen, "
        "fee = excluded.fee, delta = excluded.delta, coinbase = excluded.coinbase, "
        "conflicted_by = excluded.conflicted_by, sort_key = excluded.sort_key RETURNING id");
    if (!st.ok()) return st.error();
    st->bindBlob(1, t.txid.bytes().data(), 32).bindBlob(2, t.wtxid.bytes().data(), 32);
    st->bindBlob(3, t.raw.data(), t.raw.size()).bind(4, int64_t(t.status));
    bindOptHash(*st, 5, t.blockHash);
    bindOptInt(*st, 6, t.height >= 0, t.height);
    bindOptInt(*st, 7, t.blockPos >= 0, t.blockPos);
    st->bind(8, t.blockTime);
    st->bindBlob(9, t.merkleProof.data(), t.merkleProof.size());
    st->bind(10, t.firstSeen);
    bindOptInt(*st, 11, t.fee.has_value(), t.fee.value_or(0));
    st->bind(12, t.delta).bind(13, int64_t(t.coinbase));
    bindOptHash(*st, 14, t.conflictedBy);
    st->bind(15, sortKey(t));
    if (!st->step()) return fail("cannot store transaction " + t.txid.toHex() + ": " + st->lastError());
    const int64_t id = st->columnInt(0);
    while (st->step()) {
    }
    return id;
}

Result<std::optional<TxRecord>> WalletStore::transactionByTxid(const Txid& txid) {
    auto st = m_db->prepare(std::string("SELECT ") + kTxColumns + ", raw, merkle_proof FROM transactions WHERE txid = ?");
    if (!st.ok()) return st.error();
    st->bindBlob(1, txid.bytes().data(), 32);
    if (!st->step()) {
        if (auto r = stepError(*st); !r.ok()) return r.error();
        return std::optional<TxRecord>();
    }
    TxRecord t = readTx(*st);
    t.raw = st->columnBlob(13);
    t.merkleProof = st->columnBlob(14);
    return std::optional<TxRecord>(std::move(t));
}

Result<int64_t> WalletStore::transactionCount() {
    auto st = m_db->prepare("SELECT count(*) FROM transactions");
    if (!st.ok()) return st.error();
    if (!st->step()) return fail("database error: " + st->lastError());
    return st->columnInt(0);
}

Result<int64_t> WalletStore::putOutput(const OutputRecord& o) {
    auto st = m_db->prepare(
        "INSERT INTO outputs(txid, vout, tx_id, value, script, address_id, coinbase, height, spent_by, spent_height, "
        "frozen) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(txid, vout) DO UPDATE SET tx_id = excluded.tx_id, "
        "value = excluded.value, script = excluded.script, address_id = excluded.address_id, "
        "coinbase = excluded.coinbase, height = excluded.height, spent_by = excluded.spent_by, "
        "spent_height = excluded.spent_height, frozen = excluded.frozen RETURNING id");
    if (!st.ok()) return st.error();
    st->bindBlob(1, o.outpoint.txid.bytes().data(), 32).bind(2, int64_t(o.outpoint.index));
    st->bind(3, o.txRowId).bind(4, o.value).bindBlob(5, o.script.data(), o.script.size());
    st->bind(6, o.addressId).bind(7, int64_t(o.coinbase));
    bindOptInt(*st, 8, o.height >= 0, o.height);
    bindOptHash(*st, 9, o.spentBy);
    bindOptInt(*st, 10, o.spentBy.has_value() && o.spentHeight >= 0, o.spentHeight);
    st->bind(11, int64_t(o.frozen));
    if (!st->step()) return fail("cannot store output " + o.outpoint.toString() + ": " + st->lastError());
    const int64_t id = st->columnInt(0);
    while (st->step()) {
    }
    return id;
}

Result<bool> WalletStore::markSpent(const OutPoint& outpoint, const Txid& spender, int spenderHeight) {
    auto st = m_db->prepare("UPDATE outputs SET spent_by = ?, spent_height = ? WHERE txid = ? AND vout = ?");
    if (!st.ok()) return st.error();
    st->bindBlob(1, spender.bytes().data(), 32);
    bindOptInt(*st, 2, spenderHeight >= 0, spenderHeight);
    st->bindBlob(3, outpoint.txid.bytes().data(), 32).bind(4, int64_t(outpoint.index));
    if (auto r = st->exec(); !r.ok()) return r.error();
    return sqlite3_changes(m_db->handle()) > 0;
}

Result<bool> WalletStore::setFrozen(const OutPoint& outpoint, bool frozen) {
    auto st = m_db->prepare("UPDATE outputs SET frozen = ? WHERE txid = ? AND vout = ?");
    if (!st.ok()) return st.error();
    st->bind(1, int64_t(frozen)).bindBlob(2, outpoint.txid.bytes().data(), 32).bind(3, int64_t(outpoint.index));
    if (auto r = st->exec(); !r.ok()) return r.error();
    return sqlite3_changes(m_db->handle()) > 0;
}

Result<std::vector<OutputRecord>> WalletStore::unspentOutputs() {
    auto st = m_db->prepare(
        "SELECT id, txid, vout, tx_id, value, script, address_id, coinbase, height, frozen FROM outputs "
        "WHERE spent_by IS NULL ORDER BY value DESC, id");
    if (!st.ok()) return st.error();
    std::vector<OutputRecord> out;
    while (st->step()) {
        OutputRecord o;
        o.id = st->columnInt(0);
        o.outpoint.txid = hashOrNull<Txid>(*st, 1);
        o.outpoint.index = uint32_t(st->columnInt(2));
        o.txRowId = st->columnInt(3);
        o.value = st->columnInt(4);
        o.script = st->columnBlob(5);
        o.addressId = st->columnInt(6);
        o.coinbase = st->columnInt(7) != 0;
        o.height = st->columnIsNull(8) ? -1 : int(st->columnInt(8));
        o.frozen = st->columnInt(9) != 0;
        out.push_back(std::move(o));
    }
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return out;
}

Result<BalanceTotals> WalletStore::balance(int tipHeight, int maturity) {
    // Both aggregates read only their partial covering index.
    auto st = m_db->prepare(
        "SELECT coalesce(sum(CASE WHEN height IS NOT NULL AND (coinbase = 0 OR ?1 - height + 1 >= ?2) THEN value END), 0),"
        " coalesce(sum(CASE WHEN height IS NULL THEN value END), 0),"
        " coalesce(sum(CASE WHEN height IS NOT NULL AND coinbase = 1 AND ?1 - height + 1 < ?2 THEN value END), 0)"
        " FROM outputs WHERE spent_by IS NULL");
    if (!st.ok()) return st.error();
    st->bind(1, int64_t(tipHeight)).bind(2, int64_t(maturity));
    if (!st->step()) return fail("database error: " + st->lastError());
    BalanceTotals b;
    b.confirmed = st->columnInt(0);
    b.unconfirmedIncoming = st->columnInt(1);
    b.immature = st->columnInt(2);
    auto out = m_db->prepare(
        // Named explicitly: the planner otherwise walks outputs_by_spender over every spent output.
        "SELECT coalesce(sum(value), 0) FROM outputs INDEXED BY outputs_spent_unconfirmed "
        "WHERE spent_by IS NOT NULL AND spent_height IS NULL");
    if (!out.ok()) return out.error();
    if (!out->step()) return fail("database error: " + out->lastError());
    b.unconfirmedOutgoing = out->columnInt(0);
    return b;
}

Result<std::vector<HistoryRow>> WalletStore::history(int64_t offset, int64_t limit) {
    auto st = m_db->prepare(std::string("SELECT ") + kTxColumns +
                            ", sort_key FROM transactions ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?");
    if (!st.ok()) return st.error();
    st->bind(1, limit).bind(2, offset);
    std::vector<HistoryRow> rows;
    int64_t firstKey = 0;
    while (st->step()) {
        if (rows.empty()) firstKey = st->columnInt(13);
        rows.push_back(HistoryRow{readTx(*st), 0});
    }
    if (auto r = stepError(*st); !r.ok()) return r.error();
    if (rows.empty()) return rows;
    // The balance after the page's newest row is the sum over it and every older row: one range of the
    // covering index (older rows only, so deep pages cost less, not more).
    auto sum = m_db->prepare(
        "SELECT coalesce(sum(delta), 0) FROM transactions WHERE (sort_key < ?1 OR (sort_key = ?1 AND id <= ?2)) "
        "AND status IN (0, 1)");
    if (!sum.ok()) return sum.error();
    sum->bind(1, firstKey).bind(2, rows.front().tx.id);
    if (!sum->step()) return fail("database error: " + sum->lastError());
    int64_t running = sum->columnInt(0);
    for (HistoryRow& row : rows) {
        row.runningBalance = running;
        if (countsInBalance(row.tx.status)) running -= row.tx.delta;
    }
    return rows;
}

// --- sync state

Result<std::optional<Bytes>> WalletStore::syncValue(const std::string& key) {
    auto st = m_db->prepare("SELECT value FROM sync_state WHERE key = ?");
    if (!st.ok()) return st.error();
    st->bind(1, key);
    if (st->step()) return std::optional<Bytes>(st->columnBlob(0));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return std::optional<Bytes>();
}

Result<void> WalletStore::setSyncValue(const std::string& key, ByteView value) {
    auto st = m_db->prepare("INSERT OR REPLACE INTO sync_state(key, value) VALUES(?, ?)");
    if (!st.ok()) return st.error();
    return st->bind(1, key).bindBlob(2, value.data(), value.size()).exec();
}

// --- labels

Result<void> WalletStore::setLabel(const LabelRecord& l) {
    auto st = m_db->prepare("INSERT OR REPLACE INTO labels(type, ref, label, origin, spendable) VALUES(?, ?, ?, ?, ?)");
    if (!st.ok()) return st.error();
    st->bind(1, l.type).bind(2, l.ref).bind(3, l.label).bind(4, l.origin);
    bindOptInt(*st, 5, l.spendable.has_value(), int64_t(l.spendable.value_or(false)));
    if (auto r = st->exec(); !r.ok()) return fail("cannot store label for " + l.type + " " + l.ref + ": " + r.message());
    return {};
}

namespace {
LabelRecord readLabel(const Statement& st) {
    LabelRecord l;
    l.type = st.columnText(0);
    l.ref = st.columnText(1);
    l.label = st.columnText(2);
    l.origin = st.columnText(3);
    if (!st.columnIsNull(4)) l.spendable = st.columnInt(4) != 0;
    return l;
}
}  // namespace

Result<std::optional<LabelRecord>> WalletStore::label(const std::string& type, const std::string& ref) {
    auto st = m_db->prepare("SELECT type, ref, label, origin, spendable FROM labels WHERE type = ? AND ref = ?");
    if (!st.ok()) return st.error();
    st->bind(1, type).bind(2, ref);
    if (st->step()) return std::optional<LabelRecord>(readLabel(*st));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return std::optional<LabelRecord>();
}

Result<void> WalletStore::removeLabel(const std::string& type, const std::string& ref) {
    auto st = m_db->prepare("DELETE FROM labels WHERE type = ? AND ref = ?");
    if (!st.ok()) return st.error();
    return st->bind(1, type).bind(2, ref).exec();
}

Result<std::vector<LabelRecord>> WalletStore::labels() {
    auto st = m_db->prepare("SELECT type, ref, label, origin, spendable FROM labels ORDER BY type, ref");
    if (!st.ok()) return st.error();
    std::vector<LabelRecord> out;
    while (st->step()) out.push_back(readLabel(*st));
    if (auto r = stepError(*st); !r.ok()) return r.error();
    return out;
}

}  // namespace cairn::storage
