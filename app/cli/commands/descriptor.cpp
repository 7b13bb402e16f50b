// SPDX-License-Identifier: MIT
// `descriptor parse` and `descriptor derive`: output script descriptors (BIP380-386, BIP389).
// Descriptors with private keys are secrets: they come from --descriptor-file or standard input, never argv.
#include "cli/command.h"
#include "cli/secret_input.h"
#include "script/descriptor.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace cairn::cli {
namespace {

const QString kFileOption = QStringLiteral("descriptor-file");
const QString kRangeOption = QStringLiteral("range");
constexpr uint32_t kMaxRangeSize = 10000;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

void setupCommon(QCommandLineParser& p) {
    p.addPositionalArgument(QStringLiteral("descriptor"),
                            QStringLiteral("A public descriptor (omit it to read one from --descriptor-file or stdin)."));
    p.addOption({kFileOption, QStringLiteral("Read the descriptor (it may hold private keys) from FILE."),
                 QStringLiteral("FILE")});
}

// The descriptor from the argument (public only) or from the file / standard input / prompt.
util::Result<script::Descriptor> readDescriptor(const Context& ctx, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) return util::fail("expected one descriptor argument");
    if (args.size() == 1) {
        if (parser.isSet(kFileOption)) return util::fail("give the descriptor either as an argument or with --descriptor-file");
        auto d = script::Descriptor::parse(args[0].toStdString(), ctx.network);
        if (d && d->hasPrivateKeys())
            return util::fail("descriptors with private keys are secrets: pass them with --descriptor-file FILE or on "
                              "standard input, not as an argument");
        return d;
    }
    auto secret = readSecret(parser.value(kFileOption), QStringLiteral("Descriptor: "), true);
    if (!secret) return secret.error();
    std::string_view text = secret->asStringView();
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return script::Descriptor::parse(text, ctx.network);
}

QJsonArray branchList(const script::Descriptor& d) {
    QJsonArray out;
    if (d.branchCount() > 1)
        for (const auto& b : d.expandBranches()) out.append(qs(b.toString(false)));
    return out;
}

int parse(Context& ctx, const QCommandLineParser& parser) {
    auto d = readDescriptor(ctx, parser);
    if (!d) return ctx.fail(d.message());
    QJsonObject out{
        {QStringLiteral("descriptor"), qs(d->toString(false))},
        {QStringLiteral("type"), qs(script::descriptorTypeName(d->type()))},
        {QStringLiteral("network"), qs(networkName(ctx.network))},
        {QStringLiteral("ranged"), d->isRanged()},
        {QStringLiteral("has_private_keys"), d->hasPrivateKeys()},
        {QStringLiteral("branches"), int(d->branchCount())},
    };
    if (d->branchCount() > 1) out.insert(QStringLiteral("multipath"), branchList(*d));
    ctx.print(out);
    return kExitOk;
}

// "A:B" (inclusive) or a single index.
std::optional<std::pair<uint32_t, uint32_t>> parseRange(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2) return std::nullopt;
    bool ok1 = false, ok2 = false;
    const qlonglong a = parts[0].toLongLong(&ok1);
    const qlonglong b = parts.size() == 2 ? parts[1].toLongLong(&ok2) : (ok2 = ok1, a);
    if (!ok1 || !ok2 || a < 0 || b < a || b >= 0x80000000LL) return std::nullopt;
    return std::make_pair(uint32_t(a), uint32_t(b));
}

int derive(Context& ctx, const QCommandLineParser& parser) {
    std::pair<uint32_t, uint32_t> range{0, 0};
    if (parser.isSet(kRangeOption)) {
        auto r = parseRange(parser.value(kRangeOption));
        if (!r) return ctx.fail(QStringLiteral("--range must be A:B with 0 <= A <= B < 2^31"));
        range = *r;
    }
    if (range.second - range.first >= kMaxRangeSize)
        return ctx.fail(QStringLiteral("--range covers more than %1 indexes").arg(kMaxRangeSize));
    auto d = readDescriptor(ctx, parser);
    if (!d) return ctx.fail(d.message());
    // An unranged descriptor has one script, whatever the range says.
    if (!d->isRanged()) range = {0, 0};
    const std::vector<script::Descriptor> branches = d->expandBranches();
    QJsonArray outputs;
    for (size_t b = 0; b < branches.size(); ++b) {
        for (uint64_t i = range.first; i <= range.second; ++i) {
            auto spk = branches[b].scriptPubKeyAt(uint32_t(i));
            if (!spk) return ctx.fail(QStringLiteral("index %1: %2").arg(i).arg(qs(spk.message())));
            auto address = branches[b].addressAt(uint32_t(i));
            QJsonObject row{{QStringLiteral("index"), qint64(i)},
                            {QStringLiteral("scriptPubKey"), qs(util::toHex(*spk))},
                            {QStringLiteral("address"), address ? QJsonValue(qs(*address)) : QJsonValue()}};
            if (branches.size() > 1) row.insert(QStringLiteral("branch"), int(b));
            outputs.append(row);
        }
    }
    ctx.print(QJsonObject{{QStringLiteral("descriptor"), qs(d->toString(false))},
                          {QStringLiteral("network"), qs(networkName(ctx.network))},
                          {QStringLiteral("outputs"), outputs}});
    return kExitOk;
}

}  // namespace

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("descriptor parse"),
    QStringLiteral("Check a descriptor: normalised form with checksum, ranged or not, multipath branches."),
    setupCommon, parse});

CAIRN_CLI_COMMAND(Command{
    QStringLiteral("descriptor derive"),
    QStringLiteral("The scriptPubKeys and addresses of a descriptor for a range of child indexes."),
    [](QCommandLineParser& p) {
        setupCommon(p);
        p.addOption({kRangeOption, QStringLiteral("Child indexes A to B, inclusive (default 0:0)."), QStringLiteral("A:B")});
    },
    derive});

}  // namespace cairn::cli
