// SPDX-License-Identifier: MIT
#include "wallet/account.h"

#include "crypto/hash.h"
#include "crypto/taproot.h"
#include "script/extkey_io.h"
#include "script/standard.h"
#include "util/hex.h"

namespace cairn::wallet {

using script::AccountType;
using script::Descriptor;
using util::fail;
using util::Result;

std::string accountKindName(AccountType type) {
    switch (type) {
    case AccountType::Bip44P2pkh: return "bip44";
    case AccountType::Bip49P2shP2wpkh: return "bip49";
    case AccountType::Bip84P2wpkh: return "bip84";
    case AccountType::Bip86P2tr: return "bip86";
    }
    return "bip84";
}

std::optional<AccountType> accountTypeFromKind(std::string_view kind) {
    for (AccountType t : {AccountType::Bip44P2pkh, AccountType::Bip49P2shP2wpkh, AccountType::Bip84P2wpkh,
                          AccountType::Bip86P2tr})
        if (kind == accountKindName(t)) return t;
    return std::nullopt;
}

std::string accountTypeCliName(AccountType type) {
    switch (type) {
    case AccountType::Bip44P2pkh: return "p2pkh";
    case AccountType::Bip49P2shP2wpkh: return "p2sh-p2wpkh";
    case AccountType::Bip84P2wpkh: return "p2wpkh";
    case AccountType::Bip86P2tr: return "p2tr";
    }
    return "p2wpkh";
}

std::optional<AccountType> parseAccountType(std::string_view name) {
    if (auto t = accountTypeFromKind(name)) return t;
    for (AccountType t : {AccountType::Bip44P2pkh, AccountType::Bip49P2shP2wpkh, AccountType::Bip84P2wpkh,
                          AccountType::Bip86P2tr})
        if (name == accountTypeCliName(t)) return t;
    return std::nullopt;
}

Result<std::string> standardDescriptor(AccountType type, Network net, const std::string& origin,
                                       std::string_view keyText, int chain) {
    std::string key = origin.empty() ? std::string() : "[" + origin + "]";
    key += keyText;
    key += chain < 0 ? "/<0;1>/*" : "/" + std::to_string(chain) + "/*";
    std::string text;
    switch (type) {
    case AccountType::Bip44P2pkh: text = "pkh(" + key + ")"; break;
    case AccountType::Bip49P2shP2wpkh: text = "sh(wpkh(" + key + "))"; break;
    case AccountType::Bip84P2wpkh: text = "wpkh(" + key + ")"; break;
    case AccountType::Bip86P2tr: text = "tr(" + key + ")"; break;
    }
    auto parsed = Descriptor::parse(text, net);
    if (!parsed.ok()) return fail("cannot build the account descriptor: " + parsed.message());
    return parsed->toString(true);
}

namespace {

// The scriptPubKey a standard account type puts around a child public key.
Result<Bytes> scriptForKey(AccountType type, const crypto::PubKey& pub) {
    switch (type) {
    case AccountType::Bip44P2pkh: return script::p2pkh(pub.id());
    case AccountType::Bip49P2shP2wpkh: return script::p2sh(crypto::hash160(script::p2wpkh(pub.id())));
    case AccountType::Bip84P2wpkh: return script::p2wpkh(pub.id());
    case AccountType::Bip86P2tr: {
        auto tweaked = crypto::tweakTaprootPubKey(pub.xOnly(), std::nullopt);
        if (!tweaked.ok()) return tweaked.error();
        return script::p2tr(tweaked->key.bytes());
    }
    }
    return fail("unknown account type");
}

std::string originText(const crypto::KeyFingerprint& fp, const crypto::KeyPath& path) {
    std::string text = util::toHex(ByteView(fp.data(), fp.size()));
    const std::string p = path.toString('h');  // "m/84h/0h/0h"
    return text + p.substr(1);
}

}  // namespace

Result<Account> Account::fromXpub(AccountType type, Network net, const crypto::ExtKey& xpub,
                                  std::optional<crypto::KeyFingerprint> masterFingerprint,
                                  std::optional<crypto::KeyPath> path) {
    Account a;
    a.m_type = type;
    a.m_network = net;
    a.m_xpub = xpub.neuter();
    auto receive = a.m_xpub->derive(0);
    auto change = a.m_xpub->derive(1);
    if (!receive.ok() || !change.ok()) return fail("cannot derive the account's chains from its extended key");
    a.m_receiveKey = std::move(receive.value());
    a.m_changeKey = std::move(change.value());
    a.m_accountIndex = xpub.childNumber() & ~crypto::kHardenedBit;
    if (masterFingerprint && path) {
        a.m_originFingerprint = util::toHex(ByteView(masterFingerprint->data(), masterFingerprint->size()));
        a.m_originPath = path->toString('h');
    }
    const std::string origin = masterFingerprint && path ? originText(*masterFingerprint, *path) : std::string();
    const std::string keyText = script::encodeExtPubKey(*a.m_xpub, script::extKeyChainOf(net));
    auto r = standardDescriptor(type, net, origin, keyText, 0);
    auto c = standardDescriptor(type, net, origin, keyText, 1);
    if (!r.ok()) return r.error();
    if (!c.ok()) return c.error();
    a.m_receiveText = *r;
    a.m_changeText = *c;
    return a;
}

Result<Account> Account::fromDescriptors(std::string_view receive, std::string_view change, Network net) {
    auto recv = Descriptor::parse(receive, net);
    if (!recv.ok()) return fail("invalid descriptor: " + recv.message());
    if (recv->hasPrivateKeys()) return fail("descriptor contains private keys; import its public form");
    Account a;
    a.m_network = net;
    if (recv->branchCount() > 2) return fail("a multipath descriptor may have at most two branches (<0;1>)");
    if (recv->branchCount() == 2) {
        if (!change.empty()) return fail("give either a multipath <0;1> descriptor or two descriptors, not both");
        auto branches = recv->expandBranches();
        a.m_receive = branches[0];
        a.m_change = branches[1];
    } else {
        a.m_receive = *recv;
        if (!change.empty()) {
            auto ch = Descriptor::parse(change, net);
            if (!ch.ok()) return fail("invalid change descriptor: " + ch.message());
            if (ch->hasPrivateKeys()) return fail("descriptor contains private keys; import its public form");
            if (ch->branchCount() != 1) return fail("the change descriptor must not be multipath");
            a.m_change = *ch;
        }
    }
    a.m_ranged = a.m_receive->isRanged();
    if (a.m_change && a.m_change->isRanged() != a.m_ranged)
        return fail("receive and change descriptors must both be ranged or both not");
    for (const auto* d : {&a.m_receive, &a.m_change}) {
        if (!*d) continue;
        if (auto addr = (*d)->addressAt(0); !addr.ok())
            return fail("descriptor does not give addresses: " + addr.message());
    }
    a.m_receiveText = a.m_receive->toString(false);
    a.m_changeText = a.m_change ? a.m_change->toString(false) : std::string();
    return a;
}

Result<Account> Account::fromRecord(const storage::AccountRecord& rec, Network net) {
    if (auto type = accountTypeFromKind(rec.kind)) {
        auto decoded = script::decodeExtKey(rec.xpub, net);
        if (!decoded.ok()) return fail("account " + std::to_string(rec.id) + ": " + decoded.message());
        std::optional<crypto::KeyFingerprint> fp;
        std::optional<crypto::KeyPath> path;
        if (!rec.originFingerprint.empty()) {
            auto bytes = util::fromHex(rec.originFingerprint);
            auto p = crypto::KeyPath::parse(rec.originPath);
            if (!bytes.ok() || bytes->size() != 4 || !p.ok())
                return fail("account " + std::to_string(rec.id) + " has a malformed key origin");
            fp = crypto::KeyFingerprint{};
            std::copy(bytes->begin(), bytes->end(), fp->begin());
            path = *p;
        }
        auto a = fromXpub(*type, net, decoded->key, fp, path);
        if (!a.ok()) return a.error();
        a->m_accountIndex = rec.accountIndex;
        return a;
    }
    if (rec.kind != "descriptor") return fail("account " + std::to_string(rec.id) + " has unknown kind " + rec.kind);
    return fromDescriptors(rec.receiveDescriptor, rec.changeDescriptor, net);
}

storage::AccountRecord Account::toRecord() const {
    storage::AccountRecord r;
    r.kind = m_type ? accountKindName(*m_type) : "descriptor";
    r.accountIndex = m_accountIndex;
    if (m_xpub) r.xpub = script::encodeExtPubKey(*m_xpub, script::extKeyChainOf(m_network));
    r.originFingerprint = m_originFingerprint;
    r.originPath = m_originPath;
    r.receiveDescriptor = m_receiveText;
    r.changeDescriptor = m_changeText;
    return r;
}

Result<Bytes> Account::scriptAt(Chain chain, uint32_t index) const {
    if (index >= crypto::kHardenedBit) return fail("address index out of range");
    if (m_type) {
        const crypto::ExtKey& parent = chain == Chain::Change ? *m_changeKey : *m_receiveKey;
        auto child = parent.derive(index);
        if (!child.ok()) return child.error();
        return scriptForKey(*m_type, child->pubKey());
    }
    if (!m_ranged && index != 0) return fail("this account has a single address");
    const Descriptor& d = chain == Chain::Change && m_change ? *m_change : *m_receive;
    return d.scriptPubKeyAt(index);
}

}  // namespace cairn::wallet
