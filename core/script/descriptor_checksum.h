// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>

// The BIP380 descriptor checksum: 8 characters from the bech32 alphabet, written after a '#'.
namespace cairn::script {

/// The 8-character checksum of a descriptor (without its '#...' part), or nullopt when the text has a
/// character outside the BIP380 descriptor character set.
std::optional<std::string> descriptorChecksum(std::string_view descriptor);

/// Splits "SCRIPT#CHECKSUM" and verifies the checksum; returns SCRIPT. Text without '#' is returned as it is
/// (the checksum is optional). Fails when the '#' is not followed by exactly 8 characters, on a character
/// outside the descriptor character set, and on a checksum mismatch.
[[nodiscard]] util::Result<std::string_view> checkDescriptorChecksum(std::string_view text);

}  // namespace cairn::script
