// SPDX-License-Identifier: MIT
#pragma once

#include "script/descriptor.h"

#include <functional>

// The expression tree behind a Descriptor, shared by the parser (descriptor_parser.cpp) and the printer and
// script expansion (descriptor.cpp). Not for use outside the descriptor code.
namespace cairn::script {

struct DescriptorTapTree;

struct Descriptor::Node {
    Type type = Type::Raw;
    std::vector<DescriptorKey> keys;            ///< pk/pkh/wpkh: one; multi/sortedmulti: n; tr: the internal key
    int threshold = 0;                          ///< multi/sortedmulti: k
    std::shared_ptr<const Node> sub;            ///< sh/wsh: the inner script expression
    std::shared_ptr<const DescriptorTapTree> tree;  ///< tr: the script tree, or null for key path only
    Bytes script;                               ///< raw: the script; addr: the address's scriptPubKey
    std::string address;                        ///< addr: the address as re-encoded for the network
};

/// A BIP386 TREE: either one leaf script expression or a pair of subtrees.
struct DescriptorTapTree {
    std::shared_ptr<const Descriptor::Node> leaf;
    std::shared_ptr<const DescriptorTapTree> left;
    std::shared_ptr<const DescriptorTapTree> right;
};

/// Calls `visit` for every key in the tree (the node, its subexpressions and tap leaves).
void forEachDescriptorKey(const Descriptor::Node& node, const std::function<void(const DescriptorKey&)>& visit);

/// Parses the descriptor text without its checksum into an expression tree (see Descriptor::parse).
[[nodiscard]] util::Result<std::shared_ptr<const Descriptor::Node>> parseDescriptorTree(std::string_view text,
                                                                                      Network net);

}  // namespace cairn::script
