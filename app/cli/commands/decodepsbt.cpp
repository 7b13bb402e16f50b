// SPDX-License-Identifier: MIT
// `decodepsbt BASE64`: every field of a PSBT (BIP174/BIP371) as JSON — the unsigned transaction, global
// extended keys, each input's UTXO, signatures, scripts, derivations, preimages and taproot data, each output's
// scripts and derivations, unknown records, and the fee when every UTXO is known.
#include "cli/command.h"
#include "script/address.h"
#include "script/base58.h"
#include "script/disassemble.h"
#include "script/psbt.h"
#include "script/sighash.h"
#include "script/signature_encoding.h"
#include "script/standard.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {
namespace {

using script::KeyOrigin;
using script::PsbtRecordMap;
using script::TapKeyOrigin;

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString hexOf(ByteView b) { return qs(util::toHex(b)); }

QString pathText(const std::vector<uint32_t>& path) {
    QString out = QStringLiteral("m");
    for (uint32_t step : path)
        out += QStringLiteral("/") + QString::number(step & 0x7fffffffu) +
               ((step & 0x80000000u) ? QStringLiteral("'") : QString());
    return out;
}

QJsonObject originJson(const KeyOrigin& origin) {
    return {{QStringLiteral("master_fingerprint"), hexOf(origin.fingerprint)},
            {QStringLiteral("path"), pathText(origin.path)}};
}

QJsonObject scriptJson(const Bytes& script, Network net) {
    QJsonObject o{{QStringLiteral("hex"), hexOf(script)},
                  {QStringLiteral("asm"), qs(script::disassemble(script))},
                  {QStringLiteral("type"), qs(std::string(script::scriptTypeName(script::classify(script).type)))}};
    if (auto address = script::encodeAddress(script, net)) o.insert(QStringLiteral("address"), qs(*address));
    return o;
}

QJsonObject txOutJson(const primitives::TxOut& out, Network net) {
    return {{QStringLiteral("amount"), qs(out.value.toBtcString())},
            {QStringLiteral("sats"), qint64(out.value.sats())},
            {QStringLiteral("scriptPubKey"), scriptJson(out.scriptPubKey, net)}};
}

QJsonArray recordsJson(const PsbtRecordMap& records) {
    QJsonArray out;
    for (const auto& [key, value] : records)
        out.append(QJsonObject{{QStringLiteral("key"), hexOf(key)}, {QStringLiteral("value"), hexOf(value)}});
    return out;
}

QJsonArray derivationsJson(const std::map<Bytes, KeyOrigin>& derivations) {
    QJsonArray out;
    for (const auto& [pubkey, origin] : derivations) {
        QJsonObject o = originJson(origin);
        o.insert(QStringLiteral("pubkey"), hexOf(pubkey));
        out.append(o);
    }
    return out;
}

QJsonArray tapDerivationsJson(const std::map<Bytes, TapKeyOrigin>& derivations) {
    QJsonArray out;
    for (const auto& [pubkey, origin] : derivations) {
        QJsonObject o = originJson(origin.origin);
        o.insert(QStringLiteral("pubkey"), hexOf(pubkey));
        QJsonArray leaves;
        for (const auto& h : origin.leafHashes) leaves.append(hexOf(h));
        o.insert(QStringLiteral("leaf_hashes"), leaves);
        out.append(o);
    }
    return out;
}

QJsonObject preimagesJson(const std::map<Bytes, Bytes>& preimages) {
    QJsonObject out;
    for (const auto& [hash, preimage] : preimages) out.insert(hexOf(hash), hexOf(preimage));
    return out;
}

QString sighashText(uint32_t type) {
    if (auto name = script::sighashTypeName(uint8_t(type)); name && type <= 0xff) return qs(std::string(*name));
    if (type == script::kSighashDefault) return QStringLiteral("DEFAULT");
    return QStringLiteral("0x") + QString::number(type, 16);
}

/// Adds `value` under `key` unless it is empty.
template <typename Json>
void insertIf(QJsonObject& o, const QString& key, const Json& value) {
    if (!value.isEmpty()) o.insert(key, value);
}

QJsonObject inputJson(const script::Psbt& psbt, size_t index, Network net) {
    const script::PsbtInput& in = psbt.inputs[index];
    QJsonObject o;
    if (in.nonWitnessUtxo) {
        QJsonObject utxo{{QStringLiteral("txid"), qs(in.nonWitnessUtxo->txid().toHex())},
                         {QStringLiteral("hex"), hexOf(in.nonWitnessUtxo->serialize())}};
        o.insert(QStringLiteral("non_witness_utxo"), utxo);
    }
    if (in.witnessUtxo) o.insert(QStringLiteral("witness_utxo"), txOutJson(*in.witnessUtxo, net));
    QJsonObject sigs;
    for (const auto& [pubkey, sig] : in.partialSigs) sigs.insert(hexOf(pubkey), hexOf(sig));
    insertIf(o, QStringLiteral("partial_signatures"), sigs);
    if (in.sighashType) o.insert(QStringLiteral("sighash"), sighashText(*in.sighashType));
    if (in.redeemScript) o.insert(QStringLiteral("redeem_script"), scriptJson(*in.redeemScript, net));
    if (in.witnessScript) o.insert(QStringLiteral("witness_script"), scriptJson(*in.witnessScript, net));
    insertIf(o, QStringLiteral("bip32_derivs"), derivationsJson(in.bip32Derivations));
    if (in.finalScriptSig)
        o.insert(QStringLiteral("final_scriptSig"),
                 QJsonObject{{QStringLiteral("hex"), hexOf(*in.finalScriptSig)},
                             {QStringLiteral("asm"), qs(script::disassembleScriptSig(*in.finalScriptSig))}});
    if (in.finalScriptWitness) {
        QJsonArray items;
        for (const Bytes& item : *in.finalScriptWitness) items.append(hexOf(item));
        o.insert(QStringLiteral("final_scriptwitness"), items);
    }
    insertIf(o, QStringLiteral("ripemd160_preimages"), preimagesJson(in.ripemd160Preimages));
    insertIf(o, QStringLiteral("sha256_preimages"), preimagesJson(in.sha256Preimages));
    insertIf(o, QStringLiteral("hash160_preimages"), preimagesJson(in.hash160Preimages));
    insertIf(o, QStringLiteral("hash256_preimages"), preimagesJson(in.hash256Preimages));
    if (in.tapKeySig) o.insert(QStringLiteral("taproot_key_path_sig"), hexOf(*in.tapKeySig));
    QJsonArray scriptSigs;
    for (const auto& [key, sig] : in.tapScriptSigs)
        scriptSigs.append(QJsonObject{{QStringLiteral("pubkey"), hexOf(ByteView(key).first(32))},
                                      {QStringLiteral("leaf_hash"), hexOf(ByteView(key).subspan(32))},
                                      {QStringLiteral("sig"), hexOf(sig)}});
    insertIf(o, QStringLiteral("taproot_script_path_sigs"), scriptSigs);
    QJsonArray leafScripts;
    for (const auto& [controlBlock, leaf] : in.tapLeafScripts)
        leafScripts.append(QJsonObject{{QStringLiteral("script"), hexOf(leaf.script)},
                                       {QStringLiteral("leaf_ver"), int(leaf.leafVersion)},
                                       {QStringLiteral("control_block"), hexOf(controlBlock)}});
    insertIf(o, QStringLiteral("taproot_scripts"), leafScripts);
    insertIf(o, QStringLiteral("taproot_bip32_derivs"), tapDerivationsJson(in.tapBip32Derivations));
    if (in.tapInternalKey) o.insert(QStringLiteral("taproot_internal_key"), hexOf(*in.tapInternalKey));
    if (in.tapMerkleRoot) o.insert(QStringLiteral("taproot_merkle_root"), hexOf(*in.tapMerkleRoot));
    insertIf(o, QStringLiteral("proprietary"), recordsJson(in.proprietary));
    insertIf(o, QStringLiteral("unknown"), recordsJson(in.unknown));
    o.insert(QStringLiteral("final"), in.isFinal());
    return o;
}

QJsonObject outputJson(const script::PsbtOutput& out, Network net) {
    QJsonObject o;
    if (out.redeemScript) o.insert(QStringLiteral("redeem_script"), scriptJson(*out.redeemScript, net));
    if (out.witnessScript) o.insert(QStringLiteral("witness_script"), scriptJson(*out.witnessScript, net));
    insertIf(o, QStringLiteral("bip32_derivs"), derivationsJson(out.bip32Derivations));
    if (out.tapInternalKey) o.insert(QStringLiteral("taproot_internal_key"), hexOf(*out.tapInternalKey));
    if (out.tapTree) {
        QJsonArray leaves;
        for (const auto& leaf : *out.tapTree)
            leaves.append(QJsonObject{{QStringLiteral("depth"), int(leaf.depth)},
                                      {QStringLiteral("leaf_ver"), int(leaf.leafVersion)},
                                      {QStringLiteral("script"), hexOf(leaf.script)}});
        o.insert(QStringLiteral("taproot_tree"), leaves);
    }
    insertIf(o, QStringLiteral("taproot_bip32_derivs"), tapDerivationsJson(out.tapBip32Derivations));
    insertIf(o, QStringLiteral("proprietary"), recordsJson(out.proprietary));
    insertIf(o, QStringLiteral("unknown"), recordsJson(out.unknown));
    return o;
}

QJsonObject txJson(const primitives::Transaction& tx, Network net) {
    QJsonArray vin;
    for (const auto& in : tx.inputs)
        vin.append(QJsonObject{{QStringLiteral("txid"), qs(in.prevout.txid.toHex())},
                               {QStringLiteral("vout"), qint64(in.prevout.index)},
                               {QStringLiteral("sequence"), qint64(in.sequence)}});
    QJsonArray vout;
    for (const auto& out : tx.outputs) vout.append(txOutJson(out, net));
    return {{QStringLiteral("txid"), qs(tx.txid().toHex())},
            {QStringLiteral("version"), tx.version},
            {QStringLiteral("locktime"), qint64(tx.lockTime)},
            {QStringLiteral("vin"), vin},
            {QStringLiteral("vout"), vout}};
}

int run(Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("decodepsbt needs exactly one base64 PSBT"));
    const std::string text = args[0].trimmed().toStdString();
    // Hex is accepted as well when it starts with the PSBT magic; base64 of a PSBT starts with "cHNidP8".
    util::Result<script::Psbt> psbt = util::fail("");
    if (text.rfind("70736274ff", 0) == 0 && util::isHex(text)) {
        auto bytes = util::fromHex(text);
        psbt = bytes ? script::Psbt::decode(*bytes) : util::Result<script::Psbt>(bytes.error());
    } else {
        psbt = script::Psbt::fromBase64(text);
    }
    if (!psbt) return ctx.fail(QStringLiteral("invalid PSBT: ") + qs(psbt.message()));

