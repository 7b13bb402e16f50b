// SPDX-License-Identifier: MIT
// Wallet at scale: a generated wallet with 10,000 used addresses and 100,000 transactions (inserted directly
// through WalletStore, untimed), then the median of several runs of: open (quick_check + accounts), balance (one
// aggregate over outputs), new address, one page (50 rows) of history with running balance, newest and deep.
// Also the cost of unlocking with the production scrypt parameters. One "BENCH <name>: <value> <unit>" per figure;
// the test fails when a target of the issue is missed (open <= 1 s, balance <= 50 ms, new address <= 5 ms,
// history page <= 20 ms, scrypt >= 0.25 s).
#include "common/test_paths.h"
#include "crypto/hash.h"
#include "wallet/wallet.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cairn;
using util::SecureBytes;
using wallet::Chain;
using wallet::Wallet;

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
constexpr uint32_t kReceiveUsed = 8000;
constexpr uint32_t kChangeUsed = 2000;
constexpr int kTransactions = 100'000;
constexpr int kUnconfirmed = 200;
constexpr int kFirstHeight = 500'000;

// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()>& body) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char* name, double value, const char* unit) { std::printf("BENCH %s: %.2f %s\n", name, value, unit); }

template <typename Tag>
primitives::Hash32<Tag> fakeHash(uint32_t n, uint8_t salt) {
    Bytes seed{salt, uint8_t(n), uint8_t(n >> 8), uint8_t(n >> 16), uint8_t(n >> 24)};
    return primitives::Hash32<Tag>(crypto::sha256(seed));
}

}  // namespace

class BenchWallet : public QObject {
    Q_OBJECT
    QString m_path;
    int m_tip = 0;

private slots:
    void initTestCase() {
        m_path = test::freshTempDir(QStringLiteral("bench_wallet")) + QStringLiteral("/big.sqlite");
        wallet::WalletOptions o;
        o.name = "big";
        o.kdf = wallet::testScryptParams();
        auto made = Wallet::create(m_path.toStdString(), o, SecureBytes::fromString(kMnemonic), SecureBytes(),
                                   SecureBytes::fromString("pw"));
        QVERIFY2(made.ok(), made.message().c_str());
        Wallet& w = **made;
        const int64_t acc = w.accounts().front().record.id;
        storage::WalletStore& s = w.store();
        // 10,000 used addresses: marking each used extends the window (derivation happens here, untimed).
        auto r = s.transaction([&]() -> util::Result<void> {
            for (auto [chain, count] : {std::pair{0, kReceiveUsed}, std::pair{1, kChangeUsed}})
                for (uint32_t i = 0; i < count; ++i) {
                    auto addr = s.addressAt(acc, chain, i);
                    if (!addr.ok() || !*addr) return util::fail("address missing");
                    if (auto u = w.markUsed((*addr)->script); !u.ok()) return u.error();
                }
            return {};
        });
        QVERIFY2(r.ok(), r.message().c_str());
        auto addresses = s.addresses(acc);
        QVERIFY(addresses.ok());
        // 100,000 transactions: even ones pay 100,000 sat + i to an address, odd ones spend the previous output
        // and return change; the last kUnconfirmed are unconfirmed; every 500th is a coinbase.
        const int confirmed = kTransactions - kUnconfirmed;
        m_tip = kFirstHeight + confirmed / 10 + 1;
        r = s.transaction([&]() -> util::Result<void> {
            Bytes raw(220, 0x5a);
            int64_t prevValue = 0;
            primitives::Txid prevTxid;
            for (int i = 0; i < kTransactions; ++i) {
                storage::TxRecord tx;
                tx.txid = fakeHash<primitives::TxidTag>(uint32_t(i), 1);
                tx.wtxid = fakeHash<primitives::WtxidTag>(uint32_t(i), 2);
                raw[0] = uint8_t(i);
                tx.raw = raw;
                const bool isConfirmed = i < confirmed;
                tx.status = isConfirmed ? storage::TxStatus::Confirmed : storage::TxStatus::Unconfirmed;
                if (isConfirmed) {
                    tx.height = kFirstHeight + i / 10;
                    tx.blockPos = i % 10;
                    tx.blockHash = fakeHash<primitives::BlockHashTag>(uint32_t(tx.height), 3);
                    tx.blockTime = 1'600'000'000 + tx.height * 600;
                }
                tx.firstSeen = 1'600'000'000 + i;
                tx.coinbase = i % 500 == 0;
                const bool spends = i % 2 == 1;
                const int64_t value = spends ? prevValue - 1500 : 100'000 + i;
                tx.delta = spends ? -1500 : value;
                if (spends) tx.fee = 500;
                auto row = s.putTransaction(tx);
                if (!row.ok()) return row.error();
                if (spends) {
                    auto m = s.markSpent(primitives::OutPoint{prevTxid, 0}, tx.txid, tx.height);
                    if (!m.ok()) return m.error();
                }
                const storage::AddressRecord& to = (*addresses)[size_t(i) % addresses->size()];
                storage::OutputRecord out;
                out.outpoint = primitives::OutPoint{tx.txid, 0};
                out.txRowId = *row;
                out.value = value;
                out.script = to.script;
                out.addressId = to.id;
                out.coinbase = tx.coinbase;
                out.height = tx.height;
                if (auto p = s.putOutput(out); !p.ok()) return p.error();
                prevValue = value;
                prevTxid = tx.txid;
            }
            return {};
        });
        QVERIFY2(r.ok(), r.message().c_str());
        QCOMPARE(s.transactionCount().value(), int64_t(kTransactions));
    }

