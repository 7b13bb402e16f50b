// SPDX-License-Identifier: MIT
// `labels export FILE|-` and `labels import FILE|-`: BIP329 JSON Lines.
#include "cli/commands/wallet_common.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace cairn::cli {
namespace {

using namespace walletcli;

constexpr qint64 kMaxImportBytes = 64LL * 1024 * 1024;

int runExport(Context& ctx, const QCommandLineParser& p) {
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("labels export needs FILE (or - for standard output)"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto text = client->exportLabels(walletName(p));
    if (!text.ok()) return ctx.fail(text.message());
    if (args[0] == QStringLiteral("-")) {
        std::fwrite(text->constData(), 1, size_t(text->size()), stdout);
        std::fflush(stdout);
        return kExitOk;
    }
    QFile f(args[0]);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(*text) != text->size())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(args[0], f.errorString()));
    f.close();
    ctx.print(QJsonObject{{QStringLiteral("file"), args[0]}, {QStringLiteral("labels"), int(text->count('\n'))}});
    return kExitOk;
}

int runImport(Context& ctx, const QCommandLineParser& p) {
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) return ctx.fail(QStringLiteral("labels import needs FILE (or - for standard input)"));
    QFile f;
    if (args[0] == QStringLiteral("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly)) return ctx.fail(QStringLiteral("cannot read standard input"));
    } else {
        f.setFileName(args[0]);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(QStringLiteral("cannot read %1: %2").arg(args[0], f.errorString()));
    }
    const QByteArray data = f.read(kMaxImportBytes + 1);
    if (data.size() > kMaxImportBytes) return ctx.fail(QStringLiteral("label file is larger than 64 MiB"));
    int code = kExitOk;
    auto client = openClient(ctx, &code);
    if (!client) return code;
    auto stats = client->importLabels(walletName(p), data);
    if (!stats.ok()) return ctx.fail(QStringLiteral("nothing imported: ") + QString::fromStdString(stats.message()));
    ctx.print(QJsonObject{{QStringLiteral("imported"), stats->imported},
                          {QStringLiteral("ignored"), stats->ignored},
                          {QStringLiteral("outputs_updated"), stats->frozenUpdated}});
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{QStringLiteral("labels export"),
                          QStringLiteral("Export the wallet's labels as BIP329 JSON Lines to FILE (- for stdout)."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Output file, or -."));
                          },
                          runExport});

CAIRN_CLI_COMMAND(Command{QStringLiteral("labels import"),
                          QStringLiteral("Import BIP329 JSON Lines labels from FILE (- for stdin); all or nothing."),
                          [](QCommandLineParser& p) {
                              addWalletOption(p);
                              p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Input file, or -."));
                          },
                          runImport});

}  // namespace cairn::cli
