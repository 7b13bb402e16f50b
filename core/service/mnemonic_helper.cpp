// SPDX-License-Identifier: MIT
#include "service/mnemonic_helper.h"

#include "crypto/bip39.h"

#include <algorithm>
#include <string>

namespace cairn::service {

namespace {
constexpr int kMaxWords = 24;
bool validCount(int n) { return n >= 12 && n <= kMaxWords && n % 3 == 0; }
}  // namespace

MnemonicFeedback checkMnemonicWords(const QString& text) {
    MnemonicFeedback f;
    const QStringList words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    f.wordCount = static_cast<int>(words.size());
    if (words.isEmpty()) return f;
    for (int i = 0; i < words.size(); ++i) {
        const std::string w = words[i].toStdString();
        if (!crypto::bip39WordIndex(w)) {
            f.unknownPositions << i + 1;
            if (i + 1 == words.size()) f.lastWordIsPrefix = !crypto::bip39WordsWithPrefix(w, 1).empty();
        }
    }
    if (!f.unknownPositions.isEmpty()) {
        f.state = MnemonicFeedback::State::UnknownWords;
        return f;
    }
    if (!validCount(f.wordCount)) {
        f.state = MnemonicFeedback::State::Incomplete;
        return f;
    }
    // Every word is listed and the count is right, so the only failure left is the checksum. The canonical
    // text is rebuilt in a std::string that is wiped before it goes away.
    std::string joined = words.join(QLatin1Char(' ')).toStdString();
    const bool ok = crypto::mnemonicToEntropy(joined).ok();
    std::fill(joined.begin(), joined.end(), '\0');
    f.state = ok ? MnemonicFeedback::State::Valid : MnemonicFeedback::State::BadChecksum;
    return f;
}

QStringList bip39Completions(const QString& prefix, int limit) {
    QStringList out;
    const std::string p = prefix.trimmed().toLower().toStdString();
    for (std::string_view w : crypto::bip39WordsWithPrefix(p, limit > 0 ? static_cast<size_t>(limit) : 0))
        out << QString::fromLatin1(w.data(), static_cast<qsizetype>(w.size()));
    return out;
}

}  // namespace cairn::service
