// SPDX-License-Identifier: MIT
// `decodetx HEX`: a raw transaction as JSON — ids, sizes, inputs and outputs, with script assembly
// and output addresses for the selected network.
#include "cli/command.h"
#include "primitives/transaction.h"
#include "script/address.h"
#include "script/disassemble.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace cairn::cli {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString hexOf(ByteView b) { return qs(util::toHex(b)); }

QJsonObject inputJson(const primitives::TxIn& in, bool coinbase) {
    QJsonArray witness;
    for (const Bytes& item : in.witness) witness.append(hexOf(item));
    QJsonObject o{
        {QStringLiteral("prevout"), qs(in.prevout.toString())},
        {QStringLiteral("txid"), qs(in.prevout.txid.toHex())},
        {QStringLiteral("vout"), qint64(in.prevout.index)},
        // A coinbase's scriptSig is arbitrary data, not a script: show it as hex only.
        {QStringLiteral("scriptSig"),
         coinbase ? QJsonObject{{QStringLiteral("hex"), hexOf(in.scriptSig)}}
                  : QJsonObject{{QStringLiteral("hex"), hexOf(in.scriptSig)},
                                {QStringLiteral("asm"), qs(script::disassembleScriptSig(in.scriptSig))}}},
        {QStringLiteral("sequence"), qint64(in.sequence)},
        {QStringLiteral("witness"), witness},
    };
    if (coinbase) o.insert(QStringLiteral("coinbase"), true);
    return o;
}

QJsonObject outputJson(const primitives::TxOut& out, size_t n, Network net) {
    QJsonObject spk{
        {QStringLiteral("hex"), hexOf(out.scriptPubKey)},
        {QStringLiteral("asm"), qs(script::disassemble(out.scriptPubKey))},
        {QStringLiteral("type"), qs(std::string(script::scriptTypeName(script::classify(out.scriptPubKey).type)))},
    };
    // Scripts without an address form (P2PK, multisig, OP_RETURN, non-standard) simply have no "address".
    if (auto address = script::encodeAddress(out.scriptPubKey, net); address.ok()) {
        spk.insert(QStringLiteral("address"), qs(*address));
    }
    return QJsonObject{
        {QStringLiteral("n"), qint64(n)},
        {QStringLiteral("value"), qs(out.value.toBtcString())},
        {QStringLiteral("sats"), qint64(out.value.sats())},
        {QStringLiteral("scriptPubKey"), spk},
    };
}

QJsonObject transactionJson(const primitives::Transaction& tx, Network net) {
    QJsonArray inputs;
    for (const primitives::TxIn& in : tx.inputs) inputs.append(inputJson(in, tx.isCoinbase()));
    QJsonArray outputs;
    for (size_t i = 0; i < tx.outputs.size(); ++i) outputs.append(outputJson(tx.outputs[i], i, net));
    return QJsonObject{
        {QStringLiteral("txid"), qs(tx.txid().toHex())},
        {QStringLiteral("wtxid"), qs(tx.wtxid().toHex())},
        {QStringLiteral("version"), tx.version},
        {QStringLiteral("locktime"), qint64(tx.lockTime)},
        {QStringLiteral("size"), qint64(tx.size())},
        {QStringLiteral("vsize"), qint64(tx.vsize())},
        {QStringLiteral("weight"), qint64(tx.weight())},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("outputs"), outputs},
    };
}

int run(Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(QStringLiteral("decodetx takes exactly one argument: the transaction hex, or - for stdin"));
    QString hex = args.at(0);
    if (hex == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) return ctx.fail(QStringLiteral("cannot read standard input"));
        // Twice the largest block in hex, plus room for a newline: anything longer cannot be a transaction.
        hex = QString::fromLatin1(in.read(2 * qint64(primitives::kMaxBlockSerializedSize) + 16));
    }
    hex = hex.trimmed();
    if (hex.isEmpty()) return ctx.fail(QStringLiteral("empty transaction hex"));
    auto raw = util::fromHex(hex.toStdString());
    if (!raw) return ctx.fail("invalid transaction hex: " + raw.message());
    auto tx = primitives::Transaction::parse(*raw);
    if (!tx) return ctx.fail("cannot decode transaction: " + tx.message());
    ctx.print(transactionJson(*tx, ctx.network));
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("decodetx"),
    QStringLiteral("Decode a raw transaction (hex): ids, sizes, inputs, outputs, scripts and addresses."),
    [](QCommandLineParser& p) {
        p.addPositionalArgument(QStringLiteral("hex"),
                                QStringLiteral("The raw transaction in hex, or - to read it from stdin."));
    },
    run});

}  // namespace cairn::cli
