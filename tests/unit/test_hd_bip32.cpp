// SPDX-License-Identifier: MIT
// BIP32 against the BIP's test vectors: every chain of vectors 1-4 (seed -> path -> xprv and xpub, private and
// public derivation, decode/encode both ways) and every invalid key of vector 5 (rejected for the stated reason).
// Plus key path parsing and the SLIP-132 version families.
#include "common/test_paths.h"
#include "crypto/bip32.h"
#include "script/base58.h"
#include "script/extkey_io.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using crypto::ExtKey;
using crypto::KeyPath;
using script::ExtKeyChain;
using script::ExtKeyScriptType;

namespace {

QJsonArray vectors() {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("bip32_vectors.json")))
        .object()
        .value(QStringLiteral("vectors"))
        .toArray();
}

QString str(const util::SecureBytes& b) { return QString::fromUtf8(b.asStringView().data(), qsizetype(b.size())); }

// The spec writes hardened steps with "H"; KeyPath reads that directly.
KeyPath path(const QString& text) {
    auto p = KeyPath::parse(text.toStdString());
    if (!p.ok()) qFatal("bad path in vector file: %s", qPrintable(text));
    return p.value();
}

// The vector-5 reason, reduced to a fragment our error message for that class of defect must contain.
QString expectedFragment(const QString& reason) {
    if (reason.startsWith(QStringLiteral("pubkey version / prvkey mismatch")) ||
        reason.startsWith(QStringLiteral("prvkey version / pubkey mismatch")))
        return QStringLiteral("version mismatch");
    if (reason.startsWith(QStringLiteral("invalid pubkey prefix")) ||
        reason.startsWith(QStringLiteral("invalid prvkey prefix")))
        return QStringLiteral("invalid key prefix 0x") + reason.right(2);
    if (reason.contains(QStringLiteral("non-zero parent fingerprint")))
        return QStringLiteral("non-zero parent fingerprint");
    if (reason.contains(QStringLiteral("non-zero index"))) return QStringLiteral("non-zero child number");
    if (reason.startsWith(QStringLiteral("unknown extended key version")))
        return QStringLiteral("unknown extended key version");
    if (reason.startsWith(QStringLiteral("private key"))) return QStringLiteral("out of range");
    if (reason.startsWith(QStringLiteral("invalid pubkey "))) return QStringLiteral("not a valid point");
    if (reason.contains(QStringLiteral("checksum"))) return QStringLiteral("checksum");
    return QString();
}

}  // namespace