    void open() {
        double ms = medianMs(5, [&] {
            auto w = Wallet::open(m_path.toStdString(), Network::Main);
            if (!w.ok()) qFatal("open: %s", w.message().c_str());
        });
        report("wallet_open_ms", ms, "ms");
        QVERIFY2(ms <= 1000, "open must take at most 1 s");
    }

    void operations() {
        auto w = Wallet::open(m_path.toStdString(), Network::Main);
        QVERIFY(w.ok());
        storage::WalletStore& s = (*w)->store();
        storage::BalanceTotals totals;
        const double balanceMs = medianMs(21, [&] { totals = s.balance(m_tip).value(); });
        report("wallet_balance_ms", balanceMs, "ms");
        QVERIFY(totals.confirmed > 0 && totals.unconfirmedIncoming > 0 && totals.unconfirmedOutgoing > 0);
        QVERIFY2(balanceMs <= 50, "balance must take at most 50 ms");

        const double addrMs = medianMs(51, [&] {
            if (!(*w)->getNewAddress(Chain::Receive).ok()) qFatal("getNewAddress failed");
        });
        report("wallet_new_address_ms", addrMs, "ms");
        QVERIFY2(addrMs <= 5, "a new address must take at most 5 ms");

        std::vector<storage::HistoryRow> page;
        const double firstMs = medianMs(21, [&] { page = s.history(0, 50).value(); });
        report("wallet_history_first_page_ms", firstMs, "ms");
        QCOMPARE(page.size(), size_t(50));
        // The running balance is consistent: each row's balance minus its delta is the next (older) row's.
        for (size_t i = 0; i + 1 < page.size(); ++i)
            QCOMPARE(page[i].runningBalance - page[i].tx.delta, page[i + 1].runningBalance);
        const double deepMs = medianMs(21, [&] { page = s.history(50'000, 50).value(); });
        report("wallet_history_deep_page_ms", deepMs, "ms");
        QCOMPARE(page.size(), size_t(50));
        QVERIFY2(std::max(firstMs, deepMs) <= 20, "a history page must take at most 20 ms");

        const double scriptsMs = medianMs(5, [&] { (void)(*w)->watchedScripts().value(); });
        report("wallet_watched_scripts_ms", scriptsMs, "ms");
    }

    void productionScrypt() {
        const QString path = test::freshTempDir(QStringLiteral("bench_scrypt")) + QStringLiteral("/s.sqlite");
        wallet::WalletOptions o;
        o.name = "s";  // default (production) scrypt parameters
        auto w = Wallet::create(path.toStdString(), o, SecureBytes::fromString(kMnemonic), SecureBytes(),
                                SecureBytes::fromString("pw"));
        QVERIFY2(w.ok(), w.message().c_str());
        const double ms = medianMs(3, [&] {
            if (!(*w)->unlock(SecureBytes::fromString("pw")).ok()) qFatal("unlock failed");
        });
        const crypto::ScryptParams p = wallet::defaultScryptParams();
        report("wallet_scrypt_unlock_ms", ms, "ms");
        report("wallet_scrypt_memory_mib", double(128ull * p.r * p.n) / (1024.0 * 1024.0), "MiB");
        QVERIFY2(ms >= 250, "the production scrypt parameters must cost at least 0.25 s");
    }
};

QTEST_GUILESS_MAIN(BenchWallet)
#include "bench_wallet.moc"
