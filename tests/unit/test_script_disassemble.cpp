// SPDX-License-Identifier: MIT
// Opcode table, strict script reader, script numbers and disassembly in Bitcoin Core's asm format
// (ScriptToAsmStr): real scripts from Core's tx_valid.json and the genesis block, number rendering, every
// opcode name class, sighash suffixes on scriptSig signatures, and truncated pushes reported as "[error]".
#include "common/test_hex.h"
#include "common/test_paths.h"
#include "crypto/hash.h"
#include "primitives/transaction.h"
#include "script/disassemble.h"
#include "script/opcodes.h"
#include "script/script_builder.h"
#include "script/script_reader.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cairn;
using cairn::test::hex;
using cairn::test::hexOf;

namespace {

QString asmOf(const QString& scriptHex) { return QString::fromStdString(script::disassemble(hex(scriptHex))); }

// The tx_valid.json row that spends a 2-of-3 P2SH multisig (prevout b3da01dd...:0).
primitives::Transaction p2shMultisigSpend() {
    const auto doc = QJsonDocument::fromJson(test::readData(QStringLiteral("tx_valid.json")));
    for (const auto& r : doc.array()) {
        const QJsonArray row = r.toArray();
        if (row.size() != 3 || !row[0].isArray()) continue;
        const QJsonArray prevout = row[0].toArray()[0].toArray();
        if (prevout[0].toString().startsWith(QStringLiteral("b3da01dd4aae683c"))) {
            auto tx = primitives::Transaction::parse(hex(row[1].toString()));
            if (!tx) qFatal("tx_valid row does not parse");
            return std::move(tx).value();
        }
    }
    qFatal("tx_valid.json lacks the P2SH multisig row");
}

const QString kSig1 = QStringLiteral(
    "3045022100f6649b0eddfdfd4ad55426663385090d51ee86c3481bdc6b0c18ea6c0ece2c0b0220561c315b07cffa6f7dd9df96dbae9200c2de"
    "e09bf93cc35ca05e6cdf613340aa");
const QString kSig2 = QStringLiteral(
    "304502207aacee820e08b0b174e248abd8d7a34ed63b5da3abedb99934df9fddd65c05c4022100dfe87896ab5ee3df476c2655f9fbe5bd089d"
    "ccbef3e4ea05b5d121169fe7f5f4");
const QString kKey1 = QStringLiteral("031d11db38972b712a9fe1fc023577c7ae3ddb4a3004187d41c45121eecfdbb5b7");
const QString kKey2 = QStringLiteral("0207ec36911b6ad2382860d32989c7b8728e9489d7bbc94a6b5509ef0029be1288");
const QString kKey3 = QStringLiteral("024ea9fac06f666a4adc3fc1357b7bec1fd0bdece2b9d08579226a8ebde53058e4");
const QString kGenesisKey = QStringLiteral(
    "04678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d57"
    "8a4c702b6bf11d5f");
const QString kTimes = QStringLiteral(
    "5468652054696d65732030332f4a616e2f32303039204368616e63656c6c6f72206f6e206272696e6b206f66207365636f6e64206261696c6f"
    "757420666f722062616e6b73");

}  // namespace

