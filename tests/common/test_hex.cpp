// SPDX-License-Identifier: MIT
#include "common/test_hex.h"

#include "util/hex.h"

#include <QtGlobal>

#include <algorithm>

namespace cairn::test {

Bytes hex(const QString& h) {
    auto b = util::fromHex(h.toStdString());
    if (!b) qFatal("bad hex in test data: %s", qPrintable(h));
    return b.value();
}

QString hexOf(ByteView bytes) { return QString::fromStdString(util::toHex(bytes)); }

crypto::Hash256 hash256Of(const QString& h) {
    const Bytes b = hex(h);
    crypto::Hash256 d{};
    if (b.size() != d.size()) qFatal("value is not 32 bytes: %s", qPrintable(h));
    std::copy(b.begin(), b.end(), d.begin());
    return d;
}

}  // namespace cairn::test
