// SPDX-License-Identifier: MIT
// Amount (exact BTC text, MAX_MONEY) and FeeRate (sat/kvB, rounding up).
#include "primitives/amount.h"

#include <QtTest>

using namespace cairn;
using primitives::Amount;
using primitives::FeeRate;

class TestPrimitivesAmount : public QObject {
    Q_OBJECT
private slots:
    void format_data() {
        QTest::addColumn<qint64>("sats");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0.00000000";
        QTest::newRow("one sat") << qint64(1) << "0.00000001";
        QTest::newRow("12345 sat") << qint64(12345) << "0.00012345";
        QTest::newRow("one BTC") << qint64(100000000) << "1.00000000";
        QTest::newRow("negative half") << qint64(-50000000) << "-0.50000000";
        QTest::newRow("MAX_MONEY") << qint64(2100000000000000) << "21000000.00000000";
        QTest::newRow("INT64_MIN") << std::numeric_limits<qint64>::min() << "-92233720368.54775808";
    }
    void format() {
        QFETCH(qint64, sats);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(Amount::fromSats(sats).toBtcString()), text);
    }

    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("sats");
        QTest::newRow("8 decimals") << "0.00012345" << qint64(12345);
        QTest::newRow("integer") << "21" << qint64(2100000000);
        QTest::newRow("one decimal") << "1.5" << qint64(150000000);
        QTest::newRow("smallest") << "0.00000001" << qint64(1);
        QTest::newRow("leading zeros") << "000.1" << qint64(10000000);
        QTest::newRow("exactly MAX_MONEY") << "21000000" << qint64(2100000000000000);
        QTest::newRow("MAX_MONEY with decimals") << "21000000.00000000" << qint64(2100000000000000);
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(qint64, sats);
        auto a = Amount::parseBtc(text.toStdString());
        QVERIFY2(a.ok(), a.message().c_str());
        QCOMPARE(a->sats(), sats);
    }

    void parseRejects_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("9 decimals") << "0.000000001"
                                    << "more than 8 decimals";
        QTest::newRow("9 decimals with zero") << "1.000000000"
                                              << "more than 8 decimals";
        QTest::newRow("negative") << "-1"
                                  << "negative";
        QTest::newRow("above MAX_MONEY by one sat") << "21000000.00000001"
                                                    << "too large";
        QTest::newRow("far above MAX_MONEY") << "99999999999999999999999"
                                             << "too large";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("dot only") << "."
                                  << "malformed";
        QTest::newRow("trailing dot") << "1."
                                      << "malformed";
        QTest::newRow("leading dot") << ".5"
                                     << "malformed";
        QTest::newRow("plus sign") << "+1"
                                   << "invalid character";
        QTest::newRow("exponent") << "1e3"
                                  << "invalid character";
        QTest::newRow("space") << " 1"
                               << "invalid character";
        QTest::newRow("comma") << "1,5"
                               << "invalid character";
        QTest::newRow("two dots") << "1.2.3"
                                  << "invalid character";
    }
    void parseRejects() {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        auto a = Amount::parseBtc(text.toStdString());
        QVERIFY(!a.ok());
        QVERIFY2(QString::fromStdString(a.message()).contains(reason), a.message().c_str());
    }

    void negativeWhenAllowed() {
        auto a = Amount::parseBtc("-0.5", true);
        QVERIFY(a.ok());
        QCOMPARE(a->sats(), qint64(-50000000));
        QCOMPARE(QString::fromStdString(a->toBtcString()), QStringLiteral("-0.50000000"));
        QVERIFY(!Amount::parseBtc("-21000000.00000001", true).ok());
        QVERIFY(!Amount::parseBtc("--1", true).ok());
    }

    void moneyRangeAndCheckedArithmetic() {
        QVERIFY(Amount::fromSats(0).moneyRange());
        QVERIFY(Amount::fromSats(Amount::kMaxMoney).moneyRange());
        QVERIFY(!Amount::fromSats(Amount::kMaxMoney + 1).moneyRange());
        QVERIFY(!Amount::fromSats(-1).moneyRange());
        const Amount max = Amount::fromSats(Amount::kMaxMoney);
        QVERIFY(!max.checkedAdd(Amount::fromSats(1)).ok());
        QCOMPARE(max.checkedSub(max)->sats(), qint64(0));
        QVERIFY(!Amount::fromSats(std::numeric_limits<int64_t>::max()).checkedAdd(Amount::fromSats(1)).ok());
        QCOMPARE((Amount::fromSats(5) + Amount::fromSats(7)).sats(), qint64(12));
        QVERIFY(Amount::fromSats(5) < Amount::fromSats(7));
    }

    void feeRate() {
        const FeeRate oneSatVb = FeeRate::fromSatPerVByte(1);
        QCOMPARE(oneSatVb.satPerKvB(), qint64(1000));
        QCOMPARE(oneSatVb.feeFor(141).sats(), qint64(141));
        const FeeRate r = FeeRate::fromSatPerKvB(1500);
        QCOMPARE(r.feeFor(141).sats(), qint64(212));  // 211.5 rounds up
        QCOMPARE(r.feeFor(0).sats(), qint64(0));
        QCOMPARE(FeeRate::fromSatPerKvB(1).feeFor(1).sats(), qint64(1));
        QCOMPARE(FeeRate::fromFee(Amount::fromSats(212), 141).satPerKvB(), qint64(1503));
        QCOMPARE(QString::fromStdString(r.toString()), QStringLiteral("1.500 sat/vB"));
        QCOMPARE(FeeRate::fromSatPerKvB(std::numeric_limits<int64_t>::max()).feeFor(1000).sats(), Amount::kMaxMoney);
    }

    void feeRateParse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("satPerKvB");  // -1: must be rejected
        QTest::newRow("integer") << "12" << qint64(12000);
        QTest::newRow("fraction") << "2.5" << qint64(2500);
        QTest::newRow("smallest") << "0.001" << qint64(1);
        QTest::newRow("4 decimals") << "0.0001" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("absurd") << "100000001" << qint64(-1);
        QTest::newRow("garbage") << "fast" << qint64(-1);
    }
    void feeRateParse() {
        QFETCH(QString, text);
        QFETCH(qint64, satPerKvB);
        auto r = FeeRate::parseSatPerVByte(text.toStdString());
        if (satPerKvB < 0) {
            QVERIFY(!r.ok());
        } else {
            QVERIFY2(r.ok(), r.message().c_str());
            QCOMPARE(r->satPerKvB(), satPerKvB);
        }
    }
};

QTEST_GUILESS_MAIN(TestPrimitivesAmount)
#include "test_primitives_amount.moc"
