// SPDX-License-Identifier: MIT
// BIP157 client side: FilterHeaderStore (round trip, reorg by block hash, filter cache cap), the filter header
// chain and the liar rule against the BIP158 vectors (tests/data/blockfilters.json), and FilterSync against
// scripted in-process peers (QTcpServers speaking the protocol with Cairn's codec) that serve a regtest chain of
// 1,100 real blocks: honest peers -> every filter header and filter equals what Cairn builds locally; a peer
// lying about a filter (below or above the last checkpoint), a checkpoint, sending cfheaders that do not connect
// or of the wrong length, a short cfcheckpt, or filters that contradict the verified headers or do not decode
// -> banned, honest chain kept; a silent peer -> left out until the next block,
// then disconnected without a ban; an honest peer joining after a liar
// -> the liar's chain is verified again and the liar banned; a reorg -> headers above the fork replaced.
#include "chain/block_filter.h"
#include "chain/header_chain.h"
#include "chain/params.h"
#include "common/test_paths.h"
#include "net/block_fetcher.h"
#include "net/filter_sync.h"
#include "net/filter_sync_judge.h"
#include "net/peer_manager.h"
#include "primitives/merkle.h"
#include "storage/database.h"
#include "storage/filter_header_store.h"
#include "storage/header_store.h"
#include "storage/schema.h"
#include "util/hex.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <map>

using namespace cairn;
using namespace cairn::net;
using chain::BlockFilter;
using primitives::Block;
using primitives::BlockHash;
using primitives::BlockHeader;

namespace {

const chain::ChainParams& regtest() { return chain::chainParams(Network::Regtest); }

Bytes hexBytes(const QJsonValue& v) {
    auto b = util::fromHex(v.toString().toStdString());
    return b.ok() ? *b : Bytes{};
}

crypto::Hash256 displayHash(const QJsonValue& v) {
    auto h = BlockHash::fromHex(v.toString().toStdString());
    return h.ok() ? h->bytes() : crypto::Hash256{};
}

/// One row of blockfilters.json.
struct Vector {
    int height = 0;
    Block block;
    std::vector<Bytes> prevScripts;
    crypto::Hash256 previousHeader{};
    Bytes filter;
    crypto::Hash256 header{};
    QString note;
};

const std::vector<Vector>& vectors() {
    static const std::vector<Vector> all = [] {
        std::vector<Vector> out;
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("blockfilters.json"))).array();
        for (const QJsonValue& value : rows) {
            const QJsonArray row = value.toArray();
            if (row.size() < 7 || !row[0].isDouble()) continue;  // the column legend
            Vector v;
            v.height = row[0].toInt();
            if (auto block = Block::parse(hexBytes(row[2])); block.ok()) v.block = *block;
            for (const QJsonValue& s : row[3].toArray()) v.prevScripts.push_back(hexBytes(s));
            v.previousHeader = displayHash(row[4]);
            v.filter = hexBytes(row[5]);
            v.header = displayHash(row[6]);
            v.note = row.size() > 7 ? row[7].toString() : QString();
            out.push_back(std::move(v));
        }
        return out;
    }();
    return all;
}

void addVectorRows() {
    QTest::addColumn<int>("row");
    for (size_t i = 0; i < vectors().size(); ++i) {
        const Vector& v = vectors()[i];
        QTest::newRow(qPrintable(v.note.isEmpty() ? QStringLiteral("height %1").arg(v.height)
                                                  : QStringLiteral("height %1 (%2)").arg(v.height).arg(v.note)))
            << int(i);
    }
}

Bytes scriptFor(uint8_t kind, int height, uint8_t salt) {
    Bytes s = kind == 0 ? Bytes{0x00, 0x14} : Bytes{0x51, 0x20};
    const size_t len = kind == 0 ? 20 : 32;
    for (size_t i = 0; i < len; ++i) s.push_back(static_cast<uint8_t>((height >> (8 * (i % 3))) ^ (i * 7) ^ salt));
    return s;
}

/// A regtest chain of real blocks: genesis (the coinbase of blockfilters.json row 0 under regtest's header),
/// then blocks with a coinbase and, from height 2, a transaction spending the previous coinbase. Keeps each
/// block's spent scripts, so the correct BIP158 filters are known.
struct TestChain {
    std::vector<Block> blocks;
    std::vector<Bytes> filters;  ///< encoded basic filter per height

    static Block solve(Block b) {
        std::vector<crypto::Hash256> leaves;
        for (const auto& tx : b.transactions) leaves.push_back(tx.txid().bytes());
        b.header.merkleRoot = primitives::computeMerkleRoot(leaves).root;
        for (b.header.nonce = 0; !b.header.checkProofOfWork(regtest().powLimit); ++b.header.nonce) {
        }
        return b;
    }

