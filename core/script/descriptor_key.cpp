// SPDX-License-Identifier: MIT
#include "script/descriptor_key.h"

#include "script/key_io.h"
#include "util/hex.h"

#include <algorithm>

namespace cairn::script {
namespace {
constexpr size_t kMaxIndexDigits = 10;
constexpr size_t kFingerprintHexLength = 8;

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
        const size_t pos = s.find(sep, start);
        out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos) return out;
        start = pos + 1;
    }
}

// One BIP32 step: decimal index below 2^31, optionally followed by 'h' or '\'' for hardened.
util::Result<uint32_t> parseStep(std::string_view text) {
    const std::string original(text);
    bool hard = false;
    if (!text.empty() && (text.back() == 'h' || text.back() == '\'')) {
        hard = true;
        text.remove_suffix(1);
    }
    if (text.empty() || text.size() > kMaxIndexDigits ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return util::fail("invalid derivation step '" + original + "'");
    uint64_t value = 0;
    for (char c : text) value = value * 10 + static_cast<uint64_t>(c - '0');
    if (value >= crypto::kHardenedBit) return util::fail("derivation index " + original + " is out of range");
    return hard ? crypto::hardened(static_cast<uint32_t>(value)) : static_cast<uint32_t>(value);
}

// "<a;b;...>": at least two distinct steps.
util::Result<std::vector<uint32_t>> parseMultipath(std::string_view text) {
    if (text.size() < 2 || text.front() != '<' || text.back() != '>')
        return util::fail("invalid multipath step");
    std::vector<uint32_t> values;
    for (std::string_view part : split(text.substr(1, text.size() - 2), ';')) {
        auto step = parseStep(part);
        if (!step) return util::fail("invalid multipath step: " + step.message());
        if (std::find(values.begin(), values.end(), *step) != values.end())
            return util::fail("multipath step has a duplicate value");
        values.push_back(*step);
    }
    if (values.size() < 2) return util::fail("multipath step needs at least two values");
    return values;
}

void appendStep(std::string& out, uint32_t step) {
    out += '/';
    out += std::to_string(step & ~crypto::kHardenedBit);
    if (crypto::isHardened(step)) out += 'h';
}

util::Result<crypto::KeyFingerprint> parseFingerprint(std::string_view text) {
    if (text.size() != kFingerprintHexLength) return util::fail("key origin fingerprint must be 8 hex characters");
    auto bytes = util::fromHex(text);
    if (!bytes) return util::fail("key origin fingerprint is not hex");
    crypto::KeyFingerprint fp{};
    std::copy(bytes->begin(), bytes->end(), fp.begin());
    return fp;
}
}  // namespace

util::Result<DescriptorKey> DescriptorKey::parse(std::string_view text, KeyContext context, Network net) {
    DescriptorKey key;
    key.m_context = context;
    key.m_network = net;
    if (!text.empty() && text.front() == '[') {
        const size_t close = text.find(']');
        if (close == std::string_view::npos) return util::fail("key origin has no closing ']'");
        const std::vector<std::string_view> parts = split(text.substr(1, close - 1), '/');
        auto fp = parseFingerprint(parts[0]);
        if (!fp) return fp.error();
        Origin origin{*fp, {}};
        for (size_t i = 1; i < parts.size(); ++i) {
            auto step = parseStep(parts[i]);
            if (!step) return util::fail("in key origin: " + step.message());
            origin.path.push_back(*step);
        }
        if (origin.path.size() > crypto::kMaxKeyPathDepth) return util::fail("key origin path is too deep");
        key.m_origin = std::move(origin);
        text.remove_prefix(close + 1);
    }
    if (text.empty()) return util::fail("key expression has no key");
    if (text.find_first_of("[]") != std::string_view::npos) return util::fail("key expression has a misplaced '[' or ']'");

    std::vector<std::string_view> steps = split(text, '/');
    const std::string_view keyText = steps.front();
    steps.erase(steps.begin());

    if (util::isHex(keyText)) {
        if (!steps.empty()) return util::fail("a hex public key cannot have derivation steps");
        auto bytes = util::fromHex(keyText);
        if (bytes->size() == crypto::XOnlyPubKey::kSize) {
            if (context != KeyContext::XOnly) return util::fail("x-only public keys are only allowed in tr()");
            auto x = crypto::XOnlyPubKey::parse(*bytes);
            if (!x) return util::fail("invalid x-only public key");
            key.m_pubKey = x->toPubKey();
            key.m_xOnlyText = true;
        } else {
            auto pub = crypto::PubKey::parse(*bytes);
            if (!pub) return util::fail("invalid public key: " + pub.message());
            key.m_pubKey = *pub;
        }
        if (context != KeyContext::Any && !key.m_pubKey->isCompressed())
            return util::fail("uncompressed public keys are not allowed in wpkh(), wsh() or tr()");
        return key;
    }
    auto wif = decodeWif(keyText, net);
    if (wif) {
        if (!steps.empty()) return util::fail("a WIF private key cannot have derivation steps");
        if (context != KeyContext::Any && !wif->compressed)
            return util::fail("uncompressed private keys are not allowed in wpkh(), wsh() or tr()");
        key.m_compressed = wif->compressed;
        key.m_privKey = std::make_shared<const crypto::PrivKey>(std::move(wif->key));
        return key;
    }
    if (auto ok = key.parseExtended(keyText, steps, net); !ok) {
        // A WIF key of another network is the more useful thing to report than "not an extended key".
        if (wif.message().rfind("private key is for", 0) == 0) return wif.error();
        return ok.error();
    }
    return key;
}

