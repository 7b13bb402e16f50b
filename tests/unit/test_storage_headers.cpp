// SPDX-License-Identifier: MIT
// Header store rows and tip, and the size-capped LRU block cache.
#include "chain/pow.h"
#include "storage/block_store.h"
#include "test_chain_support.h"

#include <QtTest>

using namespace cairn;
using primitives::BlockHash;
using storage::BlockStore;

namespace {
BlockHash hashOf(uint8_t n) {
    std::array<uint8_t, 32> b{};
    b[0] = n;
    return BlockHash(b);
}
}  // namespace

class TestStorageHeaders : public QObject {
    Q_OBJECT
private slots:
    void headerStoreRoundTrip() {
        const auto& p = chain::chainParams(Network::Regtest);
        const std::string path = (test::freshTempDir(QStringLiteral("hs")) + QStringLiteral("/node.sqlite")).toStdString();
        auto f = test::StoreFixture::open(path);
        QVERIFY(f.ok());
        QCOMPARE(*f.store->count(), size_t(0));
        QVERIFY(!f.store->bestTip()->has_value());
        const auto headers = test::mineChain(p.genesisHash, 5, 1'600'000'000, p);
        std::vector<chain::StoredHeader> rows;
        primitives::Uint256 work(0x1234567890abcdefull);
        work <<= 100;  // exercise the 32-byte big-endian encoding
        for (size_t i = 0; i < headers.size(); ++i) rows.push_back({headers[i], headers[i].hash(), int(i + 1), work + primitives::Uint256(i)});
        QVERIFY(f.store->commit(rows, rows.back().hash).ok());
        QCOMPARE(*f.store->count(), size_t(5));
        QCOMPARE(**f.store->bestTip(), rows.back().hash);
        QCOMPARE(**f.store->header(rows[2].hash, 3), headers[2]);
        QVERIFY(!f.store->header(hashOf(9), 3)->has_value());
        QVERIFY(!f.store->header(rows[2].hash, 2)->has_value());  // rows are found by (height, hash)
        std::vector<chain::IndexRow> loaded;
        QVERIFY(f.store->loadIndex([&](const chain::IndexRow& r) { loaded.push_back(r); }).ok());
        QCOMPARE(loaded.size(), size_t(5));
        QCOMPARE(loaded[3].hash, rows[3].hash);
        QCOMPARE(loaded[3].prev, headers[3].prevBlock);
        QCOMPARE(loaded[3].height, 4);
        QCOMPARE(loaded[3].time, headers[3].time);
        QCOMPARE(loaded[3].bits, headers[3].bits);
        QCOMPARE(loaded[3].version, headers[3].version);
        QCOMPARE(loaded[3].chainWork, rows[3].chainWork);
        // A duplicate row fails the whole transaction: neither it nor the tip change is kept.
        std::vector<chain::StoredHeader> dup{rows[0]};
        QVERIFY(!f.store->commit(dup, rows[0].hash).ok());
        QCOMPARE(**f.store->bestTip(), rows.back().hash);
        QCOMPARE(*f.store->count(), size_t(5));
        // Also when it hides in a batch of new rows, and when a hash repeats inside one batch.
        const auto more = test::mineChain(rows.back().hash, 120, 1'600'100'000, p);
        std::vector<chain::StoredHeader> next;
        for (size_t i = 0; i < more.size(); ++i) next.push_back({more[i], more[i].hash(), int(i + 6), work});
        std::vector<chain::StoredHeader> withOld = next;
        withOld.insert(withOld.begin() + 60, rows[4]);
        const auto refused = f.store->commit(withOld, next.back().hash);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().find("already stored") != std::string::npos, refused.message().c_str());
        std::vector<chain::StoredHeader> twice = next;
        twice.push_back(next[70]);
        QVERIFY(!f.store->commit(twice, next.back().hash).ok());
        QCOMPARE(*f.store->count(), size_t(5));
        QCOMPARE(**f.store->bestTip(), rows.back().hash);
        // The same batch alone (multi-row statements plus a remainder) is stored in full.
        QVERIFY(f.store->commit(next, next.back().hash).ok());
        QCOMPARE(*f.store->count(), size_t(125));
        for (size_t i = 0; i < next.size(); i += 7) QCOMPARE(**f.store->header(next[i].hash, next[i].height), more[i]);
        // A second branch at the same heights is another row per height, each found by its own hash.
        const auto side = test::mineChain(rows.back().hash, 3, 1'600'200'000, p, 7);
        std::vector<chain::StoredHeader> sideRows;
        for (size_t i = 0; i < side.size(); ++i) sideRows.push_back({side[i], side[i].hash(), int(i + 6), work});
        QVERIFY(f.store->commit(sideRows, next.back().hash).ok());
        QCOMPARE(**f.store->header(side[1].hash(), 7), side[1]);
        QCOMPARE(**f.store->header(more[1].hash(), 7), more[1]);
    }

    // Migration 12 rebuilds `headers` without the unique hash index (and migration 40 swaps its prefix
    // index for a height index): rows written under version 11 keep their ids and contents, stay
    // readable by hash and height, and a duplicate is still refused.
    void migrationTwelveKeepsVersionElevenRows() {
        const auto& p = chain::chainParams(Network::Regtest);
        const std::string path = (test::freshTempDir(QStringLiteral("hs-m12")) + QStringLiteral("/node.sqlite")).toStdString();
        const auto headers = test::mineChain(p.genesisHash, 3, 1'600'000'000, p);
        {
            std::vector<storage::Migration> upToEleven;
            for (auto& m : storage::headerMigrations())
                if (m.version <= 11) upToEleven.push_back(m);
            auto db = storage::Database::open(path, upToEleven);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 11);
            for (size_t i = 0; i < headers.size(); ++i) {
                auto st = (*db)->prepare("INSERT INTO headers(hash, height, prev, header, chainwork) VALUES (?1, ?2, ?3, ?4, ?5)");
                QVERIFY(st.ok());
                const BlockHash hash = headers[i].hash();
                const Bytes raw = headers[i].serialize();
                const std::array<uint8_t, 32> work{};
                st->bindBlob(1, hash.bytes().data(), 32).bind(2, int64_t(i + 1));
                st->bindBlob(3, headers[i].prevBlock.bytes().data(), 32).bindBlob(4, raw.data(), raw.size());
                st->bindBlob(5, work.data(), work.size());
                QVERIFY(st->exec().ok());
            }
            QVERIFY((*db)->exec("INSERT INTO header_tip(id, hash) VALUES (1, x'" + headers[2].hash().toHex() + "')").ok());
        }
        auto f = test::StoreFixture::open(path);
        QVERIFY(f.ok());
        QVERIFY(f.db->schemaVersion() >= 40);
        QCOMPARE(*f.store->count(), size_t(3));
        QCOMPARE(**f.store->header(headers[1].hash(), 2), headers[1]);
        std::vector<chain::IndexRow> loaded;
        QVERIFY(f.store->loadIndex([&](const chain::IndexRow& r) { loaded.push_back(r); }).ok());
        QCOMPARE(loaded.size(), size_t(3));
        QCOMPARE(loaded[2].prev, headers[2].prevBlock);
        QCOMPARE(loaded[2].height, 3);
        std::vector<chain::StoredHeader> dup{{headers[0], headers[0].hash(), 1, primitives::Uint256(2)}};
        QVERIFY(!f.store->commit(dup, headers[0].hash()).ok());
        QCOMPARE(*f.store->count(), size_t(3));
    }

    void blockCacheEvictsLeastRecentlyUsed() {
        const std::string path = (test::freshTempDir(QStringLiteral("bs")) + QStringLiteral("/node.sqlite")).toStdString();
        auto db = storage::Database::open(path, storage::nodeMigrations());
        QVERIFY(db.ok());
        auto store = BlockStore::open(**db, 3000);
        QVERIFY(store.ok());
        QCOMPARE((*store)->capBytes(), uint64_t(3000));
        const Bytes kb(1000, 0xab);
        QVERIFY((*store)->put(hashOf(1), kb).ok());
        QVERIFY((*store)->put(hashOf(2), kb).ok());
        QVERIFY((*store)->put(hashOf(3), kb).ok());
        QCOMPARE(*(*store)->totalBytes(), uint64_t(3000));
        // Touch 1 so that 2 is now the least recently used.
        auto got = (*store)->get(hashOf(1));
        QVERIFY(got.ok() && got->has_value() && **got == kb);
        QVERIFY((*store)->put(hashOf(4), kb).ok());
        QVERIFY(*(*store)->contains(hashOf(1)));
        QVERIFY(!*(*store)->contains(hashOf(2)));
        QVERIFY(*(*store)->contains(hashOf(3)));
        QVERIFY(*(*store)->contains(hashOf(4)));
        QCOMPARE(*(*store)->count(), size_t(3));
        QVERIFY(*(*store)->totalBytes() <= 3000);
        // Larger than the whole cache: refused, nothing evicted.
        QVERIFY(!(*store)->put(hashOf(5), Bytes(3001, 1)).ok());
        QCOMPARE(*(*store)->count(), size_t(3));
        QVERIFY((*store)->remove(hashOf(3)).ok());
        QVERIFY(!(*store)->get(hashOf(3))->has_value());
        // Access order survives a reopen: block 1 (last read before 4 was stored) is now the oldest.
        store->reset();
        auto again = BlockStore::open(**db, 2000);
        QVERIFY(again.ok());
        QVERIFY((*again)->put(hashOf(6), kb).ok());  // 3000 > 2000: evicts the oldest, block 1
        QVERIFY(!*(*again)->contains(hashOf(1)));
        QVERIFY(*(*again)->contains(hashOf(4)));
        QVERIFY(*(*again)->contains(hashOf(6)));
    }
};

QTEST_GUILESS_MAIN(TestStorageHeaders)
#include "test_storage_headers.moc"
