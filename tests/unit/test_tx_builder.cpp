// SPDX-License-Identifier: MIT
// Transaction builder: size estimates against really signed transactions (every input type and mixes), fee =
// rate × estimated vsize, change of the wallet's type, dust, send-max, coin control, RBF and lock time.
#include "primitives/hash_types.h"
#include "script/standard.h"
#include "wallet/signer.h"
#include "wallet/tx_builder.h"

#include <QtTest>

#include <algorithm>

using namespace cairn;
using primitives::Amount;
using primitives::FeeRate;
using primitives::OutPoint;
using primitives::TxOut;
using wallet::InputType;
using wallet::SpendCoin;

Q_DECLARE_METATYPE(std::vector<cairn::wallet::InputType>)

namespace {

crypto::PrivKey keyNumber(uint32_t n) {
    Bytes b(32, 0);
    b[0] = 0x11;
    b[28] = uint8_t(n >> 24);
    b[29] = uint8_t(n >> 16);
    b[30] = uint8_t(n >> 8);
    b[31] = uint8_t(n);
    return crypto::PrivKey::fromBytes(b).value();
}

OutPoint outpoint(uint32_t n) {
    std::array<uint8_t, 32> bytes{};
    bytes[0] = uint8_t(n);
    bytes[5] = 0xab;
    return OutPoint{primitives::Txid::fromBytes(bytes).value(), n % 4};
}

SpendCoin coinFor(uint32_t n, InputType type, int64_t sats) {
    const Bytes script = wallet::scriptForKey(keyNumber(n).pubKey(), type).value();
    return SpendCoin{outpoint(n), TxOut{Amount::fromSats(sats), script}, type, false};
}

Bytes p2wpkhScript(uint8_t n) { return wallet::scriptForKey(keyNumber(1000 + n).pubKey(), InputType::P2wpkh).value(); }

/// Signs `built` with the keys coinFor() used (coin n ↔ keyNumber(n), n taken from the outpoint).
primitives::Transaction signBuilt(const wallet::BuiltTx& built) {
    std::vector<wallet::SigningInput> signing;
    for (const SpendCoin& c : built.inputs) {
        const uint32_t n = c.outpoint.txid.bytes()[0];
        signing.push_back(wallet::SigningInput{c.output, c.type, keyNumber(n), {}, {}});
    }
    primitives::Transaction tx = built.tx;
    auto r = wallet::signTransaction(tx, signing);
    if (!r.ok()) qFatal("signing failed: %s", r.message().c_str());
    return tx;
}

wallet::TxRequest payRequest(int64_t sats, int satPerVb) {
    wallet::TxRequest req;
    req.payments.push_back(wallet::Payment{p2wpkhScript(1), Amount::fromSats(sats)});
    req.feeRate = FeeRate::fromSatPerVByte(satPerVb);
    req.changeScript = wallet::scriptForKey(keyNumber(2000).pubKey(), InputType::P2wpkh).value();
    req.changeType = InputType::P2wpkh;
    req.tipHeight = 800'000;
    req.seed = 99;
    return req;
}

std::vector<SpendCoin> walletCoins(InputType type, const std::vector<int64_t>& values) {
    std::vector<SpendCoin> coins;
    for (size_t i = 0; i < values.size(); ++i) coins.push_back(coinFor(uint32_t(i + 1), type, values[i]));
    return coins;
}

}  // namespace

class TestTxBuilder : public QObject {
    Q_OBJECT
private slots:
    void inputWeightsMatchTheirShape() {
        // Non-witness bytes × 4 + witness bytes, with 71-byte ECDSA signatures (70 DER after low-R grinding +
        // sighash byte).
        QCOMPARE(wallet::inputWeight(InputType::P2pkh), size_t(147 * 4));
        QCOMPARE(wallet::inputWeight(InputType::P2shP2wpkh), size_t(64 * 4 + 1 + 72 + 34));
        QCOMPARE(wallet::inputWeight(InputType::P2wpkh), size_t(41 * 4 + 1 + 72 + 34));
        QCOMPARE(wallet::inputWeight(InputType::P2trKeyPath), size_t(41 * 4 + 1 + 65));
    }

