// SPDX-License-Identifier: MIT
// `wallet create|restore|watchonly|list|info|lock|unlock|passwd|addaccount`.
#include "cli/commands/wallet_common.h"
#include "cli/secret_input.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cairn::cli {
namespace {

using namespace walletcli;

const QString kWords = QStringLiteral("words");
const QString kType = QStringLiteral("type");
const QString kBirthday = QStringLiteral("birthday");
const QString kGap = QStringLiteral("gap");
const QString kMnemonicOut = QStringLiteral("mnemonic-out");
const QString kShowMnemonic = QStringLiteral("show-mnemonic");
const QString kMnemonicFile = QStringLiteral("mnemonic-file");
const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kNewPasswordFile = QStringLiteral("new-password-file");
const QString kAccount = QStringLiteral("account");
const QString kScryptN = QStringLiteral("scrypt-n");

constexpr int kMaxHeight = 100'000'000;

void addCreationOptions(QCommandLineParser& p, bool withType) {
    addWalletOption(p);
    if (withType)
        p.addOption({kType, QStringLiteral("Address type: p2wpkh (BIP84, default), p2sh-p2wpkh (BIP49), p2pkh (BIP44), "
                                           "p2tr (BIP86)."),
                     QStringLiteral("TYPE")});
    p.addOption({kBirthday, QStringLiteral("Block height the wallet was first used at; scans start there (default 0)."),
                 QStringLiteral("H")});
    p.addOption({kGap, QStringLiteral("Gap limit: unused addresses watched ahead on each chain (default 20)."),
                 QStringLiteral("N")});
}

// Fills the request fields common to create, restore and watchonly.
util::Result<service::WalletCreateRequest> creationRequest(const QCommandLineParser& p, bool hasKeys) {
    service::WalletCreateRequest req;
    req.name = walletName(p);
    if (p.isSet(kType)) req.type = p.value(kType);
    auto birthday = intOption(p, kBirthday, 0, 0, kMaxHeight);
    if (!birthday.ok()) return birthday.error();
    auto gap = intOption(p, kGap, 20, 1, 1000);
    if (!gap.ok()) return gap.error();
    req.birthdayHeight = *birthday;
    req.gapLimit = *gap;
    // Hidden test knob: cheap scrypt so test suites do not spend seconds per wallet. Never for real wallets.
    if (hasKeys && p.isSet(kScryptN)) req.scryptN = p.value(kScryptN).toULongLong();
    return req;
}

void addScryptTestOption(QCommandLineParser& p) {
    QCommandLineOption o(kScryptN, QStringLiteral("(testing only) scrypt N."), QStringLiteral("N"));
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(o);
}

// Writes the words to a new file readable by the owner only; refuses to replace an existing file.
util::Result<void> writeMnemonicFile(const QString& path, const util::SecureBytes& words) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) return util::fail("cannot create " + path.toStdString() + " (it must not exist yet)");
    bool ok = ::write(fd, words.data(), words.size()) == ssize_t(words.size()) && ::write(fd, "\n", 1) == 1;
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    if (!ok) return util::fail("cannot write " + path.toStdString());
    return {};
}

int runCreate(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet create takes no arguments"));
    auto req = creationRequest(p, true);
    if (!req.ok()) return ctx.fail(req.message());
    auto words = intOption(p, kWords, 12, 12, 24);
    if (!words.ok() || (*words != 12 && *words != 24)) return ctx.fail(QStringLiteral("--words must be 12 or 24"));
    req->words = *words;
    // Decide where the words go before anything is created: a file, the terminal, or stdout if asked.
    const bool toFile = p.isSet(kMnemonicOut);
    const bool toStdout = p.isSet(kShowMnemonic);
    const bool toTerminal = !toFile && !toStdout && isatty(STDERR_FILENO);
    if (!toFile && !toStdout && !toTerminal)
        return ctx.fail(QStringLiteral(
            "no terminal to show the recovery words on: pass --mnemonic-out FILE (or --show-mnemonic to print them)"));
    if (toFile && QFileInfo::exists(p.value(kMnemonicOut)))
        return ctx.fail(QStringLiteral("%1 already exists; choose a new file for the recovery words")
                            .arg(p.value(kMnemonicOut)));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto password = readPassword(p, kPasswordFileOption, QStringLiteral("New wallet password: "), true);
    if (!password.ok()) return ctx.fail(password.message());
    util::SecureBytes mnemonic;
    auto info = client->createWallet(*req, *password, mnemonic);
    if (!info.ok()) return ctx.fail(info.message());
    QJsonObject out = walletInfoJson(*info);
    if (toFile) {
        if (auto w = writeMnemonicFile(p.value(kMnemonicOut), mnemonic); !w.ok()) {
            ctx.note(QStringLiteral("warning: the wallet was created but its words could not be saved; run "
                                    "`wallet create` again with another name and file"));
            return ctx.fail(w.message());
        }
        out.insert(QStringLiteral("mnemonic_file"), p.value(kMnemonicOut));
    } else if (toStdout) {
        out.insert(QStringLiteral("mnemonic"),
                   QString::fromLatin1(mnemonic.asStringView().data(), qsizetype(mnemonic.size())));
    } else {
        ctx.note(QStringLiteral("\nRecovery words (shown once; write them down and keep them offline):\n\n  ") +
                 QString::fromLatin1(mnemonic.asStringView().data(), qsizetype(mnemonic.size())) +
                 QStringLiteral("\n"));
    }
    ctx.print(out);
    return kExitOk;
}

