// SPDX-License-Identifier: MIT
#include "crypto/taproot.h"

#include "crypto/secp_context.h"

#include <secp256k1_extrakeys.h>

#include <cassert>

namespace cairn::crypto {

Hash256 tapTweakHash(const XOnlyPubKey& internalKey, const std::optional<Hash256>& merkleRoot) {
    Sha256 h;
    beginTaggedHash(h, "TapTweak");
    h.write(internalKey.bytes());
    if (merkleRoot) h.write(*merkleRoot);
    return h.finalize();
}

util::Result<TweakedXOnlyKey> tweakTaprootPubKey(const XOnlyPubKey& internalKey,
                                                 const std::optional<Hash256>& merkleRoot) {
    secp256k1_xonly_pubkey internal;
    if (secp256k1_xonly_pubkey_parse(secpContext(), &internal, internalKey.bytes().data()) != 1)
        return util::fail("the taproot internal key is not on the curve");
    const Hash256 tweak = tapTweakHash(internalKey, merkleRoot);
    secp256k1_pubkey output;
    if (secp256k1_xonly_pubkey_tweak_add(secpContext(), &output, &internal, tweak.data()) != 1)
        return util::fail("the taproot tweak is out of range");
    secp256k1_xonly_pubkey outputX;
    int parity = 0;
    const int rc = secp256k1_xonly_pubkey_from_pubkey(secpContext(), &outputX, &parity, &output);
    assert(rc == 1);
    (void)rc;
    std::array<uint8_t, 32> bytes{};
    secp256k1_xonly_pubkey_serialize(secpContext(), bytes.data(), &outputX);
    auto key = XOnlyPubKey::parse(bytes);
    if (!key) return key.error();
    return TweakedXOnlyKey{key.value(), parity == 1};
}

util::Result<PrivKey> tweakTaprootPrivKey(const PrivKey& internalKey, const std::optional<Hash256>& merkleRoot) {
    secp256k1_keypair keypair;
    if (secp256k1_keypair_create(secpContext(), &keypair, internalKey.secret().data()) != 1)
        return util::fail("invalid taproot internal private key");
    const Hash256 tweak = tapTweakHash(internalKey.xOnlyPubKey(), merkleRoot);
    // keypair_xonly_tweak_add negates the secret first when the internal point has odd y, as BIP341 requires.
    if (secp256k1_keypair_xonly_tweak_add(secpContext(), &keypair, tweak.data()) != 1) {
        util::secureWipe(&keypair, sizeof keypair);
        return util::fail("the taproot tweak is out of range");
    }
    util::SecureBytes secret(32);
    const int rc = secp256k1_keypair_sec(secpContext(), secret.data(), &keypair);
    assert(rc == 1);
    (void)rc;
    util::secureWipe(&keypair, sizeof keypair);
    return PrivKey::fromBytes(secret.view());
}

}  // namespace cairn::crypto
