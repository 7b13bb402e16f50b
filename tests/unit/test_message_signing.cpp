// SPDX-License-Identifier: MIT
// Message signing against tests/data/message_signing_vectors.json: BIP322 message hashes, to_spend/to_sign
// txids, the BIP's simple signatures (verified, and reproduced by RFC6979 signing), BIP137 magic hashes, the
// fixed-key signing example for every header type, and every verify case with its stated result. The BIP322
// P2TR example (bitcoin/bips bip-0322 test vectors, also in Bitcoin Core's util_tests) is added inline.
#include "common/test_paths.h"
#include "crypto/keys.h"
#include "script/address.h"
#include "script/key_io.h"
#include "script/message_signing.h"
#include "script/psbt.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;

namespace {

QJsonObject vectors() {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("message_signing_vectors.json"))).object();
}
QJsonObject bip322() { return vectors()[QStringLiteral("bip322")].toObject(); }
QJsonObject bip137() { return vectors()[QStringLiteral("bip137")].toObject(); }

std::string str(const QJsonValue& v) { return v.toString().toStdString(); }
QString hexOf(ByteView b) { return QString::fromStdString(util::toHex(b)); }

const char* kBip322Wif = "L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k";
const char* kBip322TaprootAddress = "bc1ppv609nr0vr25u07u95waq5lucwfm6tde4nydujnu8npg4q75mr5sxq8lt3";
const char* kBip322TaprootHelloWorld =
    "AUHd69PrJQEv+oKTfZ8l+WROBHuy9HKrbFCJu7U1iK2iiEy1vMU5EfMtjc+VSHM7aU0SDbak5IUZRVno2P5mjSafAQ==";

/// The signature with one bit of byte `index` flipped (the base64 re-encoded).
std::string flipBit(const std::string& base64, size_t index) {
    Bytes raw = *script::base64Decode(base64);
    raw[index % raw.size()] ^= 0x01;
    return script::base64Encode(raw);
}

crypto::PrivKey wifKey(const char* wif) { return std::move(script::decodeWif(wif, Network::Main).value().key); }

}  // namespace

