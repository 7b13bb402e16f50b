// SPDX-License-Identifier: MIT
// Key derivation against public vectors: PBKDF2-HMAC-SHA512 through all 24 BIP39 Trezor cases
// (seed = PBKDF2(mnemonic, "mnemonic" + "TREZOR", 2048, 64)) and scrypt against RFC 7914 section 12.
#include "common/test_paths.h"
#include "crypto/kdf.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <string>

using namespace cairn;

namespace {

Bytes ascii(const std::string& s) { return Bytes(s.begin(), s.end()); }

QString hexOf(const util::SecureBytes& b) { return QString::fromStdString(util::toHex(b.view())); }

}  // namespace

class TestCryptoKdf : public QObject {
    Q_OBJECT
private slots:
    void pbkdf2Bip39Trezor_data() {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("seed");
        const QJsonObject root = QJsonDocument::fromJson(test::readData(QStringLiteral("bip39_trezor_vectors.json"))).object();
        const QString passphrase = root.value(QStringLiteral("passphrase")).toString();
        const QJsonArray vectors = root.value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), 24);
        int i = 0;
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const QString entropy = o.value(QStringLiteral("entropy")).toString();
            QTest::newRow(qPrintable(QStringLiteral("%1: %2-bit entropy %3").arg(i++).arg(entropy.size() * 4).arg(entropy)))
                << o.value(QStringLiteral("mnemonic")).toString() << passphrase << o.value(QStringLiteral("seed")).toString();
        }
    }
    void pbkdf2Bip39Trezor() {
        QFETCH(QString, mnemonic);
        QFETCH(QString, passphrase);
        QFETCH(QString, seed);
        const QByteArray password = mnemonic.toUtf8();
        const QByteArray salt = (QStringLiteral("mnemonic") + passphrase).toUtf8();
        const util::SecureBytes out = crypto::pbkdf2HmacSha512(
            ByteView(reinterpret_cast<const uint8_t*>(password.constData()), size_t(password.size())),
            ByteView(reinterpret_cast<const uint8_t*>(salt.constData()), size_t(salt.size())), 2048, 64);
        QCOMPARE(hexOf(out), seed);
    }

    void scryptRfc7914_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("salt");
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<QString>("derived");
        QTest::newRow("empty, N=16 r=1 p=1")
            << "" << "" << quint64(16) << quint32(1) << quint32(1)
            << "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
               "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906";
        QTest::newRow("password/NaCl, N=1024 r=8 p=16")
            << "password" << "NaCl" << quint64(1024) << quint32(8) << quint32(16)
            << "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
               "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640";
        QTest::newRow("pleaseletmein/SodiumChloride, N=16384 r=8 p=1")
            << "pleaseletmein" << "SodiumChloride" << quint64(16384) << quint32(8) << quint32(1)
            << "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
               "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887";
        // RFC 7914's fourth vector (N=1048576, r=8) needs just over 1 GiB, above kScryptMaxMemory; it is checked to
        // be refused in scryptRejectsBadParameters instead of being derived.
    }
    void scryptRfc7914() {
        QFETCH(QString, password);
        QFETCH(QString, salt);
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(QString, derived);
        auto out = crypto::scrypt(ascii(password.toStdString()), ascii(salt.toStdString()), {n, r, p}, 64);
        QVERIFY2(out.ok(), out.message().c_str());
        QCOMPARE(hexOf(*out), derived);
    }

    void scryptRejectsBadParameters_data() {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("needle");
        QTest::newRow("N not a power of two") << quint64(1000) << quint32(8) << quint32(1) << 64 << "power of two";
        QTest::newRow("N = 1") << quint64(1) << quint32(8) << quint32(1) << 64 << "power of two";
        QTest::newRow("N = 0") << quint64(0) << quint32(8) << quint32(1) << 64 << "power of two";
        QTest::newRow("r = 0") << quint64(16) << quint32(0) << quint32(1) << 64 << "at least 1";
        QTest::newRow("p = 0") << quint64(16) << quint32(8) << quint32(0) << 64 << "at least 1";
        QTest::newRow("r * p too big") << quint64(16) << quint32(1 << 15) << quint32(1 << 15) << 64 << "2^30";
        QTest::newRow("N >= 2^(16 r)") << quint64(65536) << quint32(1) << quint32(1) << 64 << "2^(16 * r)";
        QTest::newRow("zero length") << quint64(16) << quint32(1) << quint32(1) << 0 << "length";
        QTest::newRow("RFC 7914 vector 4 (N=2^20, r=8): over 1 GiB")
            << (quint64(1) << 20) << quint32(8) << quint32(1) << 64 << "memory";
        QTest::newRow("huge N") << (quint64(1) << 62) << quint32(8) << quint32(1) << 64 << "memory";
    }
    void scryptRejectsBadParameters() {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(int, length);
        QFETCH(QString, needle);
        auto out = crypto::scrypt(ascii("pw"), ascii("salt"), {n, r, p}, size_t(length));
        QVERIFY(!out.ok());
        QVERIFY2(QString::fromStdString(out.message()).contains(needle), out.message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestCryptoKdf)
#include "test_crypto_kdf.moc"
