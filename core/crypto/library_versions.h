// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cairn::crypto {

/// OpenSSL's version string as reported by the library at run time (e.g. "OpenSSL 3.0.x ...").
std::string opensslVersion();
/// libsecp256k1's version as found by pkg-config at build time (the library has no run-time query).
std::string secp256k1Version();

}  // namespace cairn::crypto