    /// Extends `base` (its first `keep` blocks) to `height` with blocks salted by `salt`.
    static TestChain build(int height, uint8_t salt, const TestChain* base = nullptr, int keep = 0) {
        TestChain c;
        if (base) {
            c.blocks.assign(base->blocks.begin(), base->blocks.begin() + keep);
            c.filters.assign(base->filters.begin(), base->filters.begin() + keep);
        } else {
            Block genesis;
            genesis.header = regtest().genesisHeader;
            genesis.transactions = vectors().front().block.transactions;
            c.blocks.push_back(genesis);
            c.filters.push_back(BlockFilter::buildBasic(genesis, {}).encoded());
        }
        for (int h = static_cast<int>(c.blocks.size()); h <= height; ++h) {
            const Block& prev = c.blocks.back();
            Block b;
            b.header.version = 0x20000000;
            b.header.prevBlock = prev.hash();
            b.header.time = prev.header.time + 600;
            b.header.bits = regtest().powLimitBits;
            primitives::Transaction coinbase;
            primitives::TxIn in;
            in.scriptSig = {0x03, uint8_t(h), uint8_t(h >> 8), uint8_t(h >> 16), salt};
            coinbase.inputs.push_back(in);
            coinbase.outputs.push_back({primitives::Amount::fromSats(50 * primitives::Amount::kCoin), scriptFor(0, h, salt)});
            coinbase.outputs.push_back({primitives::Amount::fromSats(0), Bytes{0x6a, 0x01, salt}});  // OP_RETURN: not an element
            b.transactions.push_back(coinbase);
            std::vector<Bytes> spent;
            if (h >= 2) {
                const primitives::Transaction& prevCoinbase = prev.transactions.front();
                primitives::Transaction spend;
                primitives::TxIn sin;
                sin.prevout.txid = prevCoinbase.txid();
                sin.prevout.index = 0;
                sin.scriptSig = {0x01, salt};
                spend.inputs.push_back(sin);
                spend.outputs.push_back({primitives::Amount::fromSats(49 * primitives::Amount::kCoin), scriptFor(1, h, salt)});
                b.transactions.push_back(spend);
                spent.push_back(prevCoinbase.outputs.front().scriptPubKey);
            }
            b = solve(b);
            c.filters.push_back(BlockFilter::buildBasic(b, spent).encoded());
            c.blocks.push_back(std::move(b));
        }
        return c;
    }

    std::vector<BlockHeader> headers() const {
        std::vector<BlockHeader> out;
        for (size_t i = 1; i < blocks.size(); ++i) out.push_back(blocks[i].header);
        return out;
    }
    crypto::Hash256 filterHeader(int height) const {
        crypto::Hash256 h{};
        for (int i = 0; i <= height; ++i) h = chain::filterHeader(crypto::sha256d(filters[size_t(i)]), h);
        return h;
    }
};

enum class Fault { None, LieFilterBelowCheckpoint, LieFilterAboveCheckpoint, LieCheckpoint, ShortCheckpoints,
                   NotConnecting, WrongCount, BadFilterBytes, MalformedFilter, Silent };

