// SPDX-License-Identifier: MIT
#include "crypto/library_versions.h"

#include <openssl/crypto.h>

namespace cairn::crypto {

std::string opensslVersion() { return OpenSSL_version(OPENSSL_VERSION); }

std::string secp256k1Version() { return CAIRN_SECP256K1_VERSION; }

}  // namespace cairn::crypto