    void estimateWithinOneVbyteOfSignedResult_data() {
        QTest::addColumn<std::vector<InputType>>("types");
        using T = InputType;
        QTest::newRow("p2pkh") << std::vector<T>{T::P2pkh};
        QTest::newRow("p2sh-p2wpkh") << std::vector<T>{T::P2shP2wpkh};
        QTest::newRow("p2wpkh") << std::vector<T>{T::P2wpkh};
        QTest::newRow("p2tr") << std::vector<T>{T::P2trKeyPath};
        QTest::newRow("p2pkh x2") << std::vector<T>{T::P2pkh, T::P2pkh};
        QTest::newRow("p2sh-p2wpkh x3") << std::vector<T>{T::P2shP2wpkh, T::P2shP2wpkh, T::P2shP2wpkh};
        QTest::newRow("p2wpkh x4") << std::vector<T>{T::P2wpkh, T::P2wpkh, T::P2wpkh, T::P2wpkh};
        QTest::newRow("p2tr x6") << std::vector<T>(6, T::P2trKeyPath);
        QTest::newRow("mix segwit v0 + taproot") << std::vector<T>{T::P2wpkh, T::P2trKeyPath, T::P2shP2wpkh};
        QTest::newRow("mix legacy + segwit") << std::vector<T>{T::P2pkh, T::P2wpkh};
        QTest::newRow("mix all four") << std::vector<T>{T::P2pkh, T::P2shP2wpkh, T::P2wpkh, T::P2trKeyPath};
    }

