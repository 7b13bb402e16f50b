// SPDX-License-Identifier: MIT
// Accounts through the wallet: the BIP49, BIP84 and BIP86 test vectors (bip44family_vectors.json, copied verbatim
// from the BIPs' test vector sections) derived by Wallet::create from the vector mnemonic; a BIP44 check (BIP44 has
// no test vectors; see bip44Rows); private descriptor export against the vectors' account keys; watch-only
// wallets from a zpub and from descriptors giving the same scripts as the full wallet; gap limit behaviour.
#include "common/test_paths.h"
#include "script/address.h"
#include "script/extkey_io.h"
#include "wallet/wallet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

#include <map>
#include <memory>

using namespace cairn;
using script::AccountType;
using util::SecureBytes;
using wallet::Chain;
using wallet::Wallet;

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

QJsonObject vectors() { return QJsonDocument::fromJson(test::readData(QStringLiteral("bip44family_vectors.json"))).object(); }

wallet::WalletOptions options(const std::string& name, Network net, AccountType type, uint32_t gap = 20) {
    wallet::WalletOptions o;
    o.name = name;
    o.network = net;
    o.accountType = type;
    o.kdf = wallet::testScryptParams();
    o.gapLimit = gap;
    return o;
}

std::unique_ptr<Wallet> createWallet(const QString& dir, AccountType type, Network net, uint32_t gap = 20) {
    const std::string path = (test::freshTempDir(dir) + QStringLiteral("/w.sqlite")).toStdString();
    auto w = Wallet::create(path, options("w", net, type, gap), SecureBytes::fromString(kMnemonic), SecureBytes(),
                            SecureBytes::fromString("pw"));
    if (!w.ok()) qFatal("wallet create: %s", w.message().c_str());
    return std::move(w.value());
}

// "m/84H/0H/0H/1/7" -> chain 1, index 7.
std::pair<Chain, uint32_t> tail(const QString& path) {
    const QStringList parts = path.split(QLatin1Char('/'));
    return {parts.value(parts.size() - 2) == QStringLiteral("1") ? Chain::Change : Chain::Receive,
            parts.last().toUInt()};
}

std::string addressAt(Wallet& w, Chain chain, uint32_t index) {
    auto rec = w.store().addressAt(w.accounts().front().record.id, int(chain), index);
    if (!rec.ok() || !*rec) return "(not derived)";
    return (*rec)->address;
}

std::vector<std::string> firstAddresses(Wallet& w, Chain chain, uint32_t count) {
    std::vector<std::string> out;
    for (uint32_t i = 0; i < count; ++i) out.push_back(addressAt(w, chain, i));
    return out;
}

}  // namespace

class TestWalletAccounts : public QObject {
    Q_OBJECT

    std::map<QString, std::unique_ptr<Wallet>> m_wallets;  // by vector section

