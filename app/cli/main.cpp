// SPDX-License-Identifier: MIT
// cairn-cli: the headless front end. `cairn-cli [global options] SUBCOMMAND [options]`.
#include "cli/command.h"
#include "service/versions.h"

#include <QCoreApplication>

#include <cstdio>

using namespace cairn;
using namespace cairn::cli;

namespace {

const char* kGlobalHelp =
    "Usage: cairn-cli [global options] SUBCOMMAND [options]\n"
    "\n"
    "Global options (before the subcommand):\n"
    "  --json               Print results as JSON on stdout.\n"
    "  --network NAME       main (default), test, testnet4, signet or regtest.\n"
    "  --datadir DIR        Base data directory (each network uses a sub-directory).\n"
    "  --connect HOST:PORT  Use only this peer (repeatable).\n"
    "  --proxy HOST:PORT    Connect through a SOCKS5 proxy (e.g. Tor).\n"
    "  -h, --help           Show this help; `cairn-cli help SUBCOMMAND` or `SUBCOMMAND --help` for one command.\n"
    "  -V, --version        Print the version.\n"
    "\n"
    "Exit status: 0 on success, 1 on a user error (one line on stderr).\n"
    "\n"
    "Subcommands:\n";

void printGlobalHelp() {
    QString text = QString::fromLatin1(kGlobalHelp);
    for (const auto& [name, cmd] : Registry::instance().all())
        text += QStringLiteral("  %1%2\n").arg(name.leftJustified(22), cmd.summary);
    std::fputs(qPrintable(text), stdout);
}

void makeParser(const Command& cmd, QCommandLineParser& parser) {
    parser.setApplicationDescription(cmd.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (cmd.setup) cmd.setup(parser);
}

QString commandHelp(const Command& cmd) {
    QCommandLineParser parser;
    makeParser(cmd, parser);
    QString help = parser.helpText();
    // Qt names the program; show the real invocation instead.
    const QString usagePrefix = QStringLiteral("Usage: ") + QCoreApplication::applicationFilePath();
    help.replace(usagePrefix, QStringLiteral("Usage: cairn-cli [global options] ") + cmd.name);
    help.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0),
                 QStringLiteral("Usage: cairn-cli [global options] ") + cmd.name);
    return help;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setApplicationVersion(service::libraryVersions().cairn);

    Context ctx;
    const QStringList args = app.arguments();
    qsizetype i = 1;
    auto needValue = [&](const QString& opt) -> std::optional<QString> {
        if (i + 1 >= args.size()) return std::nullopt;
        (void)opt;
        return args[++i];
    };
    for (; i < args.size(); ++i) {
        QString a = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QStringLiteral("--")) && a.contains(QLatin1Char('='))) {
            inlineValue = a.section(QLatin1Char('='), 1);
            a = a.section(QLatin1Char('='), 0, 0);
            hasInline = true;
        }
        auto value = [&]() -> std::optional<QString> { return hasInline ? std::optional<QString>(inlineValue) : needValue(a); };
        if (a == QStringLiteral("--json")) {
            ctx.json = true;
        } else if (a == QStringLiteral("--network")) {
            auto v = value();
            if (!v) return ctx.fail(QStringLiteral("--network needs a value"));
            auto net = parseNetwork(v->toStdString());
            if (!net) return ctx.fail(QStringLiteral("unknown network '%1' (use main, test, testnet4, signet or regtest)").arg(*v));
            ctx.network = *net;
        } else if (a == QStringLiteral("--datadir")) {
            auto v = value();
            if (!v) return ctx.fail(QStringLiteral("--datadir needs a value"));
            ctx.datadirBase = *v;
        } else if (a == QStringLiteral("--connect")) {
            auto v = value();
            if (!v) return ctx.fail(QStringLiteral("--connect needs host:port"));
            ctx.connect << *v;
        } else if (a == QStringLiteral("--proxy")) {
            auto v = value();
            if (!v) return ctx.fail(QStringLiteral("--proxy needs host:port"));
            ctx.proxy = *v;
        } else if (a == QStringLiteral("-h") || a == QStringLiteral("--help")) {
            printGlobalHelp();
            return kExitOk;
        } else if (a == QStringLiteral("-V") || a == QStringLiteral("--version")) {
            std::printf("cairn-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
            return kExitOk;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return ctx.fail(QStringLiteral("unknown global option '%1' (see cairn-cli --help)").arg(a));
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        printGlobalHelp();
        return kExitUserError;
    }

    // A subcommand is one word ("version") or two ("mnemonic new"); the longer match wins.
    const Command* cmd = nullptr;
    qsizetype consumed = 0;
    if (i + 1 < args.size()) {
        cmd = Registry::instance().find(args[i] + QLatin1Char(' ') + args[i + 1]);
        if (cmd) consumed = 2;
    }
    if (!cmd) {
        cmd = Registry::instance().find(args[i]);
        consumed = 1;
    }
    if (!cmd) {
        // A group name alone ("mnemonic") lists its actions.
        QStringList actions;
        for (const auto& [name, c] : Registry::instance().all())
            if (name.startsWith(args[i] + QLatin1Char(' '))) actions << name;
        if (!actions.isEmpty())
            return ctx.fail(QStringLiteral("'%1' needs an action: %2").arg(args[i], actions.join(QStringLiteral(", "))));
        return ctx.fail(QStringLiteral("unknown subcommand '%1' (see cairn-cli help)").arg(args[i]));
    }

    if (cmd->name == QStringLiteral("help")) {
        const QStringList rest = args.mid(i + consumed);
        if (rest.isEmpty()) {
            printGlobalHelp();
            return kExitOk;
        }
        const Command* target = rest.size() > 1 ? Registry::instance().find(rest[0] + QLatin1Char(' ') + rest[1]) : nullptr;
        if (!target) target = Registry::instance().find(rest[0]);
        if (!target) return ctx.fail(QStringLiteral("unknown subcommand '%1'").arg(rest.join(QLatin1Char(' '))));
        std::fputs(qPrintable(commandHelp(*target)), stdout);
        return kExitOk;
    }

    QCommandLineParser parser;
    makeParser(*cmd, parser);
    QStringList cmdArgs{cmd->name};
    cmdArgs << args.mid(i + consumed);
    if (!parser.parse(cmdArgs)) return ctx.fail(cmd->name + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(*cmd)), stdout);
        return kExitOk;
    }
    return cmd->run(ctx, parser);
}
