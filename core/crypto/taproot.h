// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/hash.h"
#include "crypto/keys.h"
#include "util/result.h"

#include <optional>

namespace cairn::crypto {

/// BIP341 tweak t = TaggedHash("TapTweak", internal || merkleRoot), merkle root omitted for a key-path-only output.
Hash256 tapTweakHash(const XOnlyPubKey& internalKey, const std::optional<Hash256>& merkleRoot);

/// A taproot output key Q = P + t*G as x-only bytes, plus the parity of Q's y (needed in control blocks).
struct TweakedXOnlyKey {
    XOnlyPubKey key;
    bool oddY = false;
};

/// The output key for an internal key and optional script-tree merkle root; fails only in the negligible case the
/// tweak is >= n or Q is infinity.
[[nodiscard]] util::Result<TweakedXOnlyKey> tweakTaprootPubKey(const XOnlyPubKey& internalKey,
                                                              const std::optional<Hash256>& merkleRoot);

/// The private key for the output key: (d' + t) mod n with d' = d or n - d so that d'*G has even y.
/// Signing with it through signSchnorr() gives key-path spend signatures. Same failure cases as above.
[[nodiscard]] util::Result<PrivKey> tweakTaprootPrivKey(const PrivKey& internalKey,
                                                       const std::optional<Hash256>& merkleRoot);

}  // namespace cairn::crypto
