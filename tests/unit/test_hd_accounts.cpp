// SPDX-License-Identifier: MIT
// The BIP49, BIP84 and BIP86 test vectors ("abandon" x11 + "about", empty passphrase): root and account
// extended keys in their SLIP-132 / BIP32 encodings, per-address keys (WIF, public key, x-only internal and
// tweaked output keys), scripts and addresses; plus the account path layout of BIP44/49/84/86.
#include "common/test_paths.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/taproot.h"
#include "script/account_path.h"
#include "script/address.h"
#include "script/extkey_io.h"
#include "script/key_io.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using crypto::ExtKey;
using crypto::KeyPath;
using script::AccountType;
using script::ExtKeyChain;
using script::ExtKeyScriptType;

namespace {

QJsonObject section(const char* name) {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("bip44family_vectors.json")))
        .object()
        .value(QLatin1String(name))
        .toObject();
}

QString field(const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)).toString(); }

QString str(const util::SecureBytes& b) { return QString::fromUtf8(b.asStringView().data(), qsizetype(b.size())); }

template <typename Container>
QString hex(const Container& bytes) {
    return QString::fromStdString(util::toHex(ByteView(bytes.data(), bytes.size())));
}

// The vectors' master key: BIP39 seed of the mnemonic with an empty passphrase.
ExtKey masterOf(const QJsonObject& sec) {
    auto seed = crypto::mnemonicToSeed(field(sec, "mnemonic").toStdString(), "");
    if (!seed.ok()) qFatal("vector mnemonic rejected: %s", seed.message().c_str());
    auto master = ExtKey::fromSeed(seed->view());
    if (!master.ok()) qFatal("master key: %s", master.message().c_str());
    return std::move(master.value());
}

KeyPath path(const QString& text) {
    auto p = KeyPath::parse(text.toStdString());
    if (!p.ok()) qFatal("bad path in vector file: %s", qPrintable(text));
    return p.value();
}

}  // namespace

