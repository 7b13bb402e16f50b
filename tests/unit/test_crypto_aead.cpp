// SPDX-License-Identifier: MIT
// AES-256-GCM against McGrew & Viega's GCM specification test cases 13-16 (the 256-bit-key cases with the
// 96-bit IV this API supports; cases 17-18 use 64- and 480-bit IVs and are out of scope), plus rejection of
// every kind of tampering: flipped ciphertext, tag or AAD bits, truncation, wrong key or nonce.
#include "common/test_hex.h"
#include "crypto/aead.h"
#include "util/hex.h"

#include <QtTest>

using namespace cairn;
using cairn::test::hex;

namespace {

const QString kKey15 = QStringLiteral("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
const QString kNonce15 = QStringLiteral("cafebabefacedbaddecaf888");
const QString kPlain15 = QStringLiteral(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba"
    "637b391aafd255");
const QString kCipher15 = QStringLiteral(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abc"
    "c9f662898015ad");

}  // namespace

class TestCryptoAead : public QObject {
    Q_OBJECT
private slots:
    void gcmSpecVectors_data() {
        QTest::addColumn<Bytes>("key");
        QTest::addColumn<Bytes>("nonce");
        QTest::addColumn<Bytes>("plaintext");
        QTest::addColumn<Bytes>("aad");
        QTest::addColumn<Bytes>("ciphertext");
        QTest::addColumn<Bytes>("tag");
        QTest::newRow("test case 13") << Bytes(32, 0) << Bytes(12, 0) << Bytes{} << Bytes{} << Bytes{}
                                      << hex(QStringLiteral("530f8afbc74536b9a963b4f1c4cb738b"));
        QTest::newRow("test case 14") << Bytes(32, 0) << Bytes(12, 0) << Bytes(16, 0) << Bytes{}
                                      << hex(QStringLiteral("cea7403d4d606b6e074ec5d3baf39d18"))
                                      << hex(QStringLiteral("d0d1c8a799996bf0265b98b5d48ab919"));
        QTest::newRow("test case 15") << hex(kKey15) << hex(kNonce15) << hex(kPlain15) << Bytes{} << hex(kCipher15)
                                      << hex(QStringLiteral("b094dac5d93471bdec1a502270e3cc6c"));
        QTest::newRow("test case 16") << hex(kKey15) << hex(kNonce15) << hex(kPlain15.left(120))
                                      << hex(QStringLiteral("feedfacedeadbeeffeedfacedeadbeefabaddad2"))
                                      << hex(kCipher15.left(120))
                                      << hex(QStringLiteral("76fc6ece0f4e1768cddf8853bb2d551b"));
    }
    void gcmSpecVectors() {
        QFETCH(Bytes, key);
        QFETCH(Bytes, nonce);
        QFETCH(Bytes, plaintext);
        QFETCH(Bytes, aad);
        QFETCH(Bytes, ciphertext);
        QFETCH(Bytes, tag);
        Bytes sealedExpected = ciphertext;
        sealedExpected.insert(sealedExpected.end(), tag.begin(), tag.end());

        auto sealed = crypto::aesGcmEncrypt(key, nonce, plaintext, aad);
        QVERIFY2(sealed.ok(), sealed.message().c_str());
        QCOMPARE(util::toHex(*sealed), util::toHex(sealedExpected));

        auto opened = crypto::aesGcmDecrypt(key, nonce, sealedExpected, aad);
        QVERIFY2(opened.ok(), opened.message().c_str());
        QCOMPARE(util::toHex(opened->view()), util::toHex(plaintext));
    }

    void gcmRejectsTampering_data() {
        QTest::addColumn<QString>("what");
        // Each row mutates one input of the decryption of test case 16 (which has plaintext, AAD and tag).
        for (const char* w : {"ciphertext first bit", "ciphertext last bit", "tag first bit", "tag last bit",
                              "aad bit", "aad dropped", "truncated by one byte", "truncated to the tag",
                              "shorter than the tag", "empty", "wrong key", "wrong nonce", "extra byte"})
            QTest::newRow(w) << QString::fromLatin1(w);
    }
    void gcmRejectsTampering() {
        QFETCH(QString, what);
        Bytes key = hex(kKey15), nonce = hex(kNonce15), aad = hex(QStringLiteral("feedfacedeadbeeffeedfacedeadbeefabaddad2"));
        Bytes sealed = hex(kCipher15.left(120) + QStringLiteral("76fc6ece0f4e1768cddf8853bb2d551b"));
        QVERIFY(crypto::aesGcmDecrypt(key, nonce, sealed, aad).ok());  // untouched input opens
        const size_t tagAt = sealed.size() - 16;
        if (what == QLatin1String("ciphertext first bit")) sealed[0] ^= 0x01;
        else if (what == QLatin1String("ciphertext last bit")) sealed[tagAt - 1] ^= 0x80;
        else if (what == QLatin1String("tag first bit")) sealed[tagAt] ^= 0x01;
        else if (what == QLatin1String("tag last bit")) sealed.back() ^= 0x80;
        else if (what == QLatin1String("aad bit")) aad[3] ^= 0x10;
        else if (what == QLatin1String("aad dropped")) aad.clear();
        else if (what == QLatin1String("truncated by one byte")) sealed.pop_back();
        else if (what == QLatin1String("truncated to the tag")) sealed.erase(sealed.begin(), sealed.begin() + ptrdiff_t(tagAt));
        else if (what == QLatin1String("shorter than the tag")) sealed.resize(15);
        else if (what == QLatin1String("empty")) sealed.clear();
        else if (what == QLatin1String("wrong key")) key[31] ^= 0x01;
        else if (what == QLatin1String("wrong nonce")) nonce[0] ^= 0x01;
        else if (what == QLatin1String("extra byte")) sealed.push_back(0);
        else QFAIL("unknown row");
        auto opened = crypto::aesGcmDecrypt(key, nonce, sealed, aad);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.message().empty());
    }

    void gcmRejectsBadSizes() {
        const Bytes plain{1, 2, 3};
        QVERIFY(!crypto::aesGcmEncrypt(Bytes(16, 0), Bytes(12, 0), plain, {}).ok());   // AES-128 key
        QVERIFY(!crypto::aesGcmEncrypt(Bytes(32, 0), Bytes(8, 0), plain, {}).ok());    // 64-bit IV
        QVERIFY(!crypto::aesGcmDecrypt(Bytes(31, 0), Bytes(12, 0), Bytes(32, 0), {}).ok());
        QVERIFY(!crypto::aesGcmDecrypt(Bytes(32, 0), Bytes(13, 0), Bytes(32, 0), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCryptoAead)
#include "test_crypto_aead.moc"
