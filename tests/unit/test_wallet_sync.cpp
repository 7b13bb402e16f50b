// SPDX-License-Identifier: MIT
// The discovery engine's store logic (wallet::SyncLedger): matching and extraction on a real mainnet block with its
// Merkle proofs, outputs/spends/fee/delta, unconfirmed -> confirmed, reorg rollback, conflicts, coinbase maturity,
// gap-window growth, and the crash safety and idempotency of the scan cursor.
#include "chain/merkle_block.h"
#include "net/messages.h"
#include "common/test_hex.h"
#include "common/test_paths.h"
#include "primitives/block.h"
#include "storage/wallet_store.h"
#include "util/secure_bytes.h"
#include "wallet/keystore.h"
#include "wallet/wallet.h"
#include "wallet/wallet_sync_ledger.h"

#include <QtTest>

#include <set>

using namespace cairn;
using primitives::Amount;
using primitives::OutPoint;
using primitives::Transaction;
using primitives::Txid;
using storage::TxStatus;
using wallet::BlockPlace;
using wallet::ConfirmedTx;
using wallet::SyncLedger;
using wallet::Wallet;

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
constexpr int64_t kCoin = 100'000'000;

std::unique_ptr<Wallet> makeWallet(const QString& dir) {
    wallet::WalletOptions o;
    o.name = "w";
    o.network = Network::Main;
    o.kdf = wallet::testScryptParams();
    const std::string path = (test::freshTempDir(dir) + QStringLiteral("/w.sqlite")).toStdString();
    auto w = Wallet::create(path, o, util::SecureBytes::fromString(kMnemonic), util::SecureBytes(),
                            util::SecureBytes::fromString("pw"));
    if (!w.ok()) qFatal("wallet create: %s", w.message().c_str());
    return std::move(w).value();
}

Bytes walletScript(Wallet& w, int chain, uint32_t index) {
    auto rec = w.store().addressAt(w.accounts().front().record.id, chain, index);
    if (!rec.ok() || !*rec) qFatal("address %d/%u not derived", chain, index);
    return (*rec)->script;
}

// A distinct foreign outpoint per call (inputs whose value the wallet cannot know).
OutPoint foreignOutpoint() {
    static uint8_t counter = 0;
    Bytes b(32, 0xee);
    b[0] = ++counter;
    return OutPoint{*Txid::fromBytes(b), 0};
}

Transaction makeTx(const std::vector<OutPoint>& ins, const std::vector<std::pair<Bytes, int64_t>>& outs) {
    Transaction tx;
    for (const auto& o : ins) {
        primitives::TxIn in;
        in.prevout = o;
        in.scriptSig = Bytes{0x51};
        tx.inputs.push_back(in);
    }
    for (const auto& [script, value] : outs) tx.outputs.push_back(primitives::TxOut{Amount::fromSats(value), script});
    return tx;
}

Transaction makeCoinbase(const Bytes& script, int64_t value, int height) {
    Transaction tx;
    primitives::TxIn in;
    in.prevout = OutPoint{Txid(), OutPoint::kNullIndex};
    in.scriptSig = Bytes{0x03, uint8_t(height), uint8_t(height >> 8), 0x00};
    tx.inputs.push_back(in);
    tx.outputs.push_back(primitives::TxOut{Amount::fromSats(value), script});
    return tx;
}

// A synthetic block place: the hash only has to be distinct per (height, branch).
BlockPlace place(int height, uint8_t branch = 0) {
    Bytes b(32, branch);
    b[0] = uint8_t(height);
    b[1] = uint8_t(height >> 8);
    b[31] = 0x5a;
    return BlockPlace{*primitives::BlockHash::fromBytes(b), height, 1'600'000'000 + height};
}

std::vector<ConfirmedTx> inBlock(const std::vector<Transaction>& txs) {
    std::vector<ConfirmedTx> out;
    for (uint32_t i = 0; i < txs.size(); ++i) out.push_back(ConfirmedTx{txs[i], i, Bytes{0x01, uint8_t(i)}});
    return out;
}

storage::TxRecord stored(Wallet& w, const Txid& txid) {
    auto r = w.store().transactionByTxid(txid);
    if (!r.ok() || !*r) qFatal("transaction %s not stored", txid.toHex().c_str());
    return **r;
}

storage::BalanceTotals balanceAt(Wallet& w, int tip) {
    auto b = w.store().balance(tip);
    if (!b.ok()) qFatal("balance: %s", b.message().c_str());
    return *b;
}

primitives::Block realBlock() {
    auto block = primitives::Block::parse(test::hex(QString::fromLatin1(test::readData(QStringLiteral("mainnet/block_357238.hex"))).trimmed()));
    if (!block.ok()) qFatal("block_357238: %s", block.message().c_str());
    return std::move(block).value();
}

}  // namespace

