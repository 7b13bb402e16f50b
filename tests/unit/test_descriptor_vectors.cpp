// SPDX-License-Identifier: MIT
// Output script descriptors against the BIP380-386 and BIP389 test vectors (tests/data/descriptor_vectors.json):
// valid descriptors parse, print in normalised form ('h' for hardened steps) with a checksum that parses back,
// and produce the listed scripts at children 0, 1, 2; invalid ones are rejected; multipath descriptors expand
// into the listed descriptors.
#include "common/test_paths.h"
#include "script/descriptor.h"
#include "script/descriptor_checksum.h"
#include "script/extkey_io.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using script::Descriptor;

namespace {
QJsonObject vectors() {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("descriptor_vectors.json"))).object();
}

// The printer's normal form: 'h' as the hardened mark, then "#checksum".
std::string normalised(const QString& text) {
    std::string s = text.toStdString();
    std::replace(s.begin(), s.end(), '\'', 'h');
    return s + "#" + script::descriptorChecksum(s).value_or("?");
}

QString rowName(const QJsonObject& o, int n) {
    const QString reason = o[QStringLiteral("reason")].toString();
    const QString text = o[QStringLiteral("descriptor")].toString(o[QStringLiteral("key")].toString());
    return QStringLiteral("%1 %2").arg(n).arg(reason.isEmpty() ? text.left(60) : reason);
}
}  // namespace

