// SPDX-License-Identifier: MIT
// Standard output templates: classification of every template and of near misses (wrong push length,
// non-minimal push, trailing byte), the builders, the BIP341 scriptPubKey vectors (internal key + merkle
// root -> tweaked key -> P2TR script) and the scriptPubKeys of Core's key_io_valid.json (classify, rebuild).
#include "common/test_hex.h"
#include "common/test_paths.h"
#include "crypto/taproot.h"
#include "script/script_builder.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace cairn;
using cairn::test::hex;
using cairn::test::hexOf;
using script::ScriptType;

namespace {

QJsonDocument readJson(const QString& name) {
    auto doc = QJsonDocument::fromJson(test::readData(name));
    if (doc.isNull()) qFatal("cannot parse %s", qPrintable(name));
    return doc;
}

template <size_t N>
std::array<uint8_t, N> fixed(ByteView b) {
    std::array<uint8_t, N> out{};
    if (b.size() != N) qFatal("expected %zu bytes, got %zu", N, b.size());
    std::copy(b.begin(), b.end(), out.begin());
    return out;
}

// Rebuilds a classified script from what classify() extracted, using the matching builder.
Bytes rebuild(const script::ScriptInfo& info) {
    switch (info.type) {
        case ScriptType::PubKey:
            return script::p2pk(info.data).value();
        case ScriptType::PubKeyHash:
            return script::p2pkh(fixed<20>(info.data));
        case ScriptType::ScriptHash:
            return script::p2sh(fixed<20>(info.data));
        case ScriptType::WitnessV0KeyHash:
            return script::p2wpkh(fixed<20>(info.data));
        case ScriptType::WitnessV0ScriptHash:
            return script::p2wsh(fixed<32>(info.data));
        case ScriptType::WitnessV1Taproot:
            return script::p2tr(fixed<32>(info.data));
        case ScriptType::Anchor:
        case ScriptType::WitnessUnknown:
            return script::witnessProgram(info.witnessVersion, info.data).value();
        case ScriptType::Multisig:
            return script::multisig(info.required, info.pubkeys).value();
        case ScriptType::NullData:
        case ScriptType::NonStandard:
            break;
    }
    return {};
}

// Keys from the 2-of-3 P2SH redeem script in Core's tx_valid.json (prevout b3da01dd...:0).
const QString kKey1 = QStringLiteral("031d11db38972b712a9fe1fc023577c7ae3ddb4a3004187d41c45121eecfdbb5b7");
const QString kKey2 = QStringLiteral("0207ec36911b6ad2382860d32989c7b8728e9489d7bbc94a6b5509ef0029be1288");
const QString kKey3 = QStringLiteral("024ea9fac06f666a4adc3fc1357b7bec1fd0bdece2b9d08579226a8ebde53058e4");
// The genesis block's output key (uncompressed).
const QString kGenesisKey = QStringLiteral(
    "04678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d57"
    "8a4c702b6bf11d5f");
const QString kHash20 = QStringLiteral("751e76e8199196d454941c45d1b3a323f1433bd6");
const QString kHash32 = QStringLiteral("1863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262");

}  // namespace

class TestScriptStandard : public QObject {
    Q_OBJECT
private slots:
    void classify_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("data");  // extracted hash/key/program; for multisig the keys joined by ','
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("required");

        const QString p2pkh = QStringLiteral("76a914") + kHash20 + QStringLiteral("88ac");
        const QString p2sh = QStringLiteral("a914") + kHash20 + QStringLiteral("87");
        const QString keys = kKey1 + QLatin1Char(',') + kKey2 + QLatin1Char(',') + kKey3;
        const QString ms23 = QStringLiteral("5221") + kKey1 + QStringLiteral("21") + kKey2 + QStringLiteral("21") +
                             kKey3 + QStringLiteral("53ae");
        auto row = [](const char* name, const QString& s, const char* type, const QString& data = {}, int version = -1,
                      int required = 0) {
            QTest::newRow(name) << s << QString::fromLatin1(type) << data << version << required;
        };

