// SPDX-License-Identifier: MIT
// BIP329 labels: the BIP's test vector lines (tests/data/bip329_example.jsonl, copied verbatim from the "Test
// Vectors" section of bip-0329.mediawiki), import into a wallet (outputs frozen by spendable=false), export and
// re-import round trip, unknown types ignored, malformed input refused as a whole.
#include "common/test_paths.h"
#include "wallet/bip329.h"
#include "wallet/wallet.h"

#include <QtTest>

#include <algorithm>

using namespace cairn;
using storage::LabelRecord;
using util::SecureBytes;
using wallet::Wallet;

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const char* kTxid = "f91d0a8a78462bc59398f2c5d7a84fcff491c26ba54c4833478b202796c8aafd";

QStringList bip329ExampleLines() {
    QStringList lines = QString::fromUtf8(test::readData(QStringLiteral("bip329_example.jsonl"))).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}

std::unique_ptr<Wallet> makeWallet(const QString& dir) {
    wallet::WalletOptions o;
    o.name = "labels";
    o.kdf = wallet::testScryptParams();
    o.gapLimit = 2;
    const std::string path = (test::freshTempDir(dir) + QStringLiteral("/w.sqlite")).toStdString();
    auto w = Wallet::create(path, o, SecureBytes::fromString(kMnemonic), SecureBytes(), SecureBytes::fromString("pw"));
    if (!w.ok()) qFatal("create: %s", w.message().c_str());
    return std::move(w.value());
}

// Puts output kTxid:1 (paying to the wallet's first address) into the wallet, as the discovery engine would.
void addOutput(Wallet& w) {
    storage::TxRecord tx;
    tx.txid = primitives::Txid::fromHex(kTxid).value();
    tx.raw = Bytes{0x01};
    tx.firstSeen = 1;
    auto row = w.store().putTransaction(tx);
    auto addr = w.store().addressAt(w.accounts().front().record.id, 0, 0);
    if (!row.ok() || !addr.ok() || !addr->has_value()) qFatal("cannot prepare the output");
    storage::OutputRecord out;
    out.outpoint = primitives::OutPoint{tx.txid, 1};
    out.txRowId = *row;
    out.value = 1000;
    out.script = addr->value().script;
    out.addressId = addr->value().id;
    if (!w.store().putOutput(out).ok()) qFatal("cannot store the output");
}

bool frozen(Wallet& w) {
    auto outs = w.store().unspentOutputs();
    if (!outs.ok()) qFatal("unspentOutputs: %s", outs.message().c_str());
    for (const auto& o : *outs)
        if (o.outpoint.index == 1) return o.frozen;
    return false;
}

}  // namespace

