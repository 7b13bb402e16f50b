// SPDX-License-Identifier: MIT
#include "script/descriptor.h"

#include "crypto/hash.h"
#include "crypto/taproot.h"
#include "script/address.h"
#include "script/descriptor_checksum.h"
#include "script/descriptor_node.h"
#include "script/standard.h"
#include "util/hex.h"

#include <algorithm>

namespace cairn::script {
namespace {

using Node = Descriptor::Node;
using Type = Descriptor::Type;

constexpr uint8_t kTapLeafVersion = 0xc0;
constexpr uint8_t kOpCheckSig = 0xac;

// pk() inside a tr() tree: <32-byte x-only key> OP_CHECKSIG.
Bytes xOnlyCheckSig(ByteView key) {
    Bytes out{static_cast<uint8_t>(key.size())};
    out.insert(out.end(), key.begin(), key.end());
    out.push_back(kOpCheckSig);
    return out;
}

// --- printing ---

void print(const Node& node, bool priv, std::string& out);

void printTree(const DescriptorTapTree& tree, bool priv, std::string& out) {
    if (tree.leaf) return print(*tree.leaf, priv, out);
    out += '{';
    printTree(*tree.left, priv, out);
    out += ',';
    printTree(*tree.right, priv, out);
    out += '}';
}

void print(const Node& node, bool priv, std::string& out) {
    out += descriptorTypeName(node.type);
    out += '(';
    switch (node.type) {
        case Type::Multi:
        case Type::SortedMulti:
            out += std::to_string(node.threshold);
            for (const auto& k : node.keys) out += ',' + k.toString(priv);
            break;
        case Type::Sh:
        case Type::Wsh: print(*node.sub, priv, out); break;
        case Type::Addr: out += node.address; break;
        case Type::Raw: out += util::toHex(node.script); break;
        case Type::Tr:
            out += node.keys.front().toString(priv);
            if (node.tree) {
                out += ',';
                printTree(*node.tree, priv, out);
            }
            break;
        default: out += node.keys.front().toString(priv); break;
    }
    out += ')';
}

// --- multipath ---

std::shared_ptr<const Node> selectBranch(const Node& node, size_t branch);

std::shared_ptr<const DescriptorTapTree> selectTreeBranch(const DescriptorTapTree& tree, size_t branch) {
    auto out = std::make_shared<DescriptorTapTree>();
    if (tree.leaf) out->leaf = selectBranch(*tree.leaf, branch);
    if (tree.left) out->left = selectTreeBranch(*tree.left, branch);
    if (tree.right) out->right = selectTreeBranch(*tree.right, branch);
    return out;
}

std::shared_ptr<const Node> selectBranch(const Node& node, size_t branch) {
    auto out = std::make_shared<Node>(node);
    for (auto& k : out->keys)
        if (k.multipathSize() > 0) k = k.selectBranch(branch);
    if (node.sub) out->sub = selectBranch(*node.sub, branch);
    if (node.tree) out->tree = selectTreeBranch(*node.tree, branch);
    return out;
}

// --- scripts ---

util::Result<Bytes> scriptOf(const Node& node, uint32_t index);

util::Result<crypto::Hash256> merkleRoot(const DescriptorTapTree& tree, uint32_t index) {
    if (tree.leaf) {
        auto script = scriptOf(*tree.leaf, index);
        if (!script) return script.error();
        // Leaf scripts here are at most 34 bytes, so the compact-size length is one byte.
        Bytes preimage{kTapLeafVersion, static_cast<uint8_t>(script->size())};
        preimage.insert(preimage.end(), script->begin(), script->end());
        return crypto::taggedHash("TapLeaf", preimage);
    }
    auto left = merkleRoot(*tree.left, index);
    if (!left) return left;
    auto right = merkleRoot(*tree.right, index);
    if (!right) return right;
    // Branches hash their children in lexicographic order.
    Bytes preimage;
    const auto& [a, b] = std::minmax(*left, *right);
    preimage.insert(preimage.end(), a.begin(), a.end());
    preimage.insert(preimage.end(), b.begin(), b.end());
    return crypto::taggedHash("TapBranch", preimage);
}

util::Result<Bytes> taprootScript(const Node& node, uint32_t index) {
    auto internalBytes = node.keys.front().pubKeyAt(index);
    if (!internalBytes) return internalBytes.error();
    auto internal = crypto::XOnlyPubKey::parse(*internalBytes);
    if (!internal) return internal.error();
    std::optional<crypto::Hash256> root;
    if (node.tree) {
        auto r = merkleRoot(*node.tree, index);
        if (!r) return r.error();
        root = *r;
    }
    auto output = crypto::tweakTaprootPubKey(*internal, root);
    if (!output) return output.error();
    return p2tr(output->key.bytes());
}

util::Result<Bytes> scriptOf(const Node& node, uint32_t index) {
    switch (node.type) {
        case Type::Raw:
        case Type::Addr: return node.script;
        case Type::Tr: return taprootScript(node, index);
        case Type::Sh:
        case Type::Wsh: {
            auto inner = scriptOf(*node.sub, index);
            if (!inner) return inner;
            return node.type == Type::Sh ? p2sh(crypto::hash160(*inner)) : p2wsh(crypto::sha256(*inner));
        }
        case Type::Multi:
        case Type::SortedMulti: {
            std::vector<Bytes> keys;
            for (const auto& k : node.keys) {
                auto pub = k.pubKeyAt(index);
                if (!pub) return pub.error();
                keys.push_back(std::move(pub.value()));
            }
            if (node.type == Type::SortedMulti) std::sort(keys.begin(), keys.end());
            return multisig(node.threshold, keys);
        }
        case Type::Pk:
        case Type::Pkh:
        case Type::Wpkh: break;
    }
    auto pub = node.keys.front().pubKeyAt(index);
    if (!pub) return pub.error();
    if (node.type == Type::Pkh) return p2pkh(crypto::hash160(*pub));
    if (node.type == Type::Wpkh) return p2wpkh(crypto::hash160(*pub));
    if (pub->size() == crypto::XOnlyPubKey::kSize) return xOnlyCheckSig(*pub);
    return p2pk(*pub);
}

}  // namespace

std::string_view descriptorTypeName(Descriptor::Type type) {
    switch (type) {
        case Type::Pk: return "pk";
        case Type::Pkh: return "pkh";
        case Type::Wpkh: return "wpkh";
        case Type::Sh: return "sh";
        case Type::Wsh: return "wsh";
        case Type::Multi: return "multi";
        case Type::SortedMulti: return "sortedmulti";
        case Type::Tr: return "tr";
        case Type::Addr: return "addr";
        case Type::Raw: return "raw";
    }
    return "raw";
}

util::Result<Descriptor> Descriptor::parse(std::string_view text, Network net) {
    if (text.size() > kMaxDescriptorLength)
        return util::fail("descriptor is too long (at most " + std::to_string(kMaxDescriptorLength) + " characters)");
    auto body = checkDescriptorChecksum(text);
    if (!body) return body.error();
    auto root = parseDescriptorTree(*body, net);
    if (!root) return root.error();
    // BIP389: every multipath step has the same number of values, expanded in lockstep.
    size_t branches = 0;
    bool mismatch = false;
    forEachDescriptorKey(**root, [&](const DescriptorKey& k) {
        const size_t n = k.multipathSize();
        if (n == 0) return;
        if (branches != 0 && n != branches) mismatch = true;
        branches = n;
    });
    if (mismatch) return util::fail("multipath steps have different numbers of values");
    Descriptor d;
    d.m_root = std::move(root.value());
    d.m_network = net;
    d.m_branches = std::max<size_t>(branches, 1);
    return d;
}

std::string Descriptor::toString(bool includePrivate) const {
    std::string out;
    print(*m_root, includePrivate, out);
    auto sum = descriptorChecksum(out);
    assert(sum.has_value());  // the printer only writes characters of the descriptor set
    return out + '#' + *sum;
}

bool Descriptor::isRanged() const {
    bool ranged = false;
    forEachDescriptorKey(*m_root, [&](const DescriptorKey& k) { ranged |= k.isRanged(); });
    return ranged;
}

bool Descriptor::hasPrivateKeys() const {
    bool priv = false;
    forEachDescriptorKey(*m_root, [&](const DescriptorKey& k) { priv |= k.hasPrivateKey(); });
    return priv;
}

Descriptor::Type Descriptor::type() const { return m_root->type; }

std::vector<Descriptor> Descriptor::expandBranches() const {
    if (m_branches == 1) return {*this};
    std::vector<Descriptor> out;
    for (size_t b = 0; b < m_branches; ++b) {
        Descriptor d;
        d.m_root = selectBranch(*m_root, b);
        d.m_network = m_network;
        out.push_back(std::move(d));
    }
    return out;
}

util::Result<Bytes> Descriptor::scriptPubKeyAt(uint32_t index) const {
    if (m_branches > 1)
        return util::fail("descriptor has " + std::to_string(m_branches) + " multipath branches; expand it first");
    return scriptOf(*m_root, index);
}

util::Result<std::string> Descriptor::addressAt(uint32_t index) const {
    auto spk = scriptPubKeyAt(index);
    if (!spk) return spk.error();
    return encodeAddress(*spk, m_network);
}

}  // namespace cairn::script