/// A peer on a loopback QTcpServer advertising NODE_COMPACT_FILTERS: serves the blocks and filters of a
/// TestChain (getdata, getcfcheckpt, getcfheaders, getcfilters), or misbehaves as `fault` says.
class FilterPeer : public QObject {
public:
    FilterPeer(const TestChain& chain, Fault fault) : m_fault(fault) {
        setChain(chain);
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                if (!m_accepting) {
                    s->abort();
                    s->deleteLater();
                    continue;
                }
                m_socket = s;
                m_reader = FrameReader{regtest().messageStart};
                connect(s, &QTcpSocket::readyRead, this, [this] { onRead(); });
            }
        });
    }
    /// Also serves `other` (another branch): requests naming its blocks are answered from it.
    void addBranch(const TestChain& other) { m_branches.push_back(other); }
    /// Answers getcfheaders only after `ms` (a reply still on its way when the chain changes).
    void setHeadersDelay(int ms) { m_headersDelayMs = ms; }
    void setChain(const TestChain& chain) {
        m_chain = chain;
        if (m_fault == Fault::LieFilterBelowCheckpoint) lieAt(500);
        if (m_fault == Fault::LieFilterAboveCheckpoint) lieAt(1050);
        m_headers.clear();
        crypto::Hash256 h{};
        for (const Bytes& f : m_chain.filters) m_headers.push_back(h = chain::filterHeader(crypto::sha256d(f), h));
    }
    /// While false, connections are closed at once (a peer that is not there yet).
    void setAccepting(bool accepting) { m_accepting = accepting; }
    quint16 port() const { return m_server.serverPort(); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    std::string banKey() const { return PeerManager::banKey(QStringLiteral("127.0.0.1"), port()); }

private:
    void lieAt(int height) {
        // A filter that lacks the block's outputs (a bogus element instead), as a lying peer would serve it.
        const BlockHash hash = m_chain.blocks[size_t(height)].hash();
        m_chain.filters[size_t(height)] = BlockFilter::build(hash, std::vector<Bytes>{Bytes{0xde, 0xad}}).encoded();
    }
    void send(const Message& m) {
        const Bytes b = encodeMessage(regtest().messageStart, m);
        m_socket->write(reinterpret_cast<const char*>(b.data()), static_cast<qint64>(b.size()));
    }
    int heightOf(const BlockHash& hash) const {
        for (size_t i = 0; i < m_chain.blocks.size(); ++i)
            if (m_chain.blocks[i].hash() == hash) return int(i);
        return -1;
    }

    void onRead() {
        const QByteArray data = m_socket->readAll();
        m_reader.append(ByteView(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size())));
        while (true) {
            auto next = m_reader.next();
            if (!next.ok() || !next->has_value()) return;
            auto msg = decodeMessage((*next)->command, (*next)->payload);
            if (!msg.ok() || !msg->has_value()) continue;
            handle(**msg);
        }
    }

    void handle(const Message& m) {
        if (std::holds_alternative<Version>(m)) {
            Version v;
            v.services = kNodeNetwork | kNodeWitness | kNodeCompactFilters;
            v.nonce = 11;
            v.userAgent = "/scripted-filters:1/";
            v.startHeight = int32_t(m_chain.blocks.size() - 1);
            v.receiver = NetAddress::ipv4(127, 0, 0, 1, 0);
            v.sender = v.receiver;
            send(v);
            send(Verack{});
            return;
        }
        if (const auto* gd = std::get_if<GetData>(&m)) {
            for (const auto& item : gd->items) {
                const int h = heightOf(BlockHash(item.hash));
                if (h >= 0) send(BlockMessage{m_chain.blocks[size_t(h)]});
            }
            return;
        }
        if (m_fault == Fault::Silent) return;
        if (const auto* cp = std::get_if<GetCFCheckpt>(&m)) {
            const int stop = heightOf(cp->stopHash);
            if (stop < 0) return;
            CFCheckpt r;
            r.stopHash = cp->stopHash;
            for (int h = 1000; h <= stop; h += 1000) r.filterHeaders.push_back(m_headers[size_t(h)]);
            if (m_fault == Fault::LieCheckpoint && !r.filterHeaders.empty()) r.filterHeaders[0][0] ^= 0x01;
            if (m_fault == Fault::ShortCheckpoints && !r.filterHeaders.empty()) r.filterHeaders.pop_back();
            send(r);
        } else if (const auto* gh = std::get_if<GetCFHeaders>(&m)) {
            for (const TestChain& branch : m_branches) {
                const auto it = std::find_if(branch.blocks.begin(), branch.blocks.end(),
                                             [&](const Block& b) { return b.hash() == gh->stopHash; });
                if (it == branch.blocks.end()) continue;
                const int stop = int(it - branch.blocks.begin());
                CFHeaders r;
                r.stopHash = gh->stopHash;
                r.previousFilterHeader = gh->startHeight == 0 ? crypto::Hash256{} : branch.filterHeader(int(gh->startHeight) - 1);
                for (int h = int(gh->startHeight); h <= stop; ++h) r.filterHashes.push_back(crypto::sha256d(branch.filters[size_t(h)]));
                QTimer::singleShot(m_headersDelayMs, this, [this, r] { send(r); });
                return;
            }
            const int stop = heightOf(gh->stopHash);
            const int start = int(gh->startHeight);
            if (stop < 0 || start > stop) return;
            CFHeaders r;
            r.stopHash = gh->stopHash;
            r.previousFilterHeader = start == 0 ? crypto::Hash256{} : m_headers[size_t(start - 1)];
            for (int h = start; h <= stop; ++h) r.filterHashes.push_back(crypto::sha256d(m_chain.filters[size_t(h)]));
            if (m_fault == Fault::NotConnecting) r.previousFilterHeader[5] ^= 0x40;
            if (m_fault == Fault::WrongCount) r.filterHashes.pop_back();
            if (m_headersDelayMs > 0) QTimer::singleShot(m_headersDelayMs, this, [this, r] { send(r); });
            else send(r);
        } else if (const auto* gf = std::get_if<GetCFilters>(&m)) {
            const int stop = heightOf(gf->stopHash);
            for (int h = int(gf->startHeight); stop >= 0 && h <= stop; ++h) {
                CFilter f;
                f.blockHash = m_chain.blocks[size_t(h)].hash();
                f.filter = m_chain.filters[size_t(h)];
                if (m_fault == Fault::BadFilterBytes && h == 700)
                    f.filter = BlockFilter::build(f.blockHash, std::vector<Bytes>{Bytes{0x01}}).encoded();
                if (m_fault == Fault::MalformedFilter && h == 700) f.filter = Bytes{0xfd, 0x01};  // truncated N
                send(f);
            }
        }
    }

    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    FrameReader m_reader{regtest().messageStart};
    TestChain m_chain;
    std::vector<crypto::Hash256> m_headers;
    Fault m_fault;
    bool m_accepting = true;
    std::vector<TestChain> m_branches;
    int m_headersDelayMs = 0;
};

