// SPDX-License-Identifier: MIT
// The wallet signer against BIP341's wallet vectors (keyPathSpending): the transaction is assembled by the
// builder from the vectors' UTXOs, outputs, sequences and lock time, signed by the signer with the vectors' keys
// (taproot inputs with their internal keys, merkle roots and hash types; the P2PKH and P2WPKH inputs with the
// keys 1 and 3 that the vectors' fully signed transaction used), and must equal the expected bytes.
#include "common/test_paths.h"
#include "crypto/ecdsa.h"
#include "primitives/transaction.h"
#include "util/hex.h"
#include "wallet/signer.h"
#include "wallet/tx_builder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using primitives::Amount;
using primitives::Transaction;
using primitives::TxOut;
using wallet::InputType;
using wallet::SigningInput;

namespace {

Bytes hexBytes(const QString& s) { return util::fromHex(s.toStdString()).value(); }

crypto::PrivKey keyFromHex(const QString& s) { return crypto::PrivKey::fromBytes(hexBytes(s)).value(); }

crypto::PrivKey smallKey(uint8_t n) {
    Bytes b(32, 0);
    b[31] = n;
    return crypto::PrivKey::fromBytes(b).value();
}

QJsonObject keyPathVector() {
    const QJsonObject root =
        QJsonDocument::fromJson(test::readData(QStringLiteral("bip341_wallet_vectors.json"))).object();
    return root.value(QStringLiteral("keyPathSpending")).toArray().at(0).toObject();
}

/// The transaction assembled from the vector's parts, and the signing data for every input.
struct VectorSpend {
    wallet::BuiltTx built;
    std::vector<SigningInput> signing;
    QJsonArray inputSpending;
};

VectorSpend prepare() {
    const QJsonObject v = keyPathVector();
    const QJsonObject given = v.value(QStringLiteral("given")).toObject();
    const Transaction unsignedTx =
        Transaction::parse(hexBytes(given.value(QStringLiteral("rawUnsignedTx")).toString())).value();
    const QJsonArray utxos = given.value(QStringLiteral("utxosSpent")).toArray();

    std::vector<wallet::SpendCoin> coins;
    std::vector<uint32_t> sequences;
    for (int i = 0; i < utxos.size(); ++i) {
        const QJsonObject u = utxos.at(i).toObject();
        TxOut out{Amount::fromSats(qint64(u.value(QStringLiteral("amountSats")).toDouble())),
                  hexBytes(u.value(QStringLiteral("scriptPubKey")).toString())};
        const auto type = wallet::inputTypeForScript(out.scriptPubKey);
        coins.push_back(wallet::SpendCoin{unsignedTx.inputs[size_t(i)].prevout, out, type.value(), false});
        sequences.push_back(unsignedTx.inputs[size_t(i)].sequence);
    }
    VectorSpend s;
    s.built = wallet::assembleTransaction(coins, sequences, unsignedTx.outputs, unsignedTx.lockTime, unsignedTx.version)
                  .value();
    s.inputSpending = v.value(QStringLiteral("inputSpending")).toArray();

    // Default signing data: the non-taproot inputs with the keys of the expected transaction (1 and 3).
    for (size_t i = 0; i < coins.size(); ++i) {
        SigningInput in{coins[i].output, coins[i].type, smallKey(coins[i].type == InputType::P2pkh ? 1 : 3), {}, {}};
        s.signing.push_back(std::move(in));
    }
    for (const QJsonValue& item : s.inputSpending) {
        const QJsonObject g = item.toObject().value(QStringLiteral("given")).toObject();
        const size_t index = size_t(g.value(QStringLiteral("txinIndex")).toInt());
        SigningInput& in = s.signing[index];
        in.key = keyFromHex(g.value(QStringLiteral("internalPrivkey")).toString());
        in.sighashType = uint8_t(g.value(QStringLiteral("hashType")).toInt());
        if (g.value(QStringLiteral("merkleRoot")).isString()) {
            crypto::Hash256 root{};
            const Bytes b = hexBytes(g.value(QStringLiteral("merkleRoot")).toString());
            std::copy(b.begin(), b.end(), root.begin());
            in.tapMerkleRoot = root;
        }
    }
    return s;
}

wallet::SignOptions zeroAux() {
    // BIP341's wallet vectors were signed with all-zero auxiliary randomness.
    return wallet::SignOptions{crypto::Hash256{}};
}

}  // namespace

class TestSigner : public QObject {
    Q_OBJECT
private slots:
    void builderReproducesUnsignedTransaction() {
        const VectorSpend s = prepare();
        const QString expected =
            keyPathVector().value(QStringLiteral("given")).toObject().value(QStringLiteral("rawUnsignedTx")).toString();
        QCOMPARE(QString::fromStdString(util::toHex(s.built.tx.serialize())), expected);
        QCOMPARE(s.built.inputs.size(), size_t(9));
    }

