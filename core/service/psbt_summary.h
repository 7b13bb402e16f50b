// SPDX-License-Identifier: MIT
#pragma once

// What a PSBT pays, for the review dialog of a PSBT loaded from a file. Pure and cheap (GUI thread is fine).

#include "service/network.h"
#include "service/wallet_types.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace cairn::service {

/// A decoded PSBT in display terms.
struct PsbtSummary {
    SendDraft draft;          ///< psbt (base64), txid, recipients (outputs that are not change), change, inputs;
                              ///< fee -1 when an input's UTXO is unknown; vsize of the unsigned transaction
    int signedInputs = 0;     ///< inputs with a final script or at least one signature
    int inputCount = 0;
    bool complete = false;    ///< every input final
};

/// Base64 text of a PSBT file's content: binary files (magic "psbt\xff") are encoded, base64 text is trimmed.
/// Fails when it is neither or larger than 16 MiB.
[[nodiscard]] util::Result<QString> psbtBase64FromFile(const QByteArray& content);

/// Decodes a base64 PSBT and lists its outputs as addresses of `network`. An output with a BIP32 derivation
/// record (what wallets write for their own change) counts as change. Fails on a malformed PSBT or an output
/// that has no address on `network` (e.g. a PSBT of another network).
[[nodiscard]] util::Result<PsbtSummary> summarizePsbt(const QString& base64, Network network);

}  // namespace cairn::service
