// SPDX-License-Identifier: MIT
#include "ui/amount_format.h"

#include "ui/app_settings.h"


namespace cairn::ui {

namespace {
constexpr qint64 kMaxMoney = 21'000'000LL * 100'000'000LL;

// Digits of |sats| in `unit` with exactly unitDecimals() decimals, no sign.
QString fixedDigits(quint64 absSats, DisplayUnit unit) {
    const quint64 per = static_cast<quint64>(satsPerUnit(unit));
    const int decimals = unitDecimals(unit);
    const QString whole = QString::number(absSats / per);
    if (decimals == 0) return whole;
    return whole + QLatin1Char('.') + QStringLiteral("%1").arg(absSats % per, decimals, 10, QLatin1Char('0'));
}
}  // namespace

qint64 satsPerUnit(DisplayUnit unit) {
    switch (unit) {
    case DisplayUnit::Btc: return 100'000'000;
    case DisplayUnit::MilliBtc: return 100'000;
    case DisplayUnit::Bits: return 100;
    case DisplayUnit::Sat: return 1;
    }
    return 100'000'000;
}

int unitDecimals(DisplayUnit unit) {
    switch (unit) {
    case DisplayUnit::Btc: return 8;
    case DisplayUnit::MilliBtc: return 5;
    case DisplayUnit::Bits: return 2;
    case DisplayUnit::Sat: return 0;
    }
    return 8;
}

QString unitName(DisplayUnit unit) {
    switch (unit) {
    case DisplayUnit::Btc: return QStringLiteral("BTC");
    case DisplayUnit::MilliBtc: return QStringLiteral("mBTC");
    case DisplayUnit::Bits: return QStringLiteral("bits");
    case DisplayUnit::Sat: return QStringLiteral("sat");
    }
    return QStringLiteral("BTC");
}

QString unitKey(DisplayUnit unit) {
    switch (unit) {
    case DisplayUnit::Btc: return QStringLiteral("btc");
    case DisplayUnit::MilliBtc: return QStringLiteral("mbtc");
    case DisplayUnit::Bits: return QStringLiteral("bits");
    case DisplayUnit::Sat: return QStringLiteral("sat");
    }
    return QStringLiteral("btc");
}

DisplayUnit unitFromKey(const QString& key) {
    for (auto u : {DisplayUnit::Btc, DisplayUnit::MilliBtc, DisplayUnit::Bits, DisplayUnit::Sat})
        if (unitKey(u) == key) return u;
    return DisplayUnit::Btc;
}

QString formatAmount(qint64 sats, DisplayUnit unit) {
    const quint64 absSats = sats < 0 ? 0 - static_cast<quint64>(sats) : static_cast<quint64>(sats);
    return (sats < 0 ? QStringLiteral("-") : QString()) + fixedDigits(absSats, unit) + QLatin1Char(' ') +
           unitName(unit);
}

QString formatAmount(qint64 sats) { return formatAmount(sats, AppSettings::displayUnit()); }

QString formatAmountPlain(qint64 sats, DisplayUnit unit) {
    const quint64 absSats = sats < 0 ? 0 - static_cast<quint64>(sats) : static_cast<quint64>(sats);
    QString s = fixedDigits(absSats, unit);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0'))) s.chop(1);
        if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    }
    return (sats < 0 ? QStringLiteral("-") : QString()) + s;
}

std::optional<qint64> parseAmount(const QString& text, DisplayUnit unit) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 32) return std::nullopt;
    const int dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty()) return std::nullopt;
    if (frac.size() > unitDecimals(unit)) return std::nullopt;
    for (QChar c : whole + frac)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return std::nullopt;
    if (whole.size() > 16) return std::nullopt;
    const qint64 per = satsPerUnit(unit);
    const qint64 w = whole.isEmpty() ? 0 : whole.toLongLong();
    if (w > kMaxMoney / per) return std::nullopt;
    qint64 f = 0;
    if (!frac.isEmpty()) {
        QString padded = frac;
        while (padded.size() < unitDecimals(unit)) padded += QLatin1Char('0');
        f = padded.toLongLong();
    }
    const qint64 total = w * per + f;
    if (total > kMaxMoney) return std::nullopt;
    return total;
}

QString btcAmountForUri(qint64 sats) { return formatAmountPlain(sats, DisplayUnit::Btc); }

}  // namespace cairn::ui
