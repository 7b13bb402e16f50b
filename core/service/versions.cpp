// SPDX-License-Identifier: MIT
#include "service/versions.h"

#include "crypto/library_versions.h"
#include "storage/database.h"
#include "util/version.h"

#include <QtGlobal>

namespace cairn::service {

LibraryVersions libraryVersions() {
    LibraryVersions v;
    v.cairn = QString::fromStdString(util::cairnVersion());
    v.qt = QString::fromLatin1(qVersion());
    v.openssl = QString::fromStdString(crypto::opensslVersion());
    v.secp256k1 = QString::fromStdString(crypto::secp256k1Version());
    v.sqlite = QString::fromStdString(storage::Database::sqliteVersion());
    return v;
}

}  // namespace cairn::service
