// SPDX-License-Identifier: MIT
// BIP39 against the Trezor reference vectors (all 24: entropy -> mnemonic, mnemonic + "TREZOR" -> seed,
// seed -> master xprv), the embedded wordlist against the SHA-256 the BIP publishes, and the error classes
// for bad mnemonics (wrong count, unknown word, bad checksum).
#include "common/test_paths.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/bip39_wordlist.h"
#include "crypto/hash.h"
#include "script/extkey_io.h"
#include "util/hex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace cairn;

namespace {

QString str(const util::SecureBytes& b) { return QString::fromUtf8(b.asStringView().data(), qsizetype(b.size())); }

QString hex(const util::SecureBytes& b) { return QString::fromStdString(util::toHex(b.view())); }

QJsonObject trezor() {
    return QJsonDocument::fromJson(test::readData(QStringLiteral("bip39_trezor_vectors.json"))).object();
}

// n copies of "abandon" (a valid word), for mnemonics of a given length.
QStringList abandons(int n) { return QStringList(QList<QString>(n, QStringLiteral("abandon"))); }

}  // namespace

class TestHdBip39 : public QObject {
    Q_OBJECT
private slots:
    void wordlistMatchesPublishedHash() {
        // BIP39 publishes the SHA-256 of english.txt: every word followed by '\n'.
        QByteArray file;
        for (std::string_view w : crypto::bip39EnglishWordlist())
            file += QByteArray(w.data(), qsizetype(w.size())) + '\n';
        const auto digest =
            crypto::sha256(ByteView(reinterpret_cast<const uint8_t*>(file.constData()), size_t(file.size())));
        QCOMPARE(QString::fromStdString(util::toHex(digest)),
                 QStringLiteral("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"));
        // The source file in resources/ is the same list (the build embeds it; this catches a stale build).
        QFile src(test::sourcePath(QStringLiteral("resources/bip39/english.txt")));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QCOMPARE(src.readAll(), file);
    }

    void wordlistIsSortedWithUniqueFourLetterPrefixes() {
        const auto& list = crypto::bip39EnglishWordlist();
        QVERIFY(std::is_sorted(list.begin(), list.end()));
        QSet<QByteArray> prefixes;
        for (std::string_view w : list) prefixes.insert(QByteArray(w.data(), qsizetype(std::min<size_t>(4, w.size()))));
        QCOMPARE(prefixes.size(), qsizetype(crypto::kBip39WordCount));
    }

