// SPDX-License-Identifier: MIT
#pragma once

// BIP21 `bitcoin:` payment URIs, parsed for the Send page and the URI handler. Pure functions, cheap enough
// for the GUI thread.

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace cairn::service {

/// Longest URI text the parser looks at (a QR code holds at most 4,296 alphanumeric characters).
constexpr qsizetype kMaxPaymentUriLength = 4096;

/// What a BIP21 URI asks for. The address is not checked against a network here (see checkAddress).
struct PaymentUri {
    QString address;                             ///< as written (bech32 may be upper case)
    std::optional<qint64> amountSats;            ///< `amount`, converted from decimal BTC
    QString label;                               ///< `label`, percent-decoded UTF-8
    QString message;                             ///< `message`, percent-decoded UTF-8
    QList<QPair<QString, QString>> otherParams;  ///< unknown, optional parameters (decoded), in URI order
};

/// True when `text` (surrounding white space ignored) starts with the scheme "bitcoin:" in any letter case.
bool isPaymentUri(const QString& text);

/// Parses a BIP21 URI. Fails with a one-line English reason when the scheme is not "bitcoin:", the address is
/// missing or has characters no address has, the amount is not plain decimal BTC (no commas, at most 8
/// decimals, at most 21,000,000), a parameter is repeated or badly percent-encoded (or not UTF-8), a `req-`
/// parameter asks for something Cairn does not understand, or the text is longer than kMaxPaymentUriLength.
[[nodiscard]] util::Result<PaymentUri> parsePaymentUri(const QString& uri);

/// Builds "bitcoin:ADDR?amount=..&label=..&message=..": amount in BTC with trailing zeros trimmed, label and
/// message percent-encoded as UTF-8 (RFC 3986 unreserved characters kept); empty fields are left out.
QString formatPaymentUri(const QString& address, std::optional<qint64> amountSats, const QString& label,
                         const QString& message);

}  // namespace cairn::service
