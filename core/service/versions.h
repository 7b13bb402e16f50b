// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cairn::service {

/// Versions of Cairn and of the libraries it runs on, for About dialogs and `cairn-cli version`.
struct LibraryVersions {
    QString cairn;
    QString qt;         ///< Qt at run time (qVersion()).
    QString openssl;    ///< OpenSSL at run time.
    QString secp256k1;  ///< libsecp256k1 as built against.
    QString sqlite;     ///< SQLite at run time.
};

/// Collects the versions; cheap, callable from any thread.
LibraryVersions libraryVersions();

}  // namespace cairn::service
