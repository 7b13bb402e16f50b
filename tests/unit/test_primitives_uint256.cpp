// SPDX-License-Identifier: MIT
// Uint256 arithmetic and the compact "nBits" encoding. Compact cases are the ones Bitcoin's difficulty
// rules define (Bitcoin Core's arith_uint256 SetCompact/GetCompact cases, the mainnet proof-of-work limit
// 0x1d00ffff and block 357238's bits).
#include "primitives/uint256.h"

#include <QtTest>

using namespace cairn;
using primitives::Uint256;

namespace {
Uint256 hexValue(const QString& hex) {
    auto v = Uint256::fromHex(hex.toStdString());
    Q_ASSERT(v.ok());
    return *v;
}
}  // namespace

class TestPrimitivesUint256 : public QObject {
    Q_OBJECT
private slots:
    void compact_data() {
        QTest::addColumn<quint32>("bits");
        QTest::addColumn<QString>("target");  // hex
        QTest::addColumn<bool>("negative");
        QTest::addColumn<bool>("overflow");
        QTest::addColumn<quint32>("reencoded");  // toCompact(negative)
        QTest::newRow("zero") << 0u << "0" << false << false << 0u;
        QTest::newRow("size 0 drops mantissa") << 0x00123456u << "0" << false << false << 0u;
        QTest::newRow("size 1 mantissa shifted out") << 0x01003456u << "0" << false << false << 0u;
        QTest::newRow("size 2 mantissa shifted out") << 0x02000056u << "0" << false << false << 0u;
        QTest::newRow("size 3 zero") << 0x03000000u << "0" << false << false << 0u;
        QTest::newRow("size 4 zero") << 0x04000000u << "0" << false << false << 0u;
        QTest::newRow("sign bit on zero size 0") << 0x00923456u << "0" << false << false << 0u;
        QTest::newRow("sign bit on zero size 1") << 0x01803456u << "0" << false << false << 0u;
        QTest::newRow("sign bit on zero size 2") << 0x02800056u << "0" << false << false << 0u;
        QTest::newRow("sign bit on zero size 3") << 0x03800000u << "0" << false << false << 0u;
        QTest::newRow("sign bit on zero size 4") << 0x04800000u << "0" << false << false << 0u;
        QTest::newRow("size 1") << 0x01123456u << "12" << false << false << 0x01120000u;
        QTest::newRow("size 1 negative") << 0x01fedcbau << "7e" << true << false << 0x01fe0000u;
        QTest::newRow("size 2") << 0x02123456u << "1234" << false << false << 0x02123400u;
        QTest::newRow("size 3") << 0x03123456u << "123456" << false << false << 0x03123456u;
        QTest::newRow("size 4") << 0x04123456u << "12345600" << false << false << 0x04123456u;
        QTest::newRow("size 4 negative") << 0x04923456u << "12345600" << true << false << 0x04923456u;
        QTest::newRow("size 5 leading zero mantissa") << 0x05009234u << "92340000" << false << false << 0x05009234u;
        QTest::newRow("size 32") << 0x20123456u << "1234560000000000000000000000000000000000000000000000000000000000"
                                 << false << false << 0x20123456u;
        QTest::newRow("mainnet pow limit 0x1d00ffff")
            << 0x1d00ffffu << "00000000ffff0000000000000000000000000000000000000000000000000000" << false << false
            << 0x1d00ffffu;
        QTest::newRow("block 357238 bits 0x181686f5")
            << 0x181686f5u << "00000000000000001686f5000000000000000000000000000000000000000000" << false << false
            << 0x181686f5u;
        QTest::newRow("regtest limit 0x207fffff")
            << 0x207fffffu << "7fffff0000000000000000000000000000000000000000000000000000000000" << false << false
            << 0x207fffffu;
        QTest::newRow("largest size 34 fits")
            << 0x220000ffu << "ff00000000000000000000000000000000000000000000000000000000000000" << false << false
            << 0x2100ff00u;
        QTest::newRow("overflow size 0xff") << 0xff123456u << "0" << false << true << 0u;
        QTest::newRow("overflow size 35") << 0x23000001u << "0" << false << true << 0u;
        QTest::newRow("overflow size 34 two bytes") << 0x22000100u << "0" << false << true << 0u;
        QTest::newRow("overflow size 33 three bytes") << 0x21010000u << "0" << false << true << 0u;
    }
    void compact() {
        QFETCH(quint32, bits);
        QFETCH(QString, target);
        QFETCH(bool, negative);
        QFETCH(bool, overflow);
        QFETCH(quint32, reencoded);
        const Uint256::Compact c = Uint256::fromCompact(bits);
        QCOMPARE(c.negative, negative);
        QCOMPARE(c.overflow, overflow);
        QCOMPARE(QString::fromStdString(c.target.toHex()), QString::fromStdString(hexValue(target).toHex()));
        if (!overflow) QCOMPARE(c.target.toCompact(negative), reencoded);
    }

