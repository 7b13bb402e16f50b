// SPDX-License-Identifier: MIT
// HeaderChain over a real SQLite header store: extension, every rejection reason, reorgs (more work
// switches, equal work does not), the low-work pool (bounded, never persisted, persisted once it
// qualifies), reopening without re-validation, and crash safety (uncommitted batches vanish).
#include "chain/header_chain.h"
#include "test_chain_support.h"

#include <QtTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace cairn;
using chain::ChainChange;
using chain::HeaderChain;
using chain::HeaderError;
using primitives::BlockHash;
using primitives::BlockHeader;

Q_DECLARE_METATYPE(cairn::chain::HeaderError)

namespace {
constexpr int64_t kNow = 1'700'000'000;
constexpr uint32_t kStart = 1'690'000'000;

HeaderChain::Options options(size_t pool = 200'000) {
    HeaderChain::Options o;
    o.maxPoolHeaders = pool;
    o.maxLowWorkPersisted = 0;  // the strict rule; lowWorkBudgetLetsAFirstSyncProgress tests the budget
    o.clock = [] { return kNow; };
    return o;
}

int64_t storedCount(storage::Database& db) {
    auto st = db.prepare("SELECT count(*) FROM headers");
    if (!st.ok() || !st->step()) return -1;
    return st->columnInt(0);
}

struct Fixture {
    test::StoreFixture files;
    std::unique_ptr<HeaderChain> chain;
    std::string path;
};

Fixture makeChain(const chain::ChainParams& params, size_t pool = 200'000, const QString& name = QStringLiteral("hc")) {
    Fixture f;
    f.path = (test::freshTempDir(name) + QStringLiteral("/node.sqlite")).toStdString();
    f.files = test::StoreFixture::open(f.path);
    if (!f.files.ok()) return f;
    auto c = HeaderChain::open(params, *f.files.store, options(pool));
    if (c.ok()) f.chain = std::move(*c);
    return f;
}
}  // namespace

class TestChainHeaderChain : public QObject {
    Q_OBJECT
    const chain::ChainParams& m_regtest = chain::chainParams(Network::Regtest);

private slots:
    void freshStoreStartsAtGenesisAndExtends() {
        Fixture f = makeChain(m_regtest);
        QVERIFY(f.chain);
        QCOMPARE(f.chain->tipHeight(), 0);
        QCOMPARE(f.chain->tip(), m_regtest.genesisHash);
        QCOMPARE(storedCount(*f.files.db), int64_t(1));

        std::vector<ChainChange> seen;
        f.chain->subscribe([&](const ChainChange& c) { seen.push_back(c); });
        const auto headers = test::mineChain(m_regtest.genesisHash, 100, kStart, m_regtest);
        const auto r = f.chain->acceptHeaders(headers, 7);
        QVERIFY2(r.ok(), r.message.c_str());
        QCOMPARE(r.accepted, 100);
        QCOMPARE(r.persisted, 100);
        QCOMPARE(r.tipHeight, 100);
        QCOMPARE(r.tip, headers.back().hash());
        QCOMPARE(r.lastHash, headers.back().hash());
        QVERIFY(r.change && !r.change->isReorg());
        QCOMPARE(int(r.change->connected.size()), 100);
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(storedCount(*f.files.db), int64_t(101));
        QCOMPARE(f.chain->poolSize(), size_t(0));
        // Work: 2 per regtest header (target 2^255 - 1), genesis included.
        QCOMPARE(f.chain->tipWork(), primitives::Uint256(202));

        // Sending the same batch again changes nothing.
        const auto again = f.chain->acceptHeaders(headers, 7);
        QVERIFY(again.ok());
        QCOMPARE(again.duplicates, 100);
        QCOMPARE(again.accepted, 0);
        QVERIFY(!again.change);

        // Lookups for the explorer.
        QCOMPARE(*f.chain->hashAt(50), headers[49].hash());
        auto info = f.chain->infoAt(50);
        QVERIFY(info && info->onBestChain && info->persisted);
        QCOMPARE(info->time, headers[49].time);
        QCOMPARE(info->chainWork, primitives::Uint256(102));
        QCOMPARE(f.chain->infoRange(95, 10).size(), size_t(6));
        auto full = f.chain->header(headers[10].hash());
        QVERIFY(full.ok() && full->has_value());
        QCOMPARE(**full, headers[10]);
    }

