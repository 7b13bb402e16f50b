// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace cairn::script {

/// True when the bytes are a strict DER ECDSA signature followed by one hash-type byte (BIP66 rules:
/// 9..73 bytes, correct lengths, positive minimal R and S). Only the format is checked, not the curve.
bool isStrictDerSignature(ByteView signatureWithHashType);

/// The display name of a defined legacy/segwit v0 hash type ("ALL", "NONE", "SINGLE", each optionally with
/// "|ANYONECANPAY"); nullopt for any other byte.
std::optional<std::string_view> sighashTypeName(uint8_t hashType);

}  // namespace cairn::script