    void trezorVectors_data() {
        QTest::addColumn<QString>("entropy");
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("xprv");
        const QJsonObject doc = trezor();
        QCOMPARE(doc.value(QStringLiteral("passphrase")).toString(), QStringLiteral("TREZOR"));
        const QJsonArray vectors = doc.value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), 24);
        int n = 0;
        for (const auto& v : vectors) {
            const QJsonObject o = v.toObject();
            const QString entropy = o.value(QStringLiteral("entropy")).toString();
            QTest::newRow(
                qPrintable(QStringLiteral("%1: %2 bits %3").arg(n++).arg(entropy.size() * 4).arg(entropy.left(8))))
                << entropy << o.value(QStringLiteral("mnemonic")).toString()
                << o.value(QStringLiteral("seed")).toString() << o.value(QStringLiteral("xprv")).toString();
        }
    }
    void trezorVectors() {
        QFETCH(QString, entropy);
        QFETCH(QString, mnemonic);
        QFETCH(QString, seed);
        QFETCH(QString, xprv);
        const auto ent = util::fromHex(entropy.toStdString());
        QVERIFY(ent.ok());

        auto words = crypto::mnemonicFromEntropy(*ent);
        QVERIFY2(words.ok(), words.message().c_str());
        QCOMPARE(str(*words), mnemonic);

        auto back = crypto::mnemonicToEntropy(mnemonic.toStdString());
        QVERIFY2(back.ok(), back.message().c_str());
        QCOMPARE(hex(*back), entropy);

        auto s = crypto::mnemonicToSeed(mnemonic.toStdString(), "TREZOR");
        QVERIFY2(s.ok(), s.message().c_str());
        QCOMPARE(hex(*s), seed);

        auto master = crypto::ExtKey::fromSeed(s->view());
        QVERIFY2(master.ok(), master.message().c_str());
        QCOMPARE(str(script::encodeExtPrivKey(*master, script::ExtKeyChain::Main)), xprv);
    }

    void invalidMnemonics_data() {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("expected");  // a fragment of the error message naming the class of error
        QTest::newRow("bad checksum 12") << abandons(12).join(QLatin1Char(' ')) << QStringLiteral("checksum");
        QTest::newRow("bad checksum 24") << abandons(24).join(QLatin1Char(' ')) << QStringLiteral("checksum");
        QTest::newRow("swapped words")  // the trezor 0x7f.. vector with two words exchanged
            << QStringLiteral("legal winner thank year wave sausage worth useful legal winner yellow thank")
            << QStringLiteral("checksum");
        QTest::newRow("last word changed")
            << QStringLiteral(
                   "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon able")
            << QStringLiteral("checksum");
        QTest::newRow("unknown word")
            << QStringLiteral(
                   "abandon abandon abandon xyz abandon abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("unknown word at position 4");
        QTest::newRow("prefix is not a word")
            << QStringLiteral(
                   "aban abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("unknown word at position 1");
        QTest::newRow("non-ascii word")
            << QStringLiteral(
                   "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon \u00e1bout")
            << QStringLiteral("at position 12");
        QTest::newRow("11 words") << abandons(11).join(QLatin1Char(' ')) << QStringLiteral("not 11");
        QTest::newRow("13 words") << abandons(13).join(QLatin1Char(' ')) << QStringLiteral("not 13");
        QTest::newRow("25 words") << abandons(25).join(QLatin1Char(' ')) << QStringLiteral("not 25");
        QTest::newRow("9 words") << abandons(9).join(QLatin1Char(' ')) << QStringLiteral("not 9");
        QTest::newRow("empty") << QString() << QStringLiteral("not 0");
        QTest::newRow("only spaces") << QStringLiteral("   \n ") << QStringLiteral("not 0");
        QTest::newRow("too long") << QString(int(crypto::kMaxMnemonicLength) + 1, QLatin1Char(' '))
                                  << QStringLiteral("too long");
    }
    void invalidMnemonics() {
        QFETCH(QString, mnemonic);
        QFETCH(QString, expected);
        const std::string text = mnemonic.toStdString();
        const auto ent = crypto::mnemonicToEntropy(text);
        QVERIFY(!ent.ok());
        QVERIFY2(QString::fromStdString(ent.message()).contains(expected), ent.message().c_str());
        QVERIFY(!crypto::normalizeMnemonic(text).ok());
        QVERIFY(!crypto::mnemonicToSeed(text, "").ok());
    }

    void spacingAndCaseAreNormalised() {
        const std::string messy =
            "  Abandon abandon\tabandon abandon abandon ABANDON abandon abandon abandon abandon\n"
            "abandon   about\r\n";
        const std::string canonical =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        auto norm = crypto::normalizeMnemonic(messy);
        QVERIFY2(norm.ok(), norm.message().c_str());
        QCOMPARE(str(*norm).toStdString(), canonical);
        auto a = crypto::mnemonicToSeed(messy, "TREZOR");
        auto b = crypto::mnemonicToSeed(canonical, "TREZOR");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a == *b);
        // Trezor vector 0's seed.
        QVERIFY(hex(*a).startsWith(QStringLiteral("c55257c360c07c72")));
    }

    void passphraseIsNfkdNormalised() {
        const std::string mnemonic =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        // U+00E9 (precomposed) and "e" + U+0301 (combining acute) are the same NFKD string; so are the
        // ligature U+FB01 and "fi".
        auto composed = crypto::mnemonicToSeed(mnemonic, "caf\xc3\xa9 \xef\xac\x81");
        auto decomposed = crypto::mnemonicToSeed(mnemonic, "cafe\xcc\x81 fi");
        auto other = crypto::mnemonicToSeed(mnemonic, "cafe fi");
        QVERIFY(composed.ok() && decomposed.ok() && other.ok());
        QVERIFY(*composed == *decomposed);
        QVERIFY(!(*composed == *other));
        const auto bad = crypto::mnemonicToSeed(mnemonic, "\xff\xfe");
        QVERIFY(!bad.ok());
        QVERIFY2(QString::fromStdString(bad.message()).contains(QStringLiteral("UTF-8")), bad.message().c_str());
        QVERIFY(!crypto::mnemonicToSeed(mnemonic, std::string(crypto::kMaxPassphraseLength + 1, 'a')).ok());
    }

    void entropySizes_data() {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("words");  // 0: must fail
        for (int b : {0, 4, 12, 15, 16, 17, 20, 24, 28, 30, 32, 36, 64})
            QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(b)))
                << b << ((b >= 16 && b <= 32 && b % 4 == 0) ? b * 3 / 4 : 0);
    }
    void entropySizes() {
        QFETCH(int, bytes);
        QFETCH(int, words);
        const Bytes ent(size_t(bytes), 0x5a);
        auto m = crypto::mnemonicFromEntropy(ent);
        QCOMPARE(m.ok(), words > 0);
        if (words == 0) return;
        QCOMPARE(str(*m).split(QLatin1Char(' ')).size(), words);
        auto size = crypto::bip39EntropySize(size_t(words));
        QVERIFY(size.ok());
        QCOMPARE(*size, size_t(bytes));
    }

    void generateGivesValidMnemonics() {
        for (size_t words : {12, 15, 18, 21, 24}) {
            auto m = crypto::generateMnemonic(words);
            QVERIFY2(m.ok(), m.message().c_str());
            QCOMPARE(size_t(str(*m).split(QLatin1Char(' ')).size()), words);
            auto ent = crypto::mnemonicToEntropy(m->asStringView());
            QVERIFY2(ent.ok(), ent.message().c_str());
            QCOMPARE(ent->size(), words / 3 * 4);
        }
        QVERIFY(!crypto::generateMnemonic(13).ok());
        QVERIFY(!crypto::generateMnemonic(0).ok());
        auto a = crypto::generateMnemonic(12);
        auto b = crypto::generateMnemonic(12);
        QVERIFY(a.ok() && b.ok() && !(*a == *b));
    }

    void wordLookup() {
        QCOMPARE(crypto::bip39WordIndex("abandon"), std::optional<uint16_t>(0));
        QCOMPARE(crypto::bip39WordIndex("about"), std::optional<uint16_t>(3));
        QCOMPARE(crypto::bip39WordIndex("zoo"), std::optional<uint16_t>(2047));
        QVERIFY(!crypto::bip39WordIndex("Abandon").has_value());
        QVERIFY(!crypto::bip39WordIndex("aban").has_value());
        QVERIFY(!crypto::bip39WordIndex("").has_value());

        using V = std::vector<std::string_view>;
        QCOMPARE(crypto::bip39WordsWithPrefix("aban"), V{"abandon"});
        QCOMPARE(crypto::bip39WordsWithPrefix("zo"), (V{"zone", "zoo"}));
        QCOMPARE(crypto::bip39WordsWithPrefix("ab", 3), (V{"abandon", "ability", "able"}));
        QCOMPARE(crypto::bip39WordsWithPrefix("xyz"), V{});
        QCOMPARE(crypto::bip39WordsWithPrefix("zoo"), V{"zoo"});
        QCOMPARE(crypto::bip39WordsWithPrefix("").size(), crypto::kBip39WordCount);
        QCOMPARE(crypto::bip39WordsWithPrefix("", 5).size(), size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestHdBip39)
#include "test_hd_bip39.moc"
