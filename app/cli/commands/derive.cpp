// SPDX-License-Identifier: MIT
// `derive`: the BIP32 extended key pair at a path below a BIP39 mnemonic's master key.
#include "cli/command.h"
#include "cli/secret_input.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "script/account_path.h"
#include "script/extkey_io.h"
#include "util/hex.h"

#include <QJsonObject>

#include <unistd.h>

namespace cairn::cli {
namespace {

const QString kMnemonicFileOption = QStringLiteral("mnemonic-file");
const QString kPassphraseFileOption = QStringLiteral("passphrase-file");
const QString kPathOption = QStringLiteral("path");

QString text(const util::SecureBytes& bytes) {
    return QString::fromLatin1(bytes.asStringView().data(), qsizetype(bytes.size()));
}

// The passphrase: from its file, else prompted on a terminal, else empty (no terminal, no file).
util::Result<util::SecureBytes> readPassphrase(const QCommandLineParser& parser) {
    const QString file = parser.value(kPassphraseFileOption);
    if (file.isEmpty() && !isatty(STDIN_FILENO)) return util::SecureBytes();
    return readSecret(file, QStringLiteral("BIP39 passphrase (empty for none): "));
}

int run(Context& ctx, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("derive takes no arguments (secrets come from --*-file options or the prompt)"));
    if (!parser.isSet(kPathOption)) return ctx.fail(QStringLiteral("derive needs --path, e.g. --path m/84h/0h/0h"));
    auto path = crypto::KeyPath::parse(parser.value(kPathOption).toStdString());
    if (!path) return ctx.fail(path.message());

    auto mnemonic = readSecret(parser.value(kMnemonicFileOption), QStringLiteral("Mnemonic: "), true);
    if (!mnemonic) return ctx.fail(mnemonic.message());
    auto passphrase = readPassphrase(parser);
    if (!passphrase) return ctx.fail(passphrase.message());
    auto seed = crypto::mnemonicToSeed(mnemonic->asStringView(), passphrase->asStringView());
    if (!seed) return ctx.fail(QStringLiteral("invalid mnemonic: ") + QString::fromStdString(seed.message()));
    auto master = crypto::ExtKey::fromSeed(seed->view());
    if (!master) return ctx.fail(master.message());
    auto key = master->derivePath(*path);
    if (!key) return ctx.fail(key.message());

    const script::ExtKeyChain chain = script::extKeyChainOf(ctx.network);
    const QString fingerprint = QString::fromStdString(util::toHex(master->fingerprint()));
    const QString pathText = QString::fromStdString(path->toString());
    QJsonObject out{
        {QStringLiteral("network"), QString::fromStdString(networkName(ctx.network))},
        {QStringLiteral("master_fingerprint"), fingerprint},
        {QStringLiteral("path"), pathText},
        {QStringLiteral("origin"), QStringLiteral("[%1%2]").arg(fingerprint, pathText.mid(1))},
        {QStringLiteral("xprv"), text(script::encodeExtPrivKey(*key, chain))},
        {QStringLiteral("xpub"), QString::fromStdString(script::encodeExtPubKey(*key, chain))},
    };
    if (const auto type = script::accountTypeOfPath(*path)) {
        out.insert(QStringLiteral("account_type"), QString::fromStdString(script::accountTypeName(*type)));
        const script::ExtKeyScriptType slip = script::extKeyScriptTypeFor(*type);
        if (slip != script::ExtKeyScriptType::Standard) {
            out.insert(QStringLiteral("slip132_prv"), text(script::encodeExtPrivKey(*key, chain, slip)));
            out.insert(QStringLiteral("slip132_pub"),
                       QString::fromStdString(script::encodeExtPubKey(*key, chain, slip)));
        }
        // A mainnet coin type on a test network (or the reverse) is legal but usually a mistake.
        if (path->depth() >= 2 && path->steps()[1] != crypto::hardened(script::coinType(ctx.network)))
            ctx.note(QStringLiteral("note: %1 uses coin type %2h; this path has %3")
                         .arg(QString::fromStdString(networkName(ctx.network)))
                         .arg(script::coinType(ctx.network))
                         .arg(pathText.section(QLatin1Char('/'), 2, 2)));
    }
    ctx.print(out);
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("derive"), QStringLiteral("Derive the extended key pair at a BIP32 path from a BIP39 mnemonic."),
    [](QCommandLineParser& p) {
        p.addOption({kPathOption, QStringLiteral("Derivation path, e.g. m/84h/0h/0h (h, H or ' marks hardened steps)."),
                     QStringLiteral("PATH")});
        p.addOption({kMnemonicFileOption,
                     QStringLiteral("Read the mnemonic from FILE (else prompt, or read one line of standard input)."),
                     QStringLiteral("FILE")});
        p.addOption(
            {kPassphraseFileOption,
             QStringLiteral("Read the BIP39 passphrase from FILE (else prompt on a terminal; none without one)."),
             QStringLiteral("FILE")});
    },
    run});

}  // namespace cairn::cli
