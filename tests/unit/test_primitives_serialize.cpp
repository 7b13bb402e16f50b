// SPDX-License-Identifier: MIT
// Wire-format Writer/Reader: little-endian integers, canonical CompactSize (encodings from the Bitcoin
// protocol documentation), strict bounds and error offsets.
#include "primitives/serialize.h"
#include "util/hex.h"

#include <QtTest>

using namespace cairn;
using primitives::Reader;
using primitives::Writer;

namespace {
Bytes hexBytes(const char* hex) {
    auto b = util::fromHex(hex);
    Q_ASSERT(b.ok());
    return *b;
}
}  // namespace

class TestPrimitivesSerialize : public QObject {
    Q_OBJECT
private slots:
    void integersAreLittleEndian() {
        Writer w;
        w.u8(0x01).u16(0x0203).u32(0x04050607).u64(0x08090a0b0c0d0e0full).i32(-2).i64(-1);
        QCOMPARE(QString::fromStdString(util::toHex(w.data())),
                 QStringLiteral("010302070605040f0e0d0c0b0a0908feffffffffffffffffffffff"));
        Reader r(w.data());
        QCOMPARE(*r.u8(), uint8_t(1));
        QCOMPARE(*r.u16(), uint16_t(0x0203));
        QCOMPARE(*r.u32(), uint32_t(0x04050607));
        QCOMPARE(*r.u64(), uint64_t(0x08090a0b0c0d0e0full));
        QCOMPARE(*r.i32(), int32_t(-2));
        QCOMPARE(*r.i64(), int64_t(-1));
        QVERIFY(r.atEnd());
        QVERIFY(r.expectEnd("test").ok());
    }

    void compactSize_data() {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QString>("hex");
        QTest::newRow("0") << quint64(0) << "00";
        QTest::newRow("252 one byte") << quint64(252) << "fc";
        QTest::newRow("253 first 0xfd") << quint64(253) << "fdfd00";
        QTest::newRow("0xffff") << quint64(0xffff) << "fdffff";
        QTest::newRow("0x10000 first 0xfe") << quint64(0x10000) << "fe00000100";
        QTest::newRow("MAX_SIZE 0x02000000") << quint64(0x02000000) << "fe00000002";
    }
    void compactSize() {
        QFETCH(quint64, value);
        QFETCH(QString, hex);
        Writer w;
        w.compactSize(value);
        QCOMPARE(QString::fromStdString(util::toHex(w.data())), hex);
        QCOMPARE(primitives::compactSizeLength(value), size_t(hex.size() / 2));
        Reader r(w.data());
        auto v = r.compactSize();
        QVERIFY2(v.ok(), v.message().c_str());
        QCOMPARE(quint64(*v), value);
        QVERIFY(r.atEnd());
    }

    void wideCompactSizeIsWritten() {
        Writer w;
        w.compactSize(0x100000000ull);
        QCOMPARE(QString::fromStdString(util::toHex(w.data())), QStringLiteral("ff0000000001000000"));
        // Valid encoding, but above MAX_SIZE: the reader refuses it.
        Reader r(w.data());
        auto v = r.compactSize();
        QVERIFY(!v.ok());
        QVERIFY(QString::fromStdString(v.message()).contains(QStringLiteral("exceeds")));
    }

    void badCompactSize_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fd encoding of 252") << "fdfc00"
                                            << "non-canonical";
        QTest::newRow("fe encoding of 0xffff") << "feffff0000"
                                               << "non-canonical";
        QTest::newRow("ff encoding of 0xffffffff") << "ffffffffff00000000"
                                                   << "non-canonical";
        QTest::newRow("above MAX_SIZE") << "fe01000002"
                                        << "exceeds";
        QTest::newRow("empty") << ""
                               << "unexpected end";
        QTest::newRow("truncated fd") << "fd01"
                                      << "unexpected end";
        QTest::newRow("truncated fe") << "fe000001"
                                      << "unexpected end";
        QTest::newRow("truncated ff") << "ff00000000000001"
                                      << "unexpected end";
    }
    void badCompactSize() {
        QFETCH(QString, hex);
        QFETCH(QString, expected);
        const Bytes data = hexBytes(hex.toLatin1().constData());
        Reader r(data);
        auto v = r.compactSize();
        QVERIFY(!v.ok());
        QVERIFY2(QString::fromStdString(v.message()).contains(expected), v.message().c_str());
        QVERIFY(QString::fromStdString(v.message()).contains(QStringLiteral("offset 0")));
        QCOMPARE(r.offset(), size_t(0));  // a failed read does not move
    }

    void compactSizeRespectsCallerLimit() {
        const Bytes data = hexBytes("fd0001");
        Reader r(data);
        QVERIFY(!r.compactSize(255).ok());
        QCOMPARE(*r.compactSize(256), uint64_t(256));
    }

    void readsAreBoundsCheckedWithOffsets() {
        const Bytes data = hexBytes("0102030405");
        Reader r(data);
        QVERIFY(r.u16().ok());
        auto tooLong = r.u32();
        QVERIFY(!tooLong.ok());
        QVERIFY2(QString::fromStdString(tooLong.message()).contains(QStringLiteral("offset 2")),
                 tooLong.message().c_str());
        QCOMPARE(r.remaining(), size_t(3));
        QVERIFY(!r.bytes(4).ok());
        QVERIFY(!r.hash32().ok());
        auto rest = r.view(3);
        QVERIFY(rest.ok());
        QCOMPARE(rest->size(), size_t(3));
        QVERIFY(r.atEnd());
        QVERIFY(!r.u8().ok());
    }

    void varBytes() {
        Writer w;
        w.varBytes(hexBytes("abcdef")).varBytes({});
        QCOMPARE(QString::fromStdString(util::toHex(w.data())), QStringLiteral("03abcdef00"));
        Reader r(w.data());
        QCOMPARE(*r.varBytes(), hexBytes("abcdef"));
        QVERIFY(r.varBytes()->empty());
        QVERIFY(r.atEnd());
        // A length longer than the data left fails without reading or allocating it.
        const Bytes lying = hexBytes("fe00000001aa");
        Reader r2(lying);
        auto v = r2.varBytes();
        QVERIFY(!v.ok());
        QCOMPARE(r2.offset(), size_t(0));
    }

    void trailingBytesAreReported() {
        const Bytes data = hexBytes("0102");
        Reader r(data);
        QVERIFY(r.u8().ok());
        QVERIFY(!r.atEnd());
        auto end = r.expectEnd("the thing");
        QVERIFY(!end.ok());
        QCOMPARE(QString::fromStdString(end.message()), QStringLiteral("1 trailing bytes after the thing at offset 1"));
    }
};

QTEST_GUILESS_MAIN(TestPrimitivesSerialize)
#include "test_primitives_serialize.moc"
