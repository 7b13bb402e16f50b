// SPDX-License-Identifier: MIT
// Transaction parsing and serialisation against public vectors: Bitcoin Core's tx_valid.json and
// tx_invalid.json (every row must parse and re-serialise byte for byte: the invalid ones are
// script-invalid, not malformed), the BIP143 examples and the BIP341 wallet vectors (whose
// hashPrevouts/hashSequence/hashOutputs also pin the serialisation of the tx's parts).
#include "common/test_paths.h"
#include "crypto/hash.h"
#include "primitives/transaction.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using primitives::Transaction;
using primitives::Writer;

namespace {
Bytes hexBytes(const QString& hex) {
    auto b = util::fromHex(hex.toStdString());
    Q_ASSERT(b.ok());
    return *b;
}

QString hexOf(ByteView b) { return QString::fromStdString(util::toHex(b)); }

// Legacy tx from tx_valid.json's first row (mainnet 23b397ed...), and the BIP341 signed segwit tx.
QString legacyTxHex() {
    const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("tx_valid.json"))).array();
    for (const QJsonValue& row : rows) {
        if (row.toArray().size() >= 2) return row.toArray().at(1).toString();
    }
    return {};
}

QString segwitTxHex() {
    const QJsonObject v =
        QJsonDocument::fromJson(test::readData(QStringLiteral("bip341_wallet_vectors.json"))).object();
    return v[QStringLiteral("keyPathSpending")]
        .toArray()
        .at(0)
        .toObject()[QStringLiteral("auxiliary")]
        .toObject()[QStringLiteral("fullySignedTx")]
        .toString();
}

// Adds one row per test row of a Core tx_*.json file (rows of a single string are comments).
int addTxJsonRows(const QString& file) {
    const QJsonArray rows = QJsonDocument::fromJson(test::readData(file)).array();
    int added = 0;
    QString lastComment;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        if (row.size() == 1 && row.at(0).isString()) {
            lastComment = row.at(0).toString();
            continue;
        }
        QTest::newRow(qPrintable(QStringLiteral("%1 row %2: %3").arg(file).arg(i).arg(lastComment.left(60))))
            << row.at(1).toString();
        ++added;
    }
    return added;
}

void checkRoundTrip(const QString& hex) {
    const Bytes raw = hexBytes(hex);
    auto tx = Transaction::parse(raw);
    QVERIFY2(tx.ok(), tx.message().c_str());
    QCOMPARE(hexOf(tx->serialize()), hex.toLower());
    QCOMPARE(tx->size(), raw.size());
    // Parse again from our own bytes: same transaction, same txid and wtxid.
    auto again = Transaction::parse(tx->serialize());
    QVERIFY(again.ok());
    QVERIFY(*again == *tx);
    QCOMPARE(again->txid(), tx->txid());
    QCOMPARE(again->wtxid(), tx->wtxid());
    QCOMPARE(tx->txid().bytes(), crypto::sha256d(tx->serializeWithoutWitness()));
    QCOMPARE(tx->strippedSize(), tx->serializeWithoutWitness().size());
    QCOMPARE(tx->weight(), tx->strippedSize() * 3 + tx->size());
    QCOMPARE(tx->vsize(), (tx->weight() + 3) / 4);
    if (!tx->hasWitness()) {
        QCOMPARE(tx->wtxid().bytes(), tx->txid().bytes());
        QCOMPARE(tx->weight(), raw.size() * 4);
    }
}

Bytes sha256dOf(const Writer& w) {
    const auto h = crypto::sha256d(w.data());
    return Bytes(h.begin(), h.end());
}
}  // namespace

class TestPrimitivesTransaction : public QObject {
    Q_OBJECT
private slots:
    void txValid_data() {
        QTest::addColumn<QString>("hex");
        const int n = addTxJsonRows(QStringLiteral("tx_valid.json"));
        QCOMPARE(n, 50);  // every test row of this (pre-segwit) edition
    }
    void txValid() {
        QFETCH(QString, hex);
        checkRoundTrip(hex);
    }

    void txInvalid_data() {
        QTest::addColumn<QString>("hex");
        const int n = addTxJsonRows(QStringLiteral("tx_invalid.json"));
        QCOMPARE(n, 39);
    }
    void txInvalid() {
        QFETCH(QString, hex);
        checkRoundTrip(hex);
    }

    void knownTxid() {
        // tx_valid.json's first test row is mainnet tx 23b397ed... (its comment says so).
        auto tx = Transaction::parse(hexBytes(legacyTxHex()));
        QVERIFY(tx.ok());
        QCOMPARE(QString::fromStdString(tx->txid().toHex()),
                 QStringLiteral("23b397edccd3740a74adb603c9756370fafcde9bcc4483eb271ecad09a94dd63"));
        QVERIFY(!tx->isCoinbase());
        QCOMPARE(tx->inputs.size(), size_t(1));
        QCOMPARE(QString::fromStdString(tx->inputs[0].prevout.toString()),
                 QStringLiteral("60a20bd93aa49ab4b28d514ec10b06e1829ce6818ec06cd3aabd013ebcdc4bb1:0"));
        QCOMPARE(tx->outputs[0].value.sats(), qint64(1000000));
    }

