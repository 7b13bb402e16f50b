// SPDX-License-Identifier: MIT
#include "crypto/bip39.h"

#include "crypto/bip39_wordlist.h"
#include "crypto/hash.h"
#include "crypto/kdf.h"
#include "crypto/random.h"

#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <string>

namespace cairn::crypto {
namespace {

constexpr size_t kMinWords = 12;
constexpr size_t kMaxWords = 24;
constexpr size_t kBitsPerWord = 11;
constexpr size_t kLongestWord = 8;  // the longest English word has 8 letters

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The words of a mnemonic, split on ASCII whitespace. Views into the caller's text.
std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isAsciiSpace(text[i])) ++i;
        const size_t start = i;
        while (i < text.size() && !isAsciiSpace(text[i])) ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

// Looks up a word case-insensitively (ASCII). The lower-cased copy lives in a fixed wiped buffer.
std::optional<uint16_t> lookupFolded(std::string_view word) {
    if (word.empty() || word.size() > kLongestWord) return std::nullopt;
    std::array<char, kLongestWord> buf{};
    for (size_t i = 0; i < word.size(); ++i) buf[i] = asciiLower(word[i]);
    const auto index = bip39WordIndex(std::string_view(buf.data(), word.size()));
    util::secureWipe(buf.data(), buf.size());
    return index;
}

// Reads or writes bit `pos` (big-endian bit order) of a byte buffer.
bool bitAt(const uint8_t* data, size_t pos) { return (data[pos / 8] >> (7 - pos % 8)) & 1; }
void setBit(uint8_t* data, size_t pos) { data[pos / 8] = static_cast<uint8_t>(data[pos / 8] | (0x80 >> (pos % 8))); }

// Checksum length in bits for entropy of `bytes` bytes (ENT / 32).
size_t checksumBits(size_t bytes) { return bytes * 8 / 32; }

bool validEntropySize(size_t bytes) { return bytes >= 16 && bytes <= 32 && bytes % 4 == 0; }

// Wipes a QString's UTF-16 buffer in place (it held a passphrase).
void wipeQString(QString& s) {
    if (!s.isEmpty()) util::secureWipe(s.data(), static_cast<size_t>(s.size()) * sizeof(QChar));
    s.clear();
}

// Validated, canonical mnemonic plus its entropy; shared by the public decoders.
struct Decoded {
    util::SecureBytes entropy;
    util::SecureBytes canonical;
};

util::Result<Decoded> decode(std::string_view mnemonic) {
    if (mnemonic.size() > kMaxMnemonicLength)
        return util::fail("mnemonic is too long (more than " + std::to_string(kMaxMnemonicLength) + " characters)");
    const std::vector<std::string_view> words = splitWords(mnemonic);
    auto entropySize = bip39EntropySize(words.size());
    if (!entropySize) return entropySize.error();

    const auto& list = bip39EnglishWordlist();
    const size_t totalBits = words.size() * kBitsPerWord;
    util::SecureBytes bits((totalBits + 7) / 8);
    util::SecureBytes canonical;
    for (size_t w = 0; w < words.size(); ++w) {
        const auto index = lookupFolded(words[w]);
        if (!index)
            // The word itself is not repeated: a misspelt recovery word is still most of a secret.
            return util::fail("unknown word at position " + std::to_string(w + 1) + " (not in the BIP39 English list)");
        for (size_t b = 0; b < kBitsPerWord; ++b)
            if ((*index >> (kBitsPerWord - 1 - b)) & 1) setBit(bits.data(), w * kBitsPerWord + b);
        if (w > 0) canonical.append(reinterpret_cast<const uint8_t*>(" "), 1);
        const std::string_view word = list[*index];
        canonical.append(reinterpret_cast<const uint8_t*>(word.data()), word.size());
    }

    const size_t entBytes = *entropySize;
    Decoded out{util::SecureBytes(bits.data(), entBytes), std::move(canonical)};
    Hash256 digest = sha256(out.entropy.view());
    bool match = true;
    for (size_t b = 0; b < checksumBits(entBytes); ++b)
        match &= bitAt(digest.data(), b) == bitAt(bits.data(), entBytes * 8 + b);
    util::secureWipe(digest.data(), digest.size());
    if (!match) return util::fail("mnemonic checksum does not match (a word is wrong or the words are out of order)");
    return out;
}

}  // namespace

util::Result<size_t> bip39EntropySize(size_t wordCount) {
    if (wordCount < kMinWords || wordCount > kMaxWords || wordCount % 3 != 0)
        return util::fail("a mnemonic has 12, 15, 18, 21 or 24 words, not " + std::to_string(wordCount));
    return wordCount / 3 * 4;
}

