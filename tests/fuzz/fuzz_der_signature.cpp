// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as an ECDSA DER signature and as a public key. Nothing may crash; a strictly parsed
// signature must re-encode to exactly the input (BIP66 DER is canonical) and be accepted by the lax parser with the
// same value; a parsed public key must re-serialise to exactly the input.
#include "crypto/ecdsa.h"
#include "crypto/hash.h"
#include "crypto/keys.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace cairn;

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

const crypto::PubKey& fixedKey() {
    static const crypto::PubKey kKey = [] {
        Bytes secret(32, 0);
        secret[31] = 7;
        return crypto::PrivKey::fromBytes(secret).value().pubKey();
    }();
    return kKey;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView input(data, size);
    const crypto::Hash256 digest = crypto::sha256(input);

    auto strict = crypto::EcdsaSignature::parseDer(input);
    auto lax = crypto::EcdsaSignature::parseDerLaxHistoric(input);
    if (strict.ok()) {
        const Bytes again = strict->toDer();
        check(again.size() == size && std::equal(again.begin(), again.end(), input.begin()));
        check(lax.ok() && *lax == *strict);
        check(strict->normalizedLowS().isLowS());
        (void)crypto::verifyEcdsa(fixedKey(), digest, *strict, true);
    }
    if (lax.ok()) {
        auto roundTrip = crypto::EcdsaSignature::parseDerLaxHistoric(lax->toDer());
        check(roundTrip.ok() && *roundTrip == *lax);
        (void)crypto::verifyEcdsa(fixedKey(), digest, *lax);
    }

    auto key = crypto::PubKey::parse(input);
    if (key.ok()) {
        const Bytes again = key->serialize();
        check(again.size() == size && std::equal(again.begin(), again.end(), input.begin()));
        check(key->withCompression(!key->isCompressed()).withCompression(key->isCompressed()) == *key);
    }
    if (size == 65) {  // also try the tail as a recoverable signature
        crypto::CompactSignature compact{};
        std::copy(input.begin() + 1, input.end(), compact.begin());
        auto recovered = crypto::recoverEcdsa(digest, compact, data[0] & 3, true);
        if (recovered.ok()) check(crypto::verifyEcdsa(*recovered, digest, crypto::EcdsaSignature::fromCompact(compact).value()));
    }
    return 0;
}
