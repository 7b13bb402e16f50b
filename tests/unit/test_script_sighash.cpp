// SPDX-License-Identifier: MIT
// Signature hashes against public vectors: Bitcoin Core's sighash.json (legacy SignatureHash, every row),
// the two BIP143 examples (intermediate hashes, preimage, sighash), and BIP341's keyPathSpending vectors
// (transaction-wide hashes, each input's SigMsg and SigHash, and the signed 64/65-byte witness).
#include "common/test_hex.h"
#include "common/test_paths.h"
#include "crypto/schnorr.h"
#include "crypto/taproot.h"
#include "primitives/transaction.h"
#include "script/sighash.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace cairn;
using cairn::test::hex;
using cairn::test::hexOf;
using primitives::Amount;
using primitives::Transaction;
using primitives::TxOut;

namespace {

QString reversedHexOf(ByteView bytes) { return QString::fromStdString(util::toHexReversed(bytes)); }

QJsonDocument readJson(const QString& name) {
    QJsonParseError error{};
    auto doc = QJsonDocument::fromJson(test::readData(name), &error);
    if (doc.isNull()) qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc;
}

Transaction parseTx(const QString& rawHex) {
    auto tx = Transaction::parse(hex(rawHex));
    if (!tx) qFatal("test transaction does not parse: %s", tx.message().c_str());
    return std::move(tx).value();
}

QJsonObject bip143Example(int i) {
    return readJson(QStringLiteral("bip143_examples.json"))
        .object()[QStringLiteral("examples")]
        .toArray()[i]
        .toObject();
}

QJsonArray keyPathSpending() {
    return readJson(QStringLiteral("bip341_wallet_vectors.json")).object()[QStringLiteral("keyPathSpending")].toArray();
}

std::vector<TxOut> spentOutputsOf(const QJsonObject& given) {
    std::vector<TxOut> outs;
    for (const auto& u : given[QStringLiteral("utxosSpent")].toArray()) {
        const auto o = u.toObject();
        outs.push_back(TxOut{Amount::fromSats(o[QStringLiteral("amountSats")].toInteger()),
                             hex(o[QStringLiteral("scriptPubKey")].toString())});
    }
    return outs;
}

}  // namespace

class TestScriptSighash : public QObject {
    Q_OBJECT
private slots:
    // ---- legacy: every row of sighash.json -------------------------------------------------------------

