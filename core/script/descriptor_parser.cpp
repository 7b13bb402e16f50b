// SPDX-License-Identifier: MIT
// Recursive-descent parser for descriptor text (BIP380-386, BIP389), checksum already removed.
#include "script/address.h"
#include "script/descriptor_node.h"
#include "util/hex.h"

#include <algorithm>

namespace cairn::script {
namespace {

using Node = Descriptor::Node;
using Type = Descriptor::Type;
using NodePtr = std::shared_ptr<const Node>;

// Where a script expression appears; decides what it may be and which keys it may hold.
enum class Where { Top, InSh, InWsh, TapLeaf };

constexpr size_t kMaxTapTreeDepth = 128;   // BIP341 control blocks hold at most 128 branch hashes
constexpr size_t kMaxRawScriptSize = 10000;  // consensus script size limit
constexpr size_t kMaxP2shScriptSize = 520;   // largest element the P2SH redeem script push may be

class Parser {
public:
    Parser(std::string_view text, Network net) : m_text(text), m_net(net) {}

    util::Result<NodePtr> parseTop() {
        auto node = parseScript(Where::Top);
        if (!node) return node;
        if (m_pos != m_text.size()) return util::fail("unexpected text after the descriptor at position " + pos());
        return node;
    }

private:
    std::string pos() const { return std::to_string(m_pos); }

