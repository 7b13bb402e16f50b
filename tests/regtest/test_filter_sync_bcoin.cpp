// SPDX-License-Identifier: MIT
// FilterSync (BIP157 client) against real bcoin nodes serving filters through tests/regtest/plugins/cfilters.js.
// (1) One honest node with a ~300-block chain (coinbases, wallet payments and their spends): Cairn syncs the
//     headers (HeaderSync) and the filter headers (FilterSync) to bcoin's tip and fetches every filter; each one
//     is byte-identical to the filter Cairn builds from the same block and its spent output scripts, and the
//     verified filter header chain equals the one chained from those filters.
// (2) The same chain on a second node started with `cfilters-lie-height` (it serves a wrong filter, and the
//     filter headers that follow from it, for one block; it gets the honest blocks through submitblock), both
//     connected to a fresh Cairn: the liar is banned with the block as proof and the honest chain is kept.
// (3) A reorg on bcoin (3 blocks replaced by 5): the filter headers above the fork follow the new branch.
#include "chain/block_filter.h"
#include "chain/header_chain.h"
#include "chain/params.h"
#include "common/test_paths.h"
#include "common/wallet_fixture.h"
#include "net/block_fetcher.h"
#include "net/filter_sync.h"
#include "net/header_sync.h"
#include "net/peer_manager.h"
#include "storage/database.h"
#include "storage/filter_header_store.h"
#include "storage/header_store.h"
#include "storage/schema.h"
#include "util/hex.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <map>

using namespace cairn;

namespace {

const QString kScript = QStringLiteral("0014") + QStringLiteral("33").repeated(20);
constexpr int kLieHeight = 150;

const chain::ChainParams& regtest() { return chain::chainParams(Network::Regtest); }

Bytes hexBytes(const QString& hex) {
    auto b = util::fromHex(hex.toStdString());
    return b.ok() ? *b : Bytes{};
}

/// Cairn's node side in-process: database, header chain, peers (--connect only), header sync, block fetcher
/// and filter sync.
struct CairnNode {
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::HeaderStore> headers;
    std::unique_ptr<storage::FilterHeaderStore> filterStore;
    std::unique_ptr<chain::HeaderChain> chain;
    std::unique_ptr<net::PeerManager> peers;
    std::unique_ptr<net::HeaderSync> headerSync;
    std::unique_ptr<net::BlockFetcher> blocks;
    std::unique_ptr<net::FilterSync> filters;

    QString open(const QString& dir, const QStringList& connect) {
        auto d = storage::Database::open(QDir(dir).absoluteFilePath(QStringLiteral("cairn.sqlite")).toStdString(),
                                         storage::nodeMigrations());
        if (!d.ok()) return QString::fromStdString(d.message());
        db = std::move(d).value();
        auto hs = storage::HeaderStore::open(*db);
        auto fs = storage::FilterHeaderStore::open(*db);
        if (!hs.ok() || !fs.ok()) return QStringLiteral("stores do not open");
        headers = std::move(hs).value();
        filterStore = std::move(fs).value();
        auto c = chain::HeaderChain::open(regtest(), *headers);
        if (!c.ok()) return QString::fromStdString(c.message());
        chain = std::move(c).value();
        net::PeerManager::Options po;
        po.connectOnly = connect;
        po.useDnsSeeds = false;
        peers = std::make_unique<net::PeerManager>(regtest(), nullptr, po);
        headerSync = std::make_unique<net::HeaderSync>(*chain, *peers, net::HeaderSync::Options{});
        blocks = std::make_unique<net::BlockFetcher>(*chain, *peers, nullptr, net::BlockFetcher::Options{});
        filters = std::make_unique<net::FilterSync>(*chain, *peers, *blocks, filterStore.get(), net::FilterSync::Options{});
        filters->start();
        if (auto r = peers->start(); !r.ok()) return QString::fromStdString(r.message());
        return {};
    }
    ~CairnNode() {
        if (peers) peers->stop();
        filters.reset();
        blocks.reset();
        headerSync.reset();
        peers.reset();
    }
};

}  // namespace

class TestFilterSyncBcoin : public QObject {
    Q_OBJECT
    test::BcoinNode m_honest{QStringLiteral("filters-honest")};
    std::vector<crypto::Hash256> m_headers;  ///< filter headers Cairn computed from bcoin's blocks, by height
    std::vector<Bytes> m_filters;            ///< filters Cairn built from bcoin's blocks, by height