int runRestore(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("wallet restore takes no arguments (use --mnemonic-file or the prompt)"));
    auto req = creationRequest(p, true);
    if (!req.ok()) return ctx.fail(req.message());
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto mnemonic = readSecret(p.value(kMnemonicFile), QStringLiteral("Recovery words: "));
    if (!mnemonic.ok()) return ctx.fail(mnemonic.message());
    util::SecureBytes passphrase;
    if (p.isSet(kPassphraseFile)) {
        auto pp = readSecret(p.value(kPassphraseFile), QString());
        if (!pp.ok()) return ctx.fail(pp.message());
        passphrase = std::move(pp.value());
    }
    auto password = readPassword(p, kPasswordFileOption, QStringLiteral("New wallet password: "), true);
    if (!password.ok()) return ctx.fail(password.message());
    auto info = client->restoreWallet(*req, *mnemonic, passphrase, *password);
    if (!info.ok()) return ctx.fail(info.message());
    ctx.print(walletInfoJson(*info));
    return kExitOk;
}

int runWatchOnly(Context& ctx, const QCommandLineParser& p) {
    const QStringList args = p.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return ctx.fail(QStringLiteral("wallet watchonly needs an xpub/ypub/zpub/tpub/upub/vpub or a descriptor "
                                       "(and optionally a change descriptor)"));
    auto req = creationRequest(p, false);
    if (!req.ok()) return ctx.fail(req.message());
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto info = client->createWatchOnly(*req, args[0], args.value(1));
    if (!info.ok()) return ctx.fail(info.message());
    ctx.print(walletInfoJson(*info));
    return kExitOk;
}

int runList(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet list takes no arguments"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto names = client->listWallets();
    if (!names.ok()) return ctx.fail(names.message());
    QJsonArray out;
    for (const QString& name : *names) {
        auto info = client->walletInfo(name);
        if (info.ok())
            out.append(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("watch_only"), info->watchOnly},
                                   {QStringLiteral("accounts"), int(info->accounts.size())}});
        else
            out.append(QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("error"), QString::fromStdString(info.message())}});
        client->closeWallet(name);
    }
    ctx.print(out);
    return kExitOk;
}

int runInfo(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet info takes no arguments"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto info = client->walletInfo(walletName(p));
    if (!info.ok()) return ctx.fail(info.message());
    ctx.print(walletInfoJson(*info));
    return kExitOk;
}

int runLock(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet lock takes no arguments"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto info = client->walletInfo(walletName(p));
    if (!info.ok()) return ctx.fail(info.message());
    ctx.note(QStringLiteral("note: cairn-cli never keeps a wallet unlocked; keys are wiped when each command ends."));
    ctx.print(QJsonObject{{QStringLiteral("wallet"), info->name}, {QStringLiteral("locked"), true}});
    return kExitOk;
}

int runUnlock(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet unlock takes no arguments"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    const QString name = walletName(p);
    if (auto info = client->walletInfo(name); !info.ok()) return ctx.fail(info.message());
    auto password = readPassword(p, kPasswordFileOption, QStringLiteral("Wallet password: "), false);
    if (!password.ok()) return ctx.fail(password.message());
    if (auto r = client->checkPassword(name, *password); !r.ok()) return ctx.fail(r.message());
    ctx.note(QStringLiteral("note: the password is correct and the wallet is intact; it is locked again (cairn-cli "
                            "unlocks only inside the command that signs or exports)."));
    ctx.print(QJsonObject{{QStringLiteral("wallet"), name},
                          {QStringLiteral("password_ok"), true},
                          {QStringLiteral("integrity_ok"), true},
                          {QStringLiteral("locked"), true}});
    return kExitOk;
}

int runPasswd(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet passwd takes no arguments"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    const QString name = walletName(p);
    if (auto info = client->walletInfo(name); !info.ok()) return ctx.fail(info.message());
    auto oldPassword = readPassword(p, kPasswordFileOption, QStringLiteral("Current password: "), false);
    if (!oldPassword.ok()) return ctx.fail(oldPassword.message());
    auto newPassword = readPassword(p, kNewPasswordFile, QStringLiteral("New password: "), true);
    if (!newPassword.ok()) return ctx.fail(newPassword.message());
    if (auto r = client->changePassword(name, *oldPassword, *newPassword); !r.ok()) return ctx.fail(r.message());
    ctx.print(QJsonObject{{QStringLiteral("wallet"), name}, {QStringLiteral("password_changed"), true}});
    return kExitOk;
}