class TestHdAccounts : public QObject {
    Q_OBJECT
private slots:
    void bip49() {
        const QJsonObject sec = section("bip49");
        const ExtKey master = masterOf(sec);
        QCOMPARE(str(script::encodeExtPrivKey(master, ExtKeyChain::Test, ExtKeyScriptType::P2shP2wpkh)),
                 field(sec, "master_uprv"));

        const QJsonObject account = sec.value(QStringLiteral("account")).toObject();
        const KeyPath accountPath = script::accountPath(AccountType::Bip49P2shP2wpkh, Network::Testnet3, 0);
        QCOMPARE(accountPath, path(field(account, "path")));
        auto acct = master.derivePath(accountPath);
        QVERIFY2(acct.ok(), acct.message().c_str());
        const auto type = script::extKeyScriptTypeFor(AccountType::Bip49P2shP2wpkh);
        QCOMPARE(str(script::encodeExtPrivKey(*acct, ExtKeyChain::Test, type)), field(account, "uprv"));
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(*acct, ExtKeyChain::Test, type)),
                 field(account, "upub"));

        // Importing the upub reports the script type it implies.
        auto imported = script::decodeExtKey(field(account, "upub").toStdString(), Network::Testnet3);
        QVERIFY2(imported.ok(), imported.message().c_str());
        QVERIFY(imported->scriptType == ExtKeyScriptType::P2shP2wpkh && imported->chain == ExtKeyChain::Test);

        const QJsonObject first = sec.value(QStringLiteral("first_receive")).toObject();
        const KeyPath addrPath = script::addressPath(AccountType::Bip49P2shP2wpkh, Network::Testnet3, 0, false, 0);
        QCOMPARE(addrPath, path(field(first, "path")));
        auto key = master.derivePath(addrPath);
        QVERIFY2(key.ok(), key.message().c_str());
        QCOMPARE(hex(key->privKey().secret()), field(first, "privkey_hex"));
        QCOMPARE(str(script::encodeWif(key->privKey(), true, Network::Testnet3)), field(first, "privkey_wif"));
        QCOMPARE(hex(key->pubKey().serializeCompressed()), field(first, "pubkey"));
        // The same child from the account's public key alone.
        auto pubChild = imported->key.derivePath(KeyPath({0, 0}));
        QVERIFY(pubChild.ok());
        QVERIFY(pubChild->pubKey() == key->pubKey());

        const crypto::Hash160 keyHash = key->pubKey().id();
        QCOMPARE(hex(keyHash), field(first, "keyhash"));
        const Bytes redeem = script::p2wpkh(keyHash);
        QCOMPARE(hex(redeem), field(first, "redeem_script"));
        const crypto::Hash160 scriptHash = crypto::hash160(redeem);
        QCOMPARE(hex(scriptHash), field(first, "script_hash"));
        auto address = script::encodeAddress(script::p2sh(scriptHash), Network::Testnet3);
        QVERIFY2(address.ok(), address.message().c_str());
        QCOMPARE(QString::fromStdString(*address), field(first, "address"));
    }

    void bip84Account() {
        const QJsonObject sec = section("bip84");
        const ExtKey master = masterOf(sec);
        const auto type = script::extKeyScriptTypeFor(AccountType::Bip84P2wpkh);
        QVERIFY(type == ExtKeyScriptType::P2wpkh);
        QCOMPARE(str(script::encodeExtPrivKey(master, ExtKeyChain::Main, type)), field(sec, "rootpriv"));
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(master, ExtKeyChain::Main, type)),
                 field(sec, "rootpub"));

        const QJsonObject account = sec.value(QStringLiteral("account")).toObject();
        QCOMPARE(script::accountPath(AccountType::Bip84P2wpkh, Network::Main, 0), path(field(account, "path")));
        auto acct = master.derivePath(path(field(account, "path")));
        QVERIFY2(acct.ok(), acct.message().c_str());
        QCOMPARE(str(script::encodeExtPrivKey(*acct, ExtKeyChain::Main, type)), field(account, "zprv"));
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(*acct, ExtKeyChain::Main, type)),
                 field(account, "zpub"));
    }

    void bip84Addresses_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("wif");
        QTest::addColumn<QString>("pubkey");
        QTest::addColumn<QString>("address");
        const QJsonArray rows = section("bip84").value(QStringLiteral("addresses")).toArray();
        QCOMPARE(rows.size(), 3);
        for (const auto& r : rows) {
            const QJsonObject o = r.toObject();
            QTest::newRow(qPrintable(field(o, "role") + QLatin1Char(' ') + field(o, "path")))
                << field(o, "path") << field(o, "privkey_wif") << field(o, "pubkey") << field(o, "address");
        }
    }
    void bip84Addresses() {
        QFETCH(QString, path);
        QFETCH(QString, wif);
        QFETCH(QString, pubkey);
        QFETCH(QString, address);
        const ExtKey master = masterOf(section("bip84"));
        const KeyPath p = ::path(path);
        const bool change = p.steps()[3] == 1;
        QCOMPARE(p, script::addressPath(AccountType::Bip84P2wpkh, Network::Main, 0, change, p.steps()[4]));
        auto key = master.derivePath(p);
        QVERIFY2(key.ok(), key.message().c_str());
        QCOMPARE(str(script::encodeWif(key->privKey(), true, Network::Main)), wif);
        QCOMPARE(hex(key->pubKey().serializeCompressed()), pubkey);
        auto addr = script::encodeAddress(script::p2wpkh(key->pubKey().id()), Network::Main);
        QVERIFY2(addr.ok(), addr.message().c_str());
        QCOMPARE(QString::fromStdString(*addr), address);
    }

    void bip86Account() {
        const QJsonObject sec = section("bip86");
        const ExtKey master = masterOf(sec);
        QVERIFY(script::extKeyScriptTypeFor(AccountType::Bip86P2tr) == ExtKeyScriptType::Standard);
        QCOMPARE(str(script::encodeExtPrivKey(master, ExtKeyChain::Main)), field(sec, "rootpriv"));
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(master, ExtKeyChain::Main)), field(sec, "rootpub"));
        const QJsonObject account = sec.value(QStringLiteral("account")).toObject();
        QCOMPARE(script::accountPath(AccountType::Bip86P2tr, Network::Main, 0), path(field(account, "path")));
        auto acct = master.derivePath(path(field(account, "path")));
        QVERIFY2(acct.ok(), acct.message().c_str());
        QCOMPARE(str(script::encodeExtPrivKey(*acct, ExtKeyChain::Main)), field(account, "xprv"));
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(*acct, ExtKeyChain::Main)), field(account, "xpub"));
    }

    void bip86Addresses_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("xprv");
        QTest::addColumn<QString>("xpub");
        QTest::addColumn<QString>("internalKey");
        QTest::addColumn<QString>("outputKey");
        QTest::addColumn<QString>("scriptPubKey");
        QTest::addColumn<QString>("address");
        const QJsonArray rows = section("bip86").value(QStringLiteral("addresses")).toArray();
        QCOMPARE(rows.size(), 3);
        for (const auto& r : rows) {
            const QJsonObject o = r.toObject();
            QTest::newRow(qPrintable(field(o, "role") + QLatin1Char(' ') + field(o, "path")))
                << field(o, "path") << field(o, "xprv") << field(o, "xpub") << field(o, "internal_key")
                << field(o, "output_key") << field(o, "scriptPubKey") << field(o, "address");
        }
    }
    void bip86Addresses() {
        QFETCH(QString, path);
        QFETCH(QString, xprv);
        QFETCH(QString, xpub);
        QFETCH(QString, internalKey);
        QFETCH(QString, outputKey);
        QFETCH(QString, scriptPubKey);
        QFETCH(QString, address);
        const ExtKey master = masterOf(section("bip86"));
        auto key = master.derivePath(::path(path));
        QVERIFY2(key.ok(), key.message().c_str());
        QCOMPARE(str(script::encodeExtPrivKey(*key, ExtKeyChain::Main)), xprv);
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(*key, ExtKeyChain::Main)), xpub);

        const crypto::XOnlyPubKey internal = key->pubKey().xOnly();
        QCOMPARE(hex(internal.bytes()), internalKey);
        auto tweaked = crypto::tweakTaprootPubKey(internal, std::nullopt);
        QVERIFY2(tweaked.ok(), tweaked.message().c_str());
        QCOMPARE(hex(tweaked->key.bytes()), outputKey);
        // The tweaked private key belongs to the output key (key-path spending).
        auto tweakedPriv = crypto::tweakTaprootPrivKey(key->privKey(), std::nullopt);
        QVERIFY2(tweakedPriv.ok(), tweakedPriv.message().c_str());
        QVERIFY(tweakedPriv->xOnlyPubKey() == tweaked->key);

        const Bytes spk = script::p2tr(tweaked->key.bytes());
        QCOMPARE(hex(spk), scriptPubKey);
        auto addr = script::encodeAddress(spk, Network::Main);
        QVERIFY2(addr.ok(), addr.message().c_str());
        QCOMPARE(QString::fromStdString(*addr), address);
    }

    void accountLayout_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("net");
        QTest::addColumn<uint>("account");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("slip132");
        QTest::newRow("bip44 main") << int(AccountType::Bip44P2pkh) << int(Network::Main) << 0u << "m/44h/0h/0h"
                                    << int(ExtKeyScriptType::Standard);
        QTest::newRow("bip44 testnet4 acct 3") << int(AccountType::Bip44P2pkh) << int(Network::Testnet4) << 3u
                                               << "m/44h/1h/3h" << int(ExtKeyScriptType::Standard);
        QTest::newRow("bip49 signet") << int(AccountType::Bip49P2shP2wpkh) << int(Network::Signet) << 0u
                                      << "m/49h/1h/0h" << int(ExtKeyScriptType::P2shP2wpkh);
        QTest::newRow("bip84 regtest") << int(AccountType::Bip84P2wpkh) << int(Network::Regtest) << 1u << "m/84h/1h/1h"
                                       << int(ExtKeyScriptType::P2wpkh);
        QTest::newRow("bip86 main max") << int(AccountType::Bip86P2tr) << int(Network::Main)
                                        << uint(script::kMaxAccount) << "m/86h/0h/2147483647h"
                                        << int(ExtKeyScriptType::Standard);
    }
    void accountLayout() {
        QFETCH(int, type);
        QFETCH(int, net);
        QFETCH(uint, account);
        QFETCH(QString, expected);
        QFETCH(int, slip132);
        const KeyPath p = script::accountPath(AccountType(type), Network(net), account);
        QCOMPARE(QString::fromStdString(p.toString()), expected);
        QCOMPARE(script::accountTypeOfPath(p), std::optional<AccountType>(AccountType(type)));
        QCOMPARE(int(script::extKeyScriptTypeFor(AccountType(type))), slip132);
        QCOMPARE(
            QString::fromStdString(script::addressPath(AccountType(type), Network(net), account, true, 7).toString()),
            expected + QStringLiteral("/1/7"));
    }

    void unknownPurpose() {
        QVERIFY(!script::accountTypeOfPath(KeyPath()).has_value());
        QVERIFY(!script::accountTypeOfPath(path(QStringLiteral("m/84/0h/0h"))).has_value());  // not hardened
        QVERIFY(!script::accountTypeOfPath(path(QStringLiteral("m/0h/1"))).has_value());
        QVERIFY(!script::accountTypeOfPath(path(QStringLiteral("m/48h/0h/0h/2h"))).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHdAccounts)
#include "test_hd_accounts.moc"