class TestScriptDisassemble : public QObject {
    Q_OBJECT
private slots:
    void knownScripts_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        const QString h20 = QStringLiteral("751e76e8199196d454941c45d1b3a323f1433bd6");
        const QString h32 = QStringLiteral("53a1f6e454df1aa2776a2814a721372d6258050de330b3c6d10ee8f4e0dda343");
        QTest::newRow("P2PKH") << QStringLiteral("76a914") + h20 + QStringLiteral("88ac")
                               << QStringLiteral("OP_DUP OP_HASH160 ") + h20 +
                                      QStringLiteral(" OP_EQUALVERIFY OP_CHECKSIG");
        QTest::newRow("P2SH") << QStringLiteral("a914b1ce99298d5f07364b57b1e5c9cc00be0b04a95487")
                              << QStringLiteral("OP_HASH160 b1ce99298d5f07364b57b1e5c9cc00be0b04a954 OP_EQUAL");
        QTest::newRow("P2WPKH") << QStringLiteral("0014") + h20 << QStringLiteral("0 ") + h20;
        QTest::newRow("P2TR") << QStringLiteral("5120") + h32 << QStringLiteral("1 ") + h32;
        QTest::newRow("genesis output P2PK") << QStringLiteral("41") + kGenesisKey + QStringLiteral("ac")
                                             << kGenesisKey + QStringLiteral(" OP_CHECKSIG");
        QTest::newRow("genesis coinbase")
            << QStringLiteral("04ffff001d010445") + kTimes << QStringLiteral("486604799 4 ") + kTimes;
        QTest::newRow("2-of-3 redeem script") << QStringLiteral("5221") + kKey1 + QStringLiteral("21") + kKey2 +
                                                     QStringLiteral("21") + kKey3 + QStringLiteral("53ae")
                                              << QStringLiteral("2 ") + kKey1 + QLatin1Char(' ') + kKey2 +
                                                     QLatin1Char(' ') + kKey3 + QStringLiteral(" 3 OP_CHECKMULTISIG");
        QTest::newRow("OP_RETURN text") << QStringLiteral("6a0b68656c6c6f20776f726c64")
                                        << QStringLiteral("OP_RETURN 68656c6c6f20776f726c64");
        QTest::newRow("OP_RETURN short push as number")
            << QStringLiteral("6a03010203") << QStringLiteral("OP_RETURN 197121");
        QTest::newRow("CLTV script") << QStringLiteral("03a08601b17576a914") + h20 + QStringLiteral("88ac")
                                     << QStringLiteral("100000 OP_CHECKLOCKTIMEVERIFY OP_DROP OP_DUP OP_HASH160 ") +
                                            h20 + QStringLiteral(" OP_EQUALVERIFY OP_CHECKSIG");
        QTest::newRow("empty") << QString() << QString();

        // Numbers: pushes of up to 4 bytes print as (non-minimal-tolerant) script numbers.
        QTest::newRow("OP_0") << QStringLiteral("00") << QStringLiteral("0");
        QTest::newRow("OP_1NEGATE") << QStringLiteral("4f") << QStringLiteral("-1");
        QTest::newRow("OP_1 OP_16") << QStringLiteral("5160") << QStringLiteral("1 16");
        QTest::newRow("push 0x81") << QStringLiteral("0181") << QStringLiteral("-1");
        QTest::newRow("push negative zero") << QStringLiteral("0180") << QStringLiteral("0");
        QTest::newRow("push 255") << QStringLiteral("02ff00") << QStringLiteral("255");
        QTest::newRow("push int32 max") << QStringLiteral("04ffffff7f") << QStringLiteral("2147483647");
        QTest::newRow("push -int32 max") << QStringLiteral("04ffffffff") << QStringLiteral("-2147483647");
        QTest::newRow("empty PUSHDATA1") << QStringLiteral("4c00") << QStringLiteral("0");
        QTest::newRow("non-minimal PUSHDATA1 number") << QStringLiteral("4c0105") << QStringLiteral("5");
        QTest::newRow("5-byte push is hex") << QStringLiteral("0500000000ff") << QStringLiteral("00000000ff");

        // Opcode names.
        QTest::newRow("locktime and tapscript opcodes")
            << QStringLiteral("b1b2ba")
            << QStringLiteral("OP_CHECKLOCKTIMEVERIFY OP_CHECKSEQUENCEVERIFY OP_CHECKSIGADD");
        QTest::newRow("nops") << QStringLiteral("61b0b3b9") << QStringLiteral("OP_NOP OP_NOP1 OP_NOP4 OP_NOP10");
        QTest::newRow("reserved and separators")
            << QStringLiteral("50898aab62")
            << QStringLiteral("OP_RESERVED OP_RESERVED1 OP_RESERVED2 OP_CODESEPARATOR OP_VER");
        QTest::newRow("unknown and invalid")
            << QStringLiteral("bbfeff") << QStringLiteral("OP_UNKNOWN OP_UNKNOWN OP_INVALIDOPCODE");

