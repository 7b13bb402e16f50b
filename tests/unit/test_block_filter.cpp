// SPDX-License-Identifier: MIT
// BIP158 basic filters against the BIP's public vectors (tests/data/blockfilters.json, Bitcoin Core's
// testnet blocks): for every row the filter Cairn builds from the block and the previous output scripts must
// equal the vector's bytes, and the filter header chained from the previous header must equal the vector's.
// Then decoding: every vector filter parses back to the same set and matches each of its elements; malformed
// encodings are refused; matchAny agrees with element-wise matching.
#include "chain/block_filter.h"
#include "common/test_paths.h"
#include "primitives/block.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cairn;
using chain::BlockFilter;
using primitives::Block;
using primitives::BlockHash;

namespace {

struct Vector {
    int height = 0;
    BlockHash hash;
    Block block;
    std::vector<Bytes> prevScripts;
    crypto::Hash256 previousHeader{};
    Bytes filter;
    crypto::Hash256 header{};
    QString note;
};

Bytes hexBytes(const QJsonValue& v) {
    auto b = util::fromHex(v.toString().toStdString());
    return b.ok() ? *b : Bytes{};
}

QString hx(ByteView bytes) { return QString::fromStdString(util::toHex(bytes)); }

// Filter headers are given in display (reversed) order, like block hashes.
crypto::Hash256 displayHash(const QJsonValue& v) {
    auto h = BlockHash::fromHex(v.toString().toStdString());
    return h.ok() ? h->bytes() : crypto::Hash256{};
}

const std::vector<Vector>& vectors() {
    static const std::vector<Vector> all = [] {
        std::vector<Vector> out;
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("blockfilters.json"))).array();
        for (const QJsonValue& rowValue : rows) {
            const QJsonArray row = rowValue.toArray();
            if (row.size() < 7 || !row[0].isDouble()) continue;  // the first row is the column legend
            Vector v;
            v.height = row[0].toInt();
            v.hash = BlockHash::fromHex(row[1].toString().toStdString()).value();
            auto block = Block::parse(hexBytes(row[2]));
            if (block.ok()) v.block = *block;
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
        const QString name = v.note.isEmpty() ? QStringLiteral("height %1").arg(v.height)
                                              : QStringLiteral("height %1 (%2)").arg(v.height).arg(v.note);
        QTest::newRow(qPrintable(name)) << int(i);
    }
}

}  // namespace

class TestBlockFilter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCOMPARE(vectors().size(), size_t(10)); }

    void buildMatchesVector_data() { addVectorRows(); }
    void buildMatchesVector() {
        QFETCH(int, row);
        const Vector& v = vectors()[size_t(row)];
        QVERIFY2(v.block.hash() == v.hash, "the vector's block does not parse to its hash");
        const BlockFilter f = BlockFilter::buildBasic(v.block, v.prevScripts);
        QCOMPARE(hx(f.encoded()), hx(v.filter));
        QCOMPARE(hx(f.header(v.previousHeader)), hx(v.header));
    }

    void parseRoundTripsAndMatches_data() { addVectorRows(); }
    void parseRoundTripsAndMatches() {
        QFETCH(int, row);
        const Vector& v = vectors()[size_t(row)];
        auto parsed = BlockFilter::parse(v.hash, v.filter);
        QVERIFY2(parsed.ok(), parsed.message().c_str());
        const BlockFilter built = BlockFilter::buildBasic(v.block, v.prevScripts);
        QCOMPARE(parsed->values(), built.values());
        QCOMPARE(hx(parsed->hash()), hx(crypto::sha256d(v.filter)));
        const auto elements = BlockFilter::basicElements(v.block, v.prevScripts);
        QCOMPARE(parsed->elementCount(), elements.size());
        for (const Bytes& e : elements) QVERIFY(parsed->match(e));
        QCOMPARE(parsed->matchAny(elements), !elements.empty());
        // OP_RETURN outputs are never elements.
        for (const auto& tx : v.block.transactions) {
            for (const auto& out : tx.outputs) {
                if (!out.scriptPubKey.empty() && out.scriptPubKey[0] == 0x6a)
                    QVERIFY(std::find(elements.begin(), elements.end(), out.scriptPubKey) == elements.end());
            }
        }
    }

    void emptyFilterIsOneZeroByte() {
        const BlockFilter f = BlockFilter::build(BlockHash(), {});
        QCOMPARE(hx(f.encoded()), QStringLiteral("00"));
        QVERIFY(!f.match(Bytes{0x51}));
        QVERIFY(!f.matchAny(std::vector<Bytes>{Bytes{0x51}}));
    }

    void malformedEncodingsAreRefused_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << QStringLiteral("malformed filter");
        QTest::newRow("N too big for data") << QStringLiteral("05ffff") << QStringLiteral("cannot fit");
        QTest::newRow("unary runs off the end") << QStringLiteral("01ffffff") << QStringLiteral("data ends");
        QTest::newRow("non-minimal N") << QStringLiteral("fd0100000000") << QStringLiteral("malformed filter");
        QTest::newRow("trailing byte") << QStringLiteral("0000") << QStringLiteral("trailing");
        // N = 1: quotient 2 (110), remainder 0 -> value 2^20 >= M: outside [0, N*M).
        QTest::newRow("value out of range") << QStringLiteral("01c0000000") << QStringLiteral("out of range");
    }
    void malformedEncodingsAreRefused() {
        QFETCH(QString, hex);
        QFETCH(QString, why);
        auto bytes = util::fromHex(hex.toStdString());
        QVERIFY(bytes.ok());
        auto parsed = BlockFilter::parse(BlockHash(), *bytes);
        QVERIFY(!parsed.ok());
        QVERIFY2(QString::fromStdString(parsed.message()).contains(why), parsed.message().c_str());
    }

    void trailingDataAfterVectorFilterIsRefused() {
        const Vector& v = vectors()[4];  // a filter with several elements
        Bytes extended = v.filter;
        extended.push_back(0x00);
        QVERIFY(!BlockFilter::parse(v.hash, extended).ok());
    }

    void matchAnyAgreesWithMatch() {
        // 2,000 random-looking scripts against a 500-element filter: both paths give the same verdict per script.
        std::vector<Bytes> members;
        for (int i = 0; i < 500; ++i) members.push_back(Bytes{0x00, 0x14, uint8_t(i), uint8_t(i >> 8), 0x42});
        BlockHash key = vectors()[3].hash;
        const BlockFilter f = BlockFilter::build(key, members);
        int hits = 0;
        for (int i = 0; i < 2000; ++i) {
            const Bytes probe{0x51, uint8_t(i), uint8_t(i >> 8), 0x07};
            const bool one = f.match(probe);
            QCOMPARE(f.matchAny(std::vector<Bytes>{probe}), one);
            hits += one ? 1 : 0;
        }
        QVERIFY2(hits <= 2, "false positive rate far above 1/784931");
        std::vector<Bytes> mixed{Bytes{0x51, 0x01}, members[123], Bytes{0x52}};
        QVERIFY(f.matchAny(mixed));
    }
};

QTEST_GUILESS_MAIN(TestBlockFilter)
#include "test_block_filter.moc"