    /// Builds the filter of block `height` from bcoin's raw block and the spent outputs' scripts.
    Bytes buildFilter(int height) {
        const QString hashHex = m_honest.rpc(QStringLiteral("getblockhash"), {height}).toString();
        auto block = primitives::Block::parse(hexBytes(m_honest.rpc(QStringLiteral("getblock"), {hashHex, false}).toString()));
        if (!block.ok()) return {};
        std::vector<Bytes> spent;
        for (const auto& tx : block->transactions) {
            if (tx.isCoinbase()) continue;
            for (const auto& in : tx.inputs) {
                const QJsonObject prev =
                    m_honest.rpc(QStringLiteral("getrawtransaction"), {QString::fromStdString(in.prevout.txid.toHex()), 1})
                        .toObject();
                const QJsonObject out = prev.value(QStringLiteral("vout")).toArray().at(int(in.prevout.index)).toObject();
                spent.push_back(hexBytes(out.value(QStringLiteral("scriptPubKey")).toObject().value(QStringLiteral("hex")).toString()));
            }
        }
        return chain::BlockFilter::buildBasic(*block, spent).encoded();
    }

private slots:
    void initTestCase() {
        QVERIFY2(test::BcoinNode::installProblem().isEmpty(), qPrintable(test::BcoinNode::installProblem()));
        QString error;
        QVERIFY2(test::startBcoinWithFilters(m_honest, &error), qPrintable(error));
        QVERIFY2(m_honest.mine(3, kScript).size() == 3, qPrintable(m_honest.lastError()));
        QVERIFY2(!m_honest.fundWallet().isEmpty(), qPrintable(m_honest.lastError()));
        QVERIFY2(!m_honest.sendFromWallet(kScript, 1.5).isEmpty(), qPrintable(m_honest.lastError()));
        QVERIFY2(m_honest.mine(1, kScript).size() == 1, qPrintable(m_honest.lastError()));
        QVERIFY2(!m_honest.sendFromWallet(QStringLiteral("5120") + QStringLiteral("44").repeated(32), 0.5).isEmpty(),
                 qPrintable(m_honest.lastError()));
        QVERIFY2(m_honest.mine(300 - m_honest.tipHeight(), kScript).size() > 0, qPrintable(m_honest.lastError()));
        QCOMPARE(m_honest.tipHeight(), 300);
        crypto::Hash256 header{};
        for (int h = 0; h <= 300; ++h) {
            m_filters.push_back(buildFilter(h));
            QVERIFY2(!m_filters.back().empty(), qPrintable(QStringLiteral("block %1: %2").arg(h).arg(m_honest.lastError())));
            m_headers.push_back(header = chain::filterHeader(crypto::sha256d(m_filters.back()), header));
        }
    }