        // Every template.
        row("P2PK compressed", QStringLiteral("21") + kKey1 + QStringLiteral("ac"), "pubkey", kKey1);
        row("P2PK uncompressed (genesis)", QStringLiteral("41") + kGenesisKey + QStringLiteral("ac"), "pubkey",
            kGenesisKey);
        row("P2PKH", p2pkh, "pubkeyhash", kHash20);
        row("P2SH", p2sh, "scripthash", kHash20);
        row("P2WPKH", QStringLiteral("0014") + kHash20, "witness_v0_keyhash", kHash20, 0);
        row("P2WSH", QStringLiteral("0020") + kHash32, "witness_v0_scripthash", kHash32, 0);
        row("P2TR", QStringLiteral("5120") + kHash32, "witness_v1_taproot", kHash32, 1);
        row("P2A anchor", QStringLiteral("51024e73"), "anchor", QStringLiteral("4e73"), 1);
        row("witness v16 2 bytes", QStringLiteral("6002751e"), "witness_unknown", QStringLiteral("751e"), 16);
        row("witness v2 16 bytes", QStringLiteral("5210") + kHash20.left(32), "witness_unknown", kHash20.left(32), 2);
        row("witness v1 40 bytes", QStringLiteral("5128") + kHash20 + kHash20, "witness_unknown", kHash20 + kHash20, 1);
        row("witness v1 31 bytes", QStringLiteral("511f") + kHash32.left(62), "witness_unknown", kHash32.left(62), 1);
        row("multisig 2-of-3", ms23, "multisig", keys, -1, 2);
        row("multisig 1-of-1 uncompressed", QStringLiteral("5141") + kGenesisKey + QStringLiteral("51ae"), "multisig",
            kGenesisKey, -1, 1);
        row("null data bare", QStringLiteral("6a"), "nulldata");
        row("null data text", QStringLiteral("6a0b68656c6c6f20776f726c64"), "nulldata");
        row("null data small ints", QStringLiteral("6a00514f60"), "nulldata");
        row("null data pushdata1", QStringLiteral("6a4c03aabbcc"), "nulldata");

