// SPDX-License-Identifier: MIT
// Hash functions against their published reference vectors: FIPS 180 / NIST SHA-256 examples, the RIPEMD-160
// authors' test strings, RFC 4231 HMAC-SHA-256/512 cases, and the 64 SipHash-2-4 outputs of the reference code.
#include "crypto/hash.h"
#include "crypto/random.h"
#include "crypto/siphash.h"
#include "util/hex.h"

#include <QtTest>

#include <string>

using namespace cairn;

namespace {

Bytes ascii(const std::string& s) { return Bytes(s.begin(), s.end()); }

Bytes hex(const char* h) {
    auto b = util::fromHex(h);
    if (!b) qFatal("bad hex literal in test: %s", h);
    return b.value();
}

// Published vectors are usually given as ASCII text; the long ones are built from their definition.
const std::string kNist448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
const std::string kMillionA(1000000, 'a');

const char* kRfc4231Case7 =
    "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be "
    "hashed before being used by the HMAC algorithm.";

// SipHash-2-4 with key 00 01 .. 0f over messages of length 0..63 whose bytes are 00 01 02 ...
const uint64_t kSipHashReference[64] = {
    0x726fdb47dd0e0e31ULL, 0x74f839c593dc67fdULL, 0x0d6c8009d9a94f5aULL, 0x85676696d7fb7e2dULL,
    0xcf2794e0277187b7ULL, 0x18765564cd99a68dULL, 0xcbc9466e58fee3ceULL, 0xab0200f58b01d137ULL,
    0x93f5f5799a932462ULL, 0x9e0082df0ba9e4b0ULL, 0x7a5dbbc594ddb9f3ULL, 0xf4b32f46226bada7ULL,
    0x751e8fbc860ee5fbULL, 0x14ea5627c0843d90ULL, 0xf723ca908e7af2eeULL, 0xa129ca6149be45e5ULL,
    0x3f2acc7f57c29bdbULL, 0x699ae9f52cbe4794ULL, 0x4bc1b3f0968dd39cULL, 0xbb6dc91da77961bdULL,
    0xbed65cf21aa2ee98ULL, 0xd0f2cbb02e3b67c7ULL, 0x93536795e3a33e88ULL, 0xa80c038ccd5ccec8ULL,
    0xb8ad50c6f649af94ULL, 0xbce192de8a85b8eaULL, 0x17d835b85bbb15f3ULL, 0x2f2e6163076bcfadULL,
    0xde4daaaca71dc9a5ULL, 0xa6a2506687956571ULL, 0xad87a3535c49ef28ULL, 0x32d892fad841c342ULL,
    0x7127512f72f27cceULL, 0xa7f32346f95978e3ULL, 0x12e0b01abb051238ULL, 0x15e034d40fa197aeULL,
    0x314dffbe0815a3b4ULL, 0x027990f029623981ULL, 0xcadcd4e59ef40c4dULL, 0x9abfd8766a33735cULL,
    0x0e3ea96b5304a7d0ULL, 0xad0c42d6fc585992ULL, 0x187306c89bc215a9ULL, 0xd4a60abcf3792b95ULL,
    0xf935451de4f21df2ULL, 0xa9538f0419755787ULL, 0xdb9acddff56ca510ULL, 0xd06c98cd5c0975ebULL,
    0xe612a3cb9ecba951ULL, 0xc766e62cfcadaf96ULL, 0xee64435a9752fe72ULL, 0xa192d576b245165aULL,
    0x0a8787bf8ecb74b2ULL, 0x81b3e73d20b49b6fULL, 0x7fa8220ba3b2eceaULL, 0x245731c13ca42499ULL,
    0xb78dbfaf3a8d83bdULL, 0xea1ad565322a1a0bULL, 0x60e61c23a3795013ULL, 0x6606d7e446282b93ULL,
    0x6ca4ecb15c5f91e1ULL, 0x9f626da15c9625f3ULL, 0xe51b38608ef25f57ULL, 0x958a324ceb064572ULL,
};

}  // namespace

class TestCryptoHashes : public QObject {
    Q_OBJECT
private slots:
    void sha256Reference_data() {
        QTest::addColumn<Bytes>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << Bytes{}
                               << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << ascii("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("448-bit message") << ascii(kNist448)
                                         << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("million a") << ascii(kMillionA)
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void sha256Reference() {
        QFETCH(Bytes, message);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(util::toHex(crypto::sha256(message))), digest);
        // The incremental hasher, fed in uneven pieces, must agree.
        crypto::Sha256 h;
        for (size_t pos = 0; pos < message.size();) {
            const size_t n = std::min<size_t>(message.size() - pos, 1 + pos % 97);
            h.write(ByteView(message).subspan(pos, n));
            pos += n;
        }
        QCOMPARE(QString::fromStdString(util::toHex(h.finalize())), digest);
    }

    void sha3_256Reference_data() {
        // FIPS 202 / NIST CAVP example values for SHA3-256.
        QTest::addColumn<Bytes>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << Bytes{}
                               << "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a";
        QTest::newRow("abc") << ascii("abc") << "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532";
        QTest::newRow("448-bit message") << ascii(kNist448)
                                         << "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376";
        QTest::newRow("million a") << ascii(kMillionA)
                                   << "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1";
    }
    void sha3_256Reference() {
        QFETCH(Bytes, message);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(util::toHex(crypto::sha3_256(message))), digest);
    }

