// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

// BIP39 mnemonic sentences with the English wordlist (crypto/bip39_wordlist.h).
namespace cairn::crypto {

/// Size of a BIP39 seed in bytes.
constexpr size_t kBip39SeedSize = 64;
/// PBKDF2-HMAC-SHA512 rounds BIP39 prescribes.
constexpr uint32_t kBip39Pbkdf2Rounds = 2048;
/// Longest mnemonic text accepted (bytes); 24 words of at most 8 letters need 215. Bounds the work.
constexpr size_t kMaxMnemonicLength = 1024;
/// Longest passphrase accepted (bytes of UTF-8).
constexpr size_t kMaxPassphraseLength = 1024;

/// Entropy bytes behind a mnemonic of `wordCount` words (12, 15, 18, 21 or 24 -> 16..32).
/// Fails for any other word count.
[[nodiscard]] util::Result<size_t> bip39EntropySize(size_t wordCount);

/// The English mnemonic of the entropy (16, 20, 24, 28 or 32 bytes): lower-case words joined by single
/// spaces, checksum included. Fails for any other entropy length.
[[nodiscard]] util::Result<util::SecureBytes> mnemonicFromEntropy(ByteView entropy);

/// A fresh mnemonic of `wordCount` words (12, 15, 18, 21 or 24) from the system CSPRNG.
/// Fails for another word count or when the CSPRNG fails.
[[nodiscard]] util::Result<util::SecureBytes> generateMnemonic(size_t wordCount);

/// The entropy encoded by an English mnemonic. Words may be separated by any run of ASCII whitespace and
/// may use upper-case letters. Fails, in this order, when the text is longer than kMaxMnemonicLength, when
/// the word count is not 12/15/18/21/24, when a word is not in the list ('unknown word "xyz" at position N',
/// 1-based) or when the checksum does not match.
[[nodiscard]] util::Result<util::SecureBytes> mnemonicToEntropy(std::string_view mnemonic);

/// The canonical form of a valid mnemonic (lower-case words joined by single spaces); fails like
/// mnemonicToEntropy.
[[nodiscard]] util::Result<util::SecureBytes> normalizeMnemonic(std::string_view mnemonic);

/// The 64-byte BIP39 seed: PBKDF2-HMAC-SHA512(mnemonic, "mnemonic" + NFKD(passphrase), 2048 rounds), where
/// the mnemonic is first validated and put in canonical form. The passphrase is UTF-8 and may be empty.
/// Fails like mnemonicToEntropy, or when the passphrase is not valid UTF-8 or longer than kMaxPassphraseLength.
[[nodiscard]] util::Result<util::SecureBytes> mnemonicToSeed(std::string_view mnemonic, std::string_view passphrase);

/// The list index (0..2047) of an English word (exact, lower-case), or nullopt when it is not in the list.
std::optional<uint16_t> bip39WordIndex(std::string_view word);

/// English words starting with `prefix` (lower-case), in list order; at most `limit` of them when limit > 0.
/// An empty prefix matches every word. For autocompletion.
std::vector<std::string_view> bip39WordsWithPrefix(std::string_view prefix, size_t limit = 0);

}  // namespace cairn::crypto