    QJsonArray xpubs;
    for (const auto& [xpub, origin] : psbt->xpubs) {
        QJsonObject o = originJson(origin);
        o.insert(QStringLiteral("xpub"), qs(script::base58CheckEncode(xpub)));
        xpubs.append(o);
    }
    QJsonArray inputs;
    for (size_t i = 0; i < psbt->inputs.size(); ++i) inputs.append(inputJson(*psbt, i, ctx.network));
    QJsonArray outputs;
    for (const auto& out : psbt->outputs) outputs.append(outputJson(out, ctx.network));
    QJsonObject result{
        {QStringLiteral("tx"), txJson(psbt->tx, ctx.network)},
        {QStringLiteral("psbt_version"), qint64(psbt->version.value_or(0))},
        {QStringLiteral("global_xpubs"), xpubs},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("outputs"), outputs},
    };
    insertIf(result, QStringLiteral("proprietary"), recordsJson(psbt->proprietary));
    insertIf(result, QStringLiteral("unknown"), recordsJson(psbt->unknown));
    if (auto fee = psbt->fee()) result.insert(QStringLiteral("fee"), qs(fee->toBtcString()));
    bool complete = true;
    for (const auto& in : psbt->inputs) complete = complete && in.isFinal();
    result.insert(QStringLiteral("complete"), complete);
    ctx.print(result);
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("decodepsbt"),
    QStringLiteral("Decode a PSBT (base64): transaction, inputs, outputs, signatures, derivations, fee."),
    [](QCommandLineParser& p) {
        p.addPositionalArgument(QStringLiteral("psbt"), QStringLiteral("The PSBT in base64 (or hex)."));
    },
    run});

}  // namespace cairn::cli