    void taprootKeyPathWitness_data() {
        QTest::addColumn<int>("row");
        const QJsonArray rows = keyPathVector().value(QStringLiteral("inputSpending")).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject g = rows.at(i).toObject().value(QStringLiteral("given")).toObject();
            const QString name =
                QStringLiteral("input %1 hashType 0x%2%3")
                    .arg(g.value(QStringLiteral("txinIndex")).toInt())
                    .arg(g.value(QStringLiteral("hashType")).toInt(), 2, 16, QLatin1Char('0'))
                    .arg(g.value(QStringLiteral("merkleRoot")).isNull() ? QStringLiteral(" no tree") : QString());
            QTest::newRow(qPrintable(name)) << i;
        }
    }

    void taprootKeyPathWitness() {
        QFETCH(int, row);
        VectorSpend s = prepare();
        Transaction tx = s.built.tx;
        auto r = wallet::signTransaction(tx, s.signing, zeroAux());
        QVERIFY2(r.ok(), r.message().c_str());
        const QJsonObject item = s.inputSpending.at(row).toObject();
        const size_t index =
            size_t(item.value(QStringLiteral("given")).toObject().value(QStringLiteral("txinIndex")).toInt());
        const QJsonArray witness =
            item.value(QStringLiteral("expected")).toObject().value(QStringLiteral("witness")).toArray();
        QCOMPARE(tx.inputs[index].witness.size(), size_t(witness.size()));
        for (int w = 0; w < witness.size(); ++w)
            QCOMPARE(QString::fromStdString(util::toHex(tx.inputs[index].witness[size_t(w)])),
                     witness.at(w).toString());
        QVERIFY(tx.inputs[index].scriptSig.empty());
    }

    void fullySignedTransactionMatches() {
        VectorSpend s = prepare();
        Transaction tx = s.built.tx;
        // The vector's ECDSA signatures are plain RFC 6979 (no low-R grinding), so grinding is off to match them.
        wallet::SignOptions plain = zeroAux();
        plain.grindLowR = false;
        auto r = wallet::signTransaction(tx, s.signing, plain);
        QVERIFY2(r.ok(), r.message().c_str());
        const QString expected = keyPathVector()
                                     .value(QStringLiteral("auxiliary"))
                                     .toObject()
                                     .value(QStringLiteral("fullySignedTx"))
                                     .toString();
        // Byte for byte: 7 taproot key-path inputs, and the P2PKH and P2WPKH inputs signed with RFC 6979 ECDSA.
        QCOMPARE(QString::fromStdString(util::toHex(tx.serialize())), expected);
    }

    void lowRGrindingChangesOnlyHighRSignatures() {
        VectorSpend s = prepare();
        Transaction plainTx = s.built.tx;
        Transaction groundTx = s.built.tx;
        wallet::SignOptions plain = zeroAux();
        plain.grindLowR = false;
        QVERIFY(wallet::signTransaction(plainTx, s.signing, plain).ok());
        QVERIFY(wallet::signTransaction(groundTx, s.signing, zeroAux()).ok());
        int changed = 0;
        for (size_t i = 0; i < groundTx.inputs.size(); ++i) {
            if (s.signing[i].type == InputType::P2trKeyPath) {
                QCOMPARE(groundTx.inputs[i].witness, plainTx.inputs[i].witness);  // Schnorr is unaffected
                continue;
            }
            const Bytes sig = s.signing[i].type == InputType::P2pkh
                                  ? Bytes(groundTx.inputs[i].scriptSig.begin() + 1,
                                          groundTx.inputs[i].scriptSig.begin() + 1 + groundTx.inputs[i].scriptSig[0])
                                  : groundTx.inputs[i].witness[0];
            QVERIFY2(sig.size() <= 71, qPrintable(QStringLiteral("input %1: %2 bytes").arg(i).arg(sig.size())));
            QVERIFY(sig[4] < 0x80 && sig[3] == 0x20);  // R is 32 bytes with the top bit clear
            changed += groundTx.inputs[i].scriptSig != plainTx.inputs[i].scriptSig ||
                       groundTx.inputs[i].witness != plainTx.inputs[i].witness;
        }
        // Exactly the vector's high-R signature (the 71-byte DER one) was re-ground.
        QCOMPARE(changed, 1);
    }

    void refusesKeyThatDoesNotControlTheOutput() {
        VectorSpend s = prepare();
        s.signing[2].key = smallKey(2);  // input 2 is P2PKH of key 1
        Transaction tx = s.built.tx;
        auto r = wallet::signTransaction(tx, s.signing, zeroAux());
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.message()),
                 QStringLiteral("input 2: the key does not control the output it spends"));
        QCOMPARE(tx, s.built.tx);  // untouched on failure
    }

    void refusesBadSighashTypes() {
        VectorSpend s = prepare();
        s.signing[0].sighashType = 0x04;
        Transaction tx = s.built.tx;
        auto r = wallet::signTransaction(tx, s.signing, zeroAux());
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.message()).startsWith(QStringLiteral("input 0: sighash type 4")));
        s = prepare();
        s.signing[5].sighashType = 0x00;  // DEFAULT exists only for taproot
        r = wallet::signTransaction(tx, s.signing, zeroAux());
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.message()).startsWith(QStringLiteral("input 5: sighash type 0")));
    }

    void ecdsaSignaturesAreLowS() {
        VectorSpend s = prepare();
        Transaction tx = s.built.tx;
        QVERIFY(wallet::signTransaction(tx, s.signing, zeroAux()).ok());
        // P2PKH scriptSig: <sig> <pubkey>; P2WPKH witness: [sig, pubkey]. The DER part must be strict and low S.
        const Bytes& scriptSig = tx.inputs[2].scriptSig;
        const Bytes legacySig(scriptSig.begin() + 1, scriptSig.begin() + 1 + scriptSig[0] - 1);
        const Bytes& witnessSig = tx.inputs[5].witness[0];
        for (const Bytes& der : {legacySig, Bytes(witnessSig.begin(), witnessSig.end() - 1)}) {
            auto sig = crypto::EcdsaSignature::parseDer(der);
            QVERIFY2(sig.ok(), sig.message().c_str());
            QVERIFY(sig->isLowS());
        }
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "test_signer.moc"
