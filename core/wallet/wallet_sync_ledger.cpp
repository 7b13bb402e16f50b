// SPDX-License-Identifier: MIT
#include "wallet/wallet_sync_ledger.h"

#include "storage/wallet_store.h"
#include "wallet/wallet.h"

namespace cairn::wallet {

using primitives::OutPoint;
using primitives::Transaction;
using primitives::Txid;
using storage::TxRecord;
using storage::TxStatus;
using util::fail;
using util::Result;

namespace {

// sync_state keys: the cursor height (4 bytes little-endian, as WalletClient reads it) and its block hash.
const std::string kCursorHeight = "tip_height";
const std::string kCursorHash = "tip_hash";

// A conflict chain deeper than this is treated as corrupt data rather than followed.
constexpr int kMaxConflictDepth = 200;

std::string keyOf(ByteView bytes) { return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size()); }

}  // namespace

SyncLedger::SyncLedger(Wallet& wallet) : m_wallet(wallet) {}

std::string SyncLedger::outpointKey(const OutPoint& o) {
    std::string k = keyOf(o.txid.view());
    for (int i = 0; i < 4; ++i) k.push_back(static_cast<char>((o.index >> (8 * i)) & 0xff));
    return k;
}

void SyncLedger::watch(const Bytes& script) {
    if (m_scripts.insert(keyOf(script)).second) m_scriptList.push_back(script);
}

Result<void> SyncLedger::load() {
    m_scripts.clear();
    m_scriptList.clear();
    m_outpoints.clear();
    auto scripts = m_wallet.watchedScripts();
    if (!scripts.ok()) return scripts.error();
    for (const Bytes& s : *scripts) watch(s);
    auto outs = m_wallet.store().unspentOutputs();
    if (!outs.ok()) return outs.error();
    for (const auto& o : *outs) m_outpoints.insert(outpointKey(o.outpoint));
    return {};
}

bool SyncLedger::watches(ByteView script) const { return m_scripts.count(keyOf(script)) != 0; }

bool SyncLedger::isRelevant(const Transaction& tx) const {
    for (const auto& out : tx.outputs)
        if (watches(out.scriptPubKey)) return true;
    if (tx.isCoinbase()) return false;
    for (const auto& in : tx.inputs)
        if (m_outpoints.count(outpointKey(in.prevout))) return true;
    return false;
}

Result<std::vector<OutPoint>> SyncLedger::unspentOutpoints() {
    auto outs = m_wallet.store().unspentOutputs();
    if (!outs.ok()) return outs.error();
    std::vector<OutPoint> out;
    out.reserve(outs->size());
    for (const auto& o : *outs) out.push_back(o.outpoint);
    return out;
}

Result<std::optional<SyncCursor>> SyncLedger::cursor() {
    auto& store = m_wallet.store();
    auto h = store.syncValue(kCursorHeight);
    if (!h.ok()) return h.error();
    auto hash = store.syncValue(kCursorHash);
    if (!hash.ok()) return hash.error();
    if (!*h || !*hash) return std::optional<SyncCursor>();
    if ((*h)->size() != 4) return fail("wallet file: the scan cursor height is malformed");
    const Bytes& b = **h;
    SyncCursor c;
    c.height = int(uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24);
    auto parsed = primitives::BlockHash::fromBytes(**hash);
    if (!parsed.ok() || c.height < 0) return fail("wallet file: the scan cursor is malformed");
    c.hash = *parsed;
    return std::optional<SyncCursor>(c);
}

Result<void> SyncLedger::setCursor(const SyncCursor& c) {
    auto& store = m_wallet.store();
    return store.transaction([&]() -> Result<void> {
        const auto u = uint32_t(c.height);
        const Bytes h{uint8_t(u), uint8_t(u >> 8), uint8_t(u >> 16), uint8_t(u >> 24)};
        if (auto r = store.setSyncValue(kCursorHeight, h); !r.ok()) return r;
        return store.setSyncValue(kCursorHash, c.hash.view());
    });
}

Result<std::optional<int64_t>> SyncLedger::inputValue(const OutPoint& prevout) {
    auto& store = m_wallet.store();
    auto own = store.outputByOutpoint(prevout);
    if (!own.ok()) return own.error();
    if (*own) return std::optional<int64_t>((*own)->value);
    // A foreign output of a transaction we stored (e.g. change we sent elsewhere, or a payer's other output).
    auto parent = store.transactionByTxid(prevout.txid);
    if (!parent.ok()) return parent.error();
    if (!*parent) return std::optional<int64_t>();
    auto tx = Transaction::parse((*parent)->raw);
    if (!tx.ok() || prevout.index >= tx->outputs.size()) return std::optional<int64_t>();
    return std::optional<int64_t>(tx->outputs[prevout.index].value.sats());
}

