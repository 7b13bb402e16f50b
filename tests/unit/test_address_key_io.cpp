// SPDX-License-Identifier: MIT
// Addresses and WIF private keys against Bitcoin Core's key_io_valid.json / key_io_invalid.json: every valid
// row decodes on its chain (and re-encodes identically, case-flipped too where the file says so); no invalid
// row decodes as an address or a key on any network.
#include "common/test_paths.h"
#include "script/address.h"
#include "script/address_params.h"
#include "script/key_io.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;

namespace {
Network chainOf(const QString& chain) {
    if (chain == QLatin1String("main")) return Network::Main;
    if (chain == QLatin1String("testnet4")) return Network::Testnet4;
    if (chain == QLatin1String("signet")) return Network::Signet;
    if (chain == QLatin1String("regtest")) return Network::Regtest;
    return Network::Testnet3;
}

QString flipCase(const QString& s) {
    QString out = s;
    for (QChar& c : out) c = c.isUpper() ? c.toLower() : c.toUpper();
    return out;
}

std::string asString(const util::SecureBytes& b) { return std::string(b.asStringView()); }
}  // namespace

class TestAddressKeyIo : public QObject {
    Q_OBJECT
private slots:
    void valid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<bool>("isPrivkey");
        QTest::addColumn<bool>("isCompressed");
        QTest::addColumn<bool>("tryCaseFlip");
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("key_io_valid.json"))).array();
        QVERIFY(rows.size() > 40);
        int n = 0;
        for (const auto& r : rows) {
            const QJsonArray row = r.toArray();
            const QJsonObject meta = row[2].toObject();
            const bool priv = meta[QStringLiteral("isPrivkey")].toBool();
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(n++).arg(meta[QStringLiteral("chain")].toString(),
                                                                            priv ? QStringLiteral("wif") : row[0].toString())))
                << row[0].toString() << row[1].toString() << meta[QStringLiteral("chain")].toString() << priv
                << meta[QStringLiteral("isCompressed")].toBool() << meta[QStringLiteral("tryCaseFlip")].toBool();
        }
    }
    void valid() {
        QFETCH(QString, text);
        QFETCH(QString, hex);
        QFETCH(QString, chain);
        QFETCH(bool, isPrivkey);
        QFETCH(bool, isCompressed);
        QFETCH(bool, tryCaseFlip);
        const Network net = chainOf(chain);
        const std::string s = text.toStdString();
        if (isPrivkey) {
            auto wif = script::decodeWif(s, net);
            QVERIFY2(wif.ok(), wif.message().c_str());
            QCOMPARE(util::toHex(wif->key.secret().view()), hex.toStdString());
            QCOMPARE(wif->compressed, isCompressed);
            QCOMPARE(asString(script::encodeWif(wif->key, wif->compressed, net)), s);
            QVERIFY(!script::decodeAddress(s, net).ok());
            return;
        }
        auto spk = script::decodeAddress(s, net);
        QVERIFY2(spk.ok(), spk.message().c_str());
        QCOMPARE(util::toHex(*spk), hex.toStdString());
        auto again = script::encodeAddress(*spk, net);
        QVERIFY2(again.ok(), again.message().c_str());
        QCOMPARE(QString::fromStdString(*again), text);
        QVERIFY(!script::decodeWif(s, net).ok());
        if (tryCaseFlip) {
            auto flipped = script::decodeAddress(flipCase(text).toStdString(), net);
            QVERIFY2(flipped.ok(), flipped.message().c_str());
            QCOMPARE(util::toHex(*flipped), hex.toStdString());
        }
    }

    void invalid_data() {
        QTest::addColumn<QString>("text");
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("key_io_invalid.json"))).array();
        QVERIFY(rows.size() > 40);
        int n = 0;
        for (const auto& r : rows) {
            const QString text = r.toArray()[0].toString();
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(n++).arg(text.left(40)))) << text;
        }
    }
    void invalid() {
        QFETCH(QString, text);
        const std::string s = text.toStdString();
        for (Network net : allNetworks()) {
            auto a = script::decodeAddress(s, net);
            QVERIFY2(!a.ok(), qPrintable(QStringLiteral("decoded as address on ") + QString::fromStdString(networkName(net))));
            QVERIFY(!a.message().empty());
            QVERIFY2(!script::decodeWif(s, net).ok(), qPrintable(QStringLiteral("decoded as key on ") + QString::fromStdString(networkName(net))));
        }
    }

    void wrongNetworkIsNamed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("asked");
        QTest::addColumn<QString>("message");
        QTest::newRow("testnet p2pkh on mainnet") << QStringLiteral("mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ") << int(Network::Main)
                                                  << QStringLiteral("address is for testnet, not mainnet");
        QTest::newRow("mainnet p2sh on signet") << QStringLiteral("36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm") << int(Network::Signet)
                                                << QStringLiteral("address is for mainnet, not signet");
        QTest::newRow("tb1 on mainnet") << QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")
                                        << int(Network::Main) << QStringLiteral("address is for testnet, not mainnet");
        QTest::newRow("bc1 on regtest") << QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4") << int(Network::Regtest)
                                        << QStringLiteral("address is for mainnet, not regtest");
    }
    void wrongNetworkIsNamed() {
        QFETCH(QString, text);
        QFETCH(int, asked);
        QFETCH(QString, message);
        auto r = script::decodeAddress(text.toStdString(), Network(asked));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.message()), message);
    }

    void wifWrongNetworkIsNamed() {
        // key_io_valid.json's first mainnet WIF, asked for on testnet4.
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("key_io_valid.json"))).array();
        int checked = 0;
        for (const auto& r : rows) {
            const QJsonObject meta = r.toArray()[2].toObject();
            if (!meta[QStringLiteral("isPrivkey")].toBool() || meta[QStringLiteral("chain")].toString() != QLatin1String("main")) continue;
            auto k = script::decodeWif(r.toArray()[0].toString().toStdString(), Network::Testnet4);
            QVERIFY(!k.ok());
            QCOMPARE(QString::fromStdString(k.message()), QStringLiteral("private key is for mainnet, not testnet4"));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void scriptsWithoutAddress() {
        auto pk = util::fromHex("2102" + std::string(64, '1') + "ac");  // P2PK
        QVERIFY(pk.ok());
        auto r = script::encodeAddress(*pk, Network::Main);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.message()).contains(QStringLiteral("no address")), r.message().c_str());
        QVERIFY(!script::encodeAddress(Bytes{0x6a, 0x01, 0x00}, Network::Main).ok());  // OP_RETURN
        QVERIFY(!script::encodeAddress(Bytes{}, Network::Main).ok());
    }

    void addressInfoFields() {
        auto info = script::decodeAddressInfo("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", Network::Main);
        QVERIFY2(info.ok(), info.message().c_str());
        QCOMPARE(info->type, script::ScriptType::WitnessV1Taproot);
        QCOMPARE(info->encoding, script::AddressEncoding::Bech32m);
        QCOMPARE(info->witnessVersion, 1);
        QCOMPARE(util::toHex(info->program), std::string("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
        auto legacy = script::decodeAddressInfo("36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm", Network::Main);
        QVERIFY(legacy.ok());
        QCOMPARE(legacy->type, script::ScriptType::ScriptHash);
        QCOMPARE(legacy->witnessVersion, -1);
    }
};

QTEST_GUILESS_MAIN(TestAddressKeyIo)
#include "test_address_key_io.moc"
