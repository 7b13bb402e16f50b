// SPDX-License-Identifier: MIT
// Keys at rest: encryption round trip, wrong password, tampered or swapped secret records, tampered account
// keys, truncated and foreign files (detected, file untouched), atomic password change under injected faults,
// and the production scrypt parameters.
#include "common/test_paths.h"
#include "storage/database.h"
#include "storage/wallet_store_schema.h"
#include "wallet/keystore.h"
#include "wallet/wallet.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

using namespace cairn;
using util::SecureBytes;
using wallet::Wallet;

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

SecureBytes sb(const char* text) { return SecureBytes::fromString(text); }

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

wallet::WalletOptions options(const std::string& name) {
    wallet::WalletOptions o;
    o.name = name;
    o.network = Network::Main;
    o.kdf = wallet::testScryptParams();
    o.gapLimit = 3;
    return o;
}

// A closed wallet file (WAL checkpointed into the main file on close) with the vector mnemonic.
QString makeWallet(const QString& dirName, const char* password = "correct horse") {
    const QString path = test::freshTempDir(dirName) + QStringLiteral("/w.sqlite");
    auto w = Wallet::create(path.toStdString(), options("w"), sb(kMnemonic), SecureBytes(), sb(password));
    if (!w.ok()) qFatal("create: %s", w.message().c_str());
    return path;
}