class TestWalletSync : public QObject {
    Q_OBJECT
private slots:
    void realBlockExtraction_data();
    void realBlockExtraction();
    void receiveSpendFeeDelta();
    void unconfirmedThenConfirmed();
    void reorgRollbackAndReproof();
    void confirmedSpendConflictsUnconfirmed();
    void coinbaseMaturityAndReorg();
    void gapWindowGrows();
    void cursorIsCrashSafeAndIdempotent();
    void mempoolMessageCodec();
};

void TestWalletSync::realBlockExtraction_data() {
    QTest::addColumn<int>("index");
    const primitives::Block block = realBlock();
    const int n = int(block.transactions.size());
    QVERIFY(n > 10);
    QTest::newRow("coinbase (position 0)") << 0;
    QTest::newRow("second transaction") << 1;
    QTest::newRow("middle transaction") << n / 2;
    QTest::newRow("last transaction") << n - 1;
}

// The wallet watches output 0 of one real transaction of mainnet block 357,238: exactly the block's transactions that
// pay that script (or spend such an output) are stored, each at its position, with a merkleblock proof that verifies
// against the block's header and proves that position.
void TestWalletSync::realBlockExtraction() {
    QFETCH(int, index);
    const primitives::Block block = realBlock();
    auto w = makeWallet(QStringLiteral("sync_real_%1").arg(index));
    const Bytes watched = block.transactions[size_t(index)].outputs.at(0).scriptPubKey;
    std::vector<storage::AddressRecord> extra(1);
    extra[0].accountId = w->accounts().front().record.id;
    extra[0].chain = 0;
    extra[0].index = 5000;
    extra[0].script = watched;
    extra[0].address = "real-script";
    QVERIFY(w->store().addAddresses(extra).ok());
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());

    // Expected, computed independently: txs paying the script, and txs spending an output of those.
    std::set<Txid> expected;
    int64_t received = 0;
    for (const auto& tx : block.transactions) {
        bool ours = false;
        for (const auto& out : tx.outputs)
            if (out.scriptPubKey == watched) {
                ours = true;
                received += out.value.sats();
            }
        for (const auto& in : tx.inputs) ours |= expected.count(in.prevout.txid) != 0;
        if (ours) expected.insert(tx.txid());
    }
    QVERIFY(expected.count(block.transactions[size_t(index)].txid()));

    std::vector<ConfirmedTx> txs;
    for (uint32_t i = 0; i < block.transactions.size(); ++i) {
        const auto& tx = block.transactions[i];
        txs.push_back(ConfirmedTx{tx, i, chain::MerkleBlock::build(block, {tx.txid()}).serialize()});
    }
    const BlockPlace where{block.hash(), 357238, int64_t(block.header.time)};
    auto change = ledger.applyBlock(where, txs);
    QVERIFY2(change.ok(), change.message().c_str());
    QCOMPARE(change->stored, int(expected.size()));
    QCOMPARE(*w->store().transactionCount(), int64_t(expected.size()));

    const storage::TxRecord rec = stored(*w, block.transactions[size_t(index)].txid());
    QCOMPARE(int(rec.status), int(TxStatus::Confirmed));
    QCOMPARE(rec.height, 357238);
    QCOMPARE(rec.blockPos, index);
    QVERIFY(rec.blockHash && *rec.blockHash == block.hash());
    QCOMPARE(rec.coinbase, index == 0);
    auto proof = chain::MerkleBlock::parse(rec.merkleProof);
    QVERIFY2(proof.ok(), proof.message().c_str());
    QVERIFY(proof->header.hash() == block.hash());
    auto proven = proof->verify();
    QVERIFY2(proven.ok(), proven.message().c_str());
    QCOMPARE(proven->size(), size_t(1));
    QCOMPARE(int(proven->front().index), index);
    QVERIFY(proven->front().txid == rec.txid);

    auto cursor = ledger.cursor();
    QVERIFY(cursor.ok() && *cursor);
    QCOMPARE((*cursor)->height, 357238);
    QVERIFY((*cursor)->hash == block.hash());
    // Everything received is unspent unless a later tx of the block spent it.
    auto unspent = w->store().unspentOutputs();
    QVERIFY(unspent.ok());
    int64_t unspentSum = 0;
    for (const auto& o : *unspent) unspentSum += o.value;
    QVERIFY(unspentSum <= received);
    QVERIFY(unspentSum > 0 || expected.size() > 1);
}

