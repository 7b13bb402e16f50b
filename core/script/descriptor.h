// SPDX-License-Identifier: MIT
#pragma once

#include "script/descriptor_key.h"
#include "util/bytes.h"
#include "util/network.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Output script descriptors (BIP380-386, BIP389 multipath): pk, pkh, wpkh, sh, wsh, multi, sortedmulti,
// tr (key path, and script trees of pk() leaves), addr, raw. Immutable after parsing; cheap to copy.
namespace cairn::script {

/// Longest descriptor text parse() accepts.
constexpr size_t kMaxDescriptorLength = 16384;

class Descriptor {
public:
    /// The script expressions.
    enum class Type { Pk, Pkh, Wpkh, Sh, Wsh, Multi, SortedMulti, Tr, Addr, Raw };

    /// One node of the expression tree (public for the parser and printer; treat as read-only).
    struct Node;

    /// Parses a descriptor for a network (addr(), WIF and xpub/tpub keys must belong to it). A "#checksum"
    /// suffix is verified when present. Fails with a plain message on any syntax error, a script expression
    /// in a place BIP380-386 do not allow, a key its context does not allow, multipath steps of different
    /// lengths, a too-long text, or a bad checksum. Messages never contain key material.
    [[nodiscard]] static util::Result<Descriptor> parse(std::string_view text, Network net);

    /// The normalised descriptor ('h' for hardened steps) followed by "#" and its checksum. Private keys are
    /// written as given (WIF, xprv) unless `includePrivate` is false, which writes their public forms.
    std::string toString(bool includePrivate = true) const;

    /// True when some key ends in /* or /*h (one script per child index).
    bool isRanged() const;
    /// Number of BIP389 branches: 1 without a multipath step, else the common length of the <a;b;...> tuples.
    size_t branchCount() const { return m_branches; }
    /// One descriptor per branch, each with the multipath steps replaced by that branch's value (in order).
    /// A descriptor without multipath steps gives a one-element list with a copy of itself.
    std::vector<Descriptor> expandBranches() const;
    /// True when the descriptor carries private keys.
    bool hasPrivateKeys() const;
    /// The top-level expression type.
    Type type() const;
    /// The network the descriptor was parsed for.
    Network network() const { return m_network; }

    /// The scriptPubKey at child index `index` (ignored for unranged descriptors). Fails for a descriptor with
    /// several branches (expand it first), hardened steps under a public extended key, or an index >= 2^31.
    [[nodiscard]] util::Result<Bytes> scriptPubKeyAt(uint32_t index) const;
    /// The address of scriptPubKeyAt(index). Fails like it, and for scripts without an address (pk(), bare
    /// multi(), raw() of a non-standard script).
    [[nodiscard]] util::Result<std::string> addressAt(uint32_t index) const;

private:
    Descriptor() = default;
    std::shared_ptr<const Node> m_root;
    Network m_network = Network::Main;
    size_t m_branches = 1;
};

/// The name of a script expression: "pk", "pkh", "wpkh", "sh", "wsh", "multi", "sortedmulti", "tr", "addr", "raw".
std::string_view descriptorTypeName(Descriptor::Type type);

}  // namespace cairn::script