    Wallet& walletFor(const QString& section) {
        auto it = m_wallets.find(section);
        if (it != m_wallets.end()) return *it->second;
        AccountType type = AccountType::Bip84P2wpkh;
        Network net = Network::Main;
        if (section == QStringLiteral("bip49")) {
            type = AccountType::Bip49P2shP2wpkh;
            net = Network::Testnet3;  // BIP49 gives testnet (coin type 1) values only
        } else if (section == QStringLiteral("bip86")) {
            type = AccountType::Bip86P2tr;
        } else if (section == QStringLiteral("bip44")) {
            type = AccountType::Bip44P2pkh;
        }
        auto w = createWallet(QStringLiteral("acc_") + section, type, net);
        Wallet& ref = *w;
        m_wallets.emplace(section, std::move(w));
        return ref;
    }

private slots:
    void addressVectors_data() {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("address");
        const QJsonObject all = vectors();
        const QJsonObject b49 = all.value(QStringLiteral("bip49")).toObject();
        const QJsonObject first = b49.value(QStringLiteral("first_receive")).toObject();
        QTest::newRow("bip49 first receive m/49h/1h/0h/0/0")
            << QStringLiteral("bip49") << first.value(QStringLiteral("path")).toString()
            << first.value(QStringLiteral("address")).toString();
        for (const char* section : {"bip84", "bip86"}) {
            for (const QJsonValue& v : all.value(QLatin1String(section)).toObject().value(QStringLiteral("addresses")).toArray()) {
                const QJsonObject a = v.toObject();
                const QString name = QStringLiteral("%1 %2 %3")
                                         .arg(QLatin1String(section), a.value(QStringLiteral("role")).toString(),
                                              a.value(QStringLiteral("path")).toString());
                QTest::newRow(qPrintable(name)) << QString::fromLatin1(section) << a.value(QStringLiteral("path")).toString()
                                                << a.value(QStringLiteral("address")).toString();
            }
        }
        // BIP44 itself publishes no test vectors. These two addresses of the same mnemonic at m/44h/0h/0h/0/0 and
        // /0/1 are the values independent public implementations agree on (e.g. the Trezor firmware test suite
        // and Ian Coleman's BIP39 tool); they are a cross-check, not an official vector.
        QTest::newRow("bip44 (cross-check) m/44h/0h/0h/0/0")
            << QStringLiteral("bip44") << QStringLiteral("m/44H/0H/0H/0/0") << QStringLiteral("1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA");
        QTest::newRow("bip44 (cross-check) m/44h/0h/0h/0/1")
            << QStringLiteral("bip44") << QStringLiteral("m/44H/0H/0H/0/1") << QStringLiteral("1Ak8PffB2meyfYnbXZR9EGfLfFZVpzJvQP");
    }
    void addressVectors() {
        QFETCH(QString, section);
        QFETCH(QString, path);
        QFETCH(QString, address);
        Wallet& w = walletFor(section);
        const auto [chain, index] = tail(path);
        QCOMPARE(QString::fromStdString(addressAt(w, chain, index)), address);
        // The stored origin is the vector's account path.
        const QString account = path.section(QLatin1Char('/'), 0, 3).replace(QLatin1Char('H'), QLatin1Char('h'));
        QCOMPARE(QString::fromStdString(w.accounts().front().record.originPath), account);
        QCOMPARE(QString::fromStdString(w.accounts().front().record.originFingerprint), QStringLiteral("73c5da0a"));
    }

    void accountKeyVectors_data() {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("expected");
        const QJsonObject all = vectors();
        QTest::newRow("bip49 account upub") << QStringLiteral("bip49")
                                            << all.value(QStringLiteral("bip49")).toObject().value(QStringLiteral("account")).toObject().value(QStringLiteral("upub")).toString();
        QTest::newRow("bip84 account zpub") << QStringLiteral("bip84")
                                            << all.value(QStringLiteral("bip84")).toObject().value(QStringLiteral("account")).toObject().value(QStringLiteral("zpub")).toString();
        QTest::newRow("bip86 account xpub") << QStringLiteral("bip86")
                                            << all.value(QStringLiteral("bip86")).toObject().value(QStringLiteral("account")).toObject().value(QStringLiteral("xpub")).toString();
        // Cross-check (not a BIP vector): the m/44h/0h/0h xpub of this mnemonic as public tools show it.
        QTest::newRow("bip44 (cross-check) account xpub")
            << QStringLiteral("bip44")
            << QStringLiteral("xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5WSWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkudhUd9yLb6qx39T9nMdj");
    }
    void accountKeyVectors() {
        QFETCH(QString, section);
        QFETCH(QString, expected);
        Wallet& w = walletFor(section);
        auto decoded = script::decodeExtKey(w.accounts().front().record.xpub, w.network());
        QVERIFY2(decoded.ok(), decoded.message().c_str());
        const AccountType type = *w.accounts().front().account.type();
        const QString encoded = QString::fromStdString(
            script::encodeExtPubKey(decoded->key, script::extKeyChainOf(w.network()), script::extKeyScriptTypeFor(type)));
        QCOMPARE(encoded, expected);
    }