util::Result<void> DescriptorKey::parseExtended(std::string_view keyText, const std::vector<std::string_view>& steps,
                                                Network net) {
    auto decoded = decodeExtKey(keyText, net);
    if (!decoded) return util::fail("invalid key: " + decoded.message());
    if (decoded->scriptType != ExtKeyScriptType::Standard)
        return util::fail("descriptors take xpub/xprv or tpub/tprv keys, not " +
                          extKeyPrefix(decoded->chain, decoded->scriptType, decoded->key.isPrivate()));
    m_chain = decoded->chain;
    m_extKey = std::make_shared<const crypto::ExtKey>(std::move(decoded->key));
    bool multipathSeen = false;
    for (size_t i = 0; i < steps.size(); ++i) {
        const std::string_view s = steps[i];
        if (!s.empty() && s.front() == '*') {
            if (i + 1 != steps.size()) return util::fail("'*' must be the last derivation step");
            if (s == "*") {
                m_range = KeyRange::Unhardened;
            } else if (s == "*h" || s == "*'") {
                m_range = KeyRange::Hardened;
            } else {
                return util::fail("invalid wildcard step '" + std::string(s) + "'");
            }
        } else if (!s.empty() && s.front() == '<') {
            if (multipathSeen) return util::fail("a key can have only one multipath step");
            multipathSeen = true;
            auto values = parseMultipath(s);
            if (!values) return values.error();
            m_steps.push_back(std::move(values.value()));
        } else {
            auto step = parseStep(s);
            if (!step) return step.error();
            m_steps.push_back({*step});
        }
    }
    if (m_steps.size() + (m_range != KeyRange::None ? 1 : 0) + m_extKey->depth() > crypto::kMaxKeyPathDepth)
        return util::fail("derivation path is too deep");
    return {};
}

size_t DescriptorKey::multipathSize() const {
    for (const auto& s : m_steps)
        if (s.size() > 1) return s.size();
    return 0;
}

DescriptorKey DescriptorKey::selectBranch(size_t branch) const {
    DescriptorKey out = *this;
    for (auto& s : out.m_steps)
        if (s.size() > 1) {
            assert(branch < s.size());
            s = {s[branch]};
        }
    return out;
}

bool DescriptorKey::hasPrivateKey() const { return m_privKey || (m_extKey && m_extKey->isPrivate()); }

size_t DescriptorKey::pubKeySize() const {
    if (m_context == KeyContext::XOnly) return crypto::XOnlyPubKey::kSize;
    if (m_pubKey) return m_pubKey->serialize().size();
    if (m_privKey && !m_compressed) return crypto::PubKey::kUncompressedSize;
    return crypto::PubKey::kCompressedSize;
}

util::Result<Bytes> DescriptorKey::pubKeyAt(uint32_t index) const {
    std::optional<crypto::PubKey> pub;
    if (m_pubKey) {
        pub = *m_pubKey;
    } else if (m_privKey) {
        pub = m_privKey->pubKey(m_compressed);
    } else {
        if (multipathSize() > 0) return util::fail("key has a multipath step; expand the descriptor first");
        std::vector<uint32_t> path;
        for (const auto& s : m_steps) path.push_back(s.front());
        if (m_range != KeyRange::None) {
            if (index >= crypto::kHardenedBit) return util::fail("child index " + std::to_string(index) + " is out of range");
            path.push_back(m_range == KeyRange::Hardened ? crypto::hardened(index) : index);
        }
        if (!m_extKey->isPrivate() && std::any_of(path.begin(), path.end(), crypto::isHardened))
            return util::fail("hardened derivation needs a private extended key (xprv/tprv)");
        auto child = m_extKey->derivePath(crypto::KeyPath(std::move(path)));
        if (!child) return child.error();
        pub = child->pubKey();
    }
    if (m_context == KeyContext::XOnly) {
        const auto x = pub->xOnly().bytes();
        return Bytes(x.begin(), x.end());
    }
    return pub->serialize();
}

std::string DescriptorKey::toString(bool includePrivate) const {
    std::string out;
    if (m_origin) {
        out += '[';
        out += util::toHex(m_origin->fingerprint);
        for (uint32_t s : m_origin->path) appendStep(out, s);
        out += ']';
    }
    if (m_pubKey) {
        if (m_xOnlyText) {
            const auto x = m_pubKey->xOnly().bytes();
            out += util::toHex(x);
        } else {
            out += util::toHex(m_pubKey->serialize());
        }
        return out;
    }
    if (m_privKey) {
        if (includePrivate) {
            out += encodeWif(*m_privKey, m_compressed, m_network).asStringView();
        } else if (m_context == KeyContext::XOnly) {
            out += util::toHex(m_privKey->xOnlyPubKey().bytes());
        } else {
            out += util::toHex(m_privKey->pubKey(m_compressed).serialize());
        }
        return out;
    }
    if (includePrivate && m_extKey->isPrivate()) {
        out += encodeExtPrivKey(*m_extKey, m_chain).asStringView();
    } else {
        out += encodeExtPubKey(*m_extKey, m_chain);
    }
    for (const auto& s : m_steps) {
        if (s.size() == 1) {
            appendStep(out, s.front());
            continue;
        }
        out += "/<";
        for (size_t i = 0; i < s.size(); ++i) {
            if (i > 0) out += ';';
            std::string one;
            appendStep(one, s[i]);
            out += one.substr(1);
        }
        out += '>';
    }
    if (m_range == KeyRange::Unhardened) out += "/*";
    if (m_range == KeyRange::Hardened) out += "/*h";
    return out;
}

}  // namespace cairn::script