/// A node database, header chain, peer manager, block fetcher and filter sync over `peerAddresses`.
struct Node {
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::HeaderStore> headers;
    std::unique_ptr<storage::FilterHeaderStore> filterStore;
    std::unique_ptr<chain::HeaderChain> chain;
    std::unique_ptr<PeerManager> peers;
    std::unique_ptr<BlockFetcher> blocks;
    std::unique_ptr<FilterSync> sync;

    bool open(const QString& dir, const TestChain& c) {
        auto d = storage::Database::open(QDir(dir).absoluteFilePath(QStringLiteral("node.sqlite")).toStdString(),
                                         storage::nodeMigrations());
        if (!d.ok()) return false;
        db = std::move(d).value();
        headers = storage::HeaderStore::open(*db).value();
        filterStore = storage::FilterHeaderStore::open(*db).value();
        chain = chain::HeaderChain::open(regtest(), *headers).value();
        const auto hs = c.headers();
        for (size_t i = 0; i < hs.size(); i += 2000) {
            const size_t n = std::min<size_t>(2000, hs.size() - i);
            if (!chain->acceptHeaders(std::span(hs).subspan(i, n), 0).ok()) return false;
        }
        return chain->tipHeight() == int(hs.size());
    }
    void connect(const QStringList& peerAddresses) {
        PeerManager::Options po;
        po.connectOnly = peerAddresses;
        po.reconnectDelayMs = 200;
        po.useDnsSeeds = false;
        peers = std::make_unique<PeerManager>(regtest(), nullptr, po);
        BlockFetcher::Options fo;
        fo.requestTimeoutMs = 2000;
        blocks = std::make_unique<BlockFetcher>(*chain, *peers, nullptr, fo);
        FilterSync::Options so;
        so.requestTimeoutMs = 1500;
        sync = std::make_unique<FilterSync>(*chain, *peers, *blocks, filterStore.get(), so);
        sync->start();
        (void)peers->start();
    }
    ~Node() {
        if (peers) peers->stop();
        sync.reset();
        blocks.reset();
        peers.reset();
    }
};

/// Fetches the filters of [from, to] through `sync`; the delivered encodings by height, or the error.
util::Result<std::map<int, Bytes>> fetchAll(FilterSync& sync, int from, int to) {
    std::map<int, Bytes> got;
    std::optional<util::Result<void>> result;
    bool ordered = true;
    int expected = from;
    sync.fetchFilters(
        from, to,
        [&](int height, const BlockHash&, const BlockFilter& f) {
            ordered &= height == expected++;
            got[height] = f.encoded();
        },
        [&](util::Result<void> r) { result = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < 30000) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!result) return util::fail("fetchFilters did not finish");
    if (!result->ok()) return result->error();
    if (!ordered) return util::fail("filters were not delivered in height order");
    return got;
}

}  // namespace

Q_DECLARE_METATYPE(Fault)

class TestFilterSync : public QObject {
    Q_OBJECT
    TestChain m_chain;

private slots:
    void initTestCase() {
        QVERIFY(!vectors().empty());
        m_chain = TestChain::build(1100, 0x11);
        QCOMPARE(m_chain.blocks.size(), size_t{1101});
        QVERIFY(m_chain.blocks.front().hash() == regtest().genesisHash);
        QVERIFY(m_chain.blocks.front().checkMerkleRoot().ok());
    }

    // ---- vectors ----

    void vectorFilterHeaderChain_data() { addVectorRows(); }
    void vectorFilterHeaderChain() {
        QFETCH(int, row);
        const Vector& v = vectors()[size_t(row)];
        // What FilterSync does with a cfheaders hash: chain it onto the previous verified header.
        QVERIFY(chain::filterHeader(crypto::sha256d(v.filter), v.previousHeader) == v.header);
        // A different previous header cannot give the same header (what "does not connect" detects).
        crypto::Hash256 other = v.previousHeader;
        other[31] ^= 0x01;
        QVERIFY(chain::filterHeader(crypto::sha256d(v.filter), other) != v.header);
    }

