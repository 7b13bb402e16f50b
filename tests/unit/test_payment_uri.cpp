// SPDX-License-Identifier: MIT
// BIP21 payment URIs: every example of the BIP (bip-0021.mediawiki, "Examples" and "Transfer amount"), the
// strictness rules (amount syntax, percent-encoding, req- parameters, repeats), URI building against the BIP's
// own example texts, and the network check of addresses over Bitcoin Core's key_io vectors.
#include "common/test_paths.h"
#include "service/address_check.h"
#include "service/payment_uri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using service::AddressFamily;

namespace {
const QString kBip21Address = QStringLiteral("175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W");

Network networkOfChain(const QString& chain) {
    if (chain == QLatin1String("main")) return Network::Main;
    if (chain == QLatin1String("testnet4")) return Network::Testnet4;
    if (chain == QLatin1String("signet")) return Network::Signet;
    if (chain == QLatin1String("regtest")) return Network::Regtest;
    return Network::Testnet3;
}
}  // namespace

class TestPaymentUri : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<qint64>("amount");  // -1: none
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("others");
        const QString b = QStringLiteral("bitcoin:") + kBip21Address;
        // The examples of BIP21.
        QTest::newRow("bip21: just the address") << b << true << kBip21Address << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("bip21: address with name") << b + QStringLiteral("?label=Luke-Jr") << true << kBip21Address
                                                  << qint64(-1) << QStringLiteral("Luke-Jr") << QString() << 0;
        QTest::newRow("bip21: 20.30 BTC to Luke-Jr")
            << b + QStringLiteral("?amount=20.3&label=Luke-Jr") << true << kBip21Address << qint64(2030000000)
            << QStringLiteral("Luke-Jr") << QString() << 0;
        QTest::newRow("bip21: 50 BTC with message")
            << b + QStringLiteral("?amount=50&label=Luke-Jr&message=Donation%20for%20project%20xyz") << true
            << kBip21Address << qint64(5000000000) << QStringLiteral("Luke-Jr")
            << QStringLiteral("Donation for project xyz") << 0;
        QTest::newRow("bip21: req- parameters not understood")
            << b + QStringLiteral("?req-somethingyoudontunderstand=50&req-somethingelseyoudontget=999") << false
            << QString() << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("bip21: optional parameters not understood")
            << b + QStringLiteral("?somethingyoudontunderstand=50&somethingelseyoudontget=999") << true
            << kBip21Address << qint64(-1) << QString() << QString() << 2;
        // "amount=50.00 or amount=50 is treated as 50 BTC, and amount=50,000.00 is invalid."
        QTest::newRow("bip21: amount=50.00") << b + QStringLiteral("?amount=50.00") << true << kBip21Address
                                             << qint64(5000000000) << QString() << QString() << 0;
        QTest::newRow("bip21: amount=50,000.00 invalid") << b + QStringLiteral("?amount=50,000.00") << false
                                                         << QString() << qint64(-1) << QString() << QString() << 0;
        // "The scheme component is case-insensitive".
        QTest::newRow("scheme in upper case, bech32 in upper case (QR form)")
            << QStringLiteral("BITCOIN:BC1QW508D6QEJXTDG4C3CK9KEJ3YMNDDXNRX0XFQ6P?amount=0.00000001") << true
            << QStringLiteral("BC1QW508D6QEJXTDG4C3CK9KEJ3YMNDDXNRX0XFQ6P") << qint64(1) << QString() << QString()
            << 0;
        // Strictness beyond the examples.
        QTest::newRow("9 decimals rejected") << b + QStringLiteral("?amount=0.000000001") << false << QString()
                                             << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("above 21 million rejected") << b + QStringLiteral("?amount=21000000.00000001") << false
                                                   << QString() << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("exactly 21 million") << b + QStringLiteral("?amount=21000000") << true << kBip21Address
                                            << qint64(2100000000000000) << QString() << QString() << 0;
        QTest::newRow("exponent rejected") << b + QStringLiteral("?amount=1e3") << false << QString() << qint64(-1)
                                           << QString() << QString() << 0;
        QTest::newRow("negative rejected") << b + QStringLiteral("?amount=-1") << false << QString() << qint64(-1)
                                           << QString() << QString() << 0;
        QTest::newRow("leading dot") << b + QStringLiteral("?amount=.5") << true << kBip21Address << qint64(50000000)
                                     << QString() << QString() << 0;
        QTest::newRow("repeated amount rejected") << b + QStringLiteral("?amount=1&amount=2") << false << QString()
                                                  << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("UTF-8 label") << b + QStringLiteral("?label=Caf%C3%A9%20%26%20co") << true << kBip21Address
                                     << qint64(-1) << QStringLiteral("Café & co") << QString() << 0;
        QTest::newRow("plus is a plus, not a space")
            << b + QStringLiteral("?message=1+1") << true << kBip21Address << qint64(-1) << QString()
            << QStringLiteral("1+1") << 0;
        QTest::newRow("bad percent escape rejected") << b + QStringLiteral("?label=%G1") << false << QString()
                                                     << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("truncated percent escape rejected") << b + QStringLiteral("?label=abc%4") << false << QString()
                                                           << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("invalid UTF-8 rejected") << b + QStringLiteral("?label=%FF%FE") << false << QString()
                                                << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("other scheme rejected") << QStringLiteral("litecoin:") + kBip21Address << false << QString()
                                               << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("no address rejected") << QStringLiteral("bitcoin:?amount=1") << false << QString() << qint64(-1)
                                             << QString() << QString() << 0;
        QTest::newRow("address with a space rejected") << QStringLiteral("bitcoin:175t Wpb") << false << QString()
                                                       << qint64(-1) << QString() << QString() << 0;
        QTest::newRow("too long rejected")
            << b + QStringLiteral("?message=") + QString(5000, QLatin1Char('a')) << false << QString() << qint64(-1)
            << QString() << QString() << 0;
    }
    void parse() {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(qint64, amount);
        QFETCH(QString, label);
        QFETCH(QString, message);
        QFETCH(int, others);
        const auto r = service::parsePaymentUri(uri);
        QVERIFY(service::isPaymentUri(uri) || !valid);
        if (!valid) {
            QVERIFY2(!r.ok(), "a URI the BIP calls invalid was accepted");
            QVERIFY(!r.message().empty());
            return;
        }
        QVERIFY2(r.ok(), r.message().c_str());
        QCOMPARE(r->address, address);
        QCOMPARE(r->amountSats.value_or(-1), amount);
        QCOMPARE(r->label, label);
        QCOMPARE(r->message, message);
        QCOMPARE(int(r->otherParams.size()), others);
    }

    void format_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("uri");
        const QString b = QStringLiteral("bitcoin:") + kBip21Address;
        QTest::newRow("bip21: just the address") << qint64(0) << QString() << QString() << b;
        QTest::newRow("bip21: address with name") << qint64(0) << QStringLiteral("Luke-Jr") << QString()
                                                  << b + QStringLiteral("?label=Luke-Jr");
        QTest::newRow("bip21: 20.30 BTC to Luke-Jr") << qint64(2030000000) << QStringLiteral("Luke-Jr") << QString()
                                                     << b + QStringLiteral("?amount=20.3&label=Luke-Jr");
        QTest::newRow("bip21: 50 BTC with message")
            << qint64(5000000000) << QStringLiteral("Luke-Jr") << QStringLiteral("Donation for project xyz")
            << b + QStringLiteral("?amount=50&label=Luke-Jr&message=Donation%20for%20project%20xyz");
        QTest::newRow("one satoshi") << qint64(1) << QString() << QString() << b + QStringLiteral("?amount=0.00000001");
    }
    void format() {
        QFETCH(qint64, amount);
        QFETCH(QString, label);
        QFETCH(QString, message);
        QFETCH(QString, uri);
        QCOMPARE(service::formatPaymentUri(kBip21Address, amount ? std::optional<qint64>(amount) : std::nullopt,
                                           label, message),
                 uri);
    }

    // Every address of Bitcoin Core's key_io_valid.json is valid on its own chain and, on a network of another
    // address family, is reported as belonging to its family.
    void addressCheck_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("chain");
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("key_io_valid.json"))).array();
        int n = 0;
        for (const QJsonValue& v : rows) {
            const QJsonArray row = v.toArray();
            // Private-key rows (WIF) are not addresses; they are covered by test_key_io.
            if (row.size() < 3 || row[2].toObject().value(QStringLiteral("isPrivkey")).toBool()) continue;
            const QString chain = row[2].toObject().value(QStringLiteral("chain")).toString();
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(++n).arg(chain, row[0].toString().left(16))))
                << row[0].toString() << chain;
        }
        QVERIFY(n > 50);
    }
    void addressCheck() {
        QFETCH(QString, address);
        QFETCH(QString, chain);
        const Network own = networkOfChain(chain);
        const auto ok = service::checkAddress(QLatin1Char(' ') + address + QLatin1Char('\n'), own);
        QVERIFY2(ok.valid, qPrintable(ok.reason));
        QCOMPARE(ok.normalized.toLower(), address.toLower());

        const Network other = own == Network::Main ? Network::Regtest : Network::Main;
        const auto wrong = service::checkAddress(address, other);
        QVERIFY(!wrong.valid);
        QVERIFY2(wrong.otherFamily.has_value(), qPrintable(wrong.reason));
        const AddressFamily family = service::addressFamilyOf(own);
        // Regtest base58 addresses use testnet's version bytes, so on mainnet they are named testnet addresses.
        const bool base58Regtest = own == Network::Regtest && !address.startsWith(QLatin1String("bcrt"), Qt::CaseInsensitive);
        QCOMPARE(*wrong.otherFamily, base58Regtest && other == Network::Main ? AddressFamily::Testnet : family);
    }

    void addressCheckInvalid_data() {
        QTest::addColumn<QString>("text");
        const QJsonArray rows = QJsonDocument::fromJson(test::readData(QStringLiteral("key_io_invalid.json"))).array();
        int n = 0;
        for (const QJsonValue& v : rows)
            QTest::newRow(qPrintable(QStringLiteral("invalid %1").arg(++n))) << v.toArray().at(0).toString();
        QVERIFY(n > 50);
    }
    void addressCheckInvalid() {
        QFETCH(QString, text);
        for (Network net : allNetworks()) {
            const auto r = service::checkAddress(text, net);
            QVERIFY(!r.valid);
            QVERIFY(!r.otherFamily.has_value());
            QVERIFY(!r.reason.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentUri)
#include "test_payment_uri.moc"