Result<void> SyncLedger::conflictTree(const Txid& txid, const Txid& by, int depth) {
    if (depth > kMaxConflictDepth) return fail("wallet file: conflict chain deeper than " + std::to_string(kMaxConflictDepth));
    auto& store = m_wallet.store();
    auto children = store.spendersOf(txid);
    if (!children.ok()) return children.error();
    for (const Txid& child : *children) {
        if (child == by) continue;
        if (auto r = conflictTree(child, by, depth + 1); !r.ok()) return r;
    }
    auto r = store.markConflicted(txid, by.isNull() ? std::nullopt : std::optional<Txid>(by));
    if (!r.ok()) return r.error();
    return {};
}

Result<bool> SyncLedger::applyTx(const Transaction& tx, const BlockPlace* place, const ConfirmedTx* confirmed,
                                 int64_t now, LedgerChange& change) {
    auto& store = m_wallet.store();
    const Txid txid = tx.txid();
    bool ours = false;
    for (const auto& out : tx.outputs) ours |= watches(out.scriptPubKey);
    std::vector<storage::OutputRecord> spent;
    if (!tx.isCoinbase()) {
        for (const auto& in : tx.inputs) {
            auto o = store.outputByOutpoint(in.prevout);
            if (!o.ok()) return o.error();
            if (*o) spent.push_back(std::move(**o));
        }
    }
    if (!ours && spent.empty()) return false;

    auto existing = store.transactionByTxid(txid);
    if (!existing.ok()) return existing.error();
    TxRecord rec = existing->value_or(TxRecord{});
    // A relayed copy of a transaction we already have in a block changes nothing.
    if (!place && *existing && rec.status == TxStatus::Confirmed) return false;

    // Double spends of wallet outputs: a confirmed spender always wins; between unconfirmed ones the newcomer
    // replaces the older (BIP125 replacement is what a peer relays).
    std::optional<Txid> loser;
    for (const auto& o : spent) {
        if (!o.spentBy || *o.spentBy == txid) continue;
        auto other = store.transactionByTxid(*o.spentBy);
        if (!other.ok()) return other.error();
        const bool otherConfirmed = *other && (*other)->status == TxStatus::Confirmed;
        if (place || !otherConfirmed) {
            if (auto r = conflictTree(*o.spentBy, txid, 0); !r.ok()) return r.error();
        } else {
            loser = *o.spentBy;
        }
    }
    // The conflict resolution may have deleted or unspent outputs: read the spent ones again.
    for (auto& o : spent) {
        auto again = store.outputByOutpoint(o.outpoint);
        if (!again.ok()) return again.error();
        if (*again) o = std::move(**again);
    }

    rec.txid = txid;
    // BIP37 peers send block transactions without witness: keep a witness copy seen earlier (relay, sending).
    if (!*existing || tx.hasWitness() || rec.raw.empty()) {
        rec.wtxid = tx.wtxid();
        rec.raw = tx.serialize();
    }
    rec.coinbase = tx.isCoinbase();
    if (!*existing) rec.firstSeen = now;
    rec.conflictedBy.reset();
    rec.blockHash.reset();
    rec.height = rec.blockPos = -1;
    rec.blockTime = 0;
    rec.merkleProof.clear();
    if (place) {
        rec.status = TxStatus::Confirmed;
        rec.blockHash = place->hash;
        rec.height = place->height;
        rec.blockPos = int(confirmed->position);
        rec.blockTime = place->time;
        rec.merkleProof = confirmed->proof;
    } else if (loser) {
        rec.status = TxStatus::Conflicted;
        rec.conflictedBy = loser;
    } else {
        rec.status = TxStatus::Unconfirmed;
    }

    int64_t received = 0;
    int64_t paidOut = 0;
    for (const auto& out : tx.outputs) {
        paidOut += out.value.sats();
        if (watches(out.scriptPubKey)) received += out.value.sats();
    }
    int64_t spentSum = 0;
    for (const auto& o : spent) spentSum += o.value;
    rec.delta = received - spentSum;
    rec.fee.reset();
    if (!tx.isCoinbase()) {
        int64_t in = 0;
        bool known = true;
        for (const auto& input : tx.inputs) {
            auto v = inputValue(input.prevout);
            if (!v.ok()) return v.error();
            if (!*v) {
                known = false;
                break;
            }
            in += **v;
        }
        if (known && in >= paidOut) rec.fee = in - paidOut;
    }

    auto rowId = store.putTransaction(rec);
    if (!rowId.ok()) return rowId.error();
    ++change.stored;
    if (rec.status == TxStatus::Conflicted) {
        auto r = store.markConflicted(txid, rec.conflictedBy);
        if (!r.ok()) return r.error();
        return true;
    }

    const int height = place ? place->height : -1;
    for (uint32_t i = 0; i < tx.outputs.size(); ++i) {
        const auto& out = tx.outputs[i];
        if (!watches(out.scriptPubKey)) continue;
        auto addr = store.addressByScript(out.scriptPubKey);
        if (!addr.ok()) return addr.error();
        if (!*addr) return fail("watched script without an address row");
        storage::OutputRecord o;
        o.outpoint = OutPoint{txid, i};
        auto prev = store.outputByOutpoint(o.outpoint);
        if (!prev.ok()) return prev.error();
        if (*prev) {  // keep what later transactions and the user recorded about it
            o.spentBy = (*prev)->spentBy;
            o.spentHeight = (*prev)->spentHeight;
            o.frozen = (*prev)->frozen;
        }
        o.txRowId = *rowId;
        o.value = out.value.sats();
        o.script = out.scriptPubKey;
        o.addressId = (*addr)->id;
        o.coinbase = rec.coinbase;
        o.height = height;
        if (auto r = store.putOutput(o); !r.ok()) return r.error();
        m_outpoints.insert(outpointKey(o.outpoint));
        auto fresh = m_wallet.markUsed(out.scriptPubKey);
        if (!fresh.ok()) return fresh.error();
        for (Bytes& s : *fresh) {
            watch(s);
            change.newScripts.push_back(std::move(s));
        }
    }
    for (const auto& o : spent) {
        if (auto r = store.markSpent(o.outpoint, txid, height); !r.ok()) return r.error();
    }
    return true;
}

