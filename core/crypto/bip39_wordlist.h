// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace cairn::crypto {

/// Number of words in a BIP39 wordlist.
constexpr size_t kBip39WordCount = 2048;

/// The BIP39 English wordlist in list order (index = 11-bit word value), sorted, lower-case ASCII.
/// Embedded at build time from resources/bip39/english.txt (see bip39_wordlist.cmake).
const std::array<std::string_view, kBip39WordCount>& bip39EnglishWordlist();

}  // namespace cairn::crypto