    void bip143_data() {
        QTest::addColumn<QJsonObject>("example");
        const QJsonObject v = QJsonDocument::fromJson(test::readData(QStringLiteral("bip143_examples.json"))).object();
        for (const QJsonValue& e : v[QStringLiteral("examples")].toArray()) {
            QTest::newRow(qPrintable(e.toObject()[QStringLiteral("name")].toString())) << e.toObject();
        }
    }
    void bip143() {
        QFETCH(QJsonObject, example);
        const QString unsignedHex = example[QStringLiteral("unsigned_tx")].toString();
        const QString signedHex = example[QStringLiteral("signed_tx")].toString();
        checkRoundTrip(unsignedHex);
        checkRoundTrip(signedHex);
        auto u = Transaction::parse(hexBytes(unsignedHex));
        auto s = Transaction::parse(hexBytes(signedHex));
        QVERIFY(u.ok() && s.ok());
        QVERIFY(!u->hasWitness());
        QVERIFY(s->hasWitness());
        QVERIFY(s->txid().bytes() != s->wtxid().bytes());
        QCOMPARE(s->inputs.size(), u->inputs.size());
        QCOMPARE(s->outputs, u->outputs);
        QCOMPARE(s->lockTime, u->lockTime);
        // BIP143's intermediate hashes are sha256d over serialised parts of the tx.
        Writer prevouts, sequences, outputs;
        for (const auto& in : u->inputs) {
            prevouts.raw(in.prevout.txid.view()).u32(in.prevout.index);
            sequences.u32(in.sequence);
        }
        for (const auto& out : u->outputs) outputs.i64(out.value.sats()).varBytes(out.scriptPubKey);
        QCOMPARE(hexOf(sha256dOf(prevouts)), example[QStringLiteral("hashPrevouts")].toString());
        QCOMPARE(hexOf(sha256dOf(sequences)), example[QStringLiteral("hashSequence")].toString());
        QCOMPARE(hexOf(sha256dOf(outputs)), example[QStringLiteral("hashOutputs")].toString());
    }

    void bip341() {
        const QJsonObject v =
            QJsonDocument::fromJson(test::readData(QStringLiteral("bip341_wallet_vectors.json"))).object();
        const QJsonObject spend = v[QStringLiteral("keyPathSpending")].toArray().at(0).toObject();
        const QJsonObject given = spend[QStringLiteral("given")].toObject();
        const QString unsignedHex = given[QStringLiteral("rawUnsignedTx")].toString();
        checkRoundTrip(unsignedHex);
        checkRoundTrip(segwitTxHex());
        auto u = Transaction::parse(hexBytes(unsignedHex));
        auto s = Transaction::parse(hexBytes(segwitTxHex()));
        QVERIFY(u.ok() && s.ok());
        QCOMPARE(u->inputs.size(), size_t(given[QStringLiteral("utxosSpent")].toArray().size()));
        QVERIFY(s->hasWitness());
        QCOMPARE(s->version, 2);
        // BIP341's single-SHA256 hashes of the tx's parts.
        const QJsonObject inter = spend[QStringLiteral("intermediary")].toObject();
        Writer prevouts, sequences, outputs, amounts;
        for (const auto& in : u->inputs) {
            prevouts.raw(in.prevout.txid.view()).u32(in.prevout.index);
            sequences.u32(in.sequence);
        }
        for (const auto& out : u->outputs) outputs.i64(out.value.sats()).varBytes(out.scriptPubKey);
        for (const QJsonValue& utxo : given[QStringLiteral("utxosSpent")].toArray()) {
            amounts.i64(static_cast<int64_t>(utxo.toObject()[QStringLiteral("amountSats")].toDouble()));
        }
        const auto sha = [](const Writer& w) {
            const auto h = crypto::sha256(w.data());
            return hexOf(ByteView(h.data(), h.size()));
        };
        QCOMPARE(sha(prevouts), inter[QStringLiteral("hashPrevouts")].toString());
        QCOMPARE(sha(sequences), inter[QStringLiteral("hashSequences")].toString());
        QCOMPARE(sha(outputs), inter[QStringLiteral("hashOutputs")].toString());
        QCOMPARE(sha(amounts), inter[QStringLiteral("hashAmounts")].toString());
    }

