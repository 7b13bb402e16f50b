// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bip32.h"
#include "crypto/keys.h"
#include "script/extkey_io.h"
#include "util/network.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A BIP380 key expression: an optional [fingerprint/path] origin, then a hex public key, a WIF private key, or
// an xpub/xprv (tpub/tprv) with derivation steps, an optional BIP389 multipath step /<a;b;...> and an optional
// final /* or /*h. Immutable after parsing; copies share the key material.
namespace cairn::script {

/// What the key must look like where it appears in a descriptor.
enum class KeyContext {
    Any,         ///< pk(), pkh(), multi() at the top or under sh(): compressed or uncompressed
    Compressed,  ///< anything under wpkh() or wsh(): 33-byte keys only
    XOnly,       ///< under tr(): 32-byte x-only keys (33-byte and extended keys are converted)
};

/// How child indexes are used at the end of an extended key's path.
enum class KeyRange { None, Unhardened, Hardened };

class DescriptorKey {
public:
    /// Parses one key expression for a network (WIF and xpub/tpub versions must match it). Fails on any
    /// syntax error (BIP380/BIP389 rules), an invalid key, a key the context does not allow, or a SLIP-132
    /// (ypub/zpub...) key. Messages never contain key material.
    [[nodiscard]] static util::Result<DescriptorKey> parse(std::string_view text, KeyContext context, Network net);

    /// The key expression in normalised form ('h' for hardened steps). With `includePrivate` false, private
    /// keys are written as their public form (hex key or xpub/tpub).
    std::string toString(bool includePrivate = true) const;

    /// True when the key ends in /* or /*h.
    bool isRanged() const { return m_range != KeyRange::None; }
    /// Number of alternatives of the multipath step (0 when there is none).
    size_t multipathSize() const;
    /// The same key with the multipath step replaced by its `branch`-th value (branch < multipathSize()).
    DescriptorKey selectBranch(size_t branch) const;
    /// True when the key carries private key material (WIF or xprv).
    bool hasPrivateKey() const;

    /// The public key at child `index` (ignored unless ranged) in the key's serialisation: 65 bytes for an
    /// uncompressed key, 33 bytes otherwise, 32 bytes (x-only) in the XOnly context. Fails when hardened
    /// derivation is asked of a public extended key, when the key has an unselected multipath step, or in
    /// BIP32's negligible invalid-child case.
    [[nodiscard]] util::Result<Bytes> pubKeyAt(uint32_t index) const;
    /// The size pubKeyAt() returns (known without deriving).
    size_t pubKeySize() const;

private:
    struct Origin {
        crypto::KeyFingerprint fingerprint{};
        std::vector<uint32_t> path;
    };
    DescriptorKey() = default;
    [[nodiscard]] util::Result<void> parseExtended(std::string_view keyText, const std::vector<std::string_view>& steps,
                                                   Network net);

    std::optional<Origin> m_origin;
    KeyContext m_context = KeyContext::Any;
    // Exactly one of these three is set.
    std::optional<crypto::PubKey> m_pubKey;
    std::shared_ptr<const crypto::PrivKey> m_privKey;
    std::shared_ptr<const crypto::ExtKey> m_extKey;
    bool m_compressed = true;  // for m_privKey; m_pubKey carries its own flag
    bool m_xOnlyText = false;  // the hex was a 64-character x-only key
    ExtKeyChain m_chain = ExtKeyChain::Main;
    Network m_network = Network::Main;
    // Derivation steps after an extended key; one of them may be a multipath step (several values).
    std::vector<std::vector<uint32_t>> m_steps;
    KeyRange m_range = KeyRange::None;
};

}  // namespace cairn::script
