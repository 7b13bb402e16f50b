// SPDX-License-Identifier: MIT
#include "service/payment_uri.h"

#include <QStringDecoder>
#include <QUrl>

namespace cairn::service {

namespace {

constexpr qint64 kSatsPerBtc = 100'000'000;
constexpr qint64 kMaxBtc = 21'000'000;
constexpr int kMaxDecimals = 8;
const QString kScheme = QStringLiteral("bitcoin:");

std::string quoted(const QString& s) { return "'" + s.left(40).toStdString() + (s.size() > 40 ? "…'" : "'"); }

int hexValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'a' && u <= 'f') return u - 'a' + 10;
    if (u >= 'A' && u <= 'F') return u - 'A' + 10;
    return -1;
}

// Percent-decodes `text` (RFC 3986: '+' is a plus sign, not a space) and checks that the octets are UTF-8.
util::Result<QString> percentDecode(const QString& text, const QString& key) {
    QByteArray octets;
    octets.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%')) {
            const int hi = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
            const int lo = hi >= 0 ? hexValue(text[i + 2]) : -1;
            if (lo < 0) return util::fail("parameter '" + key.toStdString() + "' has a bad percent escape");
            octets.append(char(hi * 16 + lo));
            i += 2;
        } else if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return util::fail("parameter '" + key.toStdString() + "' has a character that must be percent-encoded");
        } else {
            octets.append(char(c.unicode()));
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(octets);
    if (utf8.hasError()) return util::fail("parameter '" + key.toStdString() + "' is not UTF-8 text");
    return decoded;
}

// "20.3" → 2,030,000,000 sat. Digits with at most one period, at most 8 decimals, at most 21 million BTC.
util::Result<qint64> parseBtcAmount(const QString& text) {
    if (text.isEmpty()) return util::fail("the amount is empty");
    if (text.size() > 20) return util::fail("the amount " + quoted(text) + " is too long");
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    auto digitsOnly = [](const QString& s) {
        for (QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
        return true;
    };
    if (!digitsOnly(whole) || !digitsOnly(frac) || (whole.isEmpty() && frac.isEmpty()))
        return util::fail("the amount " + quoted(text) + " is not a decimal number of BTC (like 0.001)");
    if (frac.size() > kMaxDecimals) return util::fail("the amount " + quoted(text) + " has more than 8 decimals");
    qint64 btc = 0;
    for (QChar c : whole) {
        btc = btc * 10 + (c.unicode() - '0');
        if (btc > kMaxBtc) return util::fail("the amount " + quoted(text) + " is more than 21 million BTC");
    }
    qint64 sats = 0;
    for (int i = 0; i < kMaxDecimals; ++i) sats = sats * 10 + (i < frac.size() ? frac[i].unicode() - '0' : 0);
    sats += btc * kSatsPerBtc;
    if (sats > kMaxBtc * kSatsPerBtc) return util::fail("the amount " + quoted(text) + " is more than 21 million BTC");
    return sats;
}

bool isAddressChar(QChar c) {
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

QString btcText(qint64 sats) {
    QString frac = QString::number(sats % kSatsPerBtc).rightJustified(kMaxDecimals, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0'))) frac.chop(1);
    const QString whole = QString::number(sats / kSatsPerBtc);
    return frac.isEmpty() ? whole : whole + QLatin1Char('.') + frac;
}

}  // namespace

bool isPaymentUri(const QString& text) { return text.trimmed().startsWith(kScheme, Qt::CaseInsensitive); }

util::Result<PaymentUri> parsePaymentUri(const QString& input) {
    const QString uri = input.trimmed();
    if (uri.size() > kMaxPaymentUriLength) return util::fail("the payment URI is too long");
    if (!uri.startsWith(kScheme, Qt::CaseInsensitive)) return util::fail("not a bitcoin: payment URI");
    QString rest = uri.mid(kScheme.size());
    // "bitcoin://ADDR" is not BIP21, but some senders write it; the address is the same.
    if (rest.startsWith(QLatin1String("//"))) rest = rest.mid(2);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    PaymentUri out;
    out.address = q < 0 ? rest : rest.left(q);
    if (out.address.isEmpty()) return util::fail("the payment URI names no address");
    if (out.address.size() > 100) return util::fail("the address in the payment URI is too long");
    for (QChar c : out.address)
        if (!isAddressChar(c)) return util::fail("the address in the payment URI has a character no address has");
    if (q < 0) return out;

    bool haveAmount = false, haveLabel = false, haveMessage = false;
    const QStringList params = rest.mid(q + 1).split(QLatin1Char('&'));
    for (const QString& param : params) {
        if (param.isEmpty()) continue;  // "?&label=x" or a trailing '&': nothing to read
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? param : param.left(eq);
        const QString rawValue = eq < 0 ? QString() : param.mid(eq + 1);
        if (key.isEmpty()) return util::fail("a parameter of the payment URI has no name");
        auto value = percentDecode(rawValue, key);
        if (!value.ok()) return value.error();
        auto once = [&](bool& seen) -> util::Result<void> {
            if (seen) return util::fail("the payment URI repeats '" + key.toStdString() + "'");
            seen = true;
            return {};
        };
        if (key == QLatin1String("amount")) {
            if (auto r = once(haveAmount); !r.ok()) return r.error();
            auto sats = parseBtcAmount(*value);
            if (!sats.ok()) return sats.error();
            out.amountSats = *sats;
        } else if (key == QLatin1String("label")) {
            if (auto r = once(haveLabel); !r.ok()) return r.error();
            out.label = *value;
        } else if (key == QLatin1String("message")) {
            if (auto r = once(haveMessage); !r.ok()) return r.error();
            out.message = *value;
        } else if (key.startsWith(QLatin1String("req-"))) {
            // BIP21: a required parameter the client does not implement makes the whole URI invalid.
            return util::fail("the payment URI requires '" + key.left(40).toStdString() +
                              "', which Cairn does not support");
        } else {
            out.otherParams.append({key, *value});
        }
    }
    return out;
}

QString formatPaymentUri(const QString& address, std::optional<qint64> amountSats, const QString& label,
                         const QString& message) {
    QStringList params;
    if (amountSats && *amountSats > 0) params << QStringLiteral("amount=") + btcText(*amountSats);
    if (!label.isEmpty()) params << QStringLiteral("label=") + QString::fromLatin1(QUrl::toPercentEncoding(label));
    if (!message.isEmpty())
        params << QStringLiteral("message=") + QString::fromLatin1(QUrl::toPercentEncoding(message));
    QString uri = kScheme + address;
    if (!params.isEmpty()) uri += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return uri;
}

}  // namespace cairn::service