    void vectorHonestFilterIsNeverProvenWrong_data() { addVectorRows(); }
    void vectorHonestFilterIsNeverProvenWrong() {
        QFETCH(int, row);
        const Vector& v = vectors()[size_t(row)];
        const auto why = proveFilterWrong(v.block.hash(), crypto::sha256d(v.filter), v.filter, &v.block);
        QVERIFY2(!why, why ? why->c_str() : "");
    }

    void vectorLyingFilterIsProvenWrong_data() { addVectorRows(); }
    void vectorLyingFilterIsProvenWrong() {
        QFETCH(int, row);
        const Vector& v = vectors()[size_t(row)];
        // The lie: the block's spent scripts only (its outputs left out), as a peer hiding payments would serve.
        std::vector<Bytes> elements = v.prevScripts;
        elements.push_back(Bytes{0xde, 0xad, 0xbe, 0xef});
        const Bytes lie = BlockFilter::build(v.block.hash(), elements).encoded();
        const auto why = proveFilterWrong(v.block.hash(), crypto::sha256d(lie), lie, &v.block);
        QVERIFY2(why.has_value(), "a filter without the block's outputs was not proven wrong");
        // A filter that does not hash to what the peer claimed is proven wrong even without the block.
        const auto mismatch = proveFilterWrong(v.block.hash(), crypto::sha256d(lie), v.filter, nullptr);
        QVERIFY(mismatch.has_value());
        QVERIFY(QString::fromStdString(*mismatch).contains(QStringLiteral("does not hash")));
    }

    // ---- store ----

    void storeRoundTripAndReorg() {
        const QString dir = test::freshTempDir(QStringLiteral("filter-store"));
        auto db = storage::Database::open(QDir(dir).absoluteFilePath(QStringLiteral("node.sqlite")).toStdString(),
                                          storage::nodeMigrations());
        QVERIFY2(db.ok(), db.message().c_str());
        auto store = storage::FilterHeaderStore::open(**db, 64);
        QVERIFY2(store.ok(), store.message().c_str());
        const TestChain fork = TestChain::build(8, 0x22, &m_chain, 5);  // shares heights 0..4
        auto records = [](const TestChain& c, int from, int to) {
            std::vector<storage::FilterHeaderRecord> out;
            for (int h = from; h <= to; ++h)
                out.push_back({c.blocks[size_t(h)].hash(), h, crypto::sha256d(c.filters[size_t(h)]), c.filterHeader(h)});
            return out;
        };
        QVERIFY((*store)->put(records(m_chain, 0, 6)).ok());
        QVERIFY((*store)->put(records(fork, 5, 8)).ok());
        QCOMPARE(*(*store)->count(), size_t{11});
        // Keyed by hash: both branches' rows at heights 5 and 6 live side by side.
        auto rows = (*store)->fromHeight(5);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t{6});
        for (size_t i = 1; i < rows->size(); ++i) QVERIFY((*rows)[i - 1].height <= (*rows)[i].height);
        auto got = (*store)->get(fork.blocks[6].hash());
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE((*got)->height, 6);
        QVERIFY((*got)->filterHeader == fork.filterHeader(6));
        QVERIFY((*got)->filterHash == crypto::sha256d(fork.filters[6]));
        QVERIFY((*store)->erase({m_chain.blocks[5].hash(), m_chain.blocks[6].hash()}).ok());
        QCOMPARE(*(*store)->count(), size_t{9});
        QVERIFY(!(*(*store)->get(m_chain.blocks[5].hash())).has_value());
        // One transaction per batch: a batch with a bad row writes nothing.
        auto bad = records(m_chain, 5, 6);
        bad.back().height = -1;
        QVERIFY(!(*store)->put(bad).ok());
        QVERIFY(!(*(*store)->get(m_chain.blocks[5].hash())).has_value());