class TestMessageSigning : public QObject {
    Q_OBJECT
private slots:
    void bip322MessageHash_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hash");
        const QJsonArray rows = bip322()[QStringLiteral("message_hashes")].toArray();
        QVERIFY(!rows.isEmpty());
        for (const auto& v : rows)
            QTest::newRow(qPrintable(QStringLiteral("'%1'").arg(v[QStringLiteral("message")].toString())))
                << v[QStringLiteral("message")].toString() << v[QStringLiteral("hash")].toString();
    }
    void bip322MessageHash() {
        QFETCH(QString, message);
        QFETCH(QString, hash);
        QCOMPARE(hexOf(script::bip322MessageHash(message.toStdString())), hash);
    }

    void bip322TransactionIds_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("toSpend");
        QTest::addColumn<QString>("toSign");
        const QJsonObject txids = bip322()[QStringLiteral("transaction_hashes")].toObject();
        const QJsonArray spend = txids[QStringLiteral("to_spend")].toArray();
        const QJsonArray sign = txids[QStringLiteral("to_sign")].toArray();
        QCOMPARE(spend.size(), sign.size());
        for (int i = 0; i < spend.size(); ++i) {
            QCOMPARE(spend[i][QStringLiteral("message")], sign[i][QStringLiteral("message")]);
            QTest::newRow(qPrintable(QStringLiteral("'%1'").arg(spend[i][QStringLiteral("message")].toString())))
                << spend[i][QStringLiteral("message")].toString() << spend[i][QStringLiteral("txid")].toString()
                << sign[i][QStringLiteral("txid")].toString();
        }
    }
    void bip322TransactionIds() {
        QFETCH(QString, message);
        QFETCH(QString, toSpend);
        QFETCH(QString, toSign);
        auto spk =
            script::decodeAddress(str(bip322()[QStringLiteral("signing")][QStringLiteral("address")]), Network::Main);
        QVERIFY(spk.ok());
        const auto spendTx = script::bip322ToSpend(*spk, message.toStdString());
        QCOMPARE(QString::fromStdString(spendTx.txid().toHex()), toSpend);
        QCOMPARE(QString::fromStdString(script::bip322ToSign(spendTx).txid().toHex()), toSign);
    }

    void bip322SimpleSignatures_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("signatures");
        const QJsonArray rows = bip322()[QStringLiteral("signing")][QStringLiteral("signatures")].toArray();
        QVERIFY(!rows.isEmpty());
        for (const auto& v : rows) {
            QStringList sigs;
            for (const auto& s : v[QStringLiteral("valid_simple_signatures")].toArray()) sigs << s.toString();
            QTest::newRow(qPrintable(QStringLiteral("'%1'").arg(v[QStringLiteral("message")].toString())))
                << v[QStringLiteral("message")].toString() << sigs;
        }
    }
    void bip322SimpleSignatures() {
        QFETCH(QString, message);
        QFETCH(QStringList, signatures);
        const QJsonObject signing = bip322()[QStringLiteral("signing")].toObject();
        const std::string address = str(signing[QStringLiteral("address")]);
        QCOMPARE(std::string(kBip322Wif), str(signing[QStringLiteral("private_key_wif")]));
        QCOMPARE(signatures.size(), 2);
        for (const QString& sig : signatures) {
            auto format = script::verifyMessage(address, sig.toStdString(), message.toStdString(), Network::Main);
            QVERIFY2(format.ok(), format.message().c_str());
            QCOMPARE(*format, script::MessageSignatureFormat::Bip322Simple);
            // Another message, or a flipped bit in the signature, fails.
            QVERIFY(
                !script::verifyMessage(address, sig.toStdString(), message.toStdString() + "!", Network::Main).ok());
            auto flipped =
                script::verifyMessage(address, flipBit(sig.toStdString(), 10), message.toStdString(), Network::Main);
            QVERIFY(!flipped.ok());
            qInfo("flipped bit: %s", flipped.message().c_str());
        }
        // RFC6979 signing reproduces the BIP's deterministic signature byte for byte.
        auto made = script::signMessage(wifKey(kBip322Wif), true, address, Network::Main, message.toStdString(), true);
        QVERIFY2(made.ok(), made.message().c_str());
        QVERIFY2(signatures.contains(QString::fromStdString(*made)), made->c_str());
    }

    void bip322Taproot() {
        auto format =
            script::verifyMessage(kBip322TaprootAddress, kBip322TaprootHelloWorld, "Hello World", Network::Main);
        QVERIFY2(format.ok(), format.message().c_str());
        QCOMPARE(*format, script::MessageSignatureFormat::Bip322Simple);
        QVERIFY(!script::verifyMessage(kBip322TaprootAddress, kBip322TaprootHelloWorld, "Hello World.", Network::Main)
                     .ok());
        QVERIFY(!script::verifyMessage(kBip322TaprootAddress, flipBit(kBip322TaprootHelloWorld, 20), "Hello World",
                                       Network::Main)
                     .ok());
        // Our own P2TR signatures (SIGHASH_DEFAULT, 64 bytes) verify, and are reproducible with a fixed aux.
        const crypto::PrivKey key = wifKey(kBip322Wif);
        auto made = script::signMessage(key, true, kBip322TaprootAddress, Network::Main, "Hello World", true);
        QVERIFY2(made.ok(), made.message().c_str());
        QCOMPARE(script::base64Decode(*made)->size(), size_t(1 + 1 + 64));
        QVERIFY(script::verifyMessage(kBip322TaprootAddress, *made, "Hello World", Network::Main).ok());
        auto a = script::signBip322Simple(key, script::ScriptType::WitnessV1Taproot, "x", crypto::Hash256{});
        auto b = script::signBip322Simple(key, script::ScriptType::WitnessV1Taproot, "x", crypto::Hash256{});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
        QVERIFY(!script::signBip322Simple(key, script::ScriptType::PubKeyHash, "x").ok());
    }

    void bip137MagicHash_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hash");
        const QJsonArray rows = bip137()[QStringLiteral("magic_hashes")].toArray();
        QVERIFY(!rows.isEmpty());
        for (const auto& v : rows)
            QTest::newRow(qPrintable(QStringLiteral("'%1'").arg(v[QStringLiteral("message")].toString())))
                << v[QStringLiteral("message")].toString() << v[QStringLiteral("hash")].toString();
    }
    void bip137MagicHash() {
        QFETCH(QString, message);
        QFETCH(QString, hash);
        QCOMPARE(hexOf(script::bitcoinMessageHash(message.toStdString())), hash);
    }

    void bip137Sign_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected");
        const QJsonArray rows = bip137()[QStringLiteral("sign")].toArray();
        QVERIFY(!rows.isEmpty());
        const std::pair<const char*, script::Bip137Type> kinds[] = {
            {"p2pkh_uncompressed", script::Bip137Type::P2pkhUncompressed},
            {"p2pkh_compressed", script::Bip137Type::P2pkhCompressed},
            {"p2sh_p2wpkh", script::Bip137Type::P2shP2wpkh},
            {"p2wpkh", script::Bip137Type::P2wpkh}};
        for (const auto& v : rows) {
            QCOMPARE(v[QStringLiteral("private_key_int")].toString(), QStringLiteral("1"));
            for (const auto& [name, type] : kinds)
                QTest::newRow(name) << v[QStringLiteral("message")].toString() << int(type)
                                    << v[QLatin1String(name)].toString();
        }
    }
    void bip137Sign() {
        QFETCH(QString, message);
        QFETCH(int, type);
        QFETCH(QString, expected);
        Bytes one(32, 0);
        one[31] = 1;
        auto key = crypto::PrivKey::fromBytes(one);
        QVERIFY(key.ok());
        const std::string sig = script::signBip137(*key, script::Bip137Type(type), message.toStdString());
        QCOMPARE(QString::fromStdString(sig), expected);
        // The matching address of the key verifies it.
        const bool compressed = script::Bip137Type(type) != script::Bip137Type::P2pkhUncompressed;
        const crypto::PubKey pub = key->pubKey(compressed);
        Bytes spk;
        switch (script::Bip137Type(type)) {
            case script::Bip137Type::P2pkhUncompressed:
            case script::Bip137Type::P2pkhCompressed:
                spk = script::p2pkh(pub.id());
                break;
            case script::Bip137Type::P2shP2wpkh:
                spk = script::p2sh(crypto::hash160(script::p2wpkh(pub.id())));
                break;
            case script::Bip137Type::P2wpkh:
                spk = script::p2wpkh(pub.id());
                break;
        }
        auto address = script::encodeAddress(spk, Network::Main);
        QVERIFY(address.ok());
        auto format = script::verifyMessage(*address, sig, message.toStdString(), Network::Main);
        QVERIFY2(format.ok(), format.message().c_str());
        QCOMPARE(*format, script::MessageSignatureFormat::Bip137);
        auto viaAddress = script::signMessage(*key, compressed, *address, Network::Main, message.toStdString(), false);
        QVERIFY2(viaAddress.ok(), viaAddress.message().c_str());
        QCOMPARE(*viaAddress, sig);
        QVERIFY(!script::verifyMessage(*address, flipBit(sig, 40), message.toStdString(), Network::Main).ok());
    }

    void bip137Verify_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("valid");
        const QJsonArray rows = bip137()[QStringLiteral("verify")].toArray();
        QVERIFY(!rows.isEmpty());
        int n = 0;
        for (const auto& v : rows) {
            const QString label = v[QStringLiteral("valid")].toBool()
                                      ? QStringLiteral("valid %1").arg(v[QStringLiteral("address")].toString())
                                      : v[QStringLiteral("reason")].toString();
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(n++).arg(label)))
                << v[QStringLiteral("address")].toString() << v[QStringLiteral("message")].toString()
                << v[QStringLiteral("signature")].toString() << v[QStringLiteral("valid")].toBool();
        }
    }
    void bip137Verify() {
        QFETCH(QString, address);
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QFETCH(bool, valid);
        auto format =
            script::verifyMessage(address.toStdString(), signature.toStdString(), message.toStdString(), Network::Main);
        QCOMPARE(format.ok(), valid);
        if (!valid) {
            QVERIFY(!format.message().empty());
            qInfo("rejected: %s", format.message().c_str());
        } else {
            QCOMPARE(*format, script::MessageSignatureFormat::Bip137);
        }
    }

    void signingChecksTheAddress() {
        const crypto::PrivKey key = wifKey(kBip322Wif);
        // Another key's address, taproot with BIP137, a P2PKH address with BIP322, garbage.
        QVERIFY(!script::signMessage(key, true, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", Network::Main, "m", false)
                     .ok());
        QVERIFY(!script::signMessage(key, true, kBip322TaprootAddress, Network::Main, "m", false).ok());
        QVERIFY(!script::signMessage(key, true, "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", Network::Main, "m", true).ok());
        QVERIFY(!script::signMessage(key, true, "not an address", Network::Main, "m", false).ok());
        QVERIFY(!script::verifyMessage("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l", "!!!", "m", Network::Main).ok());
        QVERIFY(!script::verifyMessage("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l", "", "m", Network::Main).ok());
    }
};

QTEST_GUILESS_MAIN(TestMessageSigning)
#include "test_message_signing.moc"
