// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the wallet subcommands (wallet*, getnewaddress, descriptors, labels).
#include "cli/command.h"
#include "service/wallet_client.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cairn::cli::walletcli {

extern const QString kWalletOption;
extern const QString kPasswordFileOption;

/// Adds --wallet NAME (default "default").
void addWalletOption(QCommandLineParser& parser);
/// Adds --password-file FILE.
void addPasswordFileOption(QCommandLineParser& parser);
/// The --wallet value or "default".
QString walletName(const QCommandLineParser& parser);
/// A client on the network's data directory; nullptr after printing the error into *exitCode.
std::unique_ptr<service::WalletClient> openClient(const Context& ctx, int* exitCode);
/// The wallet password from --password-file or a prompt; with `confirm` a terminal user types it twice.
util::Result<util::SecureBytes> readPassword(const QCommandLineParser& parser, const QString& fileOption,
                                             const QString& prompt, bool confirm);
/// JSON renderings of the service value types.
QJsonObject walletInfoJson(const service::WalletInfo& info);
QJsonObject accountJson(const service::AccountInfo& info);
QJsonObject addressJson(const service::AddressInfo& info);
/// Parses a non-negative integer option; fails naming the option.
util::Result<int> intOption(const QCommandLineParser& parser, const QString& option, int fallback, int min, int max);

}  // namespace cairn::cli::walletcli