class TestDescriptorVectors : public QObject {
    Q_OBJECT
private slots:
    void checksums_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        int n = 0;
        const QJsonObject c = vectors()[QStringLiteral("checksum")].toObject();
        for (const char* key : {"valid", "invalid"})
            for (const auto& v : c[QLatin1String(key)].toArray())
                QTest::newRow(qPrintable(QLatin1String(key) + QLatin1Char(' ') + rowName(v.toObject(), n++)))
                    << v.toObject()[QStringLiteral("descriptor")].toString() << (QLatin1String(key) == QLatin1String("valid"));
        QCOMPARE(n, 8);
    }
    void checksums() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto d = Descriptor::parse(text.toStdString(), Network::Main);
        QCOMPARE(d.ok(), valid);
        if (valid) QCOMPARE(d->toString(), std::string("raw(deadbeef)#89f8spxm"));
    }

    void keyExpressions_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        int n = 0;
        const QJsonObject k = vectors()[QStringLiteral("key_expressions")].toObject();
        for (const char* which : {"valid", "invalid"})
            for (const auto& v : k[QLatin1String(which)].toArray())
                QTest::newRow(qPrintable(QLatin1String(which) + QLatin1Char(' ') + rowName(v.toObject(), n++)))
                    << v.toObject()[QStringLiteral("key")].toString() << (QLatin1String(which) == QLatin1String("valid"));
        QCOMPARE(n, 36);
    }
    void keyExpressions() {
        // BIP380 lists bare key expressions; pk() accepts every kind of key, so it is the neutral wrapper.
        QFETCH(QString, key);
        QFETCH(bool, valid);
        const QString desc = QStringLiteral("pk(%1)").arg(key);
        auto d = Descriptor::parse(desc.toStdString(), Network::Main);
        QVERIFY2(d.ok() == valid, valid ? d.message().c_str() : "invalid key expression accepted");
        if (!valid) {
            // Messages never echo key material.
            QVERIFY(!d.message().empty());
            QVERIFY(d.message().find("xprv9s21") == std::string::npos && d.message().find("L4rK1y") == std::string::npos);
            return;
        }
        QCOMPARE(d->toString(), normalised(desc));
    }

    void valid_data() {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QStringList>("scripts");
        int n = 0;
        for (const auto& v : vectors()[QStringLiteral("valid")].toArray()) {
            const QJsonObject o = v.toObject();
            QStringList scripts;
            for (const auto& s : o[QStringLiteral("scripts")].toArray()) scripts << s.toString();
            QTest::newRow(qPrintable(QStringLiteral("bip%1 ").arg(o[QStringLiteral("bip")].toInt()) + rowName(o, n++)))
                << o[QStringLiteral("descriptor")].toString() << scripts;
        }
        QCOMPARE(n, 47);
    }
    void valid() {
        QFETCH(QString, descriptor);
        QFETCH(QStringList, scripts);
        auto d = Descriptor::parse(descriptor.toStdString(), Network::Main);
        QVERIFY2(d.ok(), d.message().c_str());
        const std::string printed = d->toString();
        QCOMPARE(printed, normalised(descriptor));
        QCOMPARE(d->isRanged(), scripts.size() > 1);
        QCOMPARE(d->branchCount(), size_t(1));
        for (int i = 0; i < scripts.size(); ++i) {
            auto spk = d->scriptPubKeyAt(uint32_t(i));
            QVERIFY2(spk.ok(), spk.message().c_str());
            QCOMPARE(QString::fromStdString(util::toHex(*spk)), scripts[i]);
        }
        // The printed form (with its checksum) parses back to the same descriptor.
        auto again = Descriptor::parse(printed, Network::Main);
        QVERIFY2(again.ok(), again.message().c_str());
        QCOMPARE(again->toString(), printed);
        // The public form parses too and gives the same first script.
        auto pub = Descriptor::parse(d->toString(false), Network::Main);
        QVERIFY2(pub.ok(), pub.message().c_str());
        QVERIFY(!pub->hasPrivateKeys());
        auto pubSpk = pub->scriptPubKeyAt(0);
        if (pubSpk.ok()) {
            QCOMPARE(QString::fromStdString(util::toHex(*pubSpk)), scripts[0]);
        } else {
            // Only hardened steps below an xprv cannot be followed from the public form.
            QVERIFY2(QString::fromStdString(pubSpk.message()).contains(QStringLiteral("hardened")), pubSpk.message().c_str());
        }
    }

    void invalid_data() {
        QTest::addColumn<QString>("descriptor");
        int n = 0;
        for (const auto& v : vectors()[QStringLiteral("invalid")].toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(QStringLiteral("bip%1 ").arg(o[QStringLiteral("bip")].toInt()) + rowName(o, n++)))
                << o[QStringLiteral("descriptor")].toString();
        }
        QCOMPARE(n, 38);
    }
    void invalid() {
        QFETCH(QString, descriptor);
        auto d = Descriptor::parse(descriptor.toStdString(), Network::Main);
        QVERIFY2(!d.ok(), "invalid descriptor accepted");
        QVERIFY(!d.message().empty());
    }

    void clearMessages_data() {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QString>("message");
        const QString key = QStringLiteral("03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd");
        QTest::newRow("script where a key belongs") << QStringLiteral("pk(pk(%1))").arg(key) << QStringLiteral("found a script expression");
        QTest::newRow("pkh leaf in tr") << QStringLiteral("tr(%1,pkh(%1))").arg(key) << QStringLiteral("not allowed in a tr() script tree");
        QTest::newRow("unknown function") << QStringLiteral("foo(%1)").arg(key) << QStringLiteral("unknown script expression 'foo'");
        QTest::newRow("combo") << QStringLiteral("combo(%1)").arg(key) << QStringLiteral("not supported");
        QTest::newRow("bad checksum") << QStringLiteral("raw(deadbeef)#89f8spxn") << QStringLiteral("checksum mismatch");
        QTest::newRow("trailing text") << QStringLiteral("raw(deadbeef)x") << QStringLiteral("unexpected text");
        QTest::newRow("hardened mark H") << QStringLiteral("pk([deadbeef/0H]%1)").arg(key) << QStringLiteral("invalid derivation step '0H'");
        QTest::newRow("too long") << QStringLiteral("raw(%1)").arg(QString(int(script::kMaxDescriptorLength), QLatin1Char('0')))
                                  << QStringLiteral("too long");
    }
    void clearMessages() {
        QFETCH(QString, descriptor);
        QFETCH(QString, message);
        auto d = Descriptor::parse(descriptor.toStdString(), Network::Main);
        QVERIFY(!d.ok());
        QVERIFY2(QString::fromStdString(d.message()).contains(message), d.message().c_str());
    }

    void keysMustMatchTheNetwork() {
        // The BIP32 xpub of the vectors, re-encoded as a tpub: valid on testnet4, refused on mainnet.
        const std::string xpub =
            "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL";
        auto key = script::decodeExtKey(xpub);
        QVERIFY(key.ok());
        const std::string tpub = script::encodeExtPubKey(key->key, script::ExtKeyChain::Test);
        auto onTest = Descriptor::parse("wpkh(" + tpub + "/0/*)", Network::Testnet4);
        QVERIFY2(onTest.ok(), onTest.message().c_str());
        auto onMain = Descriptor::parse("wpkh(" + tpub + "/0/*)", Network::Main);
        QVERIFY(!onMain.ok());
        QVERIFY2(QString::fromStdString(onMain.message()).contains(QStringLiteral("test networks")), onMain.message().c_str());
        auto xOnTest = Descriptor::parse("wpkh(" + xpub + "/0/*)", Network::Testnet4);
        QVERIFY(!xOnTest.ok());
        // The same key gives the same script whichever network's encoding carried it.
        auto viaX = Descriptor::parse("wpkh(" + xpub + "/0/*)", Network::Main);
        QVERIFY(viaX.ok());
        QCOMPARE(util::toHex(*onTest->scriptPubKeyAt(5)), util::toHex(*viaX->scriptPubKeyAt(5)));
        QVERIFY(QString::fromStdString(*onTest->addressAt(5)).startsWith(QStringLiteral("tb1q")));
    }

    void hardenedStepBelowXpubFailsAtDerivation() {
        // BIP380 lets this parse (a valid key expression); deriving it needs the private key.
        auto d = Descriptor::parse(
            "pkh(xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL/1h/*)",
            Network::Main);
        QVERIFY2(d.ok(), d.message().c_str());
        auto spk = d->scriptPubKeyAt(0);
        QVERIFY(!spk.ok());
        QVERIFY2(QString::fromStdString(spk.message()).contains(QStringLiteral("hardened")), spk.message().c_str());
    }

    void addressesAtIndexes() {
        // BIP84's first receive address ("abandon ... about") as an addr() descriptor: unranged, any index.
        auto d = Descriptor::parse("addr(bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu)", Network::Main);
        QVERIFY2(d.ok(), d.message().c_str());
        auto a = d->addressAt(7);
        QVERIFY(a.ok());
        QCOMPARE(*a, std::string("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"));
        auto pk = Descriptor::parse("pk(03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd)", Network::Main);
        QVERIFY(pk.ok());
        QVERIFY(!pk->addressAt(0).ok());  // P2PK has no address form
        auto onTestnet = Descriptor::parse("addr(bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu)", Network::Testnet4);
        QVERIFY(!onTestnet.ok());
        QVERIFY2(QString::fromStdString(onTestnet.message()).contains(QStringLiteral("mainnet")), onTestnet.message().c_str());
    }

    void multipath_data() {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QStringList>("expansions");
        int n = 0;
        for (const auto& v : vectors()[QStringLiteral("multipath")].toArray()) {
            const QJsonObject o = v.toObject();
            QStringList ex;
            for (const auto& s : o[QStringLiteral("expansions")].toArray()) ex << s.toString();
            QTest::newRow(qPrintable(rowName(o, n++))) << o[QStringLiteral("descriptor")].toString() << ex;
        }
        QCOMPARE(n, 6);
    }
    void multipath() {
        QFETCH(QString, descriptor);
        QFETCH(QStringList, expansions);
        auto d = Descriptor::parse(descriptor.toStdString(), Network::Main);
        QVERIFY2(d.ok(), d.message().c_str());
        QCOMPARE(d->toString(), normalised(descriptor));
        QCOMPARE(d->branchCount(), size_t(expansions.size()));
        QVERIFY(!d->scriptPubKeyAt(0).ok());  // must be expanded first
        const std::vector<Descriptor> branches = d->expandBranches();
        QCOMPARE(branches.size(), size_t(expansions.size()));
        for (int i = 0; i < expansions.size(); ++i) {
            QCOMPARE(branches[size_t(i)].toString(), normalised(expansions[i]));
            auto direct = Descriptor::parse(expansions[i].toStdString(), Network::Main);
            QVERIFY2(direct.ok(), direct.message().c_str());
            auto a = branches[size_t(i)].scriptPubKeyAt(0);
            auto b = direct->scriptPubKeyAt(0);
            QVERIFY2(a.ok() && b.ok(), (a.message() + b.message()).c_str());
            QCOMPARE(*a, *b);
        }
    }
};

QTEST_GUILESS_MAIN(TestDescriptorVectors)
#include "test_descriptor_vectors.moc"