void TestWalletSync::receiveSpendFeeDelta() {
    auto w = makeWallet(QStringLiteral("sync_fee"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const Bytes r0 = walletScript(*w, 0, 0);
    const Bytes c0 = walletScript(*w, 1, 0);
    const Bytes foreign{0x00, 0x14, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    const Transaction a = makeTx({foreignOutpoint()}, {{r0, 1 * kCoin}, {foreign, 2 * kCoin}});
    const Transaction b = makeTx({OutPoint{a.txid(), 0}}, {{foreign, 30'000'000}, {c0, 69'000'000}});
    QVERIFY(ledger.isRelevant(a));
    QVERIFY(!ledger.isRelevant(makeTx({foreignOutpoint()}, {{foreign, 5}})));
    QVERIFY(ledger.applyBlock(place(100), inBlock({a})).ok());
    QVERIFY(ledger.isRelevant(b));  // spends a wallet output
    QVERIFY(ledger.applyBlock(place(101), inBlock({b})).ok());

    const auto ra = stored(*w, a.txid());
    QCOMPARE(ra.delta, 1 * kCoin);
    QVERIFY(!ra.fee.has_value());  // its input is foreign
    const auto rb = stored(*w, b.txid());
    QCOMPARE(rb.delta, -31'000'000LL);
    QVERIFY(rb.fee.has_value());
    QCOMPARE(*rb.fee, 1'000'000LL);
    const auto bal = balanceAt(*w, 101);
    QCOMPARE(bal.confirmed, 69'000'000LL);
    QCOMPARE(bal.unconfirmedIncoming, 0LL);
    auto out = w->store().outputByOutpoint(OutPoint{a.txid(), 0});
    QVERIFY(out.ok() && *out);
    QVERIFY((*out)->spentBy && *(*out)->spentBy == b.txid());
    QCOMPARE((*out)->spentHeight, 101);
    auto hist = w->store().history(0, 10);
    QVERIFY(hist.ok());
    QCOMPARE(hist->size(), size_t(2));
    QCOMPARE(hist->front().runningBalance, 69'000'000LL);
    // Both addresses are used now.
    QVERIFY((*w->store().addressByScript(r0))->used);
    QVERIFY((*w->store().addressByScript(c0))->used);
}

void TestWalletSync::unconfirmedThenConfirmed() {
    auto w = makeWallet(QStringLiteral("sync_unconf"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const Transaction c = makeTx({foreignOutpoint()}, {{walletScript(*w, 0, 1), 50'000'000}});
    auto first = ledger.applyUnconfirmed(c, 1'700'000'000);
    QVERIFY(first.ok());
    QCOMPARE(first->stored, 1);
    QCOMPARE(balanceAt(*w, 10).unconfirmedIncoming, 50'000'000LL);
    QCOMPARE(int(stored(*w, c.txid()).status), int(TxStatus::Unconfirmed));
    QVERIFY(ledger.applyBlock(place(12), inBlock({c})).ok());
    auto rec = stored(*w, c.txid());
    QCOMPARE(int(rec.status), int(TxStatus::Confirmed));
    QCOMPARE(rec.firstSeen, int64_t(1'700'000'000));  // first sight kept
    QVERIFY(!rec.merkleProof.empty());
    QCOMPARE(balanceAt(*w, 12).confirmed, 50'000'000LL);
    // A relayed copy of a confirmed transaction changes nothing.
    auto again = ledger.applyUnconfirmed(c, 1'700'000'100);
    QVERIFY(again.ok());
    QCOMPARE(again->stored, 0);
    QCOMPARE(int(stored(*w, c.txid()).status), int(TxStatus::Confirmed));
}

void TestWalletSync::reorgRollbackAndReproof() {
    auto w = makeWallet(QStringLiteral("sync_reorg"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const Bytes r0 = walletScript(*w, 0, 0);
    const Bytes foreign{0x51};
    const Transaction a = makeTx({foreignOutpoint()}, {{r0, 1 * kCoin}});
    const Transaction b = makeTx({OutPoint{a.txid(), 0}}, {{foreign, 40'000'000}, {walletScript(*w, 1, 0), 59'000'000}});
    QVERIFY(ledger.applyBlock(place(100), inBlock({a})).ok());
    QVERIFY(ledger.applyBlock(place(101), inBlock({b})).ok());

    auto rolled = ledger.disconnectAbove(wallet::SyncCursor{100, place(100).hash});
    QVERIFY(rolled.ok());
    QCOMPARE(*rolled, 1);
    auto rb = stored(*w, b.txid());
    QCOMPARE(int(rb.status), int(TxStatus::Unconfirmed));
    QVERIFY(rb.merkleProof.empty());
    QVERIFY(!rb.blockHash.has_value());
    QCOMPARE(rb.height, -1);
    QCOMPARE(int(stored(*w, a.txid()).status), int(TxStatus::Confirmed));
    auto bal = balanceAt(*w, 101);
    QCOMPARE(bal.confirmed, 0LL);
    QCOMPARE(bal.unconfirmedIncoming, 59'000'000LL);
    QCOMPARE(bal.unconfirmedOutgoing, 1 * kCoin);
    auto cursor = ledger.cursor();
    QVERIFY(cursor.ok() && *cursor);
    QCOMPARE((*cursor)->height, 100);

    // The other branch confirms it at 102: proven again, with the new block.
    QVERIFY(ledger.applyBlock(place(102, 7), inBlock({makeTx({foreignOutpoint()}, {{foreign, 1}}), b})).ok());
    rb = stored(*w, b.txid());
    QCOMPARE(int(rb.status), int(TxStatus::Confirmed));
    QVERIFY(*rb.blockHash == place(102, 7).hash);
    QCOMPARE(rb.blockPos, 1);
    QVERIFY(!rb.merkleProof.empty());
    QCOMPARE(balanceAt(*w, 102).confirmed, 59'000'000LL);
}

void TestWalletSync::confirmedSpendConflictsUnconfirmed() {
    auto w = makeWallet(QStringLiteral("sync_conflict"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const Bytes foreign{0x51};
    const Transaction a = makeTx({foreignOutpoint()}, {{walletScript(*w, 0, 0), 1 * kCoin}});
    QVERIFY(ledger.applyBlock(place(50), inBlock({a})).ok());
    const Transaction d = makeTx({OutPoint{a.txid(), 0}}, {{walletScript(*w, 1, 0), 99'000'000}});
    const Transaction e = makeTx({OutPoint{a.txid(), 0}}, {{foreign, 99'500'000}});
    QVERIFY(ledger.applyUnconfirmed(d, 1000).ok());
    QCOMPARE(balanceAt(*w, 50).unconfirmedIncoming, 99'000'000LL);
    QVERIFY(ledger.applyBlock(place(51), inBlock({e})).ok());
    const auto rd = stored(*w, d.txid());
    QCOMPARE(int(rd.status), int(TxStatus::Conflicted));
    QVERIFY(rd.conflictedBy && *rd.conflictedBy == e.txid());
    auto dOut = w->store().outputByOutpoint(OutPoint{d.txid(), 0});
    QVERIFY(dOut.ok() && !*dOut);  // a conflicted transaction's outputs are gone
    const auto bal = balanceAt(*w, 51);
    QCOMPARE(bal.confirmed, 0LL);
    QCOMPARE(bal.unconfirmedIncoming, 0LL);
    QCOMPARE(bal.unconfirmedOutgoing, 0LL);
    // The loser relayed again stays conflicted (a confirmed spend wins).
    QVERIFY(ledger.applyUnconfirmed(d, 2000).ok());
    QCOMPARE(int(stored(*w, d.txid()).status), int(TxStatus::Conflicted));
}

void TestWalletSync::coinbaseMaturityAndReorg() {
    auto w = makeWallet(QStringLiteral("sync_coinbase"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const Transaction cb = makeCoinbase(walletScript(*w, 0, 2), 50 * kCoin, 200);
    QVERIFY(ledger.applyBlock(place(200), inBlock({cb})).ok());
    QVERIFY(stored(*w, cb.txid()).coinbase);
    QCOMPARE(balanceAt(*w, 200).immature, 50 * kCoin);
    QCOMPARE(balanceAt(*w, 298).immature, 50 * kCoin);  // 99 confirmations
    QCOMPARE(balanceAt(*w, 298).confirmed, 0LL);
    QCOMPARE(balanceAt(*w, 299).confirmed, 50 * kCoin);  // 100 confirmations: mature
    QCOMPARE(balanceAt(*w, 299).immature, 0LL);
    // Its block leaves the chain: a coinbase cannot wait in a mempool, so it is conflicted and counts nowhere.
    QVERIFY(ledger.disconnectAbove(wallet::SyncCursor{199, place(199).hash}).ok());
    QCOMPARE(int(stored(*w, cb.txid()).status), int(TxStatus::Conflicted));
    const auto bal = balanceAt(*w, 299);
    QCOMPARE(bal.immature + bal.confirmed + bal.unconfirmedIncoming, 0LL);
}

void TestWalletSync::gapWindowGrows() {
    auto w = makeWallet(QStringLiteral("sync_gap"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const size_t before = ledger.scripts().size();
    QCOMPARE(before, size_t(40));  // 20 receive + 20 change
    auto derived = w->store().derivedCount(w->accounts().front().record.id, 0);
    QVERIFY(derived.ok());
    QCOMPARE(*derived, 20u);
    // A payment to the last address of the window: 20 more receive addresses are derived and watched at once.
    const Transaction t = makeTx({foreignOutpoint()}, {{walletScript(*w, 0, 19), 1000}});
    auto change = ledger.applyBlock(place(30), inBlock({t}));
    QVERIFY(change.ok());
    QCOMPARE(change->newScripts.size(), size_t(20));
    QCOMPARE(ledger.scripts().size(), before + 20);
    QVERIFY(ledger.watches(walletScript(*w, 0, 39)));
    QVERIFY(!w->store().addressAt(w->accounts().front().record.id, 0, 40)->has_value());
    // Scanning the same block again derives nothing new (so a rescan of the range terminates).
    auto again = ledger.applyBlock(place(30), inBlock({t}));
    QVERIFY(again.ok());
    QVERIFY(again->newScripts.empty());
}

void TestWalletSync::cursorIsCrashSafeAndIdempotent() {
    auto w = makeWallet(QStringLiteral("sync_crash"));
    SyncLedger ledger(*w);
    QVERIFY(ledger.load().ok());
    const Transaction a = makeTx({foreignOutpoint()}, {{walletScript(*w, 0, 19), 7 * kCoin}});
    QVERIFY(ledger.applyBlock(place(10), inBlock({})).ok());  // cursor at 10

    // "Crash" between the block's rows and its cursor: nothing of the block remains, the cursor stays at 10.
    w->store().setFaultHook([](std::string_view step) -> util::Result<void> {
        if (step == "sync:cursor") return util::fail("simulated crash");
        return {};
    });
    auto failed = ledger.applyBlock(place(11), inBlock({a}));
    QVERIFY(!failed.ok());
    QCOMPARE(*w->store().transactionCount(), int64_t(0));
    QCOMPARE(balanceAt(*w, 11).confirmed, 0LL);
    QVERIFY(!(*w->store().addressByScript(walletScript(*w, 0, 19)))->used);
    QVERIFY(!ledger.watches(Bytes{0x00}));
    QCOMPARE(ledger.scripts().size(), size_t(40));  // the window growth was rolled back in memory too
    auto cursor = ledger.cursor();
    QVERIFY(cursor.ok() && *cursor);
    QCOMPARE((*cursor)->height, 10);

    // Resume: the block is applied once; applying it again (a rescan) duplicates nothing.
    w->store().setFaultHook({});
    QVERIFY(ledger.applyBlock(place(11), inBlock({a})).ok());
    QVERIFY(ledger.applyBlock(place(11), inBlock({a})).ok());
    QCOMPARE(*w->store().transactionCount(), int64_t(1));
    QCOMPARE(balanceAt(*w, 11).confirmed, 7 * kCoin);
    auto unspent = w->store().unspentOutputs();
    QVERIFY(unspent.ok());
    QCOMPARE(unspent->size(), size_t(1));
    cursor = ledger.cursor();
    QVERIFY(cursor.ok() && *cursor);
    QCOMPARE((*cursor)->height, 11);
}

// BIP35 `mempool` (what discovery sends after its filterload): an empty payload; any payload byte is refused.
void TestWalletSync::mempoolMessageCodec() {
    const net::Message m = net::MemPool{};
    QCOMPARE(QString::fromStdString(net::commandOf(m)), QStringLiteral("mempool"));
    QVERIFY(net::encodePayload(m).empty());
    auto decoded = net::decodeMessage("mempool", ByteView());
    QVERIFY2(decoded.ok(), decoded.message().c_str());
    QVERIFY(decoded->has_value() && std::holds_alternative<net::MemPool>(**decoded));
    const Bytes extra{0x00};
    QVERIFY(!net::decodeMessage("mempool", extra).ok());
}

QTEST_GUILESS_MAIN(TestWalletSync)
#include "test_wallet_sync.moc"