class TestWalletLabels : public QObject {
    Q_OBJECT
private slots:
    void exampleLines_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("spendable");
        const QStringList lines = bip329ExampleLines();
        QCOMPARE(lines.size(), 7);
        const char* expected[7][4] = {
            {"tx", "Transaction", "wpkh([d34db33f/84'/0'/0'])", "-1"}, {"addr", "Address", "", "-1"},
            {"pubkey", "Public Key", "", "-1"},                         {"input", "Input", "", "-1"},
            {"output", "Output", "", "0"},                              {"xpub", "Extended Public Key", "", "-1"},
            {"tx", "Account #1 Transaction", "wpkh([d34db33f/84'/0'/1'])", "-1"}};
        for (int i = 0; i < 7; ++i)
            QTest::newRow(qPrintable(QStringLiteral("line %1 (%2)").arg(i + 1).arg(QLatin1String(expected[i][0]))))
                << lines[i] << QString::fromLatin1(expected[i][0]) << QString::fromLatin1(expected[i][1])
                << QString::fromLatin1(expected[i][2]) << QString::fromLatin1(expected[i][3]).toInt();
    }
    void exampleLines() {
        QFETCH(QString, line);
        QFETCH(QString, type);
        QFETCH(QString, label);
        QFETCH(QString, origin);
        QFETCH(int, spendable);
        auto parsed = wallet::parseBip329Line(line.toStdString());
        QVERIFY2(parsed.ok(), parsed.message().c_str());
        QVERIFY(parsed->record.has_value());
        const LabelRecord& r = *parsed->record;
        QCOMPARE(QString::fromStdString(r.type), type);
        QCOMPARE(QString::fromStdString(r.label), label);
        QCOMPARE(QString::fromStdString(r.origin), origin);
        QCOMPARE(r.spendable.has_value() ? int(*r.spendable) : -1, spendable);
        // Formatting and parsing again gives the same record.
        auto again = wallet::parseBip329Line(wallet::formatBip329Line(r));
        QVERIFY(again.ok() && again->record);
        QCOMPARE(again->record->ref, r.ref);
        QCOMPARE(again->record->label, r.label);
        QCOMPARE(again->record->origin, r.origin);
        QCOMPARE(again->record->spendable, r.spendable);
    }

    void importExportRoundTrip() {
        auto w = makeWallet(QStringLiteral("labels_a"));
        addOutput(*w);
        QVERIFY(!frozen(*w));
        const QByteArray file = test::readData(QStringLiteral("bip329_example.jsonl"));
        auto stats = w->importLabels(std::string_view(file.constData(), size_t(file.size())));
        QVERIFY2(stats.ok(), stats.message().c_str());
        QCOMPARE(stats->imported, 7);
        QCOMPARE(stats->ignored, 0);
        QCOMPARE(stats->frozenUpdated, 1);
        QVERIFY(frozen(*w));  // spendable=false froze the known output

        auto exported = w->exportLabels();
        QVERIFY(exported.ok());
        QCOMPARE(std::count(exported->begin(), exported->end(), '\n'), 7L);
        auto other = makeWallet(QStringLiteral("labels_b"));
        auto again = other->importLabels(*exported);
        QVERIFY2(again.ok(), again.message().c_str());
        QCOMPARE(again->imported, 7);
        QCOMPARE(other->exportLabels().value(), *exported);
        const auto all = other->store().labels().value();
        QCOMPARE(all.size(), size_t(7));

        // spendable=true unfreezes; an omitted label keeps the stored one (BIP329).
        const std::string unfreeze = std::string("{\"type\":\"output\",\"ref\":\"") + kTxid + ":1\",\"spendable\":true}";
        auto u = w->importLabels(unfreeze);
        QVERIFY(u.ok());
        QVERIFY(!frozen(*w));
        auto kept = w->store().label("output", std::string(kTxid) + ":1").value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->label, std::string("Output"));
        QCOMPARE(kept->spendable, std::optional<bool>(true));
    }

    void unknownTypesAreIgnored() {
        auto w = makeWallet(QStringLiteral("labels_c"));
        auto stats = w->importLabels("{\"type\":\"script\",\"ref\":\"00\",\"label\":\"x\"}\n\n"
                                     "{\"type\":\"addr\",\"ref\":\"bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c\","
                                     "\"label\":\"\\u00e9t\\u00e9 \\\"quoted\\\"\"}\n");
        QVERIFY2(stats.ok(), stats.message().c_str());
        QCOMPARE(stats->imported, 1);
        QCOMPARE(stats->ignored, 1);
        auto l = w->store().label("addr", "bc1q34aq5drpuwy3wgl9lhup9892qp6svr8ldzyy7c").value();
        QVERIFY(l.has_value());
        QCOMPARE(QString::fromStdString(l->label), QStringLiteral("été \"quoted\""));
        // Export escapes quotes and keeps UTF-8.
        const std::string line = wallet::formatBip329Line(*l);
        QVERIFY(line.find("\\\"quoted\\\"") != std::string::npos);
        QVERIFY(wallet::parseBip329Line(line).ok());
    }

    void longLabelsAreTruncated() {
        const std::string longLabel(300, 'a');
        auto parsed = wallet::parseBip329Line("{\"type\":\"tx\",\"ref\":\"" + std::string(kTxid) + "\",\"label\":\"" +
                                              longLabel + "\"}");
        QVERIFY(parsed.ok());
        QVERIFY(parsed->truncated);
        QCOMPARE(parsed->record->label.size(), wallet::kMaxLabelLength);
    }

    void malformedInputIsRefusedAsAWhole_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString good = QStringLiteral("{\"type\":\"tx\",\"ref\":\"%1\",\"label\":\"ok\"}\n").arg(QLatin1String(kTxid));
        QTest::newRow("not JSON") << good + QStringLiteral("{type: tx}") << QStringLiteral("line 2: not valid JSON");
        QTest::newRow("an array") << good + QStringLiteral("[1,2]") << QStringLiteral("line 2: a record must be");
        QTest::newRow("missing ref") << good + QStringLiteral("{\"type\":\"tx\",\"label\":\"x\"}") << QStringLiteral("\"ref\"");
        QTest::newRow("label not a string")
            << good + QStringLiteral("{\"type\":\"addr\",\"ref\":\"a\",\"label\":5}") << QStringLiteral("\"label\" must");
        QTest::newRow("spendable as a string")
            << good + QStringLiteral("{\"type\":\"output\",\"ref\":\"%1:0\",\"spendable\":\"false\"}").arg(QLatin1String(kTxid))
            << QStringLiteral("true or false");
        QTest::newRow("spendable on a tx")
            << good + QStringLiteral("{\"type\":\"tx\",\"ref\":\"%1\",\"spendable\":false}").arg(QLatin1String(kTxid))
            << QStringLiteral("only allowed on output");
        QTest::newRow("tx ref not a txid") << good + QStringLiteral("{\"type\":\"tx\",\"ref\":\"abc\"}") << QStringLiteral("a txid");
        QTest::newRow("output ref without index")
            << good + QStringLiteral("{\"type\":\"output\",\"ref\":\"%1\"}").arg(QLatin1String(kTxid)) << QStringLiteral("txid:index");
        QTest::newRow("trailing garbage") << good + QStringLiteral("{\"type\":\"tx\",\"ref\":\"%1\"} x").arg(QLatin1String(kTxid))
                                          << QStringLiteral("not valid JSON");
    }
    void malformedInputIsRefusedAsAWhole() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto w = makeWallet(QStringLiteral("labels_bad"));
        auto stats = w->importLabels(text.toStdString());
        QVERIFY(!stats.ok());
        QVERIFY2(QString::fromStdString(stats.message()).contains(message), stats.message().c_str());
        QVERIFY(w->store().labels().value().empty());  // the good first line was not imported either
    }
};

QTEST_GUILESS_MAIN(TestWalletLabels)
#include "test_wallet_labels.moc"
