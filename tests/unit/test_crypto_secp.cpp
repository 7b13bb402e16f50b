// SPDX-License-Identifier: MIT
// secp256k1 keys and ECDSA against public vectors: the BIP143 example signatures (RFC 6979 + low S, byte for byte),
// BIP137 message signing (a fixed-key signature byte for byte, and public key recovery on every verify case,
// compared with the address's HASH160), strict/lax DER rules, strict key parsing, and failure on flipped bits.
#include "common/test_hex.h"
#include "common/test_paths.h"
#include "crypto/ecdsa.h"
#include "crypto/keys.h"
#include "script/base58.h"
#include "script/bech32.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using cairn::test::hex;
using cairn::test::hexOf;
using cairn::test::hash256Of;
using crypto::EcdsaSignature;
using crypto::PrivKey;
using crypto::PubKey;

namespace {

QJsonObject loadObject(const char* file) {
    return QJsonDocument::fromJson(test::readData(QString::fromLatin1(file))).object();
}

PrivKey keyOf(const QString& h) {
    auto k = PrivKey::fromBytes(hex(h));
    if (!k) qFatal("bad private key in test data");
    return std::move(k).value();
}

// BIP137 "Bitcoin Signed Message" digest: sha256d(varstr(magic) || varstr(message)); messages here are < 253 bytes.
crypto::Hash256 messageDigest(const QByteArray& message) {
    static const QByteArray kMagic("Bitcoin Signed Message:\n");
    Bytes pre;
    pre.push_back(uint8_t(kMagic.size()));
    pre.insert(pre.end(), kMagic.begin(), kMagic.end());
    pre.push_back(uint8_t(message.size()));
    pre.insert(pre.end(), message.begin(), message.end());
    return crypto::sha256d(pre);
}

// The HASH160 an address commits to and whether the key must be compressed (P2PKH only says via the header).
struct AddressCommitment {
    enum Kind { P2pkh, P2shP2wpkh, P2wpkh } kind;
    Bytes hash;
};

AddressCommitment commitmentOf(const QString& address) {
    if (address.startsWith(QLatin1String("bc1"))) {
        auto prog = script::decodeSegwitAddress(address.toStdString());
        if (!prog) qFatal("bad bech32 address in test data");
        return {AddressCommitment::P2wpkh, prog->program};
    }
    auto payload = script::base58CheckDecode(address.toStdString());
    if (!payload || payload->size() != 21) qFatal("bad base58 address in test data");
    const auto kind = (*payload)[0] == 0x05 ? AddressCommitment::P2shP2wpkh : AddressCommitment::P2pkh;
    return {kind, Bytes(payload->begin() + 1, payload->end())};
}

// What HASH160 a recovered key gives for an address kind.
Bytes hashFor(AddressCommitment::Kind kind, const PubKey& key) {
    if (kind == AddressCommitment::P2pkh) {
        const auto id = key.id();
        return Bytes(id.begin(), id.end());
    }
    const auto keyHash = crypto::hash160(key.serializeCompressed());
    if (kind == AddressCommitment::P2wpkh) return Bytes(keyHash.begin(), keyHash.end());
    Bytes redeem{0x00, 0x14};
    redeem.insert(redeem.end(), keyHash.begin(), keyHash.end());
    const auto scriptHash = crypto::hash160(redeem);
    return Bytes(scriptHash.begin(), scriptHash.end());
}

const char* kOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

}  // namespace