    void estimateWithinOneVbyteOfSignedResult() {
        QFETCH(std::vector<InputType>, types);
        std::vector<SpendCoin> coins;
        for (size_t i = 0; i < types.size(); ++i) coins.push_back(coinFor(uint32_t(i + 1), types[i], 100'000));
        const std::vector<TxOut> outputs{
            TxOut{Amount::fromSats(50'000), p2wpkhScript(1)},
            TxOut{Amount::fromSats(20'000),
                  wallet::scriptForKey(keyNumber(7).pubKey(), InputType::P2trKeyPath).value()},
            TxOut{Amount::fromSats(10'000), wallet::scriptForKey(keyNumber(8).pubKey(), InputType::P2pkh).value()}};
        auto built = wallet::assembleTransaction(coins, std::vector<uint32_t>(coins.size(), wallet::kSequenceRbf),
                                                 outputs, 800'000);
        QVERIFY2(built.ok(), built.message().c_str());
        const primitives::Transaction signedTx = signBuilt(*built);
        const size_t actual = signedTx.vsize();
        // The estimate never underpays, and is at most one vbyte above the signed size.
        QVERIFY2(built->estimatedVsize >= actual && built->estimatedVsize - actual <= 1,
                 qPrintable(QStringLiteral("estimate %1, signed %2").arg(built->estimatedVsize).arg(actual)));
    }

    void feeIsRateTimesEstimatedVsize_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("satPerVb");
        QTest::newRow("p2wpkh 1 sat/vB") << int(InputType::P2wpkh) << 1;
        QTest::newRow("p2wpkh 25 sat/vB") << int(InputType::P2wpkh) << 25;
        QTest::newRow("p2pkh 7 sat/vB") << int(InputType::P2pkh) << 7;
        QTest::newRow("p2sh-p2wpkh 3 sat/vB") << int(InputType::P2shP2wpkh) << 3;
        QTest::newRow("p2tr 12 sat/vB") << int(InputType::P2trKeyPath) << 12;
    }

    void feeIsRateTimesEstimatedVsize() {
        QFETCH(int, type);
        QFETCH(int, satPerVb);
        const auto coins = walletCoins(InputType(type), {40'000, 75'000, 130'000, 500'000, 1'200'000});
        wallet::TxRequest req = payRequest(210'000, satPerVb);
        req.changeType = InputType(type);
        req.changeScript = wallet::scriptForKey(keyNumber(2000).pubKey(), InputType(type)).value();
        auto built = wallet::buildTransaction(req, coins);
        QVERIFY2(built.ok(), built.message().c_str());
        const FeeRate rate = FeeRate::fromSatPerVByte(satPerVb);
        if (built->changeIndex) {
            QCOMPARE(built->fee, rate.feeFor(built->estimatedVsize));
            // The change output has the wallet's own script type.
            QCOMPARE(built->tx.outputs[*built->changeIndex].scriptPubKey, req.changeScript);
        } else {
            QVERIFY(built->fee >= rate.feeFor(built->estimatedVsize));
        }
        const primitives::Transaction signedTx = signBuilt(*built);
        // Low-R grinding makes every ECDSA signature 70 DER bytes (69 only when S happens to be short, 1 in 256):
        // the estimate is exact up to rounding, within 1 vbyte for every script type.
        QVERIFY2(built->estimatedVsize >= signedTx.vsize() && built->estimatedVsize - signedTx.vsize() <= 1,
                 qPrintable(QStringLiteral("estimate %1, signed %2").arg(built->estimatedVsize).arg(signedTx.vsize())));
        // Inputs = outputs + fee.
        Amount in;
        for (const SpendCoin& c : built->inputs) in += c.output.value;
        QCOMPARE(in, built->tx.totalOutput().value() + built->fee);
    }

    void rbfAndAntiFeeSnipingByDefault() {
        const auto coins = walletCoins(InputType::P2wpkh, {300'000});
        auto built = wallet::buildTransaction(payRequest(100'000, 2), coins);
        QVERIFY2(built.ok(), built.message().c_str());
        for (const auto& in : built->tx.inputs) QCOMPARE(in.sequence, uint32_t(0xfffffffd));
        QVERIFY(built->tx.lockTime <= 800'000 && built->tx.lockTime > 800'000 - 100);
        QCOMPARE(built->tx.version, 2);
        wallet::TxRequest noRbf = payRequest(100'000, 2);
        noRbf.rbf = false;
        auto final = wallet::buildTransaction(noRbf, coins);
        QVERIFY(final.ok());
        QCOMPARE(final->tx.inputs[0].sequence, uint32_t(0xfffffffe));
    }

    void lockTimeIsTipOrUpTo99Lower() {
        int atTip = 0;
        for (uint64_t seed = 1; seed <= 2000; ++seed) {
            const uint32_t lt = wallet::antiFeeSnipingLockTime(700'000, seed);
            QVERIFY(lt <= 700'000 && lt >= 700'000 - 99);
            if (lt == 700'000) ++atTip;
        }
        // About nine in ten stay at the tip (Core's 10% back-off, plus the 1% chance of subtracting 0).
        QVERIFY2(atTip > 1700 && atTip < 1900, qPrintable(QString::number(atTip)));
        QCOMPARE(wallet::antiFeeSnipingLockTime(-1, 5), uint32_t(0));
        QCOMPARE(wallet::antiFeeSnipingLockTime(0, 5), uint32_t(0));
    }

    void dustRules() {
        // Core's figures at 3 sat/vB: P2PKH 546, P2SH 540, P2WPKH 294, P2TR 330, OP_RETURN 0.
        QCOMPARE(wallet::dustThreshold(wallet::scriptForKey(keyNumber(1).pubKey(), InputType::P2pkh).value()).sats(),
                 int64_t(546));
        QCOMPARE(
            wallet::dustThreshold(wallet::scriptForKey(keyNumber(1).pubKey(), InputType::P2shP2wpkh).value()).sats(),
            int64_t(540));
        QCOMPARE(wallet::dustThreshold(p2wpkhScript(1)).sats(), int64_t(294));
        QCOMPARE(
            wallet::dustThreshold(wallet::scriptForKey(keyNumber(1).pubKey(), InputType::P2trKeyPath).value()).sats(),
            int64_t(330));
        QCOMPARE(wallet::dustThreshold(script::nullData(Bytes{1, 2, 3})).sats(), int64_t(0));
        auto r = wallet::buildTransaction(payRequest(293, 1), walletCoins(InputType::P2wpkh, {100'000}));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.message()),
                 QStringLiteral("recipient 1: amount 0.00000293 BTC is below the dust threshold 0.00000294 BTC"));
        // Change below the dust threshold is not created: it goes to the fee.
        const auto coins = walletCoins(InputType::P2wpkh, {100'000});
        const int64_t feeNoChange = FeeRate::fromSatPerVByte(1).feeFor(110).sats();  // 1 P2WPKH in, 1 P2WPKH out
        auto nearly = wallet::buildTransaction(payRequest(100'000 - feeNoChange - 200, 1), coins);
        QVERIFY2(nearly.ok(), nearly.message().c_str());
        QVERIFY(!nearly->changeIndex);
        QCOMPARE(nearly->tx.outputs.size(), size_t(1));
        QCOMPARE(nearly->fee.sats(), feeNoChange + 200);
    }

    void sendMaxSpendsEverythingUnfrozen() {
        auto coins = walletCoins(InputType::P2wpkh, {40'000, 60'000, 1'000'000});
        coins[2].frozen = true;
        wallet::TxRequest req = payRequest(0, 3);
        req.sendMax = true;
        auto built = wallet::buildTransaction(req, coins);
        QVERIFY2(built.ok(), built.message().c_str());
        QCOMPARE(built->inputs.size(), size_t(2));
        QCOMPARE(built->tx.outputs.size(), size_t(1));
        QCOMPARE(built->fee, FeeRate::fromSatPerVByte(3).feeFor(built->estimatedVsize));
        QCOMPARE(built->tx.outputs[0].value + built->fee, Amount::fromSats(100'000));
    }

    void coinControlSpendsExactlyTheChosenCoins() {
        auto coins = walletCoins(InputType::P2wpkh, {40'000, 60'000, 1'000'000, 7'000});
        coins[3].frozen = true;
        wallet::TxRequest req = payRequest(50'000, 2);
        req.coins = {coins[0].outpoint, coins[1].outpoint};
        auto built = wallet::buildTransaction(req, coins);
        QVERIFY2(built.ok(), built.message().c_str());
        QCOMPARE(built->inputs.size(), size_t(2));
        for (const auto& in : built->tx.inputs)
            QVERIFY(in.prevout == coins[0].outpoint || in.prevout == coins[1].outpoint);
        QVERIFY(built->changeIndex.has_value());

        req.coins = {coins[3].outpoint};
        auto frozen = wallet::buildTransaction(req, coins);
        QVERIFY(!frozen.ok());
        QCOMPARE(QString::fromStdString(frozen.message()), QStringLiteral("coin ") +
                                                               QString::fromStdString(coins[3].outpoint.toString()) +
                                                               QStringLiteral(" is frozen"));

        req.coins = {outpoint(77)};
        auto unknown = wallet::buildTransaction(req, coins);
        QVERIFY(!unknown.ok());
        QVERIFY(QString::fromStdString(unknown.message())
                    .endsWith(QStringLiteral("is not a spendable output of this wallet")));

        req.coins = {coins[0].outpoint};  // 40,000 cannot pay 50,000
        auto tooSmall = wallet::buildTransaction(req, coins);
        QVERIFY(!tooSmall.ok());
        QVERIFY(
            QString::fromStdString(tooSmall.message()).startsWith(QStringLiteral("insufficient funds: need 0.0005")));
    }

    void automaticSelectionNeverTouchesFrozenCoins() {
        auto coins = walletCoins(InputType::P2trKeyPath, {50'000, 80'000, 2'000'000});
        coins[2].frozen = true;
        auto r = wallet::buildTransaction(payRequest(500'000, 1), coins);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.message()).startsWith(QStringLiteral("insufficient funds: need 0.005")));
        QVERIFY(QString::fromStdString(r.message()).endsWith(QStringLiteral("have 0.00130000 BTC")));
    }

    void refusesRatesBelowMinimumRelay() {
        wallet::TxRequest req = payRequest(10'000, 1);
        req.feeRate = FeeRate::fromSatPerKvB(999);
        auto r = wallet::buildTransaction(req, walletCoins(InputType::P2wpkh, {100'000}));
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.message()).contains(QStringLiteral("below the minimum relay fee")));
    }
};

QTEST_GUILESS_MAIN(TestTxBuilder)
#include "test_tx_builder.moc"