    void rejections_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<HeaderError>("expected");
        QTest::newRow("hash above target") << "bad-pow" << HeaderError::HighHash;
        QTest::newRow("bits not what the rules expect") << "wrong-bits" << HeaderError::WrongBits;
        QTest::newRow("target above the pow limit") << "bad-target" << HeaderError::BadTarget;
        QTest::newRow("time equal to median time past") << "time-mtp" << HeaderError::TimeTooOld;
        QTest::newRow("time more than 2 h ahead") << "time-future" << HeaderError::TimeTooNew;
        QTest::newRow("time exactly 2 h ahead is fine") << "time-future-edge" << HeaderError::None;
        QTest::newRow("version 3 after BIP65") << "old-version" << HeaderError::BadVersion;
        QTest::newRow("unknown parent") << "not-connecting" << HeaderError::NotConnecting;
        QTest::newRow("batch with a gap") << "not-continuous" << HeaderError::NotContinuous;
        QTest::newRow("checkpoint mismatch") << "checkpoint" << HeaderError::CheckpointMismatch;
        QTest::newRow("fork below the last checkpoint") << "fork-before-checkpoint" << HeaderError::ForkBeforeCheckpoint;
        QTest::newRow("more than 2000 headers") << "batch-too-large" << HeaderError::BatchTooLarge;
    }
    void rejections() {
        QFETCH(QString, fault);
        QFETCH(HeaderError, expected);
        chain::ChainParams p = m_regtest;
        // Base chain of 20; a checkpoint on our chain at height 10 and one at height 22 that no
        // header of ours matches.
        const auto base = test::mineChain(p.genesisHash, 20, kStart, p);
        p.checkpoints.push_back({10, base[9].hash()});
        p.checkpoints.push_back({22, BlockHash::fromHex(std::string(63, '0') + "1").value()});
        Fixture f = makeChain(p);
        QVERIFY(f.chain);
        QVERIFY(f.chain->acceptHeaders(base, 1).ok());
        const BlockHash tip = base.back().hash();
        const uint32_t t = base.back().time + 600;

        std::vector<BlockHeader> batch;
        const BlockHeader good = test::mineHeader(tip, t, p);
        if (fault == "bad-pow") batch = {test::mineHeader(tip, t, p, 0, 4, 0, false)};
        else if (fault == "wrong-bits") batch = {test::mineHeader(tip, t, p, 0, 4, 0x207ffffe)};
        else if (fault == "bad-target") batch = {test::mineHeader(tip, t, p, 0, 4, 0x2100ffff)};
        else if (fault == "time-mtp") batch = {test::mineHeader(tip, base[14].time, p)};  // median of the last 11
        else if (fault == "time-future") batch = {test::mineHeader(tip, uint32_t(kNow + 7201), p)};
        else if (fault == "time-future-edge") batch = {test::mineHeader(tip, uint32_t(kNow + 7200), p)};
        else if (fault == "old-version") batch = {test::mineHeader(tip, t, p, 0, 3)};
        else if (fault == "not-connecting") batch = {test::mineHeader(BlockHash(good.merkleRoot), t, p)};
        else if (fault == "not-continuous") batch = {good, test::mineHeader(tip, t + 600, p, 5)};
        else if (fault == "checkpoint") batch = {good, test::mineHeader(good.hash(), t + 600, p)};
        else if (fault == "fork-before-checkpoint") batch = {test::mineHeader(base[4].hash(), base[4].time + 1, p, 9)};
        else if (fault == "batch-too-large") batch.assign(2001, good);

        const int64_t before = storedCount(*f.files.db);
        const auto r = f.chain->acceptHeaders(batch, 42);
        QCOMPARE(r.error, expected);
        if (expected == HeaderError::None) {
            QCOMPARE(f.chain->tipHeight(), 21);
            return;
        }
        QVERIFY(!r.message.empty());
        QVERIFY2(QString::fromStdString(r.message).contains(QStringLiteral("peer 42")), r.message.c_str());
        QVERIFY(chain::isPeerFault(r.error));
        // A valid prefix stays accepted; the bad header is never stored.
        const int prefix = (fault == "not-continuous" || fault == "checkpoint") ? 1 : 0;
        QCOMPARE(r.accepted, prefix);
        QCOMPARE(f.chain->tipHeight(), 20 + prefix);
        QCOMPARE(storedCount(*f.files.db), before + prefix);
    }

    // Version minimums apply from each BIP's own height.
    void versionMinimums_data() {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("ok");
        QTest::newRow("v1 before BIP34") << 1 << 4 << true;
        QTest::newRow("v1 at BIP34") << 1 << 5 << false;
        QTest::newRow("v2 at BIP34") << 2 << 5 << true;
        QTest::newRow("v2 at BIP66") << 2 << 7 << false;
        QTest::newRow("v3 at BIP66") << 3 << 7 << true;
        QTest::newRow("v3 at BIP65") << 3 << 9 << false;
        QTest::newRow("v4 at BIP65") << 4 << 9 << true;
    }
    void versionMinimums() {
        QFETCH(int, version);
        QFETCH(int, height);
        QFETCH(bool, ok);
        chain::ChainParams p = m_regtest;
        p.bip34Height = 5;
        p.bip66Height = 7;
        p.bip65Height = 9;
        Fixture f = makeChain(p);
        QVERIFY(f.chain);
        const auto base = test::mineChain(p.genesisHash, height - 1, kStart, p);
        QVERIFY(f.chain->acceptHeaders(base, 1).ok());
        const BlockHash parent = base.empty() ? p.genesisHash : base.back().hash();
        const auto r = f.chain->acceptHeaders(std::vector{test::mineHeader(parent, kStart + 600u * uint32_t(height), p, 0, version)}, 1);
        QCOMPARE(r.ok(), ok);
        if (!ok) QCOMPARE(r.error, HeaderError::BadVersion);
    }

    void reorgToMoreWorkButNotToEqualWork() {
        Fixture f = makeChain(m_regtest);
        QVERIFY(f.chain);
        const auto a = test::mineChain(m_regtest.genesisHash, 10, kStart, m_regtest, 1);
        QVERIFY(f.chain->acceptHeaders(a, 1).ok());
        std::vector<ChainChange> seen;
        f.chain->subscribe([&](const ChainChange& c) { seen.push_back(c); });

        // Branch B forks after height 5 and ends at 11: more work, so it becomes the best chain.
        const auto b = test::mineChain(a[4].hash(), 6, a[4].time + 300, m_regtest, 2);
        auto r = f.chain->acceptHeaders(b, 2);
        QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY(r.change && r.change->isReorg());
        QCOMPARE(r.change->forkHeight, 5);
        QCOMPARE(r.change->forkPoint, a[4].hash());
        QCOMPARE(int(r.change->disconnected.size()), 5);
        QCOMPARE(r.change->disconnected.front(), a[9].hash());  // old tip first
        QCOMPARE(int(r.change->connected.size()), 6);
        QCOMPARE(r.change->connected.back(), b.back().hash());
        QCOMPARE(f.chain->tip(), b.back().hash());
        QCOMPARE(f.chain->tipHeight(), 11);
        QVERIFY(!f.chain->isOnBestChain(a[9].hash()));
        QVERIFY(f.chain->contains(a[9].hash()));
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(storedCount(*f.files.db), int64_t(1 + 10 + 6));

        // Branch C also ends at height 11 from the same fork: equal work, first seen wins.
        const auto c = test::mineChain(a[4].hash(), 6, a[4].time + 400, m_regtest, 3);
        r = f.chain->acceptHeaders(c, 3);
        QVERIFY(r.ok());
        QCOMPARE(r.accepted, 6);
        QVERIFY(!r.change);
        QCOMPARE(f.chain->tip(), b.back().hash());
        QCOMPARE(f.chain->poolSize(), size_t(6));
        QCOMPARE(storedCount(*f.files.db), int64_t(17));  // held in memory only
        QCOMPARE(seen.size(), size_t(1));

        // One more header on C: now it has more work and wins; its pooled headers get persisted.
        r = f.chain->acceptHeaders(std::vector{test::mineHeader(c.back().hash(), c.back().time + 600, m_regtest, 3)}, 3);
        QVERIFY(r.ok() && r.change && r.change->isReorg());
        QCOMPARE(r.persisted, 7);
        QCOMPARE(int(r.change->disconnected.size()), 6);
        QCOMPARE(f.chain->tipHeight(), 12);
        QCOMPARE(f.chain->poolSize(), size_t(0));
        QCOMPARE(storedCount(*f.files.db), int64_t(24));
        QCOMPARE(seen.size(), size_t(2));
    }

    // A flood of cheap forks from genesis: each has less work than our chain, so it is kept in memory
    // only, and the pool never exceeds its cap.
    void lowWorkForkFloodIsBoundedAndNotPersisted() {
        const size_t cap = 500;
        Fixture f = makeChain(m_regtest, cap);
        QVERIFY(f.chain);
        const auto main = test::mineChain(m_regtest.genesisHash, 300, kStart, m_regtest);
        QVERIFY(f.chain->acceptHeaders(main, 1).ok());
        const size_t baseMemory = f.chain->memoryUsage();
        int refused = 0;
        for (uint32_t branch = 1; branch <= 30; ++branch) {
            const auto fork = test::mineChain(m_regtest.genesisHash, 100, kStart + branch, m_regtest, 1000 + branch);
            const auto r = f.chain->acceptHeaders(fork, 66);
            QVERIFY(r.ok() || r.error == HeaderError::TooManyUnpersisted);
            if (!r.ok()) {
                ++refused;
                QVERIFY(!chain::isPeerFault(r.error));
            }
            QVERIFY(f.chain->poolSize() <= cap);
            QVERIFY(f.chain->indexSize() <= 301 + cap);
            QVERIFY(f.chain->memoryUsage() <= baseMemory + cap * 256);
            QCOMPARE(storedCount(*f.files.db), int64_t(301));
            QCOMPARE(f.chain->tipHeight(), 300);
        }
        QCOMPARE(f.chain->poolSize(), cap);
        QVERIFY(refused == 0);  // equal-work forks of equal length: older groups are dropped instead
    }

    // Below the minimum chain work nothing is persisted; once the branch passes it, all of it is.
    void minimumChainWorkGatesPersistence() {
        chain::ChainParams p = m_regtest;
        p.minimumChainWork = primitives::Uint256(2 * 51);  // genesis + 50 headers
        Fixture f = makeChain(p);
        QVERIFY(f.chain);
        QVERIFY(!f.chain->hasMinimumWork());
        const auto headers = test::mineChain(p.genesisHash, 60, kStart, p);
        auto r = f.chain->acceptHeaders(std::span(headers).first(30), 1);
        QVERIFY(r.ok());
        QCOMPARE(r.accepted, 30);
        QCOMPARE(r.persisted, 0);
        QCOMPARE(f.chain->tipHeight(), 0);
        QCOMPARE(f.chain->poolSize(), size_t(30));
        QCOMPARE(storedCount(*f.files.db), int64_t(1));
        r = f.chain->acceptHeaders(std::span(headers).subspan(30), 1);
        QVERIFY(r.ok());
        QCOMPARE(r.persisted, 60);
        QCOMPARE(f.chain->tipHeight(), 60);
        QVERIFY(f.chain->hasMinimumWork());
        QCOMPARE(storedCount(*f.files.db), int64_t(61));
    }

    // testnet3-style first sync: the minimum work lies far past the pool cap. Within the low-work
    // budget a branch with more work than ours is persisted anyway; once the budget is spent (counted
    // again from the store after a reopen) the strict rule holds; side branches never use it.
    void lowWorkBudgetLetsAFirstSyncProgress() {
        chain::ChainParams p = m_regtest;
        p.minimumChainWork = primitives::Uint256(1'000'000);  // never reached here
        const std::string path = (test::freshTempDir(QStringLiteral("budget")) + QStringLiteral("/node.sqlite")).toStdString();
        HeaderChain::Options o = options(50);
        o.maxLowWorkPersisted = 61;  // genesis + 60 headers
        const auto headers = test::mineChain(p.genesisHash, 100, kStart, p);
        {
            auto files = test::StoreFixture::open(path);
            QVERIFY(files.ok());
            auto c = HeaderChain::open(p, *files.store, o);
            QVERIFY(c.ok());
            for (size_t from : {size_t(0), size_t(30)}) {
                const auto r = (*c)->acceptHeaders(std::span(headers).subspan(from, 30), 1);
                QVERIFY(r.ok());
                QCOMPARE(r.persisted, 30);
                QCOMPARE((*c)->tipHeight(), int(from + 30));
            }
            QCOMPARE((*c)->poolSize(), size_t(0));
            QVERIFY(!(*c)->hasMinimumWork());
            // Budget spent: the next headers stay in the pool.
            auto r = (*c)->acceptHeaders(std::span(headers).subspan(60, 20), 1);
            QVERIFY(r.ok());
            QCOMPARE(r.persisted, 0);
            QCOMPARE((*c)->tipHeight(), 60);
            QCOMPARE((*c)->poolSize(), size_t(20));
            // A side branch with less work neither persists nor reorgs.
            const auto side = test::mineChain(p.genesisHash, 10, kStart + 7, p, 99);
            r = (*c)->acceptHeaders(side, 2);
            QVERIFY(r.ok());
            QCOMPARE(r.persisted, 0);
            QCOMPARE((*c)->poolSize(), size_t(30));
            QCOMPARE(storedCount(*files.db), int64_t(61));
        }
        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        auto c = HeaderChain::open(p, *files.store, o);
        QVERIFY(c.ok());
        QCOMPARE((*c)->tipHeight(), 60);
        const auto r = (*c)->acceptHeaders(std::span(headers).subspan(60, 1), 1);
        QVERIFY(r.ok());
        QCOMPARE(r.persisted, 0);
        QCOMPARE((*c)->poolSize(), size_t(1));
        QCOMPARE(storedCount(*files.db), int64_t(61));
    }

    // A checkpoint on the branch anchors everything up to it, even below the minimum chain work.
    void checkpointAnchorsPersistence() {
        chain::ChainParams p = m_regtest;
        const auto headers = test::mineChain(p.genesisHash, 50, kStart, p);
        p.minimumChainWork = primitives::Uint256(1'000'000);
        p.checkpoints.push_back({40, headers[39].hash()});
        Fixture f = makeChain(p);
        QVERIFY(f.chain);
        const auto r = f.chain->acceptHeaders(headers, 1);
        QVERIFY(r.ok());
        QCOMPARE(r.persisted, 40);
        QCOMPARE(f.chain->tipHeight(), 40);
        QCOMPARE(f.chain->poolSize(), size_t(10));
        QCOMPARE(storedCount(*f.files.db), int64_t(41));
    }

    void reopenRestoresTheIndexWithoutRevalidation() {
        const QString dir = test::freshTempDir(QStringLiteral("reopen"));
        const std::string path = (dir + QStringLiteral("/node.sqlite")).toStdString();
        const auto a = test::mineChain(m_regtest.genesisHash, 30, kStart, m_regtest, 1);
        const auto b = test::mineChain(a[9].hash(), 25, a[9].time + 100, m_regtest, 2);
        BlockHash tip;
        primitives::Uint256 work;
        {
            auto files = test::StoreFixture::open(path);
            QVERIFY(files.ok());
            auto c = HeaderChain::open(m_regtest, *files.store, options());
            QVERIFY(c.ok());
            QVERIFY((*c)->acceptHeaders(a, 1).ok());
            QVERIFY((*c)->acceptHeaders(b, 1).ok());  // reorg to height 35
            tip = (*c)->tip();
            work = (*c)->tipWork();
            QCOMPARE((*c)->tipHeight(), 35);
        }
        // A clock far in the past would reject every stored header as "too new" if they were
        // re-validated; reopening must not re-validate.
        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        HeaderChain::Options o;
        o.clock = [] { return int64_t(0); };
        auto c = HeaderChain::open(m_regtest, *files.store, o);
        QVERIFY2(c.ok(), c.message().c_str());
        QCOMPARE((*c)->tip(), tip);
        QCOMPARE((*c)->tipHeight(), 35);
        QCOMPARE((*c)->tipWork(), work);
        QCOMPARE((*c)->indexSize(), size_t(1 + 30 + 25));
        QVERIFY((*c)->contains(a[29].hash()));
        QVERIFY(!(*c)->isOnBestChain(a[29].hash()));
        // Another network's chain refuses this store.
        QVERIFY(!HeaderChain::open(chain::chainParams(Network::Main), *files.store, options()).ok());
    }

    void interruptedBatchLeavesPreviousState() {
        const std::string path = (test::freshTempDir(QStringLiteral("crash")) + QStringLiteral("/node.sqlite")).toStdString();
        const auto headers = test::mineChain(m_regtest.genesisHash, 40, kStart, m_regtest);
        BlockHash tip20;
        {
            auto files = test::StoreFixture::open(path);
            auto c = HeaderChain::open(m_regtest, *files.store, options());
            QVERIFY(c.ok());
            QVERIFY((*c)->acceptHeaders(std::span(headers).first(20), 1).ok());
            tip20 = (*c)->tip();
        }
        auto rows = [&](size_t from, size_t to) {
            std::vector<chain::StoredHeader> out;
            for (size_t i = from; i < to; ++i)
                out.push_back({headers[i], headers[i].hash(), int(i + 1), primitives::Uint256(2 * (i + 2))});
            return out;
        };
        // (1) The batch is written but the database is closed before COMMIT.
        {
            auto files = test::StoreFixture::open(path);
            QVERIFY(files.store->writeUncommittedForTest(rows(20, 30), headers[29].hash()).ok());
            files.close();
        }
        // (2) A child process writes the next batch and is killed (SIGKILL) before it commits.
        const pid_t child = fork();
        if (child == 0) {
            auto files = test::StoreFixture::open(path);
            if (files.ok() && files.store->writeUncommittedForTest(rows(20, 40), headers[39].hash()).ok())
                raise(SIGKILL);
            _exit(3);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        QCOMPARE(storedCount(*files.db), int64_t(21));
        auto c = HeaderChain::open(m_regtest, *files.store, options());
        QVERIFY2(c.ok(), c.message().c_str());
        QCOMPARE((*c)->tip(), tip20);
        QCOMPARE((*c)->tipHeight(), 20);
        // And the chain continues normally from there.
        QVERIFY((*c)->acceptHeaders(std::span(headers).subspan(20), 1).ok());
        QCOMPARE((*c)->tipHeight(), 40);
    }

    void locatorAndServing() {
        Fixture f = makeChain(m_regtest);
        QVERIFY(f.chain);
        const auto headers = test::mineChain(m_regtest.genesisHash, 100, kStart, m_regtest);
        QVERIFY(f.chain->acceptHeaders(headers, 1).ok());
        const auto loc = f.chain->locator();
        QCOMPARE(loc.front(), headers.back().hash());
        QCOMPARE(loc.back(), m_regtest.genesisHash);
        // As Bitcoin Core: 100, 99, ..., 90 (eleven single steps), then 89, 87, 83, 75, 59, 27, genesis.
        QCOMPARE(int(loc.size()), 18);
        QCOMPARE(*f.chain->heightOf(loc[11]), 89);
        QCOMPARE(*f.chain->heightOf(loc[16]), 27);

        const std::vector<BlockHash> from50{headers[49].hash()};
        auto served = f.chain->headersAfter(from50, BlockHash(), 2000);
        QVERIFY(served.ok());
        QCOMPARE(served->size(), size_t(50));
        QCOMPARE(served->front(), headers[50]);
        served = f.chain->headersAfter(from50, headers[59].hash(), 2000);
        QVERIFY(served.ok());
        QCOMPARE(served->size(), size_t(10));
        served = f.chain->headersAfter({}, BlockHash(), 5);
        QVERIFY(served.ok());
        QCOMPARE(served->size(), size_t(5));
        QCOMPARE(served->front(), headers[0]);
    }
};

QTEST_GUILESS_MAIN(TestChainHeaderChain)
#include "test_chain_header_chain.moc"