class TestCryptoSecp : public QObject {
    Q_OBJECT
private slots:
    void bip143Signatures_data() {
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("sighash");
        QTest::addColumn<QString>("der");
        const QJsonArray examples = loadObject("bip143_examples.json").value(QStringLiteral("examples")).toArray();
        QCOMPARE(examples.size(), 2);
        for (const QJsonValue& v : examples) {
            const QJsonObject e = v.toObject();
            const int signedIndex = e.value(QStringLiteral("signed_input_index")).toInt();
            QJsonObject input;
            for (const QJsonValue& in : e.value(QStringLiteral("inputs")).toArray())
                if (in.toObject().value(QStringLiteral("index")).toInt() == signedIndex) input = in.toObject();
            QVERIFY(!input.isEmpty());
            QTest::newRow(qPrintable(e.value(QStringLiteral("name")).toString()))
                << input.value(QStringLiteral("private_key")).toString()
                << input.value(QStringLiteral("public_key")).toString() << e.value(QStringLiteral("sighash")).toString()
                << e.value(QStringLiteral("signature_der")).toString();
        }
    }
    void bip143Signatures() {
        QFETCH(QString, privateKey);
        QFETCH(QString, publicKey);
        QFETCH(QString, sighash);
        QFETCH(QString, der);
        const PrivKey key = keyOf(privateKey);
        const PubKey pub = key.pubKey();
        if (!publicKey.isEmpty()) QCOMPARE(hexOf(pub.serialize()), publicKey);
        const crypto::Hash256 digest = hash256Of(sighash);

        const Bytes sig = crypto::signEcdsaDer(key, digest);
        QCOMPARE(hexOf(sig), der);  // RFC 6979 makes this deterministic
        QVERIFY(crypto::verifyEcdsaDer(pub, digest, sig, true));
        auto parsed = EcdsaSignature::parseDer(sig);
        QVERIFY(parsed.ok() && parsed->isLowS());
        QCOMPARE(parsed->toDer(), sig);

        // Failure must be possible: any flipped bit in the digest, the signature or the key breaks it.
        crypto::Hash256 badDigest = digest;
        badDigest[7] ^= 0x01;
        QVERIFY(!crypto::verifyEcdsaDer(pub, badDigest, sig));
        Bytes badSig = sig;
        badSig[10] ^= 0x01;  // inside R
        QVERIFY(!crypto::verifyEcdsaDer(pub, digest, badSig));
        QVERIFY(!crypto::verifyEcdsaDer(PrivKey::generate().pubKey(), digest, sig));
    }

    void bip137FixedKeySignature() {
        // Key 1 signs "vires is numeris"; the vectors give the base64 (header || r || s) per address type.
        const QJsonObject bip137 = loadObject("message_signing_vectors.json").value(QStringLiteral("bip137")).toObject();
        const QJsonObject sign = bip137.value(QStringLiteral("sign")).toArray().first().toObject();
        QCOMPARE(sign.value(QStringLiteral("private_key_int")).toString(), QStringLiteral("1"));
        Bytes one(32, 0);
        one[31] = 1;
        const PrivKey key = PrivKey::fromBytes(one).value();
        const auto digest = messageDigest(sign.value(QStringLiteral("message")).toString().toUtf8());
        const crypto::RecoverableSignature rs = crypto::signEcdsaRecoverable(key, digest);
        // Header bytes: 27 + recid (+4 compressed P2PKH, +8 P2SH-P2WPKH, +12 P2WPKH).
        const QList<QPair<QString, int>> kinds{{QStringLiteral("p2pkh_uncompressed"), 27},
                                               {QStringLiteral("p2pkh_compressed"), 31},
                                               {QStringLiteral("p2sh_p2wpkh"), 35},
                                               {QStringLiteral("p2wpkh"), 39}};
        for (const auto& [name, base] : kinds) {
            const QByteArray expected = QByteArray::fromBase64(sign.value(name).toString().toLatin1());
            QCOMPARE(expected.size(), 65);
            QCOMPARE(int(uint8_t(expected[0])), base + rs.recid);
            QCOMPARE(hexOf(rs.signature), hexOf(ByteView(reinterpret_cast<const uint8_t*>(expected.constData()) + 1, 64)));
        }
    }

    void bip137MagicHashes_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hash");
        const QJsonObject bip137 = loadObject("message_signing_vectors.json").value(QStringLiteral("bip137")).toObject();
        for (const QJsonValue& v : bip137.value(QStringLiteral("magic_hashes")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString m = o.value(QStringLiteral("message")).toString();
            QTest::newRow(qPrintable(m.isEmpty() ? QStringLiteral("empty message") : m))
                << m << o.value(QStringLiteral("hash")).toString();
        }
    }
    void bip137MagicHashes() {
        QFETCH(QString, message);
        QFETCH(QString, hash);
        QCOMPARE(hexOf(messageDigest(message.toUtf8())), hash);
    }

