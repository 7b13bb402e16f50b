// SPDX-License-Identifier: MIT
#include "crypto/bip32.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace cairn::crypto {
namespace {

constexpr std::string_view kMasterHmacKey = "Bitcoin seed";
constexpr uint8_t kPrivateKeyPrefix = 0x00;
// Offsets within the 74-byte body.
constexpr size_t kDepthAt = 0;
constexpr size_t kParentAt = 1;
constexpr size_t kChildAt = 5;
constexpr size_t kChainCodeAt = 9;
constexpr size_t kKeyAt = 41;

void putBe32(uint8_t* out, uint32_t v) {
    out[0] = static_cast<uint8_t>(v >> 24);
    out[1] = static_cast<uint8_t>(v >> 16);
    out[2] = static_cast<uint8_t>(v >> 8);
    out[3] = static_cast<uint8_t>(v);
}

uint32_t getBe32(const uint8_t* in) {
    return (uint32_t(in[0]) << 24) | (uint32_t(in[1]) << 16) | (uint32_t(in[2]) << 8) | uint32_t(in[3]);
}

std::string hexByte(uint8_t b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02x", b);
    return buf;
}

std::string stepText(uint32_t childNumber) {
    return std::to_string(childNumber & ~kHardenedBit) + (isHardened(childNumber) ? "h" : "");
}

// Splits HMAC-SHA512 output into IL (key material, returned) and IR (the chain code), then wipes it.
util::SecureBytes splitHmac(Hash512& mac, ChainCode& chainCode) {
    util::SecureBytes il(mac.data(), 32);
    std::copy(mac.begin() + 32, mac.end(), chainCode.begin());
    util::secureWipe(mac.data(), mac.size());
    return il;
}

}  // namespace

// ---- KeyPath ----

KeyPath::KeyPath(std::vector<uint32_t> steps) : m_steps(std::move(steps)) {
    assert(m_steps.size() <= kMaxKeyPathDepth);
}

