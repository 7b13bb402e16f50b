// SPDX-License-Identifier: MIT
#include "cli/commands/wallet_common.h"

#include "cli/secret_input.h"
#include "service/data_dir.h"

#include <QJsonArray>

#include <unistd.h>

namespace cairn::cli::walletcli {

const QString kWalletOption = QStringLiteral("wallet");
const QString kPasswordFileOption = QStringLiteral("password-file");

void addWalletOption(QCommandLineParser& parser) {
    parser.addOption({kWalletOption, QStringLiteral("Wallet name (default \"default\")."), QStringLiteral("NAME")});
}

void addPasswordFileOption(QCommandLineParser& parser) {
    parser.addOption({kPasswordFileOption,
                      QStringLiteral("Read the wallet password from FILE (else prompt on the terminal)."),
                      QStringLiteral("FILE")});
}

QString walletName(const QCommandLineParser& parser) {
    return parser.isSet(kWalletOption) ? parser.value(kWalletOption) : QStringLiteral("default");
}

std::unique_ptr<service::WalletClient> openClient(const Context& ctx, int* exitCode) {
    auto dir = service::resolveDataDir(ctx.network, ctx.datadirBase);
    if (!dir.ok()) {
        *exitCode = ctx.fail(dir.message());
        return nullptr;
    }
    return std::make_unique<service::WalletClient>(ctx.network, *dir);
}

util::Result<util::SecureBytes> readPassword(const QCommandLineParser& parser, const QString& fileOption,
                                             const QString& prompt, bool confirm) {
    const QString file = parser.value(fileOption);
    auto first = readSecret(file, prompt);
    if (!first.ok()) return first.error();
    if (first->empty()) return util::fail("the password must not be empty");
    if (confirm && file.isEmpty() && isatty(STDIN_FILENO)) {
        auto again = readSecret(QString(), QStringLiteral("Repeat: "));
        if (!again.ok()) return again.error();
        if (!(*again == *first)) return util::fail("the passwords do not match");
    }
    return first;
}

QJsonObject accountJson(const service::AccountInfo& a) {
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("kind"), a.kind},
                  {QStringLiteral("type"), a.typeName},
                  {QStringLiteral("index"), a.index},
                  {QStringLiteral("receive_descriptor"), a.receiveDescriptor},
                  {QStringLiteral("next_receive"), a.nextReceive},
                  {QStringLiteral("next_change"), a.nextChange}};
    if (!a.xpub.isEmpty()) o.insert(QStringLiteral("xpub"), a.xpub);
    if (!a.origin.isEmpty()) o.insert(QStringLiteral("origin"), a.origin);
    if (!a.changeDescriptor.isEmpty()) o.insert(QStringLiteral("change_descriptor"), a.changeDescriptor);
    return o;
}

QJsonObject walletInfoJson(const service::WalletInfo& w) {
    QJsonArray accounts;
    for (const auto& a : w.accounts) accounts.append(accountJson(a));
    QJsonObject o{{QStringLiteral("name"), w.name},
                  {QStringLiteral("network"), w.network},
                  {QStringLiteral("file"), w.path},
                  {QStringLiteral("watch_only"), w.watchOnly},
                  {QStringLiteral("encrypted"), w.encrypted},
                  {QStringLiteral("locked"), true},
                  {QStringLiteral("birthday"), w.birthdayHeight},
                  {QStringLiteral("gap_limit"), w.gapLimit},
                  {QStringLiteral("created"), w.created},
                  {QStringLiteral("addresses"), w.addressCount},
                  {QStringLiteral("transactions"), w.transactionCount},
                  {QStringLiteral("accounts"), accounts}};
    if (!w.kdf.isEmpty()) o.insert(QStringLiteral("kdf"), w.kdf);
    return o;
}

QJsonObject addressJson(const service::AddressInfo& a) {
    QJsonObject o{{QStringLiteral("address"), a.address},
                  {QStringLiteral("scriptpubkey"), a.scriptPubKey},
                  {QStringLiteral("account"), a.accountId},
                  {QStringLiteral("change"), a.change},
                  {QStringLiteral("index"), a.index},
                  {QStringLiteral("path"), a.path}};
    if (!a.label.isEmpty()) o.insert(QStringLiteral("label"), a.label);
    return o;
}

util::Result<int> intOption(const QCommandLineParser& parser, const QString& option, int fallback, int min, int max) {
    if (!parser.isSet(option)) return fallback;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < min || v > max)
        return util::fail(QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                              .arg(option)
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(option))
                              .toStdString());
    return v;
}

}  // namespace cairn::cli::walletcli
