// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <string>

namespace cairn::cli {

/// Thrown-free error path: a command returns one of these exit codes.
constexpr int kExitOk = 0;
constexpr int kExitUserError = 1;

/// What every command receives: the global options and the output helpers.
struct Context {
    bool json = false;
    Network network = Network::Main;
    QString datadirBase;     ///< --datadir as given (empty: platform default).
    QStringList connect;     ///< --connect host:port, repeatable.
    QString proxy;           ///< --proxy host:port (SOCKS5).

    /// Prints a command's result on stdout: indented JSON with --json, else a readable text rendering.
    void print(const QJsonValue& value) const;
    /// Prints "error: <message>" as one line on stderr and returns kExitUserError.
    int fail(const QString& message) const;
    int fail(const std::string& message) const { return fail(QString::fromStdString(message)); }
    /// Progress or notes for a human, on stderr (never mixed into the JSON on stdout).
    void note(const QString& message) const;
};

/// One subcommand. `setup` declares its options and positional arguments on the parser (help and the
/// usage text are generated from it); `run` gets the parsed arguments.
struct Command {
    QString name;                 ///< e.g. "version", or "mnemonic" for a group with sub-actions.
    QString summary;              ///< One line for `cairn-cli help`.
    std::function<void(QCommandLineParser&)> setup;
    std::function<int(Context&, const QCommandLineParser&)> run;
};

/// The table of subcommands, filled by CAIRN_CLI_COMMAND registrations at start-up.
class Registry {
public:
    static Registry& instance();
    bool add(Command command);
    const Command* find(const QString& name) const;
    const std::map<QString, Command>& all() const { return m_commands; }

private:
    std::map<QString, Command> m_commands;
};

}  // namespace cairn::cli

#define CAIRN_CLI_CONCAT_INNER(a, b) a##b
#define CAIRN_CLI_CONCAT(a, b) CAIRN_CLI_CONCAT_INNER(a, b)
/// Registers a Command (an expression of type cairn::cli::Command) at static-initialisation time.
#define CAIRN_CLI_COMMAND(...) \
    static const bool CAIRN_CLI_CONCAT(cairnCliRegistered_, __LINE__) = ::cairn::cli::Registry::instance().add(__VA_ARGS__)
