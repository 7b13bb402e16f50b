// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "util/bytes.h"

#include <QString>

namespace cairn::test {

/// Bytes of a hex literal from a test or a vector file; aborts the test binary on malformed hex
/// (a broken vector file is a test bug, not a case to handle).
Bytes hex(const QString& h);
/// Lower-case hex of bytes, for QCOMPARE against vector strings.
QString hexOf(ByteView bytes);
/// A 32-byte value (digest, key, hash) from hex; aborts unless it is exactly 32 bytes.
crypto::Hash256 hash256Of(const QString& h);

}  // namespace cairn::test
