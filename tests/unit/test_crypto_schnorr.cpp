// SPDX-License-Identifier: MIT
// BIP340 Schnorr signatures against the BIP's test-vectors.csv (sign rows byte for byte, every row verified to its
// stated result) and BIP341 taproot tweaks against bip341_wallet_vectors.json (output keys, parity from the control
// blocks, tweaked private keys, and the key-path signatures).
#include "common/test_hex.h"
#include "common/test_paths.h"
#include "crypto/schnorr.h"
#include "crypto/taproot.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

using namespace cairn;
using cairn::test::hex;
using cairn::test::hexOf;
using cairn::test::hash256Of;
using crypto::PrivKey;
using crypto::XOnlyPubKey;

namespace {

std::optional<crypto::Hash256> merkleRootOf(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined()) return std::nullopt;
    return hash256Of(v.toString());
}

QJsonObject bip341() { return QJsonDocument::fromJson(test::readData(QStringLiteral("bip341_wallet_vectors.json"))).object(); }

}  // namespace

class TestCryptoSchnorr : public QObject {
    Q_OBJECT
private slots:
    void bip340Vectors_data() {
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("auxRand");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("result");
        const QList<QByteArray> lines = test::readData(QStringLiteral("bip340_vectors.csv")).split('\n');
        int rows = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {  // line 0 is the header
            if (lines[i].trimmed().isEmpty()) continue;
            const QStringList f = QString::fromLatin1(lines[i]).split(QLatin1Char(','));
            QVERIFY2(f.size() >= 8, lines[i].constData());
            const QString comment = f.mid(7).join(QLatin1Char(',')).trimmed();
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(f[0], comment.isEmpty() ? f[6] : comment)))
                << f[1].toLower() << f[2].toLower() << f[3].toLower() << f[4].toLower() << f[5].toLower()
                << (f[6] == QLatin1String("TRUE"));
            ++rows;
        }
        QCOMPARE(rows, 15);
    }
    void bip340Vectors() {
        QFETCH(QString, secretKey);
        QFETCH(QString, publicKey);
        QFETCH(QString, auxRand);
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QFETCH(bool, result);
        const Bytes msg = message.isEmpty() ? Bytes{} : hex(message);
        const Bytes sig = hex(signature);
        auto key = XOnlyPubKey::parse(hex(publicKey));
        // Rows 5 and 14 carry a public key that is not on the curve: parsing must refuse it, hence "false".
        const bool verified = key.ok() && crypto::verifySchnorr(*key, msg, sig);
        QCOMPARE(verified, result);

        if (!secretKey.isEmpty()) {  // signing rows (0-3)
            auto priv = PrivKey::fromBytes(hex(secretKey));
            QVERIFY(priv.ok());
            QCOMPARE(hexOf(priv->xOnlyPubKey().bytes()), publicKey);
            const crypto::SchnorrSignature made = crypto::signSchnorr(*priv, msg, hash256Of(auxRand));
            QCOMPARE(hexOf(made), signature);
        }
        if (result) {
            // A flipped bit anywhere must break a valid signature.
            Bytes bad = sig;
            bad[40] ^= 0x04;
            QVERIFY(!crypto::verifySchnorr(*key, msg, bad));
            Bytes badMsg = msg;
            badMsg[0] ^= 0x01;
            QVERIFY(!crypto::verifySchnorr(*key, badMsg, sig));
            QVERIFY(!crypto::verifySchnorr(*key, msg, ByteView(sig).first(63)));
        }
    }

    void schnorrWithoutAuxAndOddKeys() {
        // Fresh keys have odd y half of the time; signing must handle the negation either way.
        for (int i = 0; i < 8; ++i) {
            const PrivKey k = PrivKey::generate();
            const Bytes msg{uint8_t(i), 1, 2, 3};
            const auto sig = crypto::signSchnorr(k, msg);
            QCOMPARE(crypto::signSchnorr(k, msg), sig);  // without aux the nonce is deterministic
            QVERIFY(crypto::verifySchnorr(k.xOnlyPubKey(), msg, sig));
        }
    }

    void bip341OutputKeys_data() {
        QTest::addColumn<QString>("internalKey");
        QTest::addColumn<QJsonValue>("merkleRoot");
        QTest::addColumn<QString>("tweak");
        QTest::addColumn<QString>("outputKey");
        QTest::addColumn<int>("parity");  // -1: no control block to read it from
        int i = 0;
        for (const QJsonValue& v : bip341().value(QStringLiteral("scriptPubKey")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject given = o.value(QStringLiteral("given")).toObject();
            const QJsonObject inter = o.value(QStringLiteral("intermediary")).toObject();
            const QJsonArray blocks =
                o.value(QStringLiteral("expected")).toObject().value(QStringLiteral("scriptPathControlBlocks")).toArray();
            const int parity = blocks.isEmpty() ? -1 : int(hex(blocks.first().toString())[0] & 1);
            QTest::newRow(qPrintable(QStringLiteral("scriptPubKey %1").arg(i++)))
                << given.value(QStringLiteral("internalPubkey")).toString() << inter.value(QStringLiteral("merkleRoot"))
                << inter.value(QStringLiteral("tweak")).toString() << inter.value(QStringLiteral("tweakedPubkey")).toString()
                << parity;
        }
        QCOMPARE(i, 7);
    }
    void bip341OutputKeys() {
        QFETCH(QString, internalKey);
        QFETCH(QJsonValue, merkleRoot);
        QFETCH(QString, tweak);
        QFETCH(QString, outputKey);
        QFETCH(int, parity);
        auto internal = XOnlyPubKey::parse(hex(internalKey));
        QVERIFY(internal.ok());
        QCOMPARE(hexOf(crypto::tapTweakHash(*internal, merkleRootOf(merkleRoot))), tweak);
        auto out = crypto::tweakTaprootPubKey(*internal, merkleRootOf(merkleRoot));
        QVERIFY2(out.ok(), out.message().c_str());
        QCOMPARE(hexOf(out->key.bytes()), outputKey);
        if (parity >= 0) QCOMPARE(int(out->oddY), parity);
    }

    void bip341KeyPathSpending_data() {
        QTest::addColumn<QString>("internalPrivkey");
        QTest::addColumn<QJsonValue>("merkleRoot");
        QTest::addColumn<QString>("internalPubkey");
        QTest::addColumn<QString>("tweak");
        QTest::addColumn<QString>("tweakedPrivkey");
        QTest::addColumn<QString>("sigHash");
        QTest::addColumn<QString>("witnessSig");
        int rows = 0;
        for (const QJsonValue& spend : bip341().value(QStringLiteral("keyPathSpending")).toArray()) {
            for (const QJsonValue& v : spend.toObject().value(QStringLiteral("inputSpending")).toArray()) {
                const QJsonObject o = v.toObject();
                const QJsonObject given = o.value(QStringLiteral("given")).toObject();
                const QJsonObject inter = o.value(QStringLiteral("intermediary")).toObject();
                const QString witness = o.value(QStringLiteral("expected")).toObject().value(QStringLiteral("witness"))
                                            .toArray().first().toString();
                QTest::newRow(qPrintable(QStringLiteral("input %1").arg(given.value(QStringLiteral("txinIndex")).toInt())))
                    << given.value(QStringLiteral("internalPrivkey")).toString() << given.value(QStringLiteral("merkleRoot"))
                    << inter.value(QStringLiteral("internalPubkey")).toString() << inter.value(QStringLiteral("tweak")).toString()
                    << inter.value(QStringLiteral("tweakedPrivkey")).toString() << inter.value(QStringLiteral("sigHash")).toString()
                    << witness.left(128);  // a 65-byte witness carries the sighash type byte after the signature
                ++rows;
            }
        }
        QCOMPARE(rows, 7);
    }
    void bip341KeyPathSpending() {
        QFETCH(QString, internalPrivkey);
        QFETCH(QJsonValue, merkleRoot);
        QFETCH(QString, internalPubkey);
        QFETCH(QString, tweak);
        QFETCH(QString, tweakedPrivkey);
        QFETCH(QString, sigHash);
        QFETCH(QString, witnessSig);
        auto key = PrivKey::fromBytes(hex(internalPrivkey));
        QVERIFY(key.ok());
        QCOMPARE(hexOf(key->xOnlyPubKey().bytes()), internalPubkey);
        QCOMPARE(hexOf(crypto::tapTweakHash(key->xOnlyPubKey(), merkleRootOf(merkleRoot))), tweak);
        auto tweaked = crypto::tweakTaprootPrivKey(*key, merkleRootOf(merkleRoot));
        QVERIFY2(tweaked.ok(), tweaked.message().c_str());
        QCOMPARE(hexOf(tweaked->secret().view()), tweakedPrivkey);
        // The tweaked key controls the output key computed from the public side.
        auto output = crypto::tweakTaprootPubKey(key->xOnlyPubKey(), merkleRootOf(merkleRoot));
        QVERIFY(output.ok());
        QCOMPARE(tweaked->xOnlyPubKey(), output->key);
        // BIP341's wallet vectors were signed with all-zero auxiliary randomness.
        const crypto::Hash256 digest = hash256Of(sigHash);
        const auto sig = crypto::signSchnorr(*tweaked, digest, crypto::Hash256{});
        QCOMPARE(hexOf(sig), witnessSig);
        QVERIFY(crypto::verifySchnorr(output->key, digest, sig));
    }
};

QTEST_GUILESS_MAIN(TestCryptoSchnorr)
#include "test_crypto_schnorr.moc"