    void privateDescriptorsCarryTheVectorKeys_data() {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("accountPrv");
        const QJsonObject all = vectors();
        QTest::newRow("bip49 uprv") << QStringLiteral("bip49") << all.value(QStringLiteral("bip49")).toObject().value(QStringLiteral("account")).toObject().value(QStringLiteral("uprv")).toString();
        QTest::newRow("bip84 zprv") << QStringLiteral("bip84") << all.value(QStringLiteral("bip84")).toObject().value(QStringLiteral("account")).toObject().value(QStringLiteral("zprv")).toString();
        QTest::newRow("bip86 xprv") << QStringLiteral("bip86") << all.value(QStringLiteral("bip86")).toObject().value(QStringLiteral("account")).toObject().value(QStringLiteral("xprv")).toString();
    }
    void privateDescriptorsCarryTheVectorKeys() {
        QFETCH(QString, section);
        QFETCH(QString, accountPrv);
        Wallet& w = walletFor(section);
        auto decoded = script::decodeExtKey(accountPrv.toStdString());
        QVERIFY(decoded.ok());
        // Descriptors always use the plain BIP32 encoding (xprv/tprv).
        const SecureBytes plain = script::encodeExtPrivKey(decoded->key, decoded->chain);
        auto keys = w.unlock(SecureBytes::fromString("pw"));
        QVERIFY(keys.ok());
        auto descs = w.privateDescriptors(*keys);
        QVERIFY2(descs.ok(), descs.message().c_str());
        QCOMPARE(descs->size(), size_t(2));
        for (const auto& d : *descs) {
            QVERIFY2(d.descriptor.find(std::string(plain.asStringView())) != std::string::npos, d.descriptor.c_str());
            QVERIFY(d.descriptor.find("[73c5da0a/") != std::string::npos);
            QVERIFY(d.descriptor.find(d.internal ? "/1/*)" : "/0/*)") != std::string::npos);
        }
        // The public export has no private key.
        for (const auto& d : w.publicDescriptors())
            QVERIFY(d.descriptor.find("prv") == std::string::npos && d.descriptor.find("tprv") == std::string::npos);
    }

    void watchOnlyMatchesFullWallet_data() {
        QTest::addColumn<int>("source");  // 0 zpub, 1 two descriptors, 2 multipath descriptor
        QTest::newRow("from the account zpub") << 0;
        QTest::newRow("from receive and change descriptors") << 1;
        QTest::newRow("from a multipath <0;1> descriptor") << 2;
    }
    void watchOnlyMatchesFullWallet() {
        QFETCH(int, source);
        Wallet& full = walletFor(QStringLiteral("bip84"));
        const auto& acc = full.accounts().front().record;
        const std::string zpub =
            vectors().value(QStringLiteral("bip84")).toObject().value(QStringLiteral("account")).toObject()
                .value(QStringLiteral("zpub")).toString().toStdString();
        std::string text = zpub;
        std::string change;
        if (source == 1) {
            text = acc.receiveDescriptor;
            change = acc.changeDescriptor;
        } else if (source == 2) {
            text = "wpkh([73c5da0a/84h/0h/0h]" + acc.xpub + "/<0;1>/*)";
        }
        const std::string path =
            (test::freshTempDir(QStringLiteral("acc_watch")) + QStringLiteral("/w.sqlite")).toStdString();
        auto watch = Wallet::createWatchOnly(path, options("watch", Network::Main, AccountType::Bip84P2wpkh), text,
                                             std::nullopt, change);
        QVERIFY2(watch.ok(), watch.message().c_str());
        QVERIFY((*watch)->isWatchOnly());
        for (Chain chain : {Chain::Receive, Chain::Change})
            QCOMPARE(firstAddresses(**watch, chain, 20), firstAddresses(full, chain, 20));
        auto a = (*watch)->watchedScripts();
        auto b = full.watchedScripts();
        QVERIFY(a.ok() && b.ok());
        std::sort(a->begin(), a->end());
        std::sort(b->begin(), b->end());
        QCOMPARE(*a, *b);
    }