    void syncsFilterHeadersAndFiltersFromBcoin() {
        CairnNode cairn;
        const QString error = cairn.open(test::freshTempDir(QStringLiteral("filter-sync-bcoin")),
                                         {QStringLiteral("127.0.0.1:%1").arg(m_honest.p2pPort())});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(cairn.chain->tipHeight() == 300 && cairn.filters->verifiedHeight() == 300, 60000);
        QVERIFY(cairn.filters->available());
        for (int h = 0; h <= 300; ++h)
            QVERIFY2(*cairn.filters->filterHeaderAt(h) == m_headers[size_t(h)], qPrintable(QString::number(h)));

        std::map<int, Bytes> got;
        std::optional<util::Result<void>> done;
        cairn.filters->fetchFilters(
            0, 300, [&](int height, const primitives::BlockHash&, const chain::BlockFilter& f) { got[height] = f.encoded(); },
            [&](util::Result<void> r) { done = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->ok(), done->message().c_str());
        QCOMPARE(got.size(), size_t{301});
        int withSpends = 0;
        for (int h = 0; h <= 300; ++h) {
            QCOMPARE(QString::fromStdString(util::toHex(got[h])), QString::fromStdString(util::toHex(m_filters[size_t(h)])));
            withSpends += chain::BlockFilter::parse(*cairn.chain->hashAt(h), got[h])->elementCount() > 1;
        }
        QVERIFY2(withSpends >= 2, "the chain has no blocks with spends to exercise prevout scripts");
        QVERIFY(cairn.peers->issuedBans().empty());
    }

    void liarIsBannedAndHonestChainKept() {
        test::BcoinNode liar{QStringLiteral("filters-liar")};
        QString error;
        QVERIFY2(test::startBcoinWithFilters(liar, &error, kLieHeight), qPrintable(error));
        // The liar gets the honest chain block by block (its own chain is empty apart from genesis).
        for (int h = 1; h <= 300; ++h) {
            const QString hashHex = m_honest.rpc(QStringLiteral("getblockhash"), {h}).toString();
            const QString raw = m_honest.rpc(QStringLiteral("getblock"), {hashHex, false}).toString();
            QVERIFY2(!liar.rpc(QStringLiteral("submitblock"), {raw}).isUndefined(), qPrintable(liar.lastError()));
        }
        QCOMPARE(liar.tipHash(), m_honest.tipHash());

        CairnNode cairn;
        error = cairn.open(test::freshTempDir(QStringLiteral("filter-sync-liar")),
                           {QStringLiteral("127.0.0.1:%1").arg(liar.p2pPort()),
                            QStringLiteral("127.0.0.1:%1").arg(m_honest.p2pPort())});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::string liarKey = net::PeerManager::banKey(QStringLiteral("127.0.0.1"), liar.p2pPort());
        QTRY_VERIFY_WITH_TIMEOUT(cairn.peers->isBanned(liarKey) && cairn.filters->verifiedHeight() == 300, 60000);
        for (int h : {0, kLieHeight - 1, kLieHeight, kLieHeight + 1, 300})
            QVERIFY2(*cairn.filters->filterHeaderAt(h) == m_headers[size_t(h)], qPrintable(QString::number(h)));
        const auto& bans = cairn.peers->issuedBans();
        QCOMPARE(bans.size(), size_t{1});
        QCOMPARE(QString::fromStdString(bans.front().first), QString::fromStdString(liarKey));
        QVERIFY2(QString::fromStdString(bans.front().second).contains(QStringLiteral("lied about the basic filter")),
                 bans.front().second.c_str());
        QVERIFY(!cairn.peers->isBanned(net::PeerManager::banKey(QStringLiteral("127.0.0.1"), m_honest.p2pPort())));
    }

    // Runs last: it changes the honest node's chain above height 297.
    void followsABcoinReorg() {
        CairnNode cairn;
        const QString error = cairn.open(test::freshTempDir(QStringLiteral("filter-sync-bcoin-reorg")),
                                         {QStringLiteral("127.0.0.1:%1").arg(m_honest.p2pPort())});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(cairn.chain->tipHeight() == 300 && cairn.filters->verifiedHeight() == 300, 60000);
        const QStringList branch = m_honest.reorg(3, 5, QStringLiteral("0014") + QStringLiteral("55").repeated(20));
        QVERIFY2(branch.size() == 5, qPrintable(m_honest.lastError()));
        QCOMPARE(m_honest.tipHeight(), 302);
        QTRY_VERIFY_WITH_TIMEOUT(cairn.chain->tipHeight() == 302 && cairn.filters->verifiedHeight() == 302, 60000);
        crypto::Hash256 header = m_headers[297];
        QVERIFY(*cairn.filters->filterHeaderAt(297) == header);
        std::map<int, Bytes> expected;
        for (int h = 298; h <= 302; ++h) {
            expected[h] = buildFilter(h);
            header = chain::filterHeader(crypto::sha256d(expected[h]), header);
            QVERIFY2(*cairn.filters->filterHeaderAt(h) == header, qPrintable(QString::number(h)));
        }
        QVERIFY(*cairn.filters->filterHeaderAt(298) != m_headers[298]);  // the branch's filters differ
        std::map<int, Bytes> got;
        std::optional<util::Result<void>> done;
        cairn.filters->fetchFilters(
            298, 302, [&](int height, const primitives::BlockHash&, const chain::BlockFilter& f) { got[height] = f.encoded(); },
            [&](util::Result<void> r) { done = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->ok(), done->message().c_str());
        for (int h = 298; h <= 302; ++h) QVERIFY(got[h] == expected[h]);
    }
};

QTEST_GUILESS_MAIN(TestFilterSyncBcoin)
#include "test_filter_sync_bcoin.moc"