util::Result<KeyPath> KeyPath::parse(std::string_view text) {
    if (text.empty() || text[0] != 'm') return util::fail("key path must start with \"m\" (like m/84h/0h/0h)");
    std::vector<uint32_t> steps;
    size_t pos = 1;
    while (pos < text.size()) {
        if (text[pos] != '/')
            return util::fail("key path: expected '/' after \"" + std::string(text.substr(0, pos)) + "\"");
        ++pos;
        const size_t stepNo = steps.size() + 1;
        const size_t start = pos;
        while (pos < text.size() && text[pos] != '/') ++pos;
        std::string_view step = text.substr(start, pos - start);
        if (steps.size() >= kMaxKeyPathDepth)
            return util::fail("key path has more than " + std::to_string(kMaxKeyPathDepth) + " steps");
        if (step.empty()) return util::fail("key path: step " + std::to_string(stepNo) + " is empty");
        bool hard = false;
        if (step.back() == 'h' || step.back() == 'H' || step.back() == '\'') {
            hard = true;
            step.remove_suffix(1);
        }
        if (step.empty() || step.size() > 10 ||
            !std::all_of(step.begin(), step.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return util::fail("key path: step " + std::to_string(stepNo) +
                              " is not a number (use digits with an optional h, H or ')");
        uint64_t value = 0;
        for (char c : step) value = value * 10 + static_cast<uint64_t>(c - '0');
        if (value >= kHardenedBit)
            return util::fail("key path: index " + std::string(step) + " at step " + std::to_string(stepNo) +
                              " is too large (at most 2147483647)");
        steps.push_back(hard ? hardened(static_cast<uint32_t>(value)) : static_cast<uint32_t>(value));
    }
    return KeyPath(std::move(steps));
}

std::string KeyPath::toString(char hardenedMark) const {
    std::string out = "m";
    for (uint32_t s : m_steps) {
        out += '/';
        out += std::to_string(s & ~kHardenedBit);
        if (isHardened(s)) out += hardenedMark;
    }
    return out;
}

KeyPath KeyPath::child(uint32_t childNumber) const {
    std::vector<uint32_t> steps = m_steps;
    steps.push_back(childNumber);
    return KeyPath(std::move(steps));
}

// ---- ExtKey ----

ExtKey::ExtKey(uint8_t depth, const KeyFingerprint& parent, uint32_t childNumber, const ChainCode& chainCode,
               std::optional<PrivKey> priv, const PubKey& pub)
    : m_depth(depth),
      m_parentFingerprint(parent),
      m_childNumber(childNumber),
      m_chainCode(chainCode),
      m_priv(std::move(priv)),
      m_pub(pub.withCompression(true)) {}

ExtKey::~ExtKey() { util::secureWipe(m_chainCode.data(), m_chainCode.size()); }

ExtKey ExtKey::copy() const {
    std::optional<PrivKey> priv;
    if (m_priv) priv = m_priv->copy();
    return ExtKey(m_depth, m_parentFingerprint, m_childNumber, m_chainCode, std::move(priv), m_pub);
}

util::Result<ExtKey> ExtKey::fromSeed(ByteView seed) {
    if (seed.size() < kMinSeedSize || seed.size() > kMaxSeedSize)
        return util::fail("a BIP32 seed must be 16 to 64 bytes, not " + std::to_string(seed.size()));
    const auto* hmacKey = reinterpret_cast<const uint8_t*>(kMasterHmacKey.data());
    Hash512 mac = hmacSha512(ByteView(hmacKey, kMasterHmacKey.size()), seed);
    ChainCode chainCode{};
    const util::SecureBytes il = splitHmac(mac, chainCode);
    auto priv = PrivKey::fromBytes(il.view());
    if (!priv) {
        util::secureWipe(chainCode.data(), chainCode.size());
        return util::fail("this seed gives an invalid BIP32 master key; use another seed");
    }
    const PubKey pub = priv->pubKey(true);
    ExtKey key(0, KeyFingerprint{}, 0, chainCode, std::move(priv.value()), pub);
    util::secureWipe(chainCode.data(), chainCode.size());
    return key;
}

util::Result<ExtKey> ExtKey::fromBody(ByteView body, bool isPrivate) {
    if (body.size() != kExtKeyBodySize)
        return util::fail("extended key data must be " + std::to_string(kExtKeyBodySize) +
                          " bytes after the version, not " + std::to_string(body.size()));
    const uint8_t depth = body[kDepthAt];
    KeyFingerprint parent{};
    std::copy_n(body.begin() + kParentAt, parent.size(), parent.begin());
    const uint32_t childNumber = getBe32(body.data() + kChildAt);
    if (depth == 0 && parent != KeyFingerprint{})
        return util::fail("extended key has depth 0 (a master key) but a non-zero parent fingerprint");
    if (depth == 0 && childNumber != 0)
        return util::fail("extended key has depth 0 (a master key) but a non-zero child number");
    ChainCode chainCode{};
    std::copy_n(body.begin() + kChainCodeAt, chainCode.size(), chainCode.begin());
    const ByteView keyData = body.subspan(kKeyAt);
    const uint8_t prefix = keyData[0];
    const bool pubPrefix = prefix == 0x02 || prefix == 0x03;

    std::optional<PrivKey> priv;
    std::optional<PubKey> pub;
    std::string error;
    if (isPrivate) {
        if (pubPrefix) {
            error = "extended key has a private-key version but holds a public key (version mismatch)";
        } else if (prefix != kPrivateKeyPrefix) {
            error = "extended private key has an invalid key prefix " + hexByte(prefix) + " (expected 0x00)";
        } else if (auto k = PrivKey::fromBytes(keyData.subspan(1)); !k) {
            error = "extended private key is out of range (must be in 1..n-1)";
        } else {
            pub = k->pubKey(true);
            priv = std::move(k.value());
        }
    } else {
        if (prefix == kPrivateKeyPrefix) {
            error = "extended key has a public-key version but holds a private key (version mismatch)";
        } else if (!pubPrefix) {
            error = "extended public key has an invalid key prefix " + hexByte(prefix) + " (expected 0x02 or 0x03)";
        } else if (auto p = PubKey::parse(keyData); !p) {
            error = "extended public key is not a valid point on the curve";
        } else {
            pub = p.value();
        }
    }
    if (!error.empty()) {
        util::secureWipe(chainCode.data(), chainCode.size());
        return util::fail(error);
    }
    ExtKey key(depth, parent, childNumber, chainCode, std::move(priv), *pub);
    util::secureWipe(chainCode.data(), chainCode.size());
    return key;
}

util::SecureBytes ExtKey::body() const {
    util::SecureBytes out(kExtKeyBodySize);
    out[kDepthAt] = m_depth;
    std::copy(m_parentFingerprint.begin(), m_parentFingerprint.end(), out.data() + kParentAt);
    putBe32(out.data() + kChildAt, m_childNumber);
    std::copy(m_chainCode.begin(), m_chainCode.end(), out.data() + kChainCodeAt);
    if (m_priv) {
        out[kKeyAt] = kPrivateKeyPrefix;
        std::copy_n(m_priv->secret().data(), PrivKey::kSize, out.data() + kKeyAt + 1);
    } else {
        const auto pub = m_pub.serializeCompressed();
        std::copy(pub.begin(), pub.end(), out.data() + kKeyAt);
    }
    return out;
}

const PrivKey& ExtKey::privKey() const {
    assert(m_priv.has_value());
    return *m_priv;
}

Hash160 ExtKey::identifier() const {
    const auto pub = m_pub.serializeCompressed();
    return hash160(ByteView(pub.data(), pub.size()));
}

KeyFingerprint ExtKey::fingerprint() const {
    const Hash160 id = identifier();
    KeyFingerprint fp{};
    std::copy_n(id.begin(), fp.size(), fp.begin());
    return fp;
}

ExtKey ExtKey::neuter() const {
    return ExtKey(m_depth, m_parentFingerprint, m_childNumber, m_chainCode, std::nullopt, m_pub);
}

util::Result<ExtKey> ExtKey::derive(uint32_t childNumber) const {
    if (m_depth == kMaxKeyPathDepth) return util::fail("cannot derive below depth 255");
    if (isHardened(childNumber) && !m_priv)
        return util::fail("cannot derive hardened child " + stepText(childNumber) + " from a public key");

    // Data hashed with the chain code: 0x00 || k || i for hardened children, serP(K) || i otherwise.
    util::SecureBytes data(37);
    if (isHardened(childNumber)) {
        data[0] = kPrivateKeyPrefix;
        std::copy_n(m_priv->secret().data(), PrivKey::kSize, data.data() + 1);
    } else {
        const auto pub = m_pub.serializeCompressed();
        std::copy(pub.begin(), pub.end(), data.data());
    }
    putBe32(data.data() + 33, childNumber);
    Hash512 mac = hmacSha512(ByteView(m_chainCode.data(), m_chainCode.size()), data.view());
    ChainCode childChain{};
    const util::SecureBytes il = splitHmac(mac, childChain);

    std::optional<PrivKey> childPriv;
    std::optional<PubKey> childPub;
    if (m_priv) {
        if (auto k = m_priv->tweakAdd(il.view()); k) {
            childPub = k->pubKey(true);
            childPriv = std::move(k.value());
        }
    } else if (auto p = m_pub.tweakAdd(il.view()); p) {
        childPub = p.value();
    }
    if (!childPub) {
        util::secureWipe(childChain.data(), childChain.size());
        return util::fail("child " + stepText(childNumber) + " is an invalid key (BIP32: use the next index)");
    }
    ExtKey child(static_cast<uint8_t>(m_depth + 1), fingerprint(), childNumber, childChain, std::move(childPriv),
                 *childPub);
    util::secureWipe(childChain.data(), childChain.size());
    return child;
}

util::Result<ExtKey> ExtKey::derivePath(const KeyPath& path) const {
    ExtKey current = copy();
    for (size_t i = 0; i < path.steps().size(); ++i) {
        auto next = current.derive(path.steps()[i]);
        if (!next)
            return util::fail("step " + std::to_string(i + 1) + " of " + path.toString() + ": " + next.message());
        current = std::move(next.value());
    }
    return current;
}

bool ExtKey::operator==(const ExtKey& other) const {
    if (m_depth != other.m_depth || m_parentFingerprint != other.m_parentFingerprint ||
        m_childNumber != other.m_childNumber || m_chainCode != other.m_chainCode || !(m_pub == other.m_pub) ||
        m_priv.has_value() != other.m_priv.has_value())
        return false;
    return !m_priv || *m_priv == *other.m_priv;
}

}  // namespace cairn::crypto
