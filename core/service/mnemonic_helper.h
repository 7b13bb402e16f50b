// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::service {

/// What is wrong (or right) with recovery words while the user types them. Positions only, never the words
/// themselves, so the feedback can be shown or logged without leaking the mnemonic.
struct MnemonicFeedback {
    enum class State {
        Empty,          ///< nothing typed yet
        UnknownWords,   ///< some complete words are not in the English BIP39 list (see unknownPositions)
        Incomplete,     ///< every word is in the list, but the count is not 12, 15, 18, 21 or 24 (yet)
        BadChecksum,    ///< a valid count of listed words whose checksum does not match
        Valid,          ///< a valid BIP39 mnemonic
    };
    State state = State::Empty;
    int wordCount = 0;
    QList<int> unknownPositions;  ///< 1-based positions of words not in the list
    bool lastWordIsPrefix = false;  ///< the last (unknown) word is the start of at least one listed word
};

/// Checks space-separated recovery words (any case, any whitespace) against the English BIP39 list and, for a
/// complete count, the checksum. Pure and cheap (no SQLite, no PBKDF2): fine on the GUI thread for every keystroke.
MnemonicFeedback checkMnemonicWords(const QString& text);

/// English BIP39 words starting with `prefix` (compared in lower case), in list order, at most `limit` when
/// limit > 0; every word for an empty prefix. For autocompletion.
QStringList bip39Completions(const QString& prefix, int limit = 0);

}  // namespace cairn::service