    void watchOnlyRefusals_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");  // -1: none
        QTest::addColumn<QString>("message");
        const QJsonObject b84 = vectors().value(QStringLiteral("bip84")).toObject().value(QStringLiteral("account")).toObject();
        QTest::newRow("private zprv") << b84.value(QStringLiteral("zprv")).toString() << -1 << QStringLiteral("public keys only");
        QTest::newRow("zpub with a contradicting type") << b84.value(QStringLiteral("zpub")).toString()
                                                        << int(AccountType::Bip86P2tr) << QStringLiteral("implies");
        QTest::newRow("plain xpub without a type")
            << QStringLiteral("xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5WSWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkudhUd9yLb6qx39T9nMdj")
            << -1 << QStringLiteral("does not say its script type");
        QTest::newRow("descriptor with a private key")
            << QStringLiteral("wpkh(L4rK1yDtCWekvXuE6oXD9jCYfFNV2cWRpVuPLBcCU2z8TrisoyY1)") << -1
            << QStringLiteral("private keys");
        QTest::newRow("garbage") << QStringLiteral("hello") << -1 << QStringLiteral("invalid extended public key");
    }
    void watchOnlyRefusals() {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, message);
        const QString path = test::freshTempDir(QStringLiteral("acc_refuse")) + QStringLiteral("/w.sqlite");
        std::optional<AccountType> t;
        if (type >= 0) t = AccountType(type);
        auto w = Wallet::createWatchOnly(path.toStdString(), options("w", Network::Main, AccountType::Bip84P2wpkh),
                                         text.toStdString(), t);
        QVERIFY(!w.ok());
        QVERIFY2(QString::fromStdString(w.message()).contains(message), w.message().c_str());
        QVERIFY(!QFile::exists(path));
    }

    void gapLimitWindow() {
        auto w = createWallet(QStringLiteral("acc_gap"), AccountType::Bip84P2wpkh, Network::Regtest, 5);
        const int64_t acc = w->accounts().front().record.id;
        auto count = [&](Chain c) { return w->store().derivedCount(acc, int(c)).value(); };
        QCOMPARE(count(Chain::Receive), 5u);
        QCOMPARE(count(Chain::Change), 5u);
        // Handing out addresses keeps `gap` fresh ones ahead of the last one handed out.
        for (uint32_t i = 0; i < 3; ++i) {
            auto a = w->getNewAddress(Chain::Receive);
            QVERIFY(a.ok());
            QCOMPARE(a->index, i);
            QVERIFY(a->issued);
        }
        QCOMPARE(count(Chain::Receive), 8u);
        QCOMPARE(count(Chain::Change), 5u);
        // A payment to index 6 (never handed out) extends the window past it and returns the new scripts.
        auto six = w->store().addressAt(acc, 0, 6);
        QVERIFY(six.ok() && *six);
        auto fresh = w->markUsed((*six)->script);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->size(), size_t(4));  // indexes 8..11
        QCOMPARE(count(Chain::Receive), 12u);
        auto again = w->markUsed((*six)->script);
        QVERIFY(again.ok() && again->empty());
        // Never reuse: the next address is past the used one.
        auto next = w->getNewAddress(Chain::Receive);
        QVERIFY(next.ok());
        QCOMPARE(next->index, 7u);
        // Change is independent.
        auto ch = w->getNewAddress(Chain::Change);
        QVERIFY(ch.ok());
        QCOMPARE(ch->index, 0u);
        QCOMPARE(ch->chain, 1);
        // A script that is not the wallet's changes nothing.
        auto foreign = w->markUsed(Bytes{0x00, 0x14, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        QVERIFY(foreign.ok() && foreign->empty());
        // A larger gap derives more on both chains.
        auto more = w->setGapLimit(8);
        QVERIFY(more.ok());
        QCOMPARE(count(Chain::Receive), 16u);  // max(used 6 + 1, next 8) + 8
        QCOMPARE(count(Chain::Change), 9u);    // next 1 + 8
        QVERIFY(!w->setGapLimit(0).ok());
        // State survives reopening.
        const std::string path = w->store().path();
        w.reset();
        auto reopened = Wallet::open(path, Network::Regtest);
        QVERIFY2(reopened.ok(), reopened.message().c_str());
        QCOMPARE((*reopened)->meta().gapLimit, 8u);
        auto after = (*reopened)->getNewAddress(Chain::Receive);
        QVERIFY(after.ok());
        QCOMPARE(after->index, 8u);
        QVERIFY(!Wallet::open(path, Network::Main).ok());  // another network's wallet is refused
    }

    void additionalAccount() {
        auto w = createWallet(QStringLiteral("acc_add"), AccountType::Bip84P2wpkh, Network::Main);
        auto keys = w->unlock(SecureBytes::fromString("pw"));
        QVERIFY(keys.ok());
        auto id = w->addAccount(*keys, AccountType::Bip86P2tr, 0);
        QVERIFY2(id.ok(), id.message().c_str());
        QVERIFY(!w->addAccount(*keys, AccountType::Bip86P2tr, 0).ok());
        const std::string first86 = vectors().value(QStringLiteral("bip86")).toObject().value(QStringLiteral("addresses"))
                                        .toArray().first().toObject().value(QStringLiteral("address")).toString().toStdString();
        auto rec = w->store().addressAt(*id, 0, 0);
        QVERIFY(rec.ok() && *rec);
        QCOMPARE((*rec)->address, first86);
        // The integrity record covers the new account: unlocking again still verifies.
        QVERIFY(w->unlock(SecureBytes::fromString("pw")).ok());
        auto addr = w->getNewAddress(Chain::Receive, *id);
        QVERIFY(addr.ok());
        QCOMPARE(addr->address, first86);
    }
};

QTEST_GUILESS_MAIN(TestWalletAccounts)
#include "test_wallet_accounts.moc"
