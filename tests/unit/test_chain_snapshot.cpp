// SPDX-License-Identifier: MIT
// service::ChainSnapshot, the GUI thread's copy of the best chain: filled from a real HeaderChain over a
// SQLite store, then kept equal to it through extensions and a reorg to a longer branch, and read from
// another thread while the chain grows.
#include "chain/header_chain.h"
#include "service/chain_snapshot.h"
#include "test_chain_support.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace cairn;
using chain::HeaderChain;

namespace {
constexpr uint32_t kStart = 1'690'000'000;

// True when every height of the snapshot shows the chain's best header (hash, time, bits).
bool sameAsChain(const service::ChainSnapshot& snap, const HeaderChain& c, QString* why) {
    if (snap.tipHeight() != c.tipHeight()) {
        *why = QStringLiteral("tip %1 vs %2").arg(snap.tipHeight()).arg(c.tipHeight());
        return false;
    }
    for (int h = 0; h <= c.tipHeight(); ++h) {
        const auto s = snap.at(h);
        const auto info = c.infoAt(h);
        if (!s || !info || s->height != h || s->hash != QString::fromStdString(info->hash.toHex()) ||
            s->time != info->time || s->bits != info->bits || s->difficulty != info->difficulty) {
            *why = QStringLiteral("height %1 differs").arg(h);
            return false;
        }
    }
    return true;
}
}  // namespace

class TestChainSnapshot : public QObject {
    Q_OBJECT
    const chain::ChainParams& m_regtest = chain::chainParams(Network::Regtest);

    static HeaderChain::Options options() {
        HeaderChain::Options o;
        o.clock = [] { return int64_t(kStart) + 10'000'000; };
        return o;
    }

private slots:
    void followsExtensionsAndAReorg() {
        const std::string path = (test::freshTempDir(QStringLiteral("snap")) + QStringLiteral("/node.sqlite")).toStdString();
        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        auto opened = HeaderChain::open(m_regtest, *files.store, options());
        QVERIFY(opened.ok());
        HeaderChain& c = **opened;
        service::ChainSnapshot snap;
        QCOMPARE(snap.tipHeight(), -1);
        QVERIFY(!snap.at(0));
        snap.resetFrom(c);
        QString why;
        QVERIFY2(sameAsChain(snap, c, &why), qPrintable(why));
        QCOMPARE(snap.at(0)->hash, QString::fromStdString(m_regtest.genesisHash.toHex()));

        int applied = 0, reorgs = 0;
        c.subscribe([&](const chain::ChainChange& change) {
            QVERIFY(snap.apply(c, change));  // fits what the snapshot holds: no full reset
            ++applied;
            reorgs += change.isReorg() ? 1 : 0;
        });
        const auto main = test::mineChain(m_regtest.genesisHash, 30, kStart, m_regtest);
        QVERIFY(c.acceptHeaders(std::span(main).first(20), 1).ok());
        QVERIFY(c.acceptHeaders(std::span(main).subspan(20), 1).ok());
        QCOMPARE(applied, 2);
        QVERIFY2(sameAsChain(snap, c, &why), qPrintable(why));
        QVERIFY(!snap.at(31));
        QVERIFY(!snap.at(-1));

        // A longer branch from height 12 replaces heights 13..30 and adds more.
        const auto side = test::mineChain(main[11].hash(), 25, kStart + 600 * 12 + 7, m_regtest, 99);
        const auto r = c.acceptHeaders(side, 2);
        QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY(r.change && r.change->isReorg());
        QCOMPARE(reorgs, 1);
        QCOMPARE(snap.tipHeight(), 37);
        QCOMPARE(snap.at(13)->hash, QString::fromStdString(side[0].hash().toHex()));
        QCOMPARE(snap.at(12)->hash, QString::fromStdString(main[11].hash().toHex()));
        QVERIFY2(sameAsChain(snap, c, &why), qPrintable(why));
        QVERIFY(snap.memoryUsage() > 0);
    }

    // A change that does not continue the snapshot (here: a snapshot never filled) resets it from the chain.
    void mismatchedChangeResets() {
        const std::string path = (test::freshTempDir(QStringLiteral("snap2")) + QStringLiteral("/node.sqlite")).toStdString();
        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        auto opened = HeaderChain::open(m_regtest, *files.store, options());
        QVERIFY(opened.ok());
        HeaderChain& c = **opened;
        const auto main = test::mineChain(m_regtest.genesisHash, 10, kStart, m_regtest);
        const auto r = c.acceptHeaders(main, 1);
        QVERIFY(r.ok() && r.change);
        service::ChainSnapshot snap;
        QVERIFY(!snap.apply(c, *r.change));
        QString why;
        QVERIFY2(sameAsChain(snap, c, &why), qPrintable(why));
    }

    // Readers on another thread always see a consistent prefix while the worker appends.
    void readersDuringGrowth() {
        const std::string path = (test::freshTempDir(QStringLiteral("snap3")) + QStringLiteral("/node.sqlite")).toStdString();
        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        auto opened = HeaderChain::open(m_regtest, *files.store, options());
        QVERIFY(opened.ok());
        HeaderChain& c = **opened;
        service::ChainSnapshot snap;
        snap.resetFrom(c);
        c.subscribe([&](const chain::ChainChange& change) { snap.apply(c, change); });
        const auto main = test::mineChain(m_regtest.genesisHash, 4000, kStart, m_regtest);
        std::atomic<bool> done{false};
        std::atomic<int> bad{0}, reads{0};
        std::thread reader([&] {
            while (!done) {
                const int tip = snap.tipHeight();
                const auto s = snap.at(tip);
                if (!s || s->hash.size() != 64) ++bad;
                ++reads;
            }
        });
        for (size_t i = 0; i < main.size(); i += 100) QVERIFY(c.acceptHeaders(std::span(main).subspan(i, 100), 1).ok());
        done = true;
        reader.join();
        QCOMPARE(bad.load(), 0);
        QVERIFY(reads.load() > 0);
        QCOMPARE(snap.tipHeight(), 4000);
        QCOMPARE(snap.at(4000)->hash, QString::fromStdString(main.back().hash().toHex()));
    }
};

QTEST_GUILESS_MAIN(TestChainSnapshot)
#include "test_chain_snapshot.moc"
