// SPDX-License-Identifier: MIT
// BIP157/158 against a real bcoin node extended by tests/regtest/plugins/cfilters.js: the node advertises
// NODE_COMPACT_FILTERS, and for every block of a chain with coinbases, a wallet payment and its spend-side
// inputs, the filter bcoin serves (getcfilters) is byte-identical to the one Cairn builds from the same block
// and its spent output scripts, and the filter header chain bcoin serves (getcfheaders) equals Cairn's.
#include "chain/block_filter.h"
#include "chain/params.h"
#include "common/wallet_fixture.h"
#include "net/connection.h"
#include "primitives/block.h"
#include "util/hex.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QtTest>

#include <map>

using namespace cairn;

namespace {
const QString kScript = QStringLiteral("0014") + QStringLiteral("11").repeated(20);

Bytes hexBytes(const QString& hex) {
    auto b = util::fromHex(hex.toStdString());
    return b.ok() ? *b : Bytes{};
}
}  // namespace

class TestFiltersBcoin : public QObject {
    Q_OBJECT
    test::BcoinNode m_node{QStringLiteral("filters")};

private slots:
    void initTestCase() {
        QVERIFY2(test::BcoinNode::installProblem().isEmpty(), qPrintable(test::BcoinNode::installProblem()));
        QString error;
        QVERIFY2(test::startBcoinWithFilters(m_node, &error), qPrintable(error));
        QVERIFY2(m_node.mine(3, kScript).size() == 3, qPrintable(m_node.lastError()));
        QVERIFY2(!m_node.fundWallet().isEmpty(), qPrintable(m_node.lastError()));
        QVERIFY2(!m_node.sendFromWallet(kScript, 1.5).isEmpty(), qPrintable(m_node.lastError()));
        QVERIFY2(!m_node.sendFromWallet(QStringLiteral("5120") + QStringLiteral("22").repeated(32), 0.25).isEmpty(),
                 qPrintable(m_node.lastError()));
        QVERIFY2(m_node.mine(1, kScript).size() == 1, qPrintable(m_node.lastError()));
    }

    void filtersAreByteIdentical() {
        const int tip = m_node.tipHeight();
        QVERIFY(tip > 100);
        const auto tipHash = primitives::BlockHash::fromHex(m_node.tipHash().toStdString());
        QVERIFY(tipHash.ok());

        // Ask bcoin over P2P, with Cairn's own connection and codec.
        net::Connection::Options options;
        options.magic = chain::chainParams(Network::Regtest).messageStart;
        net::Connection conn(1, QStringLiteral("127.0.0.1"), m_node.p2pPort(), options);
        std::map<primitives::BlockHash, Bytes> filters;
        std::optional<net::CFHeaders> headers;
        uint64_t services = 0;
        QEventLoop loop;
        conn.onReady = [&](net::Connection& c) {
            services = c.peerVersion().services;
            net::GetCFHeaders gh;
            gh.startHeight = 0;
            gh.stopHash = *tipHash;
            c.send(gh);
            net::GetCFilters gf;
            gf.startHeight = 0;
            gf.stopHash = *tipHash;
            c.send(gf);
        };
        conn.onMessage = [&](net::Connection&, const net::Message& m) {
            if (auto* f = std::get_if<net::CFilter>(&m)) filters[f->blockHash] = f->filter;
            if (auto* h = std::get_if<net::CFHeaders>(&m)) headers = *h;
            if (headers && filters.size() == size_t(tip + 1)) loop.quit();
        };
        conn.onClosed = [&](net::Connection&, const net::CloseInfo&) { loop.quit(); };
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        conn.open();
        loop.exec();
        QVERIFY2((services & net::kNodeCompactFilters) != 0, "bcoin does not advertise NODE_COMPACT_FILTERS");
        QVERIFY2(headers.has_value(), "no cfheaders answer");
        QCOMPARE(filters.size(), size_t(tip + 1));
        QCOMPARE(headers->filterHashes.size(), size_t(tip + 1));
        QVERIFY(headers->previousFilterHeader == crypto::Hash256{});

        crypto::Hash256 header{};
        int withInputs = 0;
        for (int h = 0; h <= tip; ++h) {
            const QString hashHex = m_node.rpc(QStringLiteral("getblockhash"), {h}).toString();
            const QString rawHex = m_node.rpc(QStringLiteral("getblock"), {hashHex, false}).toString();
            auto block = primitives::Block::parse(hexBytes(rawHex));
            QVERIFY2(block.ok(), qPrintable(QStringLiteral("block %1: %2").arg(h).arg(m_node.lastError())));
            std::vector<Bytes> spent;
            for (const auto& tx : block->transactions) {
                if (tx.isCoinbase()) continue;
                for (const auto& in : tx.inputs) {
                    const QJsonObject prev =
                        m_node.rpc(QStringLiteral("getrawtransaction"), {QString::fromStdString(in.prevout.txid.toHex()), 1})
                            .toObject();
                    const QJsonObject out = prev.value(QStringLiteral("vout")).toArray().at(int(in.prevout.index)).toObject();
                    spent.push_back(hexBytes(out.value(QStringLiteral("scriptPubKey")).toObject().value(QStringLiteral("hex")).toString()));
                    ++withInputs;
                }
            }
            const chain::BlockFilter mine = chain::BlockFilter::buildBasic(*block, spent);
            const auto it = filters.find(block->hash());
            QVERIFY2(it != filters.end(), qPrintable(QStringLiteral("no cfilter for height %1").arg(h)));
            QCOMPARE(QString::fromStdString(util::toHex(mine.encoded())), QString::fromStdString(util::toHex(it->second)));
            QVERIFY(mine.hash() == headers->filterHashes[size_t(h)]);
            header = mine.header(header);
            auto parsed = chain::BlockFilter::parse(block->hash(), it->second);
            QVERIFY2(parsed.ok(), parsed.message().c_str());
            // Blocks paying kScript match it (coinbases of the first 3 blocks and the last block).
            if (h >= 1 && h <= 3) QVERIFY(parsed->match(hexBytes(kScript)));
        }
        QVERIFY2(withInputs >= 2, "the chain has no spending transactions to exercise prevout scripts");
        QVERIFY(filters.count(*tipHash) == 1);
        QVERIFY(chain::BlockFilter::parse(*tipHash, filters[*tipHash])->match(hexBytes(kScript)));
    }
};

QTEST_GUILESS_MAIN(TestFiltersBcoin)
#include "test_filters_bcoin.moc"