    bool consume(char c) {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    util::Result<void> expect(char c) {
        if (consume(c)) return {};
        return util::fail(std::string("expected '") + c + "' at position " + pos());
    }

    // A function name: lower-case letters and '_'.
    std::string_view name() {
        const size_t start = m_pos;
        while (m_pos < m_text.size() && ((m_text[m_pos] >= 'a' && m_text[m_pos] <= 'z') || m_text[m_pos] == '_'))
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

    // An argument up to the next ',' or ')' (keys, numbers, hex, addresses never contain them).
    std::string_view argument() {
        const size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != ')' && m_text[m_pos] != '(')
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

    util::Result<DescriptorKey> key(KeyContext context) {
        const size_t start = m_pos;
        const std::string_view text = argument();
        if (m_pos < m_text.size() && m_text[m_pos] == '(')
            return util::fail("expected a key at position " + std::to_string(start) + ", found a script expression");
        auto k = DescriptorKey::parse(text, context, m_net);
        if (!k) return util::fail("key at position " + std::to_string(start) + ": " + k.message());
        return k;
    }

    static KeyContext keyContext(Where where) {
        switch (where) {
            case Where::Top:
            case Where::InSh: return KeyContext::Any;
            case Where::InWsh: return KeyContext::Compressed;
            case Where::TapLeaf: return KeyContext::XOnly;
        }
        return KeyContext::Any;
    }

    util::Result<NodePtr> parseScript(Where where) {
        const size_t start = m_pos;
        const std::string fn(name());
        if (fn.empty()) return util::fail("expected a script expression at position " + pos());
        if (auto ok = expect('('); !ok) return ok.error();
        auto node = std::make_shared<Node>();
        util::Result<void> ok;
        if (where == Where::TapLeaf && fn != "pk")
            return util::fail(fn + "() is not allowed in a tr() script tree (only pk() is supported there)");
        if (fn == "pk" || fn == "pkh" || fn == "wpkh") {
            node->type = fn == "pk" ? Type::Pk : fn == "pkh" ? Type::Pkh : Type::Wpkh;
            if (node->type == Type::Wpkh && where != Where::Top && where != Where::InSh)
                return util::fail("wpkh() is only allowed at the top level or inside sh()");
            auto k = key(node->type == Type::Wpkh ? KeyContext::Compressed : keyContext(where));
            if (!k) return k.error();
            node->keys.push_back(std::move(k.value()));
        } else if (fn == "sh" || fn == "wsh") {
            node->type = fn == "sh" ? Type::Sh : Type::Wsh;
            if (node->type == Type::Sh && where != Where::Top) return util::fail("sh() is only allowed at the top level");
            if (node->type == Type::Wsh && where != Where::Top && where != Where::InSh)
                return util::fail("wsh() is only allowed at the top level or inside sh()");
            auto sub = parseScript(node->type == Type::Sh ? Where::InSh : Where::InWsh);
            if (!sub) return sub;
            node->sub = std::move(sub.value());
        } else if (fn == "multi" || fn == "sortedmulti") {
            node->type = fn == "multi" ? Type::Multi : Type::SortedMulti;
            ok = parseMulti(*node, where);
        } else if (fn == "tr") {
            node->type = Type::Tr;
            if (where != Where::Top) return util::fail("tr() is only allowed at the top level");
            ok = parseTr(*node);
        } else if (fn == "addr" || fn == "raw") {
            node->type = fn == "addr" ? Type::Addr : Type::Raw;
            if (where != Where::Top) return util::fail(fn + "() is only allowed at the top level");
            ok = node->type == Type::Addr ? parseAddr(*node) : parseRaw(*node);
        } else if (fn == "combo") {
            return util::fail("combo() descriptors are not supported");
        } else {
            return util::fail("unknown script expression '" + fn + "' at position " + std::to_string(start));
        }
        if (!ok) return ok.error();
        if (auto closed = expect(')'); !closed) return closed.error();
        return NodePtr(std::move(node));
    }

    util::Result<void> parseMulti(Node& node, Where where) {
        const std::string_view k = argument();
        if (k.empty() || k.size() > 2 || !std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return util::fail("multisig threshold must be a number");
        node.threshold = std::stoi(std::string(k));
        while (consume(',')) {
            auto key = this->key(keyContext(where));
            if (!key) return key.error();
            node.keys.push_back(std::move(key.value()));
        }
        const size_t n = node.keys.size();
        const size_t maxKeys = where == Where::Top ? 3 : where == Where::InSh ? 15 : 20;
        if (n == 0) return util::fail("multisig needs at least one key");
        if (n > maxKeys)
            return util::fail("multisig has " + std::to_string(n) + " keys; at most " + std::to_string(maxKeys) +
                              (where == Where::Top ? " at the top level" : where == Where::InSh ? " inside sh()" : ""));
        if (node.threshold < 1 || static_cast<size_t>(node.threshold) > n)
            return util::fail("multisig threshold " + std::to_string(node.threshold) + " is not between 1 and " +
                              std::to_string(n));
        if (where == Where::InSh) {
            size_t size = 3;  // threshold, key count, OP_CHECKMULTISIG
            for (const auto& key : node.keys) size += 1 + key.pubKeySize();
            if (size > kMaxP2shScriptSize) return util::fail("multisig redeem script is larger than 520 bytes");
        }
        return {};
    }

    util::Result<void> parseTr(Node& node) {
        auto internal = key(KeyContext::XOnly);
        if (!internal) return internal.error();
        node.keys.push_back(std::move(internal.value()));
        if (!consume(',')) return {};
        auto tree = parseTree(0);
        if (!tree) return tree.error();
        node.tree = std::move(tree.value());
        return {};
    }

    util::Result<std::shared_ptr<const DescriptorTapTree>> parseTree(size_t depth) {
        if (depth > kMaxTapTreeDepth) return util::fail("tr() script tree is deeper than 128 levels");
        auto tree = std::make_shared<DescriptorTapTree>();
        if (consume('{')) {
            auto left = parseTree(depth + 1);
            if (!left) return left;
            if (auto ok = expect(','); !ok) return ok.error();
            auto right = parseTree(depth + 1);
            if (!right) return right;
            if (auto ok = expect('}'); !ok) return ok.error();
            tree->left = std::move(left.value());
            tree->right = std::move(right.value());
        } else {
            auto leaf = parseScript(Where::TapLeaf);
            if (!leaf) return leaf.error();
            tree->leaf = std::move(leaf.value());
        }
        return std::shared_ptr<const DescriptorTapTree>(std::move(tree));
    }

    util::Result<void> parseAddr(Node& node) {
        auto info = decodeAddressInfo(argument(), m_net);
        if (!info) return util::fail("addr(): " + info.message());
        auto normal = encodeAddress(info->scriptPubKey, m_net);
        if (!normal) return util::fail("addr(): " + normal.message());
        node.script = std::move(info->scriptPubKey);
        node.address = std::move(normal.value());
        return {};
    }

    util::Result<void> parseRaw(Node& node) {
        const std::string_view hex = argument();
        if (!util::isHex(hex)) return util::fail("raw() needs a non-empty, even-length hex script");
        if (hex.size() / 2 > kMaxRawScriptSize) return util::fail("raw() script is larger than 10000 bytes");
        node.script = std::move(util::fromHex(hex).value());
        return {};
    }

    std::string_view m_text;
    Network m_net;
    size_t m_pos = 0;
};

}  // namespace

void forEachDescriptorKey(const Node& node, const std::function<void(const DescriptorKey&)>& visit) {
    for (const auto& k : node.keys) visit(k);
    if (node.sub) forEachDescriptorKey(*node.sub, visit);
    std::function<void(const DescriptorTapTree&)> walk = [&](const DescriptorTapTree& t) {
        if (t.leaf) forEachDescriptorKey(*t.leaf, visit);
        if (t.left) walk(*t.left);
        if (t.right) walk(*t.right);
    };
    if (node.tree) walk(*node.tree);
}

util::Result<std::shared_ptr<const Node>> parseDescriptorTree(std::string_view text, Network net) {
    return Parser(text, net).parseTop();
}

}  // namespace cairn::script