    void work_data() {
        QTest::addColumn<quint32>("bits");
        QTest::addColumn<QString>("work");  // decimal
        // Genesis-era difficulty 1: 2^256 / (0xffff * 2^208 + 1) = 4295032833.
        QTest::newRow("difficulty 1") << 0x1d00ffffu << "4295032833";
        // regtest: 2^256 / (0x7fffff * 2^232 + 1) = 2.
        QTest::newRow("regtest") << 0x207fffffu << "2";
    }
    void work() {
        QFETCH(quint32, bits);
        QFETCH(QString, work);
        QCOMPARE(QString::fromStdString(Uint256::fromCompact(bits).target.work().toDecimal()), work);
    }

    void workOfExtremes() {
        // Target 0: 2^256 work does not fit; the formula wraps like Core's arith_uint256 (~0 / 1 + 1 = 0).
        QVERIFY(Uint256().work().isZero());
        QCOMPARE(Uint256(1).work(), Uint256(1) << 255);
        QCOMPARE((~Uint256()).work(), Uint256(1));
    }

    void arithmetic() {
        const Uint256 max = ~Uint256();
        QCOMPARE(QString::fromStdString(max.toHex()), QString(64, QLatin1Char('f')));
        QCOMPARE(max + Uint256(1), Uint256());
        QCOMPARE(Uint256() - Uint256(1), max);
        QCOMPARE(QString::fromStdString((max / Uint256(3)).toHex()), QString(64, QLatin1Char('5')));
        QCOMPARE(QString::fromStdString((Uint256(0xffffffffu) * 0xffffffffu).toHex()),
                 QStringLiteral("000000000000000000000000000000000000000000000000fffffffe00000001"));
        QCOMPARE((Uint256(0xffffffffffffffffull) * uint64_t(0xffffffffffffffffull)).toHex(),
                 std::string("00000000000000000000000000000000fffffffffffffffe0000000000000001"));
        const Uint256 a = hexValue(QStringLiteral("123456789abcdef0fedcba9876543210"));
        const Uint256 b = hexValue(QStringLiteral("1000000000000000"));
        QCOMPARE((a * b) / b, a);
        QCOMPARE(((a * b) + Uint256(5)) / a, b);
        QCOMPARE(a / a, Uint256(1));
        QCOMPARE(b / a, Uint256());
        QCOMPARE(QString::fromStdString((Uint256(1) << 255).toHex()),
                 QStringLiteral("8000000000000000000000000000000000000000000000000000000000000000"));
        QCOMPARE((Uint256(1) << 256), Uint256());
        QCOMPARE((Uint256(1) << 255) >> 255, Uint256(1));
        QCOMPARE(a >> 256, Uint256());
        QCOMPARE((a << 37) >> 37, a);
        QCOMPARE((Uint256(1) << 100).bits(), 101u);
        QCOMPARE(Uint256().bits(), 0u);
        QVERIFY(Uint256(1) << 200 > Uint256(0xffffffffffffffffull));
        QVERIFY(Uint256(2) < Uint256(3));
        QCOMPARE(QString::fromStdString(max.toDecimal()),
                 QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935"));
    }

    void littleEndianBytes() {
        std::array<uint8_t, 32> le{};
        le[0] = 0x01;
        le[31] = 0x80;
        const Uint256 v = Uint256::fromLittleEndian(le);
        QCOMPARE(QString::fromStdString(v.toHex()),
                 QStringLiteral("8000000000000000000000000000000000000000000000000000000000000001"));
        QCOMPARE(v.toLittleEndian(), le);
    }

    void hexParsing() {
        QVERIFY(Uint256::fromHex("0x1f").ok());
        QCOMPARE(Uint256::fromHex("0x1f")->low64(), uint64_t(31));
        QVERIFY(!Uint256::fromHex("").ok());
        QVERIFY(!Uint256::fromHex("0x").ok());
        QVERIFY(!Uint256::fromHex("xyz").ok());
        QVERIFY(!Uint256::fromHex(std::string(65, '1')).ok());
    }
};

QTEST_GUILESS_MAIN(TestPrimitivesUint256)
#include "test_primitives_uint256.moc"
