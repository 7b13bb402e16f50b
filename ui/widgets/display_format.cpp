// SPDX-License-Identifier: MIT
#include "ui/widgets/display_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace cairn::ui {

/// Translation context of the helpers below.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

QString formatBtc(int64_t sats) {
    // Integer arithmetic only: a double cannot hold every satoshi amount exactly.
    const bool negative = sats < 0;
    const uint64_t magnitude = negative ? static_cast<uint64_t>(-(sats + 1)) + 1 : static_cast<uint64_t>(sats);
    const uint64_t whole = magnitude / 100'000'000u;
    const uint64_t fraction = magnitude % 100'000'000u;
    const QString number = QStringLiteral("%1%2.%3")
                               .arg(negative ? QStringLiteral("-") : QString())
                               .arg(whole)
                               .arg(fraction, 8, 10, QLatin1Char('0'));
    return DisplayFormat::tr("%1 BTC").arg(number);
}

QString formatUtcTime(uint32_t unixSeconds) {
    const QDateTime t = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
    return DisplayFormat::tr("%1 UTC")
        .arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));  // notr
}

QString formatDuration(int64_t seconds) {
    if (seconds < 0) return DisplayFormat::tr("unknown");
    if (seconds < 60) return DisplayFormat::tr("%1 s").arg(seconds);
    const int64_t minutes = seconds / 60;
    if (minutes < 60) return DisplayFormat::tr("%1 min").arg(minutes);
    const int64_t hours = minutes / 60;
    if (hours < 24)
        return DisplayFormat::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return DisplayFormat::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString formatBytes(uint64_t bytes) {
    if (bytes < 1024) return DisplayFormat::tr("%1 B").arg(bytes);
    const double kib = static_cast<double>(bytes) / 1024.0;
    if (kib < 1024.0) return DisplayFormat::tr("%1 KiB").arg(kib, 0, 'f', 1);
    const double mib = kib / 1024.0;
    if (mib < 1024.0) return DisplayFormat::tr("%1 MiB").arg(mib, 0, 'f', 1);
    return DisplayFormat::tr("%1 GiB").arg(mib / 1024.0, 0, 'f', 2);
}

QString formatCount(int64_t value) { return QLocale().toString(static_cast<qlonglong>(value)); }

QString formatDifficulty(double difficulty) {
    if (difficulty == 0.0) return QStringLiteral("0");
    const double magnitude = std::fabs(difficulty);
    if (magnitude < 1e-3 || magnitude >= 1e15) return QLocale().toString(difficulty, 'e', 5);
    return QLocale().toString(difficulty, 'f', magnitude < 1000.0 ? 6 : 0);
}

QFont monospaceFont() { return QFontDatabase::systemFont(QFontDatabase::FixedFont); }

}  // namespace cairn::ui
