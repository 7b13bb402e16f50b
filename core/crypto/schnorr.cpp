// SPDX-License-Identifier: MIT
#include "crypto/schnorr.h"

#include "crypto/secp_context.h"

#include <secp256k1_extrakeys.h>
#include <secp256k1_schnorrsig.h>

#include <cassert>

namespace cairn::crypto {

SchnorrSignature signSchnorr(const PrivKey& key, ByteView message, const std::optional<Hash256>& aux) {
    secp256k1_keypair keypair;
    int rc = secp256k1_keypair_create(secpContext(), &keypair, key.secret().data());
    assert(rc == 1);  // PrivKey guarantees a valid secret
    secp256k1_schnorrsig_extraparams params = SECP256K1_SCHNORRSIG_EXTRAPARAMS_INIT;
    Hash256 auxCopy{};
    if (aux) {
        auxCopy = *aux;
        params.ndata = auxCopy.data();
    }
    SchnorrSignature sig{};
    rc = secp256k1_schnorrsig_sign_custom(secpContext(), sig.data(), message.data(), message.size(), &keypair,
                                          &params);
    assert(rc == 1);
    (void)rc;
    util::secureWipe(&keypair, sizeof keypair);
    return sig;
}

bool verifySchnorr(const XOnlyPubKey& key, ByteView message, ByteView signature) {
    if (signature.size() != 64) return false;
    secp256k1_xonly_pubkey pk;
    if (secp256k1_xonly_pubkey_parse(secpContext(), &pk, key.bytes().data()) != 1) return false;
    return secp256k1_schnorrsig_verify(secpContext(), signature.data(), message.data(), message.size(), &pk) == 1;
}

}  // namespace cairn::crypto
