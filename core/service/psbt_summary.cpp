// SPDX-License-Identifier: MIT
#include "service/psbt_summary.h"

#include "script/address.h"
#include "script/psbt.h"

#include <algorithm>

namespace cairn::service {

util::Result<QString> psbtBase64FromFile(const QByteArray& content) {
    if (size_t(content.size()) > script::Psbt::kMaxSize) return util::fail("the PSBT file is larger than 16 MiB");
    const auto& magic = script::Psbt::kMagic;
    if (size_t(content.size()) >= magic.size() &&
        std::equal(magic.begin(), magic.end(), reinterpret_cast<const uint8_t*>(content.constData())))
        return QString::fromLatin1(content.toBase64());
    const QByteArray text = content.trimmed();
    if (text.startsWith("cHNidP")) return QString::fromLatin1(text);  // base64 of "psbt\xff"
    return util::fail("the file is not a PSBT (neither binary nor base64)");
}

util::Result<PsbtSummary> summarizePsbt(const QString& base64, Network network) {
    auto decoded = script::Psbt::fromBase64(base64.trimmed().toStdString());
    if (!decoded.ok()) return util::fail("not a valid PSBT: " + decoded.message());
    const script::Psbt& psbt = *decoded;
    PsbtSummary out;
    out.draft.psbt = base64.trimmed();
    out.draft.txid = QString::fromStdString(psbt.tx.txid().toHex());
    auto fee = psbt.fee();
    out.draft.fee = fee.ok() ? fee->sats() : -1;
    for (size_t i = 0; i < psbt.tx.outputs.size(); ++i) {
        const auto& txout = psbt.tx.outputs[i];
        auto address = script::encodeAddress(txout.scriptPubKey, network);
        if (!address.ok())
            return util::fail("output " + std::to_string(i) + " has no address on this network: " + address.message());
        const bool change = i < psbt.outputs.size() &&
                            (!psbt.outputs[i].bip32Derivations.empty() || !psbt.outputs[i].tapBip32Derivations.empty());
        if (change) {
            out.draft.change += txout.value.sats();
            if (out.draft.changeAddress.isEmpty()) out.draft.changeAddress = QString::fromStdString(*address);
        } else {
            out.draft.recipients.append(SendRecipient{QString::fromStdString(*address), txout.value.sats(), false});
        }
    }
    for (const auto& in : psbt.tx.inputs) out.draft.inputs.append(QString::fromStdString(in.prevout.toString()));
    out.inputCount = int(psbt.inputs.size());
    for (const auto& in : psbt.inputs) {
        if (in.isFinal()) ++out.signedInputs;
        else if (!in.partialSigs.empty() || in.tapKeySig || !in.tapScriptSigs.empty()) ++out.signedInputs;
    }
    out.complete = out.inputCount > 0 && std::all_of(psbt.inputs.begin(), psbt.inputs.end(),
                                                     [](const script::PsbtInput& in) { return in.isFinal(); });
    out.draft.vsize = int(psbt.tx.serialize().size());  // unsigned size; the signed one is larger
    if (auto tx = psbt.extract(); tx.ok()) out.draft.vsize = int(tx->vsize());
    if (out.draft.fee > 0 && out.draft.vsize > 0)
        out.draft.feeRateSatPerKvb = out.draft.fee * 1000 / out.draft.vsize;
    return out;
}

}  // namespace cairn::service