    void bip137Recovery_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("valid");
        const QJsonObject bip137 = loadObject("message_signing_vectors.json").value(QStringLiteral("bip137")).toObject();
        int i = 0;
        for (const QJsonValue& v : bip137.value(QStringLiteral("verify")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString why = o.value(QStringLiteral("reason")).toString(QStringLiteral("valid"));
            QTest::newRow(qPrintable(QStringLiteral("%1: %2 (%3)").arg(i++).arg(o.value(QStringLiteral("address")).toString(), why)))
                << o.value(QStringLiteral("address")).toString() << o.value(QStringLiteral("message")).toString()
                << o.value(QStringLiteral("signature")).toString() << o.value(QStringLiteral("valid")).toBool();
        }
    }
    void bip137Recovery() {
        QFETCH(QString, address);
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QFETCH(bool, valid);
        const QByteArray raw = QByteArray::fromBase64(signature.toLatin1());
        QCOMPARE(raw.size(), 65);
        const int header = uint8_t(raw[0]);
        QVERIFY(header >= 27 && header <= 42);
        const int recid = (header - 27) & 3;
        const bool compressed = header >= 31;
        crypto::CompactSignature compact{};
        std::copy(raw.begin() + 1, raw.end(), compact.begin());

        auto key = crypto::recoverEcdsa(messageDigest(message.toUtf8()), compact, recid, compressed);
        QVERIFY2(key.ok(), key.message().c_str());
        const AddressCommitment c = commitmentOf(address);
        // The header's address type must agree with the address, and the key must hash to it.
        const auto headerKind = header < 35 ? AddressCommitment::P2pkh
                                : header < 39 ? AddressCommitment::P2shP2wpkh
                                              : AddressCommitment::P2wpkh;
        const bool matches = headerKind == c.kind && hashFor(c.kind, *key) == c.hash;
        QCOMPARE(matches, valid);
        // The recovered key verifies the plain signature too.
        QCOMPARE(crypto::verifyEcdsa(*key, messageDigest(message.toUtf8()), EcdsaSignature::fromCompact(compact).value()),
                 true);
    }

    void recoveryRejectsBadInput() {
        const crypto::Hash256 digest = crypto::sha256(Bytes{1, 2, 3});
        const auto rs = crypto::signEcdsaRecoverable(PrivKey::generate(), digest);
        QVERIFY(!crypto::recoverEcdsa(digest, rs.signature, 4, true).ok());
        QVERIFY(!crypto::recoverEcdsa(digest, rs.signature, -1, true).ok());
        crypto::CompactSignature overflow{};
        std::fill(overflow.begin(), overflow.end(), 0xff);
        QVERIFY(!crypto::recoverEcdsa(digest, overflow, 0, true).ok());
    }

