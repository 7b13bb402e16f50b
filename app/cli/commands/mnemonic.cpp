// SPDX-License-Identifier: MIT
// `mnemonic new` and `mnemonic check`: BIP39 English mnemonics.
#include "cli/command.h"
#include "cli/secret_input.h"
#include "crypto/bip39.h"

#include <QJsonObject>

namespace cairn::cli {
namespace {

const QString kWordsOption = QStringLiteral("words");
const QString kMnemonicFileOption = QStringLiteral("mnemonic-file");

// Counts the words of a validated (canonical, single-spaced) mnemonic.
int wordCount(const util::SecureBytes& canonical) {
    int n = canonical.empty() ? 0 : 1;
    for (size_t i = 0; i < canonical.size(); ++i) n += canonical[i] == ' ' ? 1 : 0;
    return n;
}

int runNew(Context& ctx, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("mnemonic new takes no arguments"));
    size_t words = 24;
    if (parser.isSet(kWordsOption)) {
        bool ok = false;
        words = parser.value(kWordsOption).toUInt(&ok);
        if (!ok || !crypto::bip39EntropySize(words).ok())
            return ctx.fail(
                QStringLiteral("--words must be 12, 15, 18, 21 or 24, not '%1'").arg(parser.value(kWordsOption)));
    }
    auto mnemonic = crypto::generateMnemonic(words);
    if (!mnemonic) return ctx.fail(mnemonic.message());
    // Printing is the point of this command; the copy Qt makes for output is released right after.
    ctx.print(QJsonObject{
        {QStringLiteral("mnemonic"), QString::fromLatin1(mnemonic->asStringView().data(), qsizetype(mnemonic->size()))},
        {QStringLiteral("words"), int(words)}});
    ctx.note(QStringLiteral("Write these words down and keep them offline: anyone who sees them can spend the funds."));
    return kExitOk;
}

int runCheck(Context& ctx, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("mnemonic check takes no arguments (use --mnemonic-file or the prompt)"));
    auto text = readSecret(parser.value(kMnemonicFileOption), QStringLiteral("Mnemonic: "), true);
    if (!text) return ctx.fail(text.message());
    auto canonical = crypto::normalizeMnemonic(text->asStringView());
    if (!canonical) return ctx.fail(QStringLiteral("invalid mnemonic: ") + QString::fromStdString(canonical.message()));
    ctx.print(QJsonObject{{QStringLiteral("valid"), true}, {QStringLiteral("words"), wordCount(*canonical)}});
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{QStringLiteral("mnemonic new"),
                          QStringLiteral("Create a new BIP39 mnemonic (English) from the system's random generator."),
                          [](QCommandLineParser& p) {
                              p.addOption({kWordsOption,
                                           QStringLiteral("Number of words: 12, 15, 18, 21 or 24 (default 24)."),
                                           QStringLiteral("N")});
                          },
                          runNew});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("mnemonic check"), QStringLiteral("Check a BIP39 mnemonic's words and checksum."),
    [](QCommandLineParser& p) {
        p.addOption({kMnemonicFileOption,
                     QStringLiteral("Read the mnemonic from FILE (else prompt, or read one line of standard input)."),
                     QStringLiteral("FILE")});
    },
    runCheck});

}  // namespace cairn::cli