    void legacySighashJson_data() {
        QTest::addColumn<QString>("rawTx");
        QTest::addColumn<QString>("scriptCode");
        QTest::addColumn<int>("inputIndex");
        QTest::addColumn<int>("hashType");
        QTest::addColumn<QString>("expected");
        const QJsonArray rows = readJson(QStringLiteral("sighash.json")).array();
        int added = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonArray r = rows[i].toArray();
            if (r.size() == 1) continue;  // the header row
            const int hashType = r[3].toInt();
            const QByteArray name = QStringLiteral("row %1 in %2 type 0x%3")
                                        .arg(i)
                                        .arg(r[2].toInt())
                                        .arg(uint32_t(hashType), 8, 16, QLatin1Char('0'))
                                        .toUtf8();
            QTest::newRow(name.constData())
                << r[0].toString() << r[1].toString() << r[2].toInt() << hashType << r[4].toString();
            ++added;
        }
        QCOMPARE(added, 500);
    }

    void legacySighashJson() {
        QFETCH(QString, rawTx);
        QFETCH(QString, scriptCode);
        QFETCH(int, inputIndex);
        QFETCH(int, hashType);
        QFETCH(QString, expected);
        const Transaction tx = parseTx(rawTx);
        auto hash = script::legacySignatureHash(tx, size_t(inputIndex), hex(scriptCode), hashType);
        QVERIFY2(hash.ok(), hash.message().c_str());
        QCOMPARE(reversedHexOf(*hash), expected);
    }

    void legacySingleWithoutMatchingOutputIsOne() {
        // Two inputs, one output: SINGLE for input 1 has no output 1, so Core returns the number one.
        Transaction tx;
        tx.inputs.resize(2);
        tx.outputs.push_back(TxOut{Amount::fromSats(1000), hex(QStringLiteral("51"))});
        for (int type : {0x03, 0x83}) {
            auto hash = script::legacySignatureHash(tx, 1, hex(QStringLiteral("76a914")), type);
            QVERIFY(hash.ok());
            QCOMPARE(reversedHexOf(*hash),
                     QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001"));
        }
        auto normal = script::legacySignatureHash(tx, 0, {}, 0x03);
        QVERIFY(normal.ok());
        QVERIFY(reversedHexOf(*normal) !=
                QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001"));
    }

    void legacyRejectsInputIndexOutOfRange() {
        Transaction tx;
        tx.inputs.resize(1);
        auto hash = script::legacySignatureHash(tx, 1, {}, 1);
        QVERIFY(!hash.ok());
        QVERIFY(QString::fromStdString(hash.message()).contains(QStringLiteral("out of range")));
    }

    // ---- BIP143 --------------------------------------------------------------------------------------

    void bip143Examples_data() {
        QTest::addColumn<int>("example");
        QTest::newRow("native P2WPKH") << 0;
        QTest::newRow("P2SH-P2WPKH") << 1;
    }

    void bip143Examples() {
        QFETCH(int, example);
        const QJsonObject ex = bip143Example(example);
        const Transaction tx = parseTx(ex[QStringLiteral("unsigned_tx")].toString());
        const int index = ex[QStringLiteral("signed_input_index")].toInt();
        const int hashType = ex[QStringLiteral("hash_type")].toInt();

        auto pre = script::precomputeTxData(tx);
        QVERIFY(pre.ok());
        QCOMPARE(hexOf(pre->hashPrevouts), ex[QStringLiteral("hashPrevouts")].toString());
        QCOMPARE(hexOf(pre->hashSequence), ex[QStringLiteral("hashSequence")].toString());
        QCOMPARE(hexOf(pre->hashOutputs), ex[QStringLiteral("hashOutputs")].toString());

        // The file's scriptCode carries its length prefix; our API takes the script alone.
        const Bytes scriptCodeWithLength = hex(ex[QStringLiteral("scriptCode")].toString());
        QCOMPARE(size_t(scriptCodeWithLength[0]) + 1, scriptCodeWithLength.size());
        const Bytes scriptCode(scriptCodeWithLength.begin() + 1, scriptCodeWithLength.end());

        // The P2WPKH scriptCode follows from the key hash in the spent (or redeem) witness program.
        const QJsonObject input = ex[QStringLiteral("inputs")].toArray()[index].toObject();
        const QString programHex = input.contains(QStringLiteral("redeemScript"))
                                       ? input[QStringLiteral("redeemScript")].toString()
                                       : input[QStringLiteral("scriptPubKey")].toString();
        const auto info = script::classify(hex(programHex));
        QCOMPARE(info.type, script::ScriptType::WitnessV0KeyHash);
        crypto::Hash160 keyHash{};
        std::copy(info.data.begin(), info.data.end(), keyHash.begin());
        QCOMPARE(hexOf(script::p2wpkhScriptCode(keyHash)), hexOf(scriptCode));

        const Bytes amountLe = hex(ex[QStringLiteral("amount_le")].toString());
        int64_t sats = 0;
        for (size_t i = 0; i < 8; ++i) sats |= int64_t(amountLe[i]) << (8 * i);

        auto sighash =
            script::segwitV0SignatureHash(tx, *pre, size_t(index), scriptCode, Amount::fromSats(sats), hashType);
        QVERIFY2(sighash.ok(), sighash.message().c_str());
        QCOMPARE(hexOf(sighash->preimage), ex[QStringLiteral("sighash_preimage")].toString());
        QCOMPARE(hexOf(sighash->hash), ex[QStringLiteral("sighash")].toString());

        // The convenience overload computes the same.
        auto again = script::segwitV0SignatureHash(tx, size_t(index), scriptCode, Amount::fromSats(sats), hashType);
        QVERIFY(again.ok());
        QCOMPARE(hexOf(again->hash), hexOf(sighash->hash));
    }

    void bip143HashTypesBlankTheRightParts() {
        // Facts from BIP143: ANYONECANPAY zeroes hashPrevouts and hashSequence; NONE/SINGLE zero hashSequence;
        // NONE zeroes hashOutputs; SINGLE hashes only the output at the input's index.
        const QJsonObject ex = bip143Example(0);
        const Transaction tx = parseTx(ex[QStringLiteral("unsigned_tx")].toString());
        const QString zero(64, QLatin1Char('0'));
        const Bytes code = hex(QStringLiteral("76a9141d0f172a0ecb48aee1be1f2687d2963ae33f71a188ac"));
        auto field = [&](int type, int offset) {
            auto s = script::segwitV0SignatureHash(tx, 1, code, Amount::fromSats(600000000), type);
            if (!s) qFatal("sighash failed");
            return hexOf(ByteView(s->preimage).subspan(size_t(offset), 32));
        };
        const int kPrevouts = 4, kSequence = 36;
        const int kOutputs = int(4 + 32 + 32 + 36 + code.size() + 1 + 8 + 4);
        QCOMPARE(field(0x81, kPrevouts), zero);
        QCOMPARE(field(0x81, kSequence), zero);
        QVERIFY(field(0x81, kOutputs) != zero);
        QVERIFY(field(0x02, kPrevouts) != zero);
        QCOMPARE(field(0x02, kSequence), zero);
        QCOMPARE(field(0x02, kOutputs), zero);
        QCOMPARE(field(0x03, kSequence), zero);
        primitives::Writer one;
        one.i64(tx.outputs[1].value.sats()).varBytes(tx.outputs[1].scriptPubKey);
        QCOMPARE(field(0x03, kOutputs), hexOf(crypto::sha256d(one.data())));
    }

    // ---- BIP341 key path -----------------------------------------------------------------------------

    void bip341Intermediary_data() {
        QTest::addColumn<int>("vector");
        const QJsonArray all = keyPathSpending();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("keyPathSpending %1").arg(i))) << i;
    }

    void bip341Intermediary() {
        QFETCH(int, vector);
        const QJsonObject v = keyPathSpending()[vector].toObject();
        const QJsonObject given = v[QStringLiteral("given")].toObject();
        const QJsonObject mid = v[QStringLiteral("intermediary")].toObject();
        const Transaction tx = parseTx(given[QStringLiteral("rawUnsignedTx")].toString());
        auto pre = script::precomputeTxData(tx, spentOutputsOf(given));
        QVERIFY2(pre.ok(), pre.message().c_str());
        QCOMPARE(hexOf(pre->shaAmounts), mid[QStringLiteral("hashAmounts")].toString());
        QCOMPARE(hexOf(pre->shaOutputs), mid[QStringLiteral("hashOutputs")].toString());
        QCOMPARE(hexOf(pre->shaPrevouts), mid[QStringLiteral("hashPrevouts")].toString());
        QCOMPARE(hexOf(pre->shaScriptPubKeys), mid[QStringLiteral("hashScriptPubkeys")].toString());
        QCOMPARE(hexOf(pre->shaSequences), mid[QStringLiteral("hashSequences")].toString());
    }

    void bip341KeyPathInputs_data() {
        QTest::addColumn<int>("vector");
        QTest::addColumn<int>("input");
        const QJsonArray all = keyPathSpending();
        int rows = 0;
        for (int i = 0; i < all.size(); ++i) {
            const QJsonArray inputs = all[i].toObject()[QStringLiteral("inputSpending")].toArray();
            for (int j = 0; j < inputs.size(); ++j) {
                const QJsonObject g = inputs[j].toObject()[QStringLiteral("given")].toObject();
                QTest::newRow(qPrintable(QStringLiteral("vector %1 txin %2 hashType 0x%3")
                                             .arg(i)
                                             .arg(g[QStringLiteral("txinIndex")].toInt())
                                             .arg(g[QStringLiteral("hashType")].toInt(), 2, 16, QLatin1Char('0'))))
                    << i << j;
                ++rows;
            }
        }
        QCOMPARE(rows, 7);
    }

    void bip341KeyPathInputs() {
        QFETCH(int, vector);
        QFETCH(int, input);
        const QJsonObject v = keyPathSpending()[vector].toObject();
        const QJsonObject given = v[QStringLiteral("given")].toObject();
        const Transaction tx = parseTx(given[QStringLiteral("rawUnsignedTx")].toString());
        auto pre = script::precomputeTxData(tx, spentOutputsOf(given));
        QVERIFY(pre.ok());

        const QJsonObject spend = v[QStringLiteral("inputSpending")].toArray()[input].toObject();
        const QJsonObject g = spend[QStringLiteral("given")].toObject();
        const QJsonObject mid = spend[QStringLiteral("intermediary")].toObject();
        const int txin = g[QStringLiteral("txinIndex")].toInt();
        const auto hashType = uint8_t(g[QStringLiteral("hashType")].toInt());

        auto sighash = script::taprootSignatureHash(tx, *pre, size_t(txin), hashType);
        QVERIFY2(sighash.ok(), sighash.message().c_str());
        QCOMPARE(hexOf(sighash->sigMsg), mid[QStringLiteral("sigMsg")].toString());
        QCOMPARE(hexOf(sighash->hash), mid[QStringLiteral("sigHash")].toString());

        // Sign with the tweaked key and 32 zero bytes of aux randomness: the witness must match exactly.
        auto internal = crypto::PrivKey::fromBytes(hex(g[QStringLiteral("internalPrivkey")].toString()));
        QVERIFY(internal.ok());
        QCOMPARE(hexOf(internal->xOnlyPubKey().bytes()), mid[QStringLiteral("internalPubkey")].toString());
        std::optional<crypto::Hash256> merkleRoot;
        if (!g[QStringLiteral("merkleRoot")].isNull()) {
            const Bytes root = hex(g[QStringLiteral("merkleRoot")].toString());
            merkleRoot.emplace();
            std::copy(root.begin(), root.end(), merkleRoot->begin());
        }
        QCOMPARE(hexOf(crypto::tapTweakHash(internal->xOnlyPubKey(), merkleRoot)),
                 mid[QStringLiteral("tweak")].toString());
        auto tweaked = crypto::tweakTaprootPrivKey(*internal, merkleRoot);
        QVERIFY(tweaked.ok());
        QCOMPARE(hexOf(tweaked->secret().view()), mid[QStringLiteral("tweakedPrivkey")].toString());

        const crypto::SchnorrSignature sig = crypto::signSchnorr(*tweaked, sighash->hash, crypto::Hash256{});
        Bytes witness(sig.begin(), sig.end());
        if (hashType != script::kSighashDefault) witness.push_back(hashType);
        const QJsonArray expected = spend[QStringLiteral("expected")].toObject()[QStringLiteral("witness")].toArray();
        QCOMPARE(expected.size(), 1);
        QCOMPARE(hexOf(witness), expected[0].toString());

        // The signature verifies against the output key the spent scriptPubKey commits to.
        const auto info = script::classify(pre->spentOutputs[size_t(txin)].scriptPubKey);
        QCOMPARE(info.type, script::ScriptType::WitnessV1Taproot);
        auto outputKey = crypto::XOnlyPubKey::parse(info.data);
        QVERIFY(outputKey.ok());
        QVERIFY(crypto::verifySchnorr(*outputKey, sighash->hash, sig));
    }

    void taprootRejectsBadRequests() {
        const QJsonObject v = keyPathSpending()[0].toObject();
        const QJsonObject given = v[QStringLiteral("given")].toObject();
        const Transaction tx = parseTx(given[QStringLiteral("rawUnsignedTx")].toString());
        auto pre = script::precomputeTxData(tx, spentOutputsOf(given));
        QVERIFY(pre.ok());
        QCOMPARE(tx.outputs.size(), size_t(2));
        for (int type : {0x04, 0x80, 0x84, 0x41, 0xff}) {
            auto s = script::taprootSignatureHash(tx, *pre, 0, uint8_t(type));
            QVERIFY2(!s.ok(), qPrintable(QStringLiteral("hash type 0x%1 accepted").arg(type, 2, 16)));
        }
        QVERIFY(!script::taprootSignatureHash(tx, *pre, tx.inputs.size(), 0x00).ok());
        QVERIFY(!script::taprootSignatureHash(tx, *pre, 2, script::kSighashSingle).ok());  // no output 2
        QVERIFY(script::taprootSignatureHash(tx, *pre, 1, script::kSighashSingle).ok());
        const Bytes badAnnex = hex(QStringLiteral("51"));
        QVERIFY(!script::taprootSignatureHash(tx, *pre, 0, 0x00, ByteView(badAnnex)).ok());
        auto noSpent = script::precomputeTxData(tx);
        QVERIFY(noSpent.ok());
        QVERIFY(!script::taprootSignatureHash(tx, *noSpent, 0, 0x00).ok());
        auto tooFew = spentOutputsOf(given);
        tooFew.pop_back();
        QVERIFY(!script::precomputeTxData(tx, tooFew).ok());
    }

    void taprootAnnexAndScriptPathChangeTheMessage() {
        // BIP341: spend_type = 2*ext_flag + annex_present; the annex adds sha256(compact_size(len) || annex)
        // after the input data; the BIP342 extension appends tapleaf_hash || 0x00 || codesep_pos.
        const QJsonObject given = keyPathSpending()[0].toObject()[QStringLiteral("given")].toObject();
        const Transaction tx = parseTx(given[QStringLiteral("rawUnsignedTx")].toString());
        auto pre = script::precomputeTxData(tx, spentOutputsOf(given));
        QVERIFY(pre.ok());
        auto plain = script::taprootSignatureHash(tx, *pre, 3, 0x01);
        const Bytes annex = hex(QStringLiteral("50aabb"));
        auto withAnnex = script::taprootSignatureHash(tx, *pre, 3, 0x01, ByteView(annex));
        script::TapscriptExtension ext;
        ext.tapleafHash.fill(0x11);
        auto scriptPath = script::taprootSignatureHash(tx, *pre, 3, 0x01, std::nullopt, ext);
        QVERIFY(plain.ok() && withAnnex.ok() && scriptPath.ok());
        const size_t spendTypeAt = 1 + 1 + 4 + 4 + 5 * 32;
        QCOMPARE(int(plain->sigMsg[spendTypeAt]), 0);
        QCOMPARE(int(withAnnex->sigMsg[spendTypeAt]), 1);
        QCOMPARE(int(scriptPath->sigMsg[spendTypeAt]), 2);
        QCOMPARE(withAnnex->sigMsg.size(), plain->sigMsg.size() + 32);
        primitives::Writer a;
        a.varBytes(annex);
        QCOMPARE(hexOf(ByteView(withAnnex->sigMsg).last(32)), hexOf(crypto::sha256(a.data())));
        QCOMPARE(scriptPath->sigMsg.size(), plain->sigMsg.size() + 37);
        QCOMPARE(hexOf(ByteView(scriptPath->sigMsg).last(5)), QStringLiteral("00ffffffff"));
        QCOMPARE(hexOf(scriptPath->hash), hexOf(crypto::taggedHash("TapSighash", scriptPath->sigMsg)));
    }
};

QTEST_GUILESS_MAIN(TestScriptSighash)
#include "test_script_sighash.moc"