        // The filter cache keeps at most its cap (64 bytes here), evicting the oldest.
        for (int h = 1; h <= 10; ++h) QVERIFY((*store)->putFilter(m_chain.blocks[size_t(h)].hash(), m_chain.filters[size_t(h)]).ok());
        QVERIFY(*(*store)->filterBytes() <= 64);
        auto newest = (*store)->getFilter(m_chain.blocks[10].hash());
        QVERIFY(newest.ok() && newest->has_value());
        QVERIFY(**newest == m_chain.filters[10]);
        QVERIFY(!(*(*store)->getFilter(m_chain.blocks[1].hash())).has_value());
        QVERIFY(!(*store)->putFilter(m_chain.blocks[1].hash(), Bytes(65, 0x00)).ok());
    }

    // ---- FilterSync against scripted peers ----

    void honestPeersSyncHeadersAndFilters() {
        FilterPeer a(m_chain, Fault::None);
        FilterPeer b(m_chain, Fault::None);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-honest")), m_chain));
        node.connect({a.address(), b.address()});
        QCOMPARE(node.sync->verifiedHeight(), -1);
        QSignalSpy advanced(node.sync.get(), &FilterSync::filterHeadersAdvanced);
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1100, 20000);
        QVERIFY(node.sync->available());
        QVERIFY(!advanced.isEmpty());
        QCOMPARE(advanced.last().at(0).toInt(), 1100);
        for (int h : {0, 1, 999, 1000, 1001, 1100}) QVERIFY(*node.sync->filterHeaderAt(h) == m_chain.filterHeader(h));
        QVERIFY(!node.sync->filterHeaderAt(1101));
        QCOMPARE(*node.filterStore->count(), size_t{1101});

        auto filters = fetchAll(*node.sync, 0, 1100);
        QVERIFY2(filters.ok(), filters.message().c_str());
        QCOMPARE(filters->size(), size_t{1101});
        for (int h = 0; h <= 1100; ++h) QVERIFY2((*filters)[h] == m_chain.filters[size_t(h)], qPrintable(QString::number(h)));
        auto beyond = fetchAll(*node.sync, 1000, 1101);
        QVERIFY(!beyond.ok());
        QVERIFY2(beyond.message().find("verified only up to height 1100") != std::string::npos, beyond.message().c_str());
        QVERIFY(node.peers->issuedBans().empty());
    }

    void restartReloadsVerifiedHeaders() {
        const QString dir = test::freshTempDir(QStringLiteral("filter-sync-restart"));
        {
            FilterPeer a(m_chain, Fault::None);
            Node node;
            QVERIFY(node.open(dir, m_chain));
            node.connect({a.address()});
            QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1100, 20000);
            auto fetched = fetchAll(*node.sync, 0, 1100);
            QVERIFY2(fetched.ok(), fetched.message().c_str());
        }
        Node again;
        QVERIFY(again.open(dir, m_chain));
        again.connect({});
        QCOMPARE(again.sync->verifiedHeight(), 1100);
        QVERIFY(*again.sync->filterHeaderAt(1100) == m_chain.filterHeader(1100));
        // No peer at all: the filters of the first session come from the cache, checked against the headers.
        QVERIFY(!again.sync->available());
        auto cached = fetchAll(*again.sync, 0, 1100);
        QVERIFY2(cached.ok(), cached.message().c_str());
        QCOMPARE(cached->size(), size_t{1101});
        for (int h = 0; h <= 1100; ++h) QVERIFY((*cached)[h] == m_chain.filters[size_t(h)]);
        // A damaged cache entry is not delivered: without peers the fetch then fails instead.
        QVERIFY(again.filterStore->putFilter(m_chain.blocks[1000].hash(), m_chain.filters[999]).ok());
        auto damaged = fetchAll(*again.sync, 990, 1010);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.message().find("no connected peer") != std::string::npos, damaged.message().c_str());
    }

    void faultyPeerIsBannedHonestChainKept_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lying filter below the checkpoint") << Fault::LieFilterBelowCheckpoint
                                                           << QStringLiteral("lied about the basic filter");
        QTest::newRow("lying filter above the checkpoint") << Fault::LieFilterAboveCheckpoint
                                                           << QStringLiteral("lacks the output script");
        QTest::newRow("lying checkpoint") << Fault::LieCheckpoint << QStringLiteral("own checkpoint");
        QTest::newRow("cfcheckpt with a header missing") << Fault::ShortCheckpoints
                                                         << QStringLiteral("cfcheckpt carries 0 filter headers, 1 expected");
        QTest::newRow("cfheaders do not connect") << Fault::NotConnecting << QStringLiteral("do not connect");
        QTest::newRow("cfheaders of the wrong length") << Fault::WrongCount << QStringLiteral("blocks asked");
    }
    void faultyPeerIsBannedHonestChainKept() {
        QFETCH(Fault, fault);
        QFETCH(QString, reason);
        FilterPeer bad(m_chain, fault);
        FilterPeer good(m_chain, Fault::None);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-fault")), m_chain));
        node.connect({bad.address(), good.address()});
        const std::string badKey = bad.banKey();
        QTRY_VERIFY_WITH_TIMEOUT(node.peers->isBanned(badKey) && node.sync->verifiedHeight() == 1100, 30000);
        for (int h : {0, 500, 999, 1000, 1050, 1100}) QVERIFY(*node.sync->filterHeaderAt(h) == m_chain.filterHeader(h));
        const auto& bans = node.peers->issuedBans();
        QCOMPARE(bans.size(), size_t{1});
        QCOMPARE(QString::fromStdString(bans.front().first), QString::fromStdString(badKey));
        QVERIFY2(QString::fromStdString(bans.front().second).contains(reason), bans.front().second.c_str());
        QVERIFY(!node.peers->isBanned(good.banKey()));
        auto filters = fetchAll(*node.sync, 990, 1100);
        QVERIFY2(filters.ok(), filters.message().c_str());
        QCOMPARE(filters->size(), size_t{111});
        QVERIFY((*filters)[1050] == m_chain.filters[1050]);
    }

    void silentPeerIsLeftOutThenDropped() {
        FilterPeer silent(m_chain, Fault::Silent);
        FilterPeer good(m_chain, Fault::None);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-silent")), m_chain));
        node.connect({silent.address(), good.address()});
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1100, 20000);
        // First silence: left out of filter work, still connected (it may just be on another branch).
        auto connectedAs = [&](int id) {
            for (Connection* c : node.peers->allPeers())
                if (c->port() == silent.port()) return c->id() == id;
            return false;
        };
        QVERIFY(connectedAs(1));
        // Our tip moves: it is asked again, stays silent, and is disconnected (then redialled), never banned.
        const TestChain longer = TestChain::build(1101, 0x11, &m_chain, 1101);
        silent.setChain(longer);
        good.setChain(longer);
        const auto hs = longer.headers();
        QVERIFY(node.chain->acceptHeaders(std::span(hs).subspan(1100), 0).ok());
        QTRY_VERIFY_WITH_TIMEOUT(node.sync->verifiedHeight() == 1101 && !connectedAs(1), 20000);
        QVERIFY(*node.sync->filterHeaderAt(1101) == longer.filterHeader(1101));
        QVERIFY(node.peers->issuedBans().empty());
    }

    void badFilterForTheWalletIsBanned_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("filter contradicting the verified header")
            << Fault::BadFilterBytes << QStringLiteral("does not match the verified filter header");
        QTest::newRow("undecodable filter") << Fault::MalformedFilter << QStringLiteral("sent a malformed filter");
    }
    void badFilterForTheWalletIsBanned() {
        QFETCH(Fault, fault);
        QFETCH(QString, reason);
        FilterPeer bad(m_chain, fault);  // honest headers, one bad filter at height 700
        FilterPeer good(m_chain, Fault::None);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-badfilter")), m_chain));
        node.connect({bad.address(), good.address()});
        QTRY_VERIFY_WITH_TIMEOUT(node.sync->verifiedHeight() == 1100 && node.peers->readyPeers().size() == 2, 20000);
        QVERIFY(node.peers->issuedBans().empty());
        // The first filter peer (the bad one, dialled first) gets the batch; its filter 700 fails the header check.
        auto filters = fetchAll(*node.sync, 600, 800);
        QVERIFY2(filters.ok(), filters.message().c_str());
        QCOMPARE(filters->size(), size_t{201});
        for (int h = 600; h <= 800; ++h) QVERIFY((*filters)[h] == m_chain.filters[size_t(h)]);
        QVERIFY(node.peers->isBanned(bad.banKey()));
        QVERIFY2(QString::fromStdString(node.peers->issuedBans().front().second).contains(reason),
                 node.peers->issuedBans().front().second.c_str());
    }

    void lateHonestPeerOverturnsALiarsChain() {
        // Only the liar is there at first: its chain (wrong from height 1050, after the last checkpoint) is
        // all we can verify. The honest peer comes later; at the next block its cfheaders do not connect, the
        // range after the checkpoint both agree on is verified again, the block decides, the liar is banned.
        FilterPeer liar(m_chain, Fault::LieFilterAboveCheckpoint);
        FilterPeer honest(m_chain, Fault::None);
        honest.setAccepting(false);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-late")), m_chain));
        node.connect({liar.address(), honest.address()});
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1100, 20000);
        QVERIFY(*node.sync->filterHeaderAt(1049) == m_chain.filterHeader(1049));
        QVERIFY(*node.sync->filterHeaderAt(1050) != m_chain.filterHeader(1050));  // the lie, for now
        honest.setAccepting(true);
        QTRY_COMPARE_WITH_TIMEOUT(node.peers->readyPeers().size(), size_t{2}, 10000);

        const TestChain longer = TestChain::build(1101, 0x11, &m_chain, 1101);
        liar.setChain(longer);
        honest.setChain(longer);
        const auto hs = longer.headers();
        QVERIFY(node.chain->acceptHeaders(std::span(hs).subspan(1100), 0).ok());
        QTRY_VERIFY_WITH_TIMEOUT(node.peers->isBanned(liar.banKey()) && node.sync->verifiedHeight() == 1101, 20000);
        for (int h : {1000, 1049, 1050, 1100, 1101}) QVERIFY(*node.sync->filterHeaderAt(h) == longer.filterHeader(h));
        QCOMPARE(node.peers->issuedBans().size(), size_t{1});
        QVERIFY2(QString::fromStdString(node.peers->issuedBans().front().second).contains(QStringLiteral("lied about")),
                 node.peers->issuedBans().front().second.c_str());
        // The store holds the honest headers for those heights now.
        auto row = node.filterStore->get(m_chain.blocks[1050].hash());
        QVERIFY(row.ok() && row->has_value());
        QVERIFY((*row)->filterHeader == m_chain.filterHeader(1050));
    }

    void reorgWhileARoundIsInFlight() {
        // Block 1101 arrives and its cfheaders are on their way when a heavier branch replaces it (fork at 1100,
        // the verified height): the answer about the old 1101 must not be stored as the filter header of the new.
        const TestChain old = TestChain::build(1101, 0x11, &m_chain, 1101);
        const TestChain fork = TestChain::build(1102, 0x44, &m_chain, 1101);
        FilterPeer a(old, Fault::None);
        a.addBranch(old);
        a.addBranch(fork);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-inflight")), m_chain));
        node.connect({a.address()});
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1100, 20000);
        a.setHeadersDelay(400);
        std::vector<int> advanced;
        bool sawOld = false;
        QObject::connect(node.sync.get(), &FilterSync::filterHeadersAdvanced, node.sync.get(), [&](int height) {
            advanced.push_back(height);
            sawOld |= node.sync->filterHeaderAt(1101) == old.filterHeader(1101);
        });
        const auto oldHeaders = old.headers();
        const auto forkHeaders = fork.headers();
        QVERIFY(node.chain->acceptHeaders(std::span(oldHeaders).subspan(1100), 0).ok());
        QCOMPARE(node.chain->tipHeight(), 1101);
        QVERIFY(node.chain->acceptHeaders(std::span(forkHeaders).subspan(1100), 0).ok());
        QCOMPARE(*node.chain->hashAt(1101), fork.blocks[1101].hash());
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1102, 20000);
        QTest::qWait(600);  // the late answer about the old block 1101 has arrived by now
        QCOMPARE(node.sync->verifiedHeight(), 1102);
        QVERIFY(!sawOld);
        QCOMPARE(advanced, std::vector<int>{1102});  // one batch, no detour through the old block
        QVERIFY(*node.sync->filterHeaderAt(1101) == fork.filterHeader(1101));
        QVERIFY(*node.sync->filterHeaderAt(1102) == fork.filterHeader(1102));
        auto row = node.filterStore->get(fork.blocks[1101].hash());
        QVERIFY(row.ok() && row->has_value());
        QVERIFY((*row)->filterHeader == fork.filterHeader(1101));
        QVERIFY(!(*node.filterStore->get(old.blocks[1101].hash())).has_value());
        QVERIFY(node.peers->issuedBans().empty());
    }

    void reorgReplacesHeadersAboveTheFork() {
        FilterPeer a(m_chain, Fault::None);
        Node node;
        QVERIFY(node.open(test::freshTempDir(QStringLiteral("filter-sync-reorg")), m_chain));
        node.connect({a.address()});
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1100, 20000);
        // A longer branch forking at height 1095 (blocks 1096.. replaced), served by the same peer.
        const TestChain fork = TestChain::build(1103, 0x33, &m_chain, 1096);
        a.setChain(fork);
        const auto hs = fork.headers();
        const auto result = node.chain->acceptHeaders(std::span(hs).subspan(1095), 0);
        QVERIFY2(result.ok(), result.message.c_str());
        QCOMPARE(node.chain->tipHeight(), 1103);
        QTRY_COMPARE_WITH_TIMEOUT(node.sync->verifiedHeight(), 1103, 20000);
        QVERIFY(*node.sync->filterHeaderAt(1095) == m_chain.filterHeader(1095));
        for (int h = 1096; h <= 1103; ++h) QVERIFY(*node.sync->filterHeaderAt(h) == fork.filterHeader(h));
        QVERIFY(fork.filterHeader(1096) != m_chain.filterHeader(1096));
        auto filters = fetchAll(*node.sync, 1090, 1103);
        QVERIFY2(filters.ok(), filters.message().c_str());
        for (int h = 1090; h <= 1103; ++h) QVERIFY((*filters)[h] == fork.filters[size_t(h)]);
        // The store holds both branches, keyed by hash.
        auto old = node.filterStore->get(m_chain.blocks[1100].hash());
        QVERIFY(old.ok() && old->has_value());
        auto fresh = node.filterStore->get(fork.blocks[1100].hash());
        QVERIFY(fresh.ok() && fresh->has_value());
    }
};

QTEST_GUILESS_MAIN(TestFilterSync)
#include "test_filter_sync.moc"