int runAddAccount(Context& ctx, const QCommandLineParser& p) {
    if (!p.positionalArguments().isEmpty()) return ctx.fail(QStringLiteral("wallet addaccount takes no arguments"));
    auto index = intOption(p, kAccount, 0, 0, 0x7fffffff);
    if (!index.ok()) return ctx.fail(index.message());
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    const QString name = walletName(p);
    if (auto info = client->walletInfo(name); !info.ok()) return ctx.fail(info.message());
    auto password = readPassword(p, kPasswordFileOption, QStringLiteral("Wallet password: "), false);
    if (!password.ok()) return ctx.fail(password.message());
    auto acc = client->addAccount(name, p.value(kType), *index, *password);
    if (!acc.ok()) return ctx.fail(acc.message());
    ctx.print(accountJson(*acc));
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("wallet create"),
    QStringLiteral("Create a wallet from new BIP39 recovery words, encrypted with a password."),
    [](QCommandLineParser& p) {
        p.setApplicationDescription(QStringLiteral(
            "Create a wallet from new BIP39 recovery words, encrypted with a password.\n\n"
            "The recovery words are the only backup. They are shown exactly once and never stored in clear:\n"
            "  - with --mnemonic-out FILE they are written to a new FILE readable only by you (0600);\n"
            "  - otherwise, on a terminal, they are printed on stderr (not stdout, so they do not end up in pipes\n"
            "    or logs of the JSON output);\n"
            "  - --show-mnemonic puts them in the output on stdout instead, for scripts that handle them safely.\n"
            "Without a terminal and without either option the command refuses to create the wallet.\n"
            "The password comes from --password-file or a prompt (typed twice)."));
        addCreationOptions(p, true);
        addPasswordFileOption(p);
        addScryptTestOption(p);
        p.addOption({kWords, QStringLiteral("Number of recovery words: 12 (default) or 24."), QStringLiteral("N")});
        p.addOption({kMnemonicOut, QStringLiteral("Write the recovery words to FILE (created, mode 0600)."),
                     QStringLiteral("FILE")});
        p.addOption({kShowMnemonic, QStringLiteral("Include the recovery words in the output on stdout.")});
    },
    runCreate});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet restore"),
                          QStringLiteral("Restore a wallet from BIP39 recovery words (and optional passphrase)."),
                          [](QCommandLineParser& p) {
                              addCreationOptions(p, true);
                              addPasswordFileOption(p);
                              addScryptTestOption(p);
                              p.addOption({kMnemonicFile, QStringLiteral("Read the recovery words from FILE (else prompt)."),
                                           QStringLiteral("FILE")});
                              p.addOption({kPassphraseFile,
                                           QStringLiteral("Read the BIP39 passphrase from FILE (default: none)."),
                                           QStringLiteral("FILE")});
                          },
                          runRestore});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("wallet watchonly"),
    QStringLiteral("Create a watch-only wallet from an xpub/ypub/zpub (tpub/upub/vpub) or a descriptor."),
    [](QCommandLineParser& p) {
        addCreationOptions(p, true);
        p.addPositionalArgument(QStringLiteral("KEY_OR_DESCRIPTOR"),
                                QStringLiteral("Account-level extended public key, or a public descriptor (ranged, or "
                                               "multipath <0;1> for receive and change). A plain xpub/tpub needs --type."));
        p.addPositionalArgument(QStringLiteral("[CHANGE_DESCRIPTOR]"),
                                QStringLiteral("Optional descriptor of the change chain."));
    },
    runWatchOnly});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet list"), QStringLiteral("List the wallets of the network."),
                          [](QCommandLineParser&) {}, runList});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet info"),
                          QStringLiteral("Show a wallet's accounts, settings and key-derivation parameters."),
                          [](QCommandLineParser& p) { addWalletOption(p); }, runInfo});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet lock"),
                          QStringLiteral("No-op: cairn-cli wallets are locked again after every command."),
                          [](QCommandLineParser& p) { addWalletOption(p); }, runLock});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet unlock"),
                          QStringLiteral("Check the wallet password and the file's integrity (the wallet stays locked)."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              addPasswordFileOption(p);
                          },
                          runUnlock});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet passwd"), QStringLiteral("Change the wallet password (atomically)."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              addPasswordFileOption(p);
                              p.addOption({kNewPasswordFile,
                                           QStringLiteral("Read the new password from FILE (else prompt twice)."),
                                           QStringLiteral("FILE")});
                          },
                          runPasswd});

CAIRN_CLI_COMMAND(Command{QStringLiteral("wallet addaccount"),
                          QStringLiteral("Add another account (type and number) derived from the wallet's seed."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              addPasswordFileOption(p);
                              p.addOption({kType, QStringLiteral("p2wpkh (default), p2sh-p2wpkh, p2pkh or p2tr."),
                                           QStringLiteral("TYPE")});
                              p.addOption({kAccount, QStringLiteral("BIP44 account number (default 0)."),
                                           QStringLiteral("N")});
                          },
                          runAddAccount});

}  // namespace cairn::cli