        // Truncated pushes.
        QTest::newRow("PUSHDATA1 without length") << QStringLiteral("4c") << QStringLiteral("[error]");
        QTest::newRow("PUSHDATA2 half a length") << QStringLiteral("4d01") << QStringLiteral("[error]");
        QTest::newRow("PUSHDATA2 short data") << QStringLiteral("4d0100") << QStringLiteral("[error]");
        QTest::newRow("PUSHDATA4 huge length") << QStringLiteral("4effffffff00") << QStringLiteral("[error]");
        QTest::newRow("direct push short") << QStringLiteral("05aabb") << QStringLiteral("[error]");
        QTest::newRow("P2PKH cut short") << QStringLiteral("76a9140011") << QStringLiteral("OP_DUP OP_HASH160 [error]");
        QTest::newRow("error after number") << QStringLiteral("514c02aa") << QStringLiteral("1 [error]");
    }

    void knownScripts() {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QCOMPARE(asmOf(script), expected);
    }

    void p2shMultisigFromTxValid() {
        const auto tx = p2shMultisigSpend();
        const Bytes& scriptSig = tx.inputs.at(0).scriptSig;
        const QString redeemHex = QStringLiteral("5221") + kKey1 + QStringLiteral("21") + kKey2 + QStringLiteral("21") +
                                  kKey3 + QStringLiteral("53ae");
        // Core's scriptSig asm: signatures get their hash type decoded; the redeem script stays hex.
        QCOMPARE(
            QString::fromStdString(script::disassembleScriptSig(scriptSig)),
            QStringLiteral("0 ") + kSig1 + QStringLiteral("[ALL] ") + kSig2 + QStringLiteral("[ALL] ") + redeemHex);
        QCOMPARE(QString::fromStdString(script::disassemble(scriptSig)),
                 QStringLiteral("0 ") + kSig1 + QStringLiteral("01 ") + kSig2 + QStringLiteral("01 ") + redeemHex);

        auto ops = script::parseScript(scriptSig);
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), size_t(4));
        QCOMPARE(int(ops->back().opcode), int(script::OP_PUSHDATA1));
        QVERIFY(ops->back().isMinimalPush());  // 105 bytes: PUSHDATA1 is the shortest form
        const Bytes redeem(ops->back().data.begin(), ops->back().data.end());
        QCOMPARE(hexOf(redeem), redeemHex);
        const auto info = script::classify(redeem);
        QCOMPARE(info.type, script::ScriptType::Multisig);
        QCOMPARE(info.required, 2);
        QCOMPARE(info.pubkeys.size(), size_t(3));
        // The redeem script hashes to the spent P2SH output's hash.
        QCOMPARE(hexOf(script::p2sh(crypto::hash160(redeem))),
                 QStringLiteral("a914b1ce99298d5f07364b57b1e5c9cc00be0b04a95487"));
    }

    void scriptSigSighashSuffixes_data() {
        QTest::addColumn<QString>("hashTypeHex");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("ALL") << QStringLiteral("01") << QStringLiteral("[ALL]");
        QTest::newRow("NONE") << QStringLiteral("02") << QStringLiteral("[NONE]");
        QTest::newRow("SINGLE") << QStringLiteral("03") << QStringLiteral("[SINGLE]");
        QTest::newRow("ALL|ANYONECANPAY") << QStringLiteral("81") << QStringLiteral("[ALL|ANYONECANPAY]");
        QTest::newRow("NONE|ANYONECANPAY") << QStringLiteral("82") << QStringLiteral("[NONE|ANYONECANPAY]");
        QTest::newRow("SINGLE|ANYONECANPAY") << QStringLiteral("83") << QStringLiteral("[SINGLE|ANYONECANPAY]");
        QTest::newRow("undefined 0x04 stays hex") << QStringLiteral("04") << QStringLiteral("04");
        QTest::newRow("undefined 0x00 stays hex") << QStringLiteral("00") << QStringLiteral("00");
    }

    void scriptSigSighashSuffixes() {
        QFETCH(QString, hashTypeHex);
        QFETCH(QString, suffix);
        const Bytes sig = hex(kSig2 + hashTypeHex);
        Bytes scriptSig = script::ScriptBuilder().push(sig).take();
        QCOMPARE(QString::fromStdString(script::disassembleScriptSig(scriptSig)), kSig2 + suffix);
        // Behind OP_RETURN nothing is decoded.
        scriptSig.insert(scriptSig.begin(), script::OP_RETURN);
        QCOMPARE(QString::fromStdString(script::disassembleScriptSig(scriptSig)),
                 QStringLiteral("OP_RETURN ") + kSig2 + hashTypeHex);
    }

    void nonDerPushIsNotDecoded() {
        // A pubkey-sized push ending in 0x01 is not a DER signature: printed as plain hex.
        const Bytes key = hex(kKey1.left(64) + QStringLiteral("01"));
        const Bytes s = script::ScriptBuilder().push(key).take();
        QCOMPARE(QString::fromStdString(script::disassembleScriptSig(s)), hexOf(key));
    }

    void opcodeTable() {
        int named = 0;
        for (int b = 0; b < 256; ++b) {
            const auto name = script::opcodeName(uint8_t(b));
            const bool expectNamed = b == 0 || (b >= 0x4c && b <= 0xba) || b == 0xff;
            QVERIFY2((name != "OP_UNKNOWN") == expectNamed, qPrintable(QString::number(b, 16)));
            if (!expectNamed) continue;
            ++named;
            auto back = script::opcodeFromName(name);
            QVERIFY(back.has_value());
            QCOMPARE(int(*back), b);
        }
        QCOMPARE(named, 113);
        QCOMPARE(script::opcodeName(script::OP_0), std::string_view("OP_0"));
        QCOMPARE(script::opcodeName(script::OP_1NEGATE), std::string_view("OP_1NEGATE"));
        QCOMPARE(script::opcodeName(script::OP_16), std::string_view("OP_16"));
        QCOMPARE(script::opcodeAsmName(script::OP_16), std::string_view("16"));
        QCOMPARE(int(script::opcodeFromName("NOP2").value()), 0xb1);
        QCOMPARE(int(script::opcodeFromName("OP_TRUE").value()), 0x51);
        QCOMPARE(int(script::opcodeFromName("CHECKSIGADD").value()), 0xba);
        QVERIFY(!script::opcodeFromName("OP_FOO").has_value());
        QVERIFY(!script::opcodeFromName("").has_value());
        for (int n = 0; n <= 16; ++n) QCOMPARE(script::decodeSmallInt(script::encodeSmallInt(n)), n);
    }

    void readerOffsetsAndErrors() {
        const Bytes s = hex(QStringLiteral("00014c4c0102ab4d0300aabbcc"));
        auto ops = script::parseScript(s);
        QVERIFY2(ops.ok(), ops.message().c_str());
        QCOMPARE(ops->size(), size_t(5));
        QCOMPARE((*ops)[1].offset, size_t(1));
        QCOMPARE(hexOf((*ops)[1].data), QStringLiteral("4c"));
        QCOMPARE((*ops)[2].offset, size_t(3));
        QCOMPARE(hexOf((*ops)[2].data), QStringLiteral("02"));
        QVERIFY(!(*ops)[2].isMinimalPush());  // one byte via PUSHDATA1
        QVERIFY(!(*ops)[3].isPush());
        QCOMPARE(hexOf((*ops)[4].data), QStringLiteral("aabbcc"));

        const Bytes truncated = hex(QStringLiteral("514dff00aa"));
        script::ScriptReader reader(truncated);
        QVERIFY(reader.next().ok());
        auto bad = reader.next();
        QVERIFY(!bad.ok());
        QVERIFY2(QString::fromStdString(bad.message()).contains(QStringLiteral("offset 1")), bad.message().c_str());
        QVERIFY(reader.done() && reader.failed());
        QCOMPARE(reader.position(), size_t(4));  // past the opcode and its two length bytes, like Core's GetOp
        const Bytes lengthless = hex(QStringLiteral("4c"));
        QVERIFY(!script::parseScript(lengthless).ok());
        QVERIFY(script::isPushOnly(hex(QStringLiteral("004f5160"))));
        QVERIFY(!script::isPushOnly(hex(QStringLiteral("0061"))));
        QVERIFY(!script::isPushOnly(hex(QStringLiteral("4c"))));
    }

    void minimalPushes_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("minimal");
        QTest::newRow("OP_0") << QStringLiteral("00") << true;
        QTest::newRow("empty via PUSHDATA1") << QStringLiteral("4c00") << false;
        QTest::newRow("1 as data") << QStringLiteral("0101") << false;
        QTest::newRow("16 as data") << QStringLiteral("0110") << false;
        QTest::newRow("17 as data") << QStringLiteral("0111") << true;
        QTest::newRow("-1 as data") << QStringLiteral("0181") << false;
        QTest::newRow("75 direct") << QStringLiteral("4b") + QString(150, QLatin1Char('a')) << true;
        QTest::newRow("75 via PUSHDATA1") << QStringLiteral("4c4b") + QString(150, QLatin1Char('a')) << false;
        QTest::newRow("76 via PUSHDATA1") << QStringLiteral("4c4c") + QString(152, QLatin1Char('a')) << true;
        QTest::newRow("76 via PUSHDATA2") << QStringLiteral("4d4c00") + QString(152, QLatin1Char('a')) << false;
    }

    void minimalPushes() {
        QFETCH(QString, script);
        QFETCH(bool, minimal);
        const Bytes bytes = hex(script);
        auto ops = script::parseScript(bytes);
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), size_t(1));
        QCOMPARE(ops->front().isMinimalPush(), minimal);
    }

    void scriptNumbers_data() {
        QTest::addColumn<qlonglong>("value");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("0") << 0LL << QString();
        QTest::newRow("1") << 1LL << QStringLiteral("01");
        QTest::newRow("-1") << -1LL << QStringLiteral("81");
        QTest::newRow("127") << 127LL << QStringLiteral("7f");
        QTest::newRow("128") << 128LL << QStringLiteral("8000");
        QTest::newRow("-128") << -128LL << QStringLiteral("8080");
        QTest::newRow("255") << 255LL << QStringLiteral("ff00");
        QTest::newRow("256") << 256LL << QStringLiteral("0001");
        QTest::newRow("-255") << -255LL << QStringLiteral("ff80");
        QTest::newRow("100000") << 100000LL << QStringLiteral("a08601");
        QTest::newRow("int32 max") << 2147483647LL << QStringLiteral("ffffff7f");
        QTest::newRow("int32 min") << -2147483648LL << QStringLiteral("0000008080");
    }

    void scriptNumbers() {
        QFETCH(qlonglong, value);
        QFETCH(QString, encoding);
        const Bytes enc = script::encodeScriptNum(value);
        QCOMPARE(hexOf(enc), encoding);
        auto back = script::decodeScriptNum(enc, true, 5);
        QVERIFY(back.ok());
        QCOMPARE(qlonglong(*back), value);
    }

    void scriptNumberLimits() {
        QVERIFY(!script::decodeScriptNum(hex(QStringLiteral("0100")), true).ok());  // padded
        QVERIFY(script::decodeScriptNum(hex(QStringLiteral("0100")), false).ok());
        QVERIFY(!script::decodeScriptNum(hex(QStringLiteral("80")), true).ok());           // negative zero
        QVERIFY(script::decodeScriptNum(hex(QStringLiteral("ff80")), true).ok());          // needed sign byte
        QVERIFY(!script::decodeScriptNum(hex(QStringLiteral("0102030405")), false).ok());  // 5 bytes > 4
        QCOMPARE(hexOf(script::ScriptBuilder().number(-1).number(0).number(16).number(17).bytes()),
                 QStringLiteral("4f00600111"));
    }

    void builderPushEncodings_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("0") << 0 << QStringLiteral("00");
        QTest::newRow("75") << 75 << QStringLiteral("4b");
        QTest::newRow("76") << 76 << QStringLiteral("4c4c");
        QTest::newRow("255") << 255 << QStringLiteral("4cff");
        QTest::newRow("256") << 256 << QStringLiteral("4d0001");
        QTest::newRow("65535") << 65535 << QStringLiteral("4dffff");
        QTest::newRow("65536") << 65536 << QStringLiteral("4e00000100");
    }

    void builderPushEncodings() {
        QFETCH(int, size);
        QFETCH(QString, prefix);
        const Bytes data(size_t(size), 0x5a);
        const Bytes s = script::ScriptBuilder().push(data).take();
        QCOMPARE(s.size(), size_t(size) + size_t(prefix.size() / 2));
        QCOMPARE(hexOf(ByteView(s).first(size_t(prefix.size() / 2))), prefix);
        auto ops = script::parseScript(s);
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), size_t(1));
        QCOMPARE(ops->front().data.size(), size_t(size));
    }
};

QTEST_GUILESS_MAIN(TestScriptDisassemble)
#include "test_script_disassemble.moc"