class TestHdBip32 : public QObject {
    Q_OBJECT
private slots:
    void chains_data() {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("xprv");
        QTest::addColumn<QString>("xpub");
        int chains = 0;
        for (const auto& v : vectors()) {
            const QJsonObject vec = v.toObject();
            if (!vec.contains(QStringLiteral("chains"))) continue;  // vector 5 (invalid keys) is tested below
            for (const auto& c : vec.value(QStringLiteral("chains")).toArray()) {
                const QJsonObject chain = c.toObject();
                QTest::newRow(qPrintable(vec.value(QStringLiteral("name"))
                                             .toString()
                                             .replace(QStringLiteral("Test vector "), QStringLiteral("v")) +
                                         QLatin1Char(' ') + chain.value(QStringLiteral("path")).toString()))
                    << vec.value(QStringLiteral("seed")).toString() << chain.value(QStringLiteral("path")).toString()
                    << chain.value(QStringLiteral("xprv")).toString() << chain.value(QStringLiteral("xpub")).toString();
                ++chains;
            }
        }
        QCOMPARE(chains, 17);  // 6 + 6 + 2 + 3
    }
    void chains() {
        QFETCH(QString, seed);
        QFETCH(QString, path);
        QFETCH(QString, xprv);
        QFETCH(QString, xpub);
        const auto seedBytes = util::fromHex(seed.toStdString());
        QVERIFY(seedBytes.ok());
        auto master = ExtKey::fromSeed(*seedBytes);
        QVERIFY2(master.ok(), master.message().c_str());
        auto key = master->derivePath(::path(path));
        QVERIFY2(key.ok(), key.message().c_str());
        QCOMPARE(str(script::encodeExtPrivKey(*key, ExtKeyChain::Main)), xprv);
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(*key, ExtKeyChain::Main)), xpub);
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(key->neuter(), ExtKeyChain::Main)), xpub);
        QCOMPARE(int(key->depth()), int(::path(path).depth()));

        // Decoding gives back exactly the derived key, in both forms.
        auto dprv = script::decodeExtKey(xprv.toStdString());
        QVERIFY2(dprv.ok(), dprv.message().c_str());
        QVERIFY(dprv->key.isPrivate());
        QVERIFY(dprv->chain == ExtKeyChain::Main && dprv->scriptType == ExtKeyScriptType::Standard);
        QVERIFY(dprv->key == *key);
        auto dpub = script::decodeExtKey(xpub.toStdString());
        QVERIFY2(dpub.ok(), dpub.message().c_str());
        QVERIFY(!dpub->key.isPrivate());
        QVERIFY(dpub->key == key->neuter());
    }

    // CKDpub: wherever a chain's last step is non-hardened, the parent's xpub alone must give the child's xpub.
    void publicDerivation_data() {
        QTest::addColumn<QString>("parentXpub");
        QTest::addColumn<uint>("childNumber");
        QTest::addColumn<QString>("xpub");
        int rows = 0;
        for (const auto& v : vectors()) {
            const QJsonArray chains = v.toObject().value(QStringLiteral("chains")).toArray();
            for (qsizetype i = 1; i < chains.size(); ++i) {
                const QJsonObject chain = chains[i].toObject();
                const KeyPath p = path(chain.value(QStringLiteral("path")).toString());
                const uint32_t last = p.steps().back();
                if (crypto::isHardened(last)) continue;  // CKDpub cannot do hardened steps; the next test checks that
                QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                                         chain.value(QStringLiteral("path")).toString()))
                    << chains[i - 1].toObject().value(QStringLiteral("xpub")).toString() << uint(last)
                    << chain.value(QStringLiteral("xpub")).toString();
                ++rows;
            }
        }
        QCOMPARE(rows, 6);  // three in vector 1, three in vector 2
    }
    void publicDerivation() {
        QFETCH(QString, parentXpub);
        QFETCH(uint, childNumber);
        QFETCH(QString, xpub);
        auto parent = script::decodeExtKey(parentXpub.toStdString());
        QVERIFY2(parent.ok(), parent.message().c_str());
        auto child = parent->key.derive(childNumber);
        QVERIFY2(child.ok(), child.message().c_str());
        QVERIFY(!child->isPrivate());
        QCOMPARE(QString::fromStdString(script::encodeExtPubKey(*child, ExtKeyChain::Main)), xpub);
        QVERIFY(child->parentFingerprint() == parent->key.fingerprint());
    }

    void hardenedChildOfPublicKeyFails() {
        auto parent = script::decodeExtKey(vectors()[0]
                                               .toObject()
                                               .value(QStringLiteral("chains"))
                                               .toArray()[0]
                                               .toObject()
                                               .value(QStringLiteral("xpub"))
                                               .toString()
                                               .toStdString());
        QVERIFY(parent.ok());
        auto child = parent->key.derive(crypto::hardened(0));
        QVERIFY(!child.ok());
        QVERIFY2(QString::fromStdString(child.message()).contains(QStringLiteral("hardened")), child.message().c_str());
        auto viaPath = parent->key.derivePath(path(QStringLiteral("m/1/2h")));
        QVERIFY(!viaPath.ok());
        QVERIFY2(QString::fromStdString(viaPath.message()).contains(QStringLiteral("step 2")),
                 viaPath.message().c_str());
    }

    void masterFingerprint() {
        // BIP32 vector 1: m/0H's parent fingerprint is the master key's fingerprint 3442193e.
        auto master = ExtKey::fromSeed(*util::fromHex("000102030405060708090a0b0c0d0e0f"));
        QVERIFY(master.ok());
        QCOMPARE(util::toHex(master->fingerprint()), std::string("3442193e"));
        QCOMPARE(util::toHex(master->identifier()), std::string("3442193e1bb70916e914552172cd4e2dbc9df811"));
        QVERIFY(master->parentFingerprint() == crypto::KeyFingerprint{});
        auto child = master->derive(crypto::hardened(0));
        QVERIFY(child.ok());
        QVERIFY(child->parentFingerprint() == master->fingerprint());
        QCOMPARE(child->childNumber(), crypto::hardened(0));
    }

    void seedSizeBounds() {
        QVERIFY(!ExtKey::fromSeed(Bytes(15, 1)).ok());
        QVERIFY(ExtKey::fromSeed(Bytes(16, 1)).ok());
        QVERIFY(ExtKey::fromSeed(Bytes(64, 1)).ok());
        QVERIFY(!ExtKey::fromSeed(Bytes(65, 1)).ok());
    }

    void invalidKeys_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        QJsonArray invalid;
        for (const auto& v : vectors())
            if (v.toObject().contains(QStringLiteral("invalid")))
                invalid = v.toObject().value(QStringLiteral("invalid")).toArray();
        QCOMPARE(invalid.size(), 16);
        int n = 0;
        for (const auto& i : invalid) {
            const QJsonObject o = i.toObject();
            QTest::newRow(
                qPrintable(QStringLiteral("%1: %2").arg(n++).arg(o.value(QStringLiteral("reason")).toString())))
                << o.value(QStringLiteral("key")).toString() << o.value(QStringLiteral("reason")).toString();
        }
    }
    void invalidKeys() {
        QFETCH(QString, key);
        QFETCH(QString, reason);
        const auto decoded = script::decodeExtKey(key.toStdString());
        QVERIFY(!decoded.ok());
        const QString fragment = expectedFragment(reason);
        QVERIFY2(!fragment.isEmpty(), qPrintable(QStringLiteral("no error class known for reason: ") + reason));
        QVERIFY2(QString::fromStdString(decoded.message()).contains(fragment),
                 qPrintable(
                     QStringLiteral("expected '%1' in: %2").arg(fragment, QString::fromStdString(decoded.message()))));
    }

    void payloadLengthAndNetwork() {
        // A valid xpub's payload with one byte dropped or added.
        auto payload = script::base58CheckDecode(
            "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EG"
            "Mcet8");
        QVERIFY(payload.ok());
        QCOMPARE(payload->size(), size_t(78));
        Bytes shorter(payload->begin(), payload->end() - 1);
        Bytes longer = *payload;
        longer.push_back(0);
        for (const Bytes& b : {shorter, longer}) {
            auto d = script::decodeExtKey(script::base58CheckEncode(b));
            QVERIFY(!d.ok());
            QVERIFY2(QString::fromStdString(d.message()).contains(QStringLiteral("78 bytes")), d.message().c_str());
        }
        QVERIFY(!script::decodeExtKey("").ok());
        QVERIFY(!script::decodeExtKey(" xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8"
                                      "YtGqsefD265TMg7usUDFdp6W1EGMcet8")
                     .ok());

        const std::string xpub = script::base58CheckEncode(*payload);
        QVERIFY(script::decodeExtKey(xpub, Network::Main).ok());
        const auto wrongNet = script::decodeExtKey(xpub, Network::Regtest);
        QVERIFY(!wrongNet.ok());
        QVERIFY2(QString::fromStdString(wrongNet.message()).contains(QStringLiteral("mainnet")),
                 wrongNet.message().c_str());
    }

    // Every version family encodes and decodes back to the same key, with the chain and script type it names.
    void versionFamilies_data() {
        QTest::addColumn<int>("chain");
        QTest::addColumn<int>("scriptType");
        QTest::addColumn<QString>("pubPrefix");
        QTest::addColumn<QString>("prvPrefix");
        QTest::newRow("xpub") << int(ExtKeyChain::Main) << int(ExtKeyScriptType::Standard) << "xpub"
                              << "xprv";
        QTest::newRow("tpub") << int(ExtKeyChain::Test) << int(ExtKeyScriptType::Standard) << "tpub"
                              << "tprv";
        QTest::newRow("ypub") << int(ExtKeyChain::Main) << int(ExtKeyScriptType::P2shP2wpkh) << "ypub"
                              << "yprv";
        QTest::newRow("upub") << int(ExtKeyChain::Test) << int(ExtKeyScriptType::P2shP2wpkh) << "upub"
                              << "uprv";
        QTest::newRow("zpub") << int(ExtKeyChain::Main) << int(ExtKeyScriptType::P2wpkh) << "zpub"
                              << "zprv";
        QTest::newRow("vpub") << int(ExtKeyChain::Test) << int(ExtKeyScriptType::P2wpkh) << "vpub"
                              << "vprv";
    }
    void versionFamilies() {
        QFETCH(int, chain);
        QFETCH(int, scriptType);
        QFETCH(QString, pubPrefix);
        QFETCH(QString, prvPrefix);
        const auto c = ExtKeyChain(chain);
        const auto t = ExtKeyScriptType(scriptType);
        auto key = ExtKey::fromSeed(*util::fromHex("000102030405060708090a0b0c0d0e0f"))
                       ->derivePath(path(QStringLiteral("m/0h/1")));
        QVERIFY(key.ok());
        const std::string pub = script::encodeExtPubKey(*key, c, t);
        const util::SecureBytes prv = script::encodeExtPrivKey(*key, c, t);
        QVERIFY(QString::fromStdString(pub).startsWith(pubPrefix));
        QVERIFY(str(prv).startsWith(prvPrefix));
        QCOMPARE(QString::fromStdString(script::extKeyPrefix(c, t, false)), pubPrefix);
        for (const std::string_view text : {std::string_view(pub), prv.asStringView()}) {
            auto d = script::decodeExtKey(text);
            QVERIFY2(d.ok(), d.message().c_str());
            QVERIFY(d->chain == c && d->scriptType == t);
            QVERIFY(d->key == (d->key.isPrivate() ? key->copy() : key->neuter()));
        }
        QVERIFY(script::decodeExtKey(pub, c == ExtKeyChain::Main ? Network::Main : Network::Signet).ok());
        QVERIFY(!script::decodeExtKey(pub, c == ExtKeyChain::Main ? Network::Testnet4 : Network::Main).ok());
    }

    void keyPathParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");  // empty: must fail
        QTest::newRow("master") << "m"
                                << "m";
        QTest::newRow("h marks") << "m/84h/0h/0h"
                                 << "m/84h/0h/0h";
        QTest::newRow("apostrophes") << "m/84'/0'/0'"
                                     << "m/84h/0h/0h";
        QTest::newRow("H marks") << "m/0H/1/2H/2/1000000000"
                                 << "m/0h/1/2h/2/1000000000";
        QTest::newRow("largest index") << "m/2147483647h/2147483647"
                                       << "m/2147483647h/2147483647";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no m") << "84h/0h"
                              << "";
        QTest::newRow("M") << "M/0"
                           << "";
        QTest::newRow("trailing slash") << "m/0/"
                                        << "";
        QTest::newRow("leading slash only") << "m/"
                                            << "";
        QTest::newRow("double slash") << "m//1"
                                      << "";
        QTest::newRow("letters") << "m/x"
                                 << "";
        QTest::newRow("mark only") << "m/h"
                                   << "";
        QTest::newRow("two marks") << "m/1hh"
                                   << "";
        QTest::newRow("negative") << "m/-1"
                                  << "";
        QTest::newRow("space") << "m/ 1"
                               << "";
        QTest::newRow("index 2^31") << "m/2147483648"
                                    << "";
        QTest::newRow("hardened 2^31") << "m/2147483648h"
                                       << "";
        QTest::newRow("huge") << "m/99999999999999999999"
                              << "";
        QTest::newRow("m then text") << "mx/1"
                                     << "";
    }
    void keyPathParsing() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        auto p = KeyPath::parse(text.toStdString());
        QCOMPARE(p.ok(), !canonical.isEmpty());
        if (p.ok()) {
            QCOMPARE(QString::fromStdString(p->toString()), canonical);
            QCOMPARE(KeyPath::parse(p->toString('\'')).value(), p.value());
        } else {
            QVERIFY(!p.message().empty());
        }
    }

    void keyPathDepthBound() {
        QString deep = QStringLiteral("m");
        for (size_t i = 0; i < crypto::kMaxKeyPathDepth; ++i) deep += QStringLiteral("/1");
        auto ok = KeyPath::parse(deep.toStdString());
        QVERIFY(ok.ok());
        QCOMPARE(ok->depth(), crypto::kMaxKeyPathDepth);
        auto tooDeep = KeyPath::parse((deep + QStringLiteral("/1")).toStdString());
        QVERIFY(!tooDeep.ok());
        QVERIFY2(QString::fromStdString(tooDeep.message()).contains(QStringLiteral("255")), tooDeep.message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestHdBip32)
#include "test_hd_bip32.moc"