Result<LedgerChange> SyncLedger::applyBlock(const BlockPlace& place, const std::vector<ConfirmedTx>& txs) {
    LedgerChange change;
    const std::vector<Bytes> scriptsBefore = m_scriptList;
    const auto outpointsBefore = m_outpoints;
    const int64_t now = place.time;
    auto r = m_wallet.store().transaction([&]() -> Result<void> {
        for (const ConfirmedTx& c : txs) {
            auto applied = applyTx(c.tx, &place, &c, now, change);
            if (!applied.ok()) return applied.error();
        }
        // Test seam: a crash between the block's rows and its cursor must leave neither behind.
        if (auto f = m_wallet.store().faultPoint("sync:cursor"); !f.ok()) return f;
        return setCursor(SyncCursor{place.height, place.hash});
    });
    if (!r.ok()) {
        // Rolled back: forget what this block taught the in-memory sets.
        m_scriptList = scriptsBefore;
        m_scripts.clear();
        for (const Bytes& s : m_scriptList) m_scripts.insert(keyOf(s));
        m_outpoints = outpointsBefore;
        return r.error();
    }
    return change;
}

Result<LedgerChange> SyncLedger::applyUnconfirmed(const Transaction& tx, int64_t now) {
    LedgerChange change;
    auto r = m_wallet.store().transaction([&]() -> Result<void> {
        auto applied = applyTx(tx, nullptr, nullptr, now, change);
        if (!applied.ok()) return applied.error();
        return {};
    });
    if (!r.ok()) return r.error();
    return change;
}

Result<int> SyncLedger::disconnectAbove(const SyncCursor& fork) {
    auto& store = m_wallet.store();
    int affected = 0;
    auto r = store.transaction([&]() -> Result<void> {
        auto txids = store.confirmedAbove(fork.height);
        if (!txids.ok()) return txids.error();
        for (const Txid& txid : *txids) {
            auto rec = store.transactionByTxid(txid);
            if (!rec.ok()) return rec.error();
            if (!*rec) continue;
            ++affected;
            if ((*rec)->coinbase) {
                if (auto c = conflictTree(txid, Txid(), 0); !c.ok()) return c;
            } else if (auto u = store.unconfirmTransaction(txid); !u.ok()) {
                return u.error();
            }
        }
        return setCursor(fork);
    });
    if (!r.ok()) return r.error();
    return affected;
}

}  // namespace cairn::wallet