    void truncatedAtEveryLength_data() {
        QTest::addColumn<QString>("hex");
        QTest::newRow("legacy (tx_valid row 1)") << legacyTxHex();
        QTest::newRow("segwit (BIP341 signed)") << segwitTxHex();
    }
    void truncatedAtEveryLength() {
        QFETCH(QString, hex);
        const Bytes raw = hexBytes(hex);
        int rejected = 0;
        for (size_t len = 0; len < raw.size(); ++len) {
            auto tx = Transaction::parse(ByteView(raw.data(), len));
            if (tx.ok()) QFAIL(qPrintable(QStringLiteral("prefix of length %1 parsed").arg(len)));
            ++rejected;
        }
        QCOMPARE(size_t(rejected), raw.size());
    }

    void trailingByteRejected_data() { truncatedAtEveryLength_data(); }
    void trailingByteRejected() {
        QFETCH(QString, hex);
        Bytes raw = hexBytes(hex);
        raw.push_back(0x00);
        auto tx = Transaction::parse(raw);
        QVERIFY(!tx.ok());
        QVERIFY2(QString::fromStdString(tx.message()).contains(QStringLiteral("trailing")), tx.message().c_str());
    }

    void malformed_data() {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("reason");
        const QString input = QStringLiteral("01") + QString(64, QLatin1Char('1')) + QStringLiteral("00000000") +
                              QStringLiteral("00") + QStringLiteral("ffffffff");
        const QString output = QStringLiteral("01") + QStringLiteral("0100000000000000") + QStringLiteral("0151");
        QTest::newRow("witness flag 2") << "02000000" + QStringLiteral("0002") + input + output + "0100" + "00000000"
                                        << "unknown transaction flag 2";
        QTest::newRow("witness flag 0xff") << "02000000" + QStringLiteral("00ff") + input + output + "0100" + "00000000"
                                           << "unknown transaction flag 255";
        QTest::newRow("superfluous witness") << "02000000" + QStringLiteral("0001") + input + output + "00" + "00000000"
                                             << "superfluous witness";
        QTest::newRow("non-canonical input count")
            << "02000000" + QStringLiteral("fd0100") + input.mid(2) + output + "00000000"
            << "non-canonical";
        QTest::newRow("input count beyond the data")
            << "02000000" + QStringLiteral("fdff00") + input.mid(2) + output + "00000000"
            << "cannot fit";
        QTest::newRow("huge input count") << "02000000" + QStringLiteral("fe00000002") << "cannot fit";
        QTest::newRow("output count beyond the data") << "02000000" + input + "fe00000100" + "00000000"
                                                      << "cannot fit";
        QTest::newRow("script longer than the data")
            << "02000000" + input + "01" + "0100000000000000" + "fd0001" + "00000000"
            << "exceeds";
        QTest::newRow("witness item count beyond the data")
            << "02000000" + QStringLiteral("0001") + input + output + "fd0001" + "00000000"
            << "cannot fit";
        QTest::newRow("empty") << ""
                               << "unexpected end";
    }
    void malformed() {
        QFETCH(QString, hex);
        QFETCH(QString, reason);
        auto tx = Transaction::parse(hexBytes(hex));
        QVERIFY(!tx.ok());
        QVERIFY2(QString::fromStdString(tx.message()).contains(reason), tx.message().c_str());
    }

    void zeroInputsZeroOutputsParsesLikeCore() {
        // With no inputs the byte after the input count is read as the witness flag; 0 means "no flag",
        // and it stands for the (empty) output count.
        auto tx = Transaction::parse(hexBytes(QStringLiteral("01000000000000000000")));
        QVERIFY2(tx.ok(), tx.message().c_str());
        QVERIFY(tx->inputs.empty() && tx->outputs.empty());
        QCOMPARE(hexOf(tx->serialize()), QStringLiteral("01000000000000000000"));
    }

    void builtTransactionSerializes() {
        Transaction tx;
        tx.version = 1;
        primitives::TxIn in;
        in.prevout.index = 0xffffffff;  // coinbase prevout
        in.scriptSig = {0x51};
        tx.inputs.push_back(in);
        tx.outputs.push_back({primitives::Amount::fromSats(5000000000), {0x51}});
        QVERIFY(tx.isCoinbase());
        QVERIFY(!tx.hasWitness());
        QCOMPARE(tx.totalOutput()->sats(), qint64(5000000000));
        tx.inputs[0].witness.push_back(Bytes(32, 0));
        const Bytes raw = tx.serialize();
        QCOMPARE(raw[4], uint8_t(0x00));
        QCOMPARE(raw[5], uint8_t(0x01));
        auto back = Transaction::parse(raw);
        QVERIFY(back.ok());
        QVERIFY(*back == tx);
        QCOMPARE(tx.size(), raw.size());
        QCOMPARE(tx.weight(), tx.strippedSize() * 3 + raw.size());
        tx.outputs.push_back({primitives::Amount::fromSats(primitives::Amount::kMaxMoney), {}});
        QVERIFY(!tx.totalOutput().ok());
    }
};

QTEST_GUILESS_MAIN(TestPrimitivesTransaction)
#include "test_primitives_transaction.moc"
