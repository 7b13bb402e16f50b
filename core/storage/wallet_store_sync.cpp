// SPDX-License-Identifier: MIT
// WalletStore: the helpers of the discovery engine (outputs by outpoint, reorg rollback, conflicts).
#include "storage/wallet_store.h"

#include <sqlite3.h>

namespace cairn::storage {

using primitives::BlockHash;
using primitives::OutPoint;
using primitives::Txid;
using util::fail;
using util::Result;

namespace {

// Runs a one-column txid query with the given binder and collects the rows.
template <typename Bind>
Result<std::vector<Txid>> txidQuery(Database& db, const char* sql, Bind bind) {
    auto st = db.prepare(sql);
    if (!st.ok()) return st.error();
    bind(*st);
    std::vector<Txid> out;
    while (st->step()) {
        auto h = Txid::fromBytes(st->columnBlob(0));
        if (!h.ok()) return fail("wallet file holds a malformed txid: " + h.message());
        out.push_back(*h);
    }
    if (!st->lastError().empty()) return fail("database error: " + st->lastError());
    return out;
}

// Runs an UPDATE/DELETE bound to one txid.
Result<void> execWithTxid(Database& db, const char* sql, const Txid& txid) {
    auto st = db.prepare(sql);
    if (!st.ok()) return st.error();
    st->bindBlob(1, txid.bytes().data(), 32);
    return st->exec();
}

}  // namespace

Result<std::optional<OutputRecord>> WalletStore::outputByOutpoint(const OutPoint& outpoint) {
    auto st = m_db->prepare(
        "SELECT id, tx_id, value, script, address_id, coinbase, height, spent_by, spent_height, frozen FROM outputs "
        "WHERE txid = ? AND vout = ?");
    if (!st.ok()) return st.error();
    st->bindBlob(1, outpoint.txid.bytes().data(), 32).bind(2, int64_t(outpoint.index));
    if (!st->step()) {
        if (!st->lastError().empty()) return fail("database error: " + st->lastError());
        return std::optional<OutputRecord>();
    }
    OutputRecord o;
    o.id = st->columnInt(0);
    o.outpoint = outpoint;
    o.txRowId = st->columnInt(1);
    o.value = st->columnInt(2);
    o.script = st->columnBlob(3);
    o.addressId = st->columnInt(4);
    o.coinbase = st->columnInt(5) != 0;
    o.height = st->columnIsNull(6) ? -1 : int(st->columnInt(6));
    if (!st->columnIsNull(7)) {
        auto h = Txid::fromBytes(st->columnBlob(7));
        if (h.ok()) o.spentBy = *h;
    }
    o.spentHeight = st->columnIsNull(8) ? -1 : int(st->columnInt(8));
    o.frozen = st->columnInt(9) != 0;
    return std::optional<OutputRecord>(std::move(o));
}

Result<std::vector<Txid>> WalletStore::confirmedAbove(int height) {
    return txidQuery(*m_db, "SELECT txid FROM transactions WHERE status = 1 AND height > ? ORDER BY height DESC, block_pos DESC",
                     [height](Statement& st) { st.bind(1, int64_t(height)); });
}

Result<std::vector<Txid>> WalletStore::transactionsInBlock(const BlockHash& hash) {
    return txidQuery(*m_db, "SELECT txid FROM transactions WHERE block_hash = ? ORDER BY block_pos",
                     [&hash](Statement& st) { st.bindBlob(1, hash.bytes().data(), 32); });
}

Result<std::vector<Txid>> WalletStore::unconfirmedTransactions() {
    return txidQuery(*m_db, "SELECT txid FROM transactions WHERE status = 0 ORDER BY first_seen, id", [](Statement&) {});
}

Result<std::vector<Txid>> WalletStore::spendersOf(const Txid& txid) {
    return txidQuery(*m_db, "SELECT DISTINCT spent_by FROM outputs WHERE txid = ? AND spent_by IS NOT NULL",
                     [&txid](Statement& st) { st.bindBlob(1, txid.bytes().data(), 32); });
}

Result<bool> WalletStore::unconfirmTransaction(const Txid& txid) {
    bool found = false;
    auto r = transaction([&]() -> Result<void> {
        // sort_key: unconfirmed rows order after every confirmed one by first_seen (see putTransaction).
        if (auto e = execWithTxid(*m_db,
                                  "UPDATE transactions SET status = 0, block_hash = NULL, height = NULL, block_pos = NULL, "
                                  "block_time = 0, merkle_proof = NULL, conflicted_by = NULL, "
                                  "sort_key = 4611686018427387904 + first_seen WHERE txid = ?",
                                  txid);
            !e.ok())
            return e;
        found = sqlite3_changes(m_db->handle()) > 0;
        if (auto e = execWithTxid(*m_db, "UPDATE outputs SET height = NULL WHERE txid = ?", txid); !e.ok()) return e;
        return execWithTxid(*m_db, "UPDATE outputs SET spent_height = NULL WHERE spent_by = ?", txid);
    });
    if (!r.ok()) return r.error();
    return found;
}

Result<bool> WalletStore::markConflicted(const Txid& txid, const std::optional<Txid>& by) {
    bool found = false;
    auto r = transaction([&]() -> Result<void> {
        auto st = m_db->prepare(
            "UPDATE transactions SET status = 2, block_hash = NULL, height = NULL, block_pos = NULL, block_time = 0, "
            "merkle_proof = NULL, conflicted_by = ?, sort_key = 4611686018427387904 + first_seen WHERE txid = ?");
        if (!st.ok()) return st.error();
        if (by) st->bindBlob(1, by->bytes().data(), 32);
        else st->bindNull(1);
        st->bindBlob(2, txid.bytes().data(), 32);
        if (auto e = st->exec(); !e.ok()) return e;
        found = sqlite3_changes(m_db->handle()) > 0;
        if (auto e = execWithTxid(*m_db, "DELETE FROM outputs WHERE txid = ?", txid); !e.ok()) return e;
        return execWithTxid(*m_db, "UPDATE outputs SET spent_by = NULL, spent_height = NULL WHERE spent_by = ?", txid);
    });
    if (!r.ok()) return r.error();
    return found;
}

}  // namespace cairn::storage