        // Near misses.
        row("empty", QString(), "nonstandard");
        row("P2PKH 19-byte hash", QStringLiteral("76a913") + kHash20.left(38) + QStringLiteral("88ac"), "nonstandard");
        row("P2PKH hash via PUSHDATA1", QStringLiteral("76a94c14") + kHash20 + QStringLiteral("88ac"), "nonstandard");
        row("P2PKH trailing byte", p2pkh + QStringLiteral("00"), "nonstandard");
        row("P2PKH EQUAL not EQUALVERIFY", QStringLiteral("76a914") + kHash20 + QStringLiteral("87ac"), "nonstandard");
        row("P2SH trailing byte", p2sh + QStringLiteral("00"), "nonstandard");
        row("P2SH 21-byte push", QStringLiteral("a915") + kHash20 + QStringLiteral("0087"), "nonstandard");
        row("P2WPKH 21-byte program", QStringLiteral("0015") + kHash20 + QStringLiteral("00"), "nonstandard");
        row("P2WPKH via PUSHDATA1", QStringLiteral("004c14") + kHash20, "nonstandard");
        row("P2WPKH trailing byte", QStringLiteral("0014") + kHash20 + QStringLiteral("00"), "nonstandard");
        row("witness program 41 bytes", QStringLiteral("5129") + kHash20 + kHash20 + QStringLiteral("00"),
            "nonstandard");
        row("witness program 1 byte", QStringLiteral("510100"), "nonstandard");
        row("witness version OP_1NEGATE", QStringLiteral("4f14") + kHash20, "nonstandard");
        row("P2PK via PUSHDATA1", QStringLiteral("4c21") + kKey1 + QStringLiteral("ac"), "nonstandard");
        row("P2PK bad prefix", QStringLiteral("2105") + kKey1.mid(2) + QStringLiteral("ac"), "nonstandard");
        row("P2PK 33 bytes with 04 prefix", QStringLiteral("2104") + kKey1.mid(2) + QStringLiteral("ac"),
            "nonstandard");
        row("P2PK trailing byte", QStringLiteral("21") + kKey1 + QStringLiteral("ac00"), "nonstandard");
        row("multisig m > n", QStringLiteral("5321") + kKey1 + QStringLiteral("21") + kKey2 + QStringLiteral("52ae"),
            "nonstandard");
        row("multisig count mismatch",
            QStringLiteral("5121") + kKey1 + QStringLiteral("21") + kKey2 + QStringLiteral("53ae"), "nonstandard");
        row("multisig 0-of-1", QStringLiteral("0021") + kKey1 + QStringLiteral("51ae"), "nonstandard");
        row("multisig m as non-minimal push",
            QStringLiteral("010221") + kKey1 + QStringLiteral("21") + kKey2 + QStringLiteral("52ae"), "nonstandard");
        row("multisig trailing CHECKMULTISIG", ms23 + QStringLiteral("ae"), "nonstandard");
        row("multisig bad key", QStringLiteral("512105") + kKey1.mid(2) + QStringLiteral("51ae"), "nonstandard");
        row("OP_RETURN then non-push", QStringLiteral("6a76"), "nonstandard");
        row("OP_RETURN truncated push", QStringLiteral("6a05aabb"), "nonstandard");
        row("truncated pushdata4", QStringLiteral("4effffffff"), "nonstandard");
    }

    void classify() {
        QFETCH(QString, script);
        QFETCH(QString, type);
        QFETCH(QString, data);
        QFETCH(int, version);
        QFETCH(int, required);
        const auto info = script::classify(hex(script));
        QCOMPARE(QString::fromLatin1(script::scriptTypeName(info.type)), type);
        QCOMPARE(info.witnessVersion, version);
        QCOMPARE(info.required, required);
        if (info.type == ScriptType::Multisig) {
            QStringList keys;
            for (const auto& k : info.pubkeys) keys << hexOf(k);
            QCOMPARE(keys.join(QLatin1Char(',')), data);
            QVERIFY(info.data.empty());
        } else {
            QCOMPARE(hexOf(info.data), data);
            QVERIFY(info.pubkeys.empty());
        }
        // Whatever a builder can express comes back byte for byte.
        if (info.type != ScriptType::NonStandard && info.type != ScriptType::NullData)
            QCOMPARE(hexOf(rebuild(info)), script);
    }

    void nullDataPushes() {
        const auto info = script::classify(hex(QStringLiteral("6a0b68656c6c6f20776f726c64004c02aabb")));
        QCOMPARE(info.type, ScriptType::NullData);
        QCOMPARE(info.pushes.size(), size_t(3));
        QCOMPARE(hexOf(info.pushes[0]), QStringLiteral("68656c6c6f20776f726c64"));
        QVERIFY(info.pushes[1].empty());
        QCOMPARE(hexOf(info.pushes[2]), QStringLiteral("aabb"));
    }

    void builders() {
        QCOMPARE(hexOf(script::p2pkh(fixed<20>(hex(kHash20)))),
                 QStringLiteral("76a914") + kHash20 + QStringLiteral("88ac"));
        QCOMPARE(hexOf(script::p2sh(fixed<20>(hex(kHash20)))), QStringLiteral("a914") + kHash20 + QStringLiteral("87"));
        QCOMPARE(hexOf(script::p2wpkh(fixed<20>(hex(kHash20)))), QStringLiteral("0014") + kHash20);
        QCOMPARE(hexOf(script::p2wsh(fixed<32>(hex(kHash32)))), QStringLiteral("0020") + kHash32);
        QCOMPARE(hexOf(script::p2tr(fixed<32>(hex(kHash32)))), QStringLiteral("5120") + kHash32);
        QCOMPARE(hexOf(script::p2pk(hex(kKey1)).value()), QStringLiteral("21") + kKey1 + QStringLiteral("ac"));
        QCOMPARE(hexOf(script::nullData({})), QStringLiteral("6a"));
        QCOMPARE(hexOf(script::nullData(hex(QStringLiteral("68656c6c6f")))), QStringLiteral("6a0568656c6c6f"));
        const Bytes big(80, 0xab);
        QCOMPARE(hexOf(script::nullData(big)).left(8), QStringLiteral("6a4c50ab"));
        QCOMPARE(script::classify(script::nullData(big)).type, ScriptType::NullData);
        QCOMPARE(hexOf(script::p2wpkhScriptCode(fixed<20>(hex(kHash20)))),
                 QStringLiteral("76a914") + kHash20 + QStringLiteral("88ac"));
        QCOMPARE(hexOf(script::witnessProgram(16, hex(QStringLiteral("751e"))).value()), QStringLiteral("6002751e"));
    }

    void builderRejections() {
        QVERIFY(!script::p2pk(hex(QStringLiteral("02aa"))).ok());
        QVERIFY(!script::p2pk(hex(QStringLiteral("05") + kKey1.mid(2))).ok());
        const std::vector<Bytes> two{hex(kKey1), hex(kKey2)};
        QVERIFY(!script::multisig(0, two).ok());
        QVERIFY(!script::multisig(3, two).ok());
        QVERIFY(!script::multisig(1, {}).ok());
        QVERIFY(!script::multisig(1, std::vector<Bytes>{hex(QStringLiteral("0000"))}).ok());
        QVERIFY(!script::multisig(1, std::vector<Bytes>(21, hex(kKey1))).ok());
        QVERIFY(!script::witnessProgram(17, hex(kHash20)).ok());
        QVERIFY(!script::witnessProgram(-1, hex(kHash20)).ok());
        QVERIFY(!script::witnessProgram(0, hex(kHash20 + QStringLiteral("00"))).ok());
        QVERIFY(!script::witnessProgram(1, hex(QStringLiteral("00"))).ok());
        QVERIFY(!script::witnessProgram(2, Bytes(41, 1)).ok());
        auto err = script::multisig(3, two);
        QVERIFY(QString::fromStdString(err.message()).contains(QStringLiteral("required")));
    }

    void multisigUpToTwentyKeys_data() {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("n");
        QTest::newRow("1-of-16") << 1 << 16;
        QTest::newRow("16-of-17") << 16 << 17;
        QTest::newRow("17-of-20") << 17 << 20;
        QTest::newRow("20-of-20") << 20 << 20;
    }

    void multisigUpToTwentyKeys() {
        // Counts above 16 are minimal script-number pushes (Core's MatchMultisig accepts up to 20).
        QFETCH(int, m);
        QFETCH(int, n);
        const std::vector<Bytes> keys(size_t(n), hex(kKey2));
        auto built = script::multisig(m, keys);
        QVERIFY2(built.ok(), built.message().c_str());
        const auto info = script::classify(*built);
        QCOMPARE(info.type, ScriptType::Multisig);
        QCOMPARE(info.required, m);
        QCOMPARE(int(info.pubkeys.size()), n);
        if (m > 16) QCOMPARE(int((*built)[0]), 0x01);
        if (m > 16) QCOMPARE(int((*built)[1]), m);
    }

    void bip341ScriptPubKeys_data() {
        QTest::addColumn<int>("index");
        const QJsonArray all =
            readJson(QStringLiteral("bip341_wallet_vectors.json")).object()[QStringLiteral("scriptPubKey")].toArray();
        for (int i = 0; i < all.size(); ++i) QTest::newRow(qPrintable(QStringLiteral("scriptPubKey %1").arg(i))) << i;
        QCOMPARE(all.size(), 7);
    }

    void bip341ScriptPubKeys() {
        QFETCH(int, index);
        const QJsonObject v = readJson(QStringLiteral("bip341_wallet_vectors.json"))
                                  .object()[QStringLiteral("scriptPubKey")]
                                  .toArray()[index]
                                  .toObject();
        const QJsonObject given = v[QStringLiteral("given")].toObject();
        const QJsonObject mid = v[QStringLiteral("intermediary")].toObject();
        const QJsonObject expected = v[QStringLiteral("expected")].toObject();

        auto internal = crypto::XOnlyPubKey::parse(hex(given[QStringLiteral("internalPubkey")].toString()));
        QVERIFY(internal.ok());
        std::optional<crypto::Hash256> root;
        if (!mid[QStringLiteral("merkleRoot")].isNull())
            root = fixed<32>(hex(mid[QStringLiteral("merkleRoot")].toString()));
        auto tweaked = crypto::tweakTaprootPubKey(*internal, root);
        QVERIFY(tweaked.ok());
        QCOMPARE(hexOf(tweaked->key.bytes()), mid[QStringLiteral("tweakedPubkey")].toString());

        const Bytes fromGiven = script::p2tr(fixed<32>(hex(mid[QStringLiteral("tweakedPubkey")].toString())));
        QCOMPARE(hexOf(fromGiven), expected[QStringLiteral("scriptPubKey")].toString());
        QCOMPARE(hexOf(script::p2tr(tweaked->key.bytes())), expected[QStringLiteral("scriptPubKey")].toString());
        const auto info = script::classify(fromGiven);
        QCOMPARE(info.type, ScriptType::WitnessV1Taproot);
        QCOMPARE(hexOf(info.data), mid[QStringLiteral("tweakedPubkey")].toString());
    }

    void keyIoScriptPubKeys_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("script");
        int rows = 0;
        for (const auto& r : readJson(QStringLiteral("key_io_valid.json")).array()) {
            const QJsonArray row = r.toArray();
            if (row[2].toObject()[QStringLiteral("isPrivkey")].toBool()) continue;  // WIF rows carry keys, not scripts
            QTest::newRow(qPrintable(row[0].toString())) << row[0].toString() << row[1].toString();
            ++rows;
        }
        QCOMPARE(rows, 54);
    }

    void keyIoScriptPubKeys() {
        QFETCH(QString, address);
        QFETCH(QString, script);
        const Bytes bytes = hex(script);
        const auto info = script::classify(bytes);
        QVERIFY2(info.type != ScriptType::NonStandard, qPrintable(address));
        QCOMPARE(hexOf(rebuild(info)), script);
        // Segwit addresses (bech32) are exactly the witness programs; legacy ones are P2PKH/P2SH.
        const bool segwit = info.witnessVersion >= 0;
        if (segwit)
            QCOMPARE(info.witnessVersion, bytes[0] == 0 ? 0 : bytes[0] - 0x50);
        else
            QVERIFY(info.type == ScriptType::PubKeyHash || info.type == ScriptType::ScriptHash);
    }

    void typeNames() {
        QCOMPARE(script::scriptTypeName(ScriptType::WitnessV0KeyHash), std::string_view("witness_v0_keyhash"));
        QCOMPARE(script::scriptTypeName(ScriptType::NonStandard), std::string_view("nonstandard"));
        QVERIFY(script::isPubKeySized(hex(kGenesisKey)));
        QVERIFY(!script::isPubKeySized({}));
    }
};

QTEST_GUILESS_MAIN(TestScriptStandard)
#include "test_script_standard.moc"