// Changes the file as an attacker with write access would (raw SQLite, no wallet code): runs `sql`, or for
// "FLIP <kind>" flips one bit of that secret's ciphertext (the last byte is in the GCM tag for the mnemonic).
void tamper(const QString& path, const std::string& sql) {
    auto db = storage::Database::open(path.toStdString(), storage::walletMigrations());
    if (!db.ok()) qFatal("open for tampering: %s", db.message().c_str());
    if (sql.rfind("FLIP ", 0) == 0) {
        const std::string kind = sql.substr(5);
        auto read = (*db)->prepare("SELECT ciphertext FROM secrets WHERE kind = ?");
        if (!read.ok() || !read->bind(1, kind).step()) qFatal("no %s record", kind.c_str());
        Bytes blob = read->columnBlob(0);
        blob[kind == "seed" ? 5 : blob.size() - 1] ^= 0x01;
        auto write = (*db)->prepare("UPDATE secrets SET ciphertext = ? WHERE kind = ?");
        if (!write.ok() || !write->bindBlob(1, blob.data(), blob.size()).bind(2, kind).exec().ok()) qFatal("flip failed");
    } else if (auto r = (*db)->exec(sql); !r.ok()) {
        qFatal("tamper: %s", r.message().c_str());
    }
    if (!(*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok()) qFatal("checkpoint failed");
}

bool contains(const std::string& haystack, const char* needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

class TestWalletKeystore : public QObject {
    Q_OBJECT
private slots:
    void roundTripRestoresSecrets() {
        const QString path = makeWallet(QStringLiteral("ks_roundtrip"));
        auto w = Wallet::open(path.toStdString(), Network::Main);
        QVERIFY2(w.ok(), w.message().c_str());
        auto keys = (*w)->unlock(sb("correct horse"));
        QVERIFY2(keys.ok(), keys.message().c_str());
        auto words = (*w)->mnemonic(*keys);
        QVERIFY(words.ok());
        QCOMPARE(std::string(words->asStringView()), std::string(kMnemonic));
        auto seed = keys->secret("seed");
        QVERIFY(seed.ok());
        QCOMPARE(seed->size(), size_t(64));
        // The secrets are not in the file in clear.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(!raw.contains("abandon abandon"));
        QVERIFY(!raw.contains(QByteArray(reinterpret_cast<const char*>(seed->data()), 32)));
    }

    void wrongPasswordFailsAndChangesNothing() {
        const QString path = makeWallet(QStringLiteral("ks_wrong"));
        const QByteArray before = fileHash(path);
        {
            auto w = Wallet::open(path.toStdString(), Network::Main);
            QVERIFY(w.ok());
            auto keys = (*w)->unlock(sb("Correct horse"));
            QVERIFY(!keys.ok());
            QCOMPARE(keys.message(), std::string(wallet::kWrongPasswordMessage));
            auto passwd = (*w)->changePassword(sb("nope"), sb("new"));
            QVERIFY(!passwd.ok());
            QCOMPARE(passwd.message(), std::string(wallet::kWrongPasswordMessage));
        }
        QCOMPARE(fileHash(path), before);
    }

    void tamperedSecret_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("flipped ciphertext byte of the seed") << QStringLiteral("FLIP seed");
        QTest::newRow("flipped tag byte of the mnemonic") << QStringLiteral("FLIP mnemonic");
        QTest::newRow("swapped mnemonic and seed records")
            << QStringLiteral("UPDATE secrets SET kind = CASE kind WHEN 'seed' THEN 'mnemonic' WHEN 'mnemonic' THEN "
                              "'seed' ELSE kind END");
        QTest::newRow("deleted the mnemonic record") << QStringLiteral("DELETE FROM secrets WHERE kind = 'mnemonic'");
        QTest::newRow("replaced the account xpub")
            << QStringLiteral("UPDATE accounts SET xpub = 'xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5W"
                              "SWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkudhUd9yLb6qx39T9nMdj', kind = 'bip44'");
        QTest::newRow("lowered the scrypt cost") << QStringLiteral("UPDATE wallet SET kdf_n = 2");
        QTest::newRow("cleared the integrity record") << QStringLiteral("UPDATE wallet SET integrity = x''");
    }
    void tamperedSecret() {
        QFETCH(QString, sql);
        const QString path = makeWallet(QStringLiteral("ks_tamper"));
        tamper(path, sql.toStdString());
        const QByteArray before = fileHash(path);
        {
            auto w = Wallet::open(path.toStdString(), Network::Main);
            QVERIFY2(w.ok(), w.message().c_str());
            auto keys = (*w)->unlock(sb("correct horse"));
            QVERIFY(!keys.ok());
            // A changed KDF parameter also changes the sealed key's AAD: it reads as a wrong password.
            QVERIFY2(contains(keys.message(), wallet::kTamperMessage) ||
                         (sql.contains(QStringLiteral("kdf_n")) &&
                          keys.message() == std::string(wallet::kWrongPasswordMessage)),
                     keys.message().c_str());
        }
        QCOMPARE(fileHash(path), before);
    }

    void flippedBlobIsReportedOnDecryption() {
        // Without the MAC check (a secret read after unlock), the AEAD itself refuses the altered record.
        const QString path = makeWallet(QStringLiteral("ks_aead"));
        auto w = Wallet::open(path.toStdString(), Network::Main);
        QVERIFY(w.ok());
        auto keys = (*w)->unlock(sb("correct horse"));
        QVERIFY(keys.ok());
        QVERIFY((*w)->store().database().exec("UPDATE secrets SET nonce = zeroblob(12) WHERE kind = 'seed'").ok());
        auto seed = keys->secret("seed");
        QVERIFY(!seed.ok());
        QVERIFY2(contains(seed.message(), wallet::kTamperMessage), seed.message().c_str());
        QVERIFY(!keys->verifyIntegrity().ok());
    }

    void damagedFile_data() {
        QTest::addColumn<int>("keepBytes");  // -1: half the file
        QTest::addColumn<bool>("garbage");
        QTest::newRow("truncated to half") << -1 << false;
        QTest::newRow("truncated mid-page") << 4096 + 100 << false;
        QTest::newRow("truncated inside the header") << 50 << false;
        QTest::newRow("not an SQLite file") << 0 << true;
    }
    void damagedFile() {
        QFETCH(int, keepBytes);
        QFETCH(bool, garbage);
        const QString path = makeWallet(QStringLiteral("ks_trunc"));
        const QString copy = path + QStringLiteral(".copy.sqlite");
        QVERIFY(QFile::copy(path, copy));
        {
            QFile f(copy);
            if (garbage) {
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(QByteArray(8192, 'x'));
            } else {
                QVERIFY(f.resize(keepBytes < 0 ? f.size() / 2 : keepBytes));
            }
        }
        const QByteArray before = fileHash(copy);
        auto w = Wallet::open(copy.toStdString(), Network::Main);
        QVERIFY(!w.ok());
        QVERIFY2(contains(w.message(), "is damaged or truncated"), w.message().c_str());
        QCOMPARE(fileHash(copy), before);
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")) || QFileInfo(copy + QStringLiteral("-wal")).size() == 0);
        // The original is fine.
        QVERIFY(Wallet::open(path.toStdString(), Network::Main).ok());
    }

    void passwordChangeIsAtomic_data() {
        QTest::addColumn<QString>("failAt");
        QTest::newRow("after the new key is written") << QStringLiteral("passwd:key");
        QTest::newRow("after the integrity record") << QStringLiteral("passwd:integrity");
    }
    void passwordChangeIsAtomic() {
        QFETCH(QString, failAt);
        const QString path = makeWallet(QStringLiteral("ks_passwd"));
        auto w = Wallet::open(path.toStdString(), Network::Main);
        QVERIFY(w.ok());
        (*w)->store().setFaultHook([failAt](std::string_view step) -> util::Result<void> {
            if (step == failAt.toStdString()) return util::fail("injected failure");
            return {};
        });
        auto r = (*w)->changePassword(sb("correct horse"), sb("battery staple"));
        QVERIFY(!r.ok());
        QCOMPARE(r.message(), std::string("injected failure"));
        QVERIFY((*w)->unlock(sb("correct horse")).ok());
        QCOMPARE((*w)->unlock(sb("battery staple")).message(), std::string(wallet::kWrongPasswordMessage));

        (*w)->store().setFaultHook({});
        QVERIFY((*w)->changePassword(sb("correct horse"), sb("battery staple")).ok());
        QVERIFY((*w)->unlock(sb("battery staple")).ok());
        QCOMPARE((*w)->unlock(sb("correct horse")).message(), std::string(wallet::kWrongPasswordMessage));
    }

    void passwordChangeCanRaiseScryptCost() {
        const QString path = makeWallet(QStringLiteral("ks_raise"));
        auto w = Wallet::open(path.toStdString(), Network::Main);
        QVERIFY(w.ok());
        crypto::ScryptParams higher = wallet::testScryptParams();
        higher.n *= 4;
        QVERIFY((*w)->changePassword(sb("correct horse"), sb("new one"), higher).ok());
        auto ks = (*w)->store().keystore();
        QVERIFY(ks.ok());
        QCOMPARE(ks->n, higher.n);
        auto keys = (*w)->unlock(sb("new one"));
        QVERIFY2(keys.ok(), keys.message().c_str());
        QVERIFY(keys->secret("seed").ok());
    }

    void emptyPasswordIsRefused() {
        const QString path = test::freshTempDir(QStringLiteral("ks_empty")) + QStringLiteral("/w.sqlite");
        auto w = Wallet::create(path.toStdString(), options("w"), sb(kMnemonic), SecureBytes(), SecureBytes());
        QVERIFY(!w.ok());
        QVERIFY(!QFile::exists(path));
    }

    void productionParametersMeetTheMemoryTarget() {
        // >= 64 MiB of scrypt memory (128 * r * N bytes); the time (>= 0.25 s) is printed by bench_wallet.
        const crypto::ScryptParams p = wallet::defaultScryptParams();
        QVERIFY(128ull * p.r * p.n >= 64ull * 1024 * 1024);
        QVERIFY(wallet::WalletOptions{}.kdf.n == p.n);
    }

    void watchOnlyHasNoKeys() {
        const QString path = test::freshTempDir(QStringLiteral("ks_watch")) + QStringLiteral("/w.sqlite");
        auto w = Wallet::createWatchOnly(
            path.toStdString(), options("w"),
            "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs",
            std::nullopt);
        QVERIFY2(w.ok(), w.message().c_str());
        auto keys = (*w)->unlock(sb("anything"));
        QVERIFY(!keys.ok());
        QVERIFY(contains(keys.message(), "watch-only"));
    }
};

QTEST_GUILESS_MAIN(TestWalletKeystore)
#include "test_wallet_keystore.moc"