    void privateKeyRange_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero") << QString(64, QLatin1Char('0')) << false;
        QTest::newRow("one") << QString(63, QLatin1Char('0')) + QLatin1Char('1') << true;
        QTest::newRow("n - 1") << "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140" << true;
        QTest::newRow("n") << kOrder << false;
        QTest::newRow("n + 1") << "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142" << false;
        QTest::newRow("all ff") << QString(64, QLatin1Char('f')) << false;
        QTest::newRow("31 bytes") << QString(62, QLatin1Char('1')) << false;
        QTest::newRow("33 bytes") << QString(66, QLatin1Char('1')) << false;
    }
    void privateKeyRange() {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        QCOMPARE(PrivKey::fromBytes(hex(key)).ok(), ok);
    }

    void generatorAndSerialisation() {
        // Key 1 gives the generator G (SEC 2 constants).
        Bytes one(32, 0);
        one[31] = 1;
        const PubKey g = PrivKey::fromBytes(one)->pubKey(false);
        QCOMPARE(hexOf(g.serialize()),
                 QStringLiteral("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"));
        QCOMPARE(hexOf(g.serializeCompressed()),
                 QStringLiteral("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
        QVERIFY(!g.isCompressed() && g.withCompression(true).isCompressed());
        auto back = PubKey::parse(g.serialize());
        QVERIFY(back.ok() && *back == g);
        QVERIFY(!g.hasOddY());
    }

    void publicKeyParsingIsStrict_data() {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<bool>("ok");
        const QString gx = QStringLiteral("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
        const QString gy = QStringLiteral("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
        QTest::newRow("compressed G") << "02" + gx << true;
        QTest::newRow("compressed -G") << "03" + gx << true;
        QTest::newRow("uncompressed G") << "04" + gx + gy << true;
        QTest::newRow("hybrid 06 (even y)") << "06" + gx + gy << false;
        QTest::newRow("hybrid 07 (wrong parity)") << "07" + gx + gy << false;
        QTest::newRow("04 prefix with 33 bytes") << "04" + gx << false;
        QTest::newRow("02 prefix with 65 bytes") << "02" + gx + gy << false;
        QTest::newRow("x not on curve") << "02" + QString(63, QLatin1Char('0')) + QLatin1Char('5') << false;
        QTest::newRow("x = field size") << "02fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f" << false;
        QTest::newRow("uncompressed y flipped") << "04" + gx + gy.left(63) + QLatin1Char('9') << false;
        QTest::newRow("trailing byte") << "02" + gx + "00" << false;
        QTest::newRow("empty") << "" << false;
    }
    void publicKeyParsingIsStrict() {
        QFETCH(QString, bytes);
        QFETCH(bool, ok);
        const Bytes b = bytes.isEmpty() ? Bytes{} : hex(bytes);
        QCOMPARE(PubKey::parse(b).ok(), ok);
    }

    void tweakAndCombineAgree() {
        // (k + t)G == kG + tG, checked both ways, for BIP32 derivation.
        const PrivKey k = PrivKey::generate();
        const PrivKey t = PrivKey::generate();
        auto sum = k.tweakAdd(t.secret().view());
        QVERIFY(sum.ok());
        auto pubSum = k.pubKey().tweakAdd(t.secret().view());
        QVERIFY(pubSum.ok());
        QCOMPARE(sum->pubKey(), *pubSum);
        const PubKey both[] = {k.pubKey(), t.pubKey()};
        auto combined = PubKey::combine(both);
        QVERIFY(combined.ok());
        QCOMPARE(*combined, *pubSum);
        QVERIFY(!k.tweakAdd(hex(QString::fromLatin1(kOrder))).ok());  // tweak >= n
        QVERIFY(!PubKey::combine({}).ok());
        // P + (-P) is the point at infinity, which combine refuses; -P flips the compressed prefix.
        auto negated = k.pubKey().serializeCompressed();
        negated[0] ^= 0x01;
        const PubKey opposite[] = {k.pubKey(), PubKey::parse(negated).value()};
        QVERIFY(!PubKey::combine(opposite).ok());
    }

    void derParsing_data() {
        QTest::addColumn<QString>("der");
        QTest::addColumn<bool>("strictOk");
        QTest::addColumn<bool>("laxOk");
        const QString r = QStringLiteral("3609e17b84f6a7d30c80bfa610b5b4542f32a8a0d5447a12fb1366d7f01cc44a");
        const QString s = QStringLiteral("573a954c4518331561406f90300e8f3358f51928d43c212a8caed02de67eebee");
        QTest::newRow("canonical") << "30440220" + r + "0220" + s << true << true;
        QTest::newRow("sighash byte appended") << "30440220" + r + "0220" + s + "01" << false << true;
        QTest::newRow("wrong sequence length") << "30450220" + r + "0220" + s << false << true;
        QTest::newRow("padded R") << "3045022100" + r + "0220" + s << false << true;
        QTest::newRow("long-form sequence length") << "3081440220" + r + "0220" + s << false << true;
        QTest::newRow("negative R") << "30440220" + QStringLiteral("b6") + r.mid(2) + "0220" + s << false << true;
        QTest::newRow("zero-length R") << "30240200" + QStringLiteral("0220") + s << false << true;
        QTest::newRow("not a sequence") << "31440220" + r + "0220" + s << false << false;
        QTest::newRow("R tag wrong") << "30440320" + r + "0220" + s << false << false;
        QTest::newRow("truncated S") << "30440220" + r + "0220" + s.left(60) << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void derParsing() {
        QFETCH(QString, der);
        QFETCH(bool, strictOk);
        QFETCH(bool, laxOk);
        const Bytes b = der.isEmpty() ? Bytes{} : hex(der);
        QCOMPARE(EcdsaSignature::parseDer(b).ok(), strictOk);
        QCOMPARE(EcdsaSignature::parseDerLaxHistoric(b).ok(), laxOk);
    }

    void laxParsingStillVerifies() {
        // A historic-style encoding (padded R, trailing sighash byte) of a BIP143 signature verifies via the lax parser.
        const QJsonObject e = loadObject("bip143_examples.json").value(QStringLiteral("examples")).toArray().first().toObject();
        QJsonObject input = e.value(QStringLiteral("inputs")).toArray().at(1).toObject();
        const PubKey pub = keyOf(input.value(QStringLiteral("private_key")).toString()).pubKey();
        const auto digest = hash256Of(e.value(QStringLiteral("sighash")).toString());
        const QString der = e.value(QStringLiteral("signature_der")).toString();
        const Bytes padded = hex(QStringLiteral("3045022100") + der.mid(8) + QStringLiteral("01"));
        QVERIFY(!EcdsaSignature::parseDer(padded).ok());
        auto lax = EcdsaSignature::parseDerLaxHistoric(padded);
        QVERIFY(lax.ok());
        QVERIFY(crypto::verifyEcdsa(pub, digest, *lax));
        QCOMPARE(hexOf(lax->toDer()), der);
    }

    void highSIsConsensusValidButNotStandard() {
        const PrivKey key = PrivKey::generate();
        const crypto::Hash256 digest = crypto::sha256(Bytes{9});
        const EcdsaSignature low = crypto::signEcdsa(key, digest);
        QVERIFY(low.isLowS());
        // s' = n - s: the mirrored signature is just as valid mathematically.
        crypto::CompactSignature c = low.toCompact();
        const Bytes n = hex(QString::fromLatin1(kOrder));
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            const int v = int(n[size_t(i)]) - int(c[size_t(32 + i)]) - borrow;
            c[size_t(32 + i)] = uint8_t(v & 0xff);
            borrow = v < 0 ? 1 : 0;
        }
        auto high = EcdsaSignature::fromCompact(c);
        QVERIFY(high.ok());
        QVERIFY(!high->isLowS());
        QCOMPARE(high->normalizedLowS(), low);
        QVERIFY(crypto::verifyEcdsa(key.pubKey(), digest, *high, false));
        QVERIFY(!crypto::verifyEcdsa(key.pubKey(), digest, *high, true));
        QVERIFY(crypto::verifyEcdsaDer(key.pubKey(), digest, high->toDer()));
    }

    void lowRGrindingKeepsDerAtSeventyBytes() {
        // A fixed key and 64 fixed digests: about half of plain RFC 6979 signatures have r >= 2^255.
        auto key = PrivKey::fromBytes(crypto::sha256(Bytes{'c', 'a', 'i', 'r', 'n'}));
        QVERIFY(key.ok());
        int ground = 0;
        for (uint8_t i = 0; i < 64; ++i) {
            const crypto::Hash256 digest = crypto::sha256(Bytes{i});
            const EcdsaSignature plain = crypto::signEcdsa(*key, digest);
            const EcdsaSignature low = crypto::signEcdsaLowR(*key, digest);
            QVERIFY(low.toCompact()[0] < 0x80);
            QVERIFY(low.isLowS());
            QVERIFY(low.toDer().size() <= 70);
            QVERIFY(crypto::verifyEcdsa(key->pubKey(), digest, low, true));
            QCOMPARE(crypto::signEcdsaLowR(*key, digest), low);  // deterministic
            if (plain.toCompact()[0] < 0x80) {
                QCOMPARE(low, plain);  // no grinding needed: the first attempt is kept
            } else {
                QVERIFY(low != plain);
                ++ground;
            }
        }
        QVERIFY2(ground > 0 && ground < 64, qPrintable(QString::number(ground)));
    }
};

QTEST_GUILESS_MAIN(TestCryptoSecp)
#include "test_crypto_secp.moc"
