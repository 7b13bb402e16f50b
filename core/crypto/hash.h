// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

namespace cairn::crypto {

using Hash256 = std::array<uint8_t, 32>;
using Hash160 = std::array<uint8_t, 20>;
using Hash512 = std::array<uint8_t, 64>;

/// SHA-256 of the bytes.
Hash256 sha256(ByteView data);
/// SHA-256 applied twice (Bitcoin's hash for txids, block hashes, checksums).
Hash256 sha256d(ByteView data);
/// SHA3-256 (FIPS 202) of the bytes (Tor v3 onion address checksums).
Hash256 sha3_256(ByteView data);
/// RIPEMD-160 of the bytes.
Hash160 ripemd160(ByteView data);
/// RIPEMD-160 of SHA-256 (addresses, key identifiers).
Hash160 hash160(ByteView data);
/// HMAC-SHA512 (BIP32, BIP39 via PBKDF2).
Hash512 hmacSha512(ByteView key, ByteView data);
/// HMAC-SHA256.
Hash256 hmacSha256(ByteView key, ByteView data);
/// BIP340 tagged hash: SHA256(SHA256(tag) || SHA256(tag) || data).
Hash256 taggedHash(std::string_view tag, ByteView data);

/// Incremental SHA-256 (sighash preimages, streaming serialisation).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    Sha256& write(ByteView data);
    Sha256& write(const void* data, size_t size);
    /// Finishes and returns the digest; the object is reset and can be reused.
    Hash256 finalize();
    /// Convenience: finalize() then hash the digest once more (double SHA-256).
    Hash256 finalizeDouble();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// A hasher that starts from the BIP340 tag prefix SHA256(tag) || SHA256(tag).
void beginTaggedHash(Sha256& hasher, std::string_view tag);

}  // namespace cairn::crypto
