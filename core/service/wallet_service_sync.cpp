// SPDX-License-Identifier: MIT
// The "discovery" section of WalletClient / WalletService: balances, history and unspent outputs read from the
// wallet file's transaction and output tables, which the discovery engine (wallet::WalletSync, hosted by the
// node worker) fills; rescan() resets its cursor.
#include "service/wallet_service.h"
#include "storage/wallet_store.h"
#include "util/hex.h"
#include "wallet/wallet.h"
#include "wallet/wallet_sync_ledger.h"

namespace cairn::service {

using util::fail;
using util::Result;

namespace {

constexpr int kCoinbaseMaturity = wallet::kCoinbaseMaturity;

// The header height the wallet was last synchronised to (the discovery cursor), or -1.
int syncedTipHeight(wallet::Wallet& w) {
    wallet::SyncLedger ledger(w);
    auto c = ledger.cursor();
    return c.ok() && *c ? (*c)->height : -1;
}

QString statusName(storage::TxStatus status) {
    switch (status) {
    case storage::TxStatus::Unconfirmed: return QStringLiteral("unconfirmed");
    case storage::TxStatus::Confirmed: return QStringLiteral("confirmed");
    case storage::TxStatus::Conflicted: return QStringLiteral("conflicted");
    case storage::TxStatus::Abandoned: return QStringLiteral("abandoned");
    }
    return QStringLiteral("unknown");
}

}  // namespace

Result<BalanceInfo> WalletClient::balance(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    storage::WalletStore& store = (*w)->store();
    const int tip = std::max(m_chainTip, syncedTipHeight(**w));
    auto totals = store.balance(tip, kCoinbaseMaturity);
    if (!totals.ok()) return totals.error();
    BalanceInfo info;
    info.confirmed = totals->confirmed;
    info.unconfirmedIncoming = totals->unconfirmedIncoming;
    info.unconfirmedOutgoing = totals->unconfirmedOutgoing;
    info.immature = totals->immature;
    info.tipHeight = tip;
    return info;
}

Result<QList<TxHistoryEntry>> WalletClient::listTransactions(const QString& name, int offset, int limit) {
    if (offset < 0 || limit < 0) return fail("offset and limit must not be negative");
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    storage::WalletStore& store = (*w)->store();
    const int tip = std::max(m_chainTip, syncedTipHeight(**w));
    auto rows = store.history(offset, limit);
    if (!rows.ok()) return rows.error();
    QList<TxHistoryEntry> out;
    for (const storage::HistoryRow& row : *rows) {
        TxHistoryEntry e;
        e.txid = QString::fromStdString(row.tx.txid.toHex());
        e.height = row.tx.status == storage::TxStatus::Confirmed ? row.tx.height : -1;
        e.confirmations = e.height >= 0 && tip >= e.height ? tip - e.height + 1 : 0;
        e.time = row.tx.blockTime > 0 ? row.tx.blockTime : row.tx.firstSeen;
        e.amount = row.tx.delta;
        e.fee = row.tx.fee.value_or(-1);
        e.balance = row.runningBalance;
        e.status = statusName(row.tx.status);
        auto label = store.label("tx", row.tx.txid.toHex());
        if (label.ok() && *label) e.label = QString::fromStdString((*label)->label);
        out.append(e);
    }
    return out;
}

Result<QList<UtxoInfo>> WalletClient::listUnspent(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    storage::WalletStore& store = (*w)->store();
    const int tip = std::max(m_chainTip, syncedTipHeight(**w));
    auto outputs = store.unspentOutputs();
    if (!outputs.ok()) return outputs.error();
    QList<UtxoInfo> out;
    for (const storage::OutputRecord& o : *outputs) {
        UtxoInfo u;
        u.txid = QString::fromStdString(o.outpoint.txid.toHex());
        u.vout = int(o.outpoint.index);
        u.value = o.value;
        u.scriptPubKey = QString::fromStdString(util::toHex(o.script));
        auto addr = store.addressByScript(o.script);
        if (addr.ok() && *addr) u.address = QString::fromStdString((*addr)->address);
        u.height = o.height;
        u.confirmations = o.height >= 0 && tip >= o.height ? tip - o.height + 1 : 0;
        u.coinbase = o.coinbase;
        u.frozen = o.frozen;
        const bool mature = !o.coinbase || u.confirmations >= kCoinbaseMaturity;
        u.spendableNow = u.confirmations > 0 && mature && !o.frozen;
        auto label = store.label("output", o.outpoint.toString());
        if (label.ok() && *label) u.label = QString::fromStdString((*label)->label);
        out.append(u);
    }
    return out;
}

Result<int> WalletClient::rescan(const QString& name, int fromHeight) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    if (fromHeight < -1) return fail("the rescan height must not be negative");
    const int from = fromHeight < 0 ? (*w)->meta().birthdayHeight : fromHeight;
    // A cursor with a null hash means "scanned up to this height, block unknown": the engine resolves it against
    // its best chain (see WalletSync::reconcile) and rolls back whatever is above it.
    // Never move the cursor forward: that would skip blocks never scanned.
    const int scanned = syncedTipHeight(**w);
    if (scanned < 0) return 0;  // never scanned: the first sync starts at the birthday anyway
    const int keep = std::max(0, std::min(from - 1, scanned));
    wallet::SyncLedger ledger(**w);
    return ledger.disconnectAbove(wallet::SyncCursor{keep, primitives::BlockHash()});
}

Result<std::pair<int, QString>> WalletClient::scanState(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto mode = (*w)->store().syncValue("scan_mode");
    if (!mode.ok()) return mode.error();
    QString m;
    if (*mode) m = QString::fromUtf8(reinterpret_cast<const char*>((*mode)->data()), qsizetype((*mode)->size()));
    return std::pair<int, QString>(syncedTipHeight(**w), m);
}

Result<QString> WalletClient::merkleProof(const QString& name, const QString& txid) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto id = primitives::Txid::fromHex(txid.toStdString());
    if (!id.ok()) return fail("'" + txid.toStdString() + "' is not a transaction id");
    auto rec = (*w)->store().transactionByTxid(*id);
    if (!rec.ok()) return rec.error();
    if (!*rec) return fail("transaction " + txid.toStdString() + " is not in the wallet");
    if ((*rec)->status != storage::TxStatus::Confirmed) return QString();
    return QString::fromStdString(util::toHex((*rec)->merkleProof));
}

quint64 WalletService::balance(const QString& name) {
    return post([this, name](WalletClient& c, quint64 id) {
        auto r = c.balance(name);
        if (r.ok()) emit balanceReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::listTransactions(const QString& name, int offset, int limit) {
    return post([this, name, offset, limit](WalletClient& c, quint64 id) {
        auto r = c.listTransactions(name, offset, limit);
        if (r.ok()) emit transactionsReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::listUnspent(const QString& name) {
    return post([this, name](WalletClient& c, quint64 id) {
        auto r = c.listUnspent(name);
        if (r.ok()) emit unspentReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::rescan(const QString& name, int fromHeight) {
    return post([this, name, fromHeight](WalletClient& c, quint64 id) {
        auto r = c.rescan(name, fromHeight);
        if (r.ok()) emit rescanFinished(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

}  // namespace cairn::service