    void ripemd160Reference_data() {
        QTest::addColumn<Bytes>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << Bytes{} << "9c1185a5c5e9fc54612808977ee8f548b2258d31";
        QTest::newRow("abc") << ascii("abc") << "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc";
        QTest::newRow("448-bit message") << ascii(kNist448) << "12a053384a9c0c88e405a06c27dcf49ada62eb2b";
        QTest::newRow("million a") << ascii(kMillionA) << "52783243c1697bdbe16d37f97f68f08325dc1528";
    }
    void ripemd160Reference() {
        QFETCH(Bytes, message);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(util::toHex(crypto::ripemd160(message))), digest);
    }

    void sha256dAndHash160() {
        // sha256d("abc") = sha256(sha256("abc")), hash160 = ripemd160(sha256(x)), both built from the vectors above.
        const Bytes once = hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QCOMPARE(crypto::sha256d(ascii("abc")), crypto::sha256(once));
        QCOMPARE(crypto::hash160(ascii("abc")), crypto::ripemd160(once));
        crypto::Sha256 h;
        h.write(ascii("abc"));
        QCOMPARE(h.finalizeDouble(), crypto::sha256d(ascii("abc")));
    }

    void hmacRfc4231_data() {
        QTest::addColumn<Bytes>("key");
        QTest::addColumn<Bytes>("data");
        QTest::addColumn<QString>("mac256");
        QTest::addColumn<QString>("mac512");
        // Case 5 publishes only the first 128 bits (truncated output); the comparison below uses the prefix.
        QTest::newRow("case 1") << Bytes(20, 0x0b) << ascii("Hi There")
                                << "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
                                << "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                                   "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854";
        QTest::newRow("case 2") << ascii("Jefe") << ascii("what do ya want for nothing?")
                                << "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
                                << "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                   "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737";
        QTest::newRow("case 3") << Bytes(20, 0xaa) << Bytes(50, 0xdd)
                                << "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
                                << "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39"
                                   "bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb";
        QTest::newRow("case 4") << hex("0102030405060708090a0b0c0d0e0f10111213141516171819") << Bytes(50, 0xcd)
                                << "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
                                << "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db"
                                   "a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd";
        QTest::newRow("case 5 (truncated to 128 bits)")
            << Bytes(20, 0x0c) << ascii("Test With Truncation") << "a3b6167473100ee06e0c796c2955552b"
            << "415fad6271580a531d4179bc891d87a6";
        QTest::newRow("case 6") << Bytes(131, 0xaa) << ascii("Test Using Larger Than Block-Size Key - Hash Key First")
                                << "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
                                << "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
                                   "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598";
        QTest::newRow("case 7") << Bytes(131, 0xaa) << ascii(kRfc4231Case7)
                                << "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
                                << "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944"
                                   "b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58";
    }
    void hmacRfc4231() {
        QFETCH(Bytes, key);
        QFETCH(Bytes, data);
        QFETCH(QString, mac256);
        QFETCH(QString, mac512);
        const QString got256 = QString::fromStdString(util::toHex(crypto::hmacSha256(key, data)));
        const QString got512 = QString::fromStdString(util::toHex(crypto::hmacSha512(key, data)));
        QCOMPARE(got256.left(mac256.size()), mac256);
        QCOMPARE(got512.left(mac512.size()), mac512);
    }

    void taggedHashMatchesDefinition() {
        // BIP340: SHA256(SHA256(tag) || SHA256(tag) || x), checked against the definition built from sha256().
        const crypto::Hash256 tagHash = crypto::sha256(ascii("TapTweak"));
        std::array<uint8_t, 65> pre{};
        std::copy(tagHash.begin(), tagHash.end(), pre.begin());
        std::copy(tagHash.begin(), tagHash.end(), pre.begin() + 32);
        pre[64] = 0x42;
        QCOMPARE(crypto::taggedHash("TapTweak", Bytes{0x42}), crypto::sha256(pre));
    }

    void sipHashReference_data() {
        QTest::addColumn<int>("length");
        for (int i = 0; i < 64; ++i) QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(i))) << i;
    }
    void sipHashReference() {
        QFETCH(int, length);
        Bytes message(static_cast<size_t>(length));
        for (int i = 0; i < length; ++i) message[size_t(i)] = uint8_t(i);
        // Key bytes 00..0f read as two little-endian words.
        const uint64_t k0 = 0x0706050403020100ULL;
        const uint64_t k1 = 0x0f0e0d0c0b0a0908ULL;
        QCOMPARE(crypto::sipHash24(k0, k1, message), kSipHashReference[length]);
    }

    void randomBytesAreFreshEachCall() {
        // Not a statistical test: two 32-byte draws colliding would mean a broken or unseeded RNG.
        const Bytes a = crypto::randomBytes(32);
        const Bytes b = crypto::randomBytes(32);
        QCOMPARE(a.size(), size_t(32));
        QVERIFY(a != b);
        const util::SecureBytes s = crypto::randomSecureBytes(48);
        QCOMPARE(s.size(), size_t(48));
        QVERIFY(crypto::randomUint64() != crypto::randomUint64());
    }
};

QTEST_GUILESS_MAIN(TestCryptoHashes)
#include "test_crypto_hashes.moc"