util::Result<util::SecureBytes> mnemonicFromEntropy(ByteView entropy) {
    if (!validEntropySize(entropy.size()))
        return util::fail("BIP39 entropy must be 16, 20, 24, 28 or 32 bytes, not " + std::to_string(entropy.size()));
    // entropy || first ENT/32 bits of SHA-256(entropy), read 11 bits per word.
    util::SecureBytes bits(entropy.size() + 1);
    std::copy(entropy.begin(), entropy.end(), bits.data());
    Hash256 digest = sha256(entropy);
    bits[entropy.size()] = digest[0];
    util::secureWipe(digest.data(), digest.size());

    const auto& list = bip39EnglishWordlist();
    const size_t wordCount = (entropy.size() * 8 + checksumBits(entropy.size())) / kBitsPerWord;
    util::SecureBytes out;
    for (size_t w = 0; w < wordCount; ++w) {
        size_t index = 0;
        for (size_t b = 0; b < kBitsPerWord; ++b)
            index = (index << 1) | (bitAt(bits.data(), w * kBitsPerWord + b) ? 1 : 0);
        if (w > 0) out.append(reinterpret_cast<const uint8_t*>(" "), 1);
        out.append(reinterpret_cast<const uint8_t*>(list[index].data()), list[index].size());
    }
    return out;
}

util::Result<util::SecureBytes> generateMnemonic(size_t wordCount) {
    auto size = bip39EntropySize(wordCount);
    if (!size) return size.error();
    const util::SecureBytes entropy = randomSecureBytes(*size);
    return mnemonicFromEntropy(entropy.view());
}

util::Result<util::SecureBytes> mnemonicToEntropy(std::string_view mnemonic) {
    auto decoded = decode(mnemonic);
    if (!decoded) return decoded.error();
    return std::move(decoded->entropy);
}

util::Result<util::SecureBytes> normalizeMnemonic(std::string_view mnemonic) {
    auto decoded = decode(mnemonic);
    if (!decoded) return decoded.error();
    return std::move(decoded->canonical);
}

util::Result<util::SecureBytes> mnemonicToSeed(std::string_view mnemonic, std::string_view passphrase) {
    if (passphrase.size() > kMaxPassphraseLength)
        return util::fail("passphrase is too long (more than " + std::to_string(kMaxPassphraseLength) + " bytes)");
    auto decoded = decode(mnemonic);
    if (!decoded) return decoded.error();

    // The English words are ASCII, so NFKD leaves the mnemonic unchanged; the passphrase may be any UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(QByteArrayView(passphrase.data(), static_cast<qsizetype>(passphrase.size())));
    if (utf8.hasError()) {
        wipeQString(text);
        return util::fail("passphrase is not valid UTF-8");
    }
    QString normalized = text.normalized(QString::NormalizationForm_KD);
    wipeQString(text);
    QByteArray normalizedUtf8 = normalized.toUtf8();
    wipeQString(normalized);

    static constexpr std::string_view kSaltPrefix = "mnemonic";
    util::SecureBytes salt(reinterpret_cast<const uint8_t*>(kSaltPrefix.data()), kSaltPrefix.size());
    salt.append(reinterpret_cast<const uint8_t*>(normalizedUtf8.constData()),
                static_cast<size_t>(normalizedUtf8.size()));
    if (!normalizedUtf8.isEmpty()) util::secureWipe(normalizedUtf8.data(), static_cast<size_t>(normalizedUtf8.size()));

    return pbkdf2HmacSha512(decoded->canonical.view(), salt.view(), kBip39Pbkdf2Rounds, kBip39SeedSize);
}

std::optional<uint16_t> bip39WordIndex(std::string_view word) {
    const auto& list = bip39EnglishWordlist();
    const auto it = std::lower_bound(list.begin(), list.end(), word);
    if (it == list.end() || *it != word) return std::nullopt;
    return static_cast<uint16_t>(it - list.begin());
}

std::vector<std::string_view> bip39WordsWithPrefix(std::string_view prefix, size_t limit) {
    const auto& list = bip39EnglishWordlist();
    std::vector<std::string_view> out;
    for (auto it = std::lower_bound(list.begin(), list.end(), prefix); it != list.end() && it->starts_with(prefix);
         ++it) {
        if (limit > 0 && out.size() >= limit) break;
        out.push_back(*it);
    }
    return out;
}

}  // namespace cairn::crypto
