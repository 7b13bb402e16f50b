// SPDX-License-Identifier: MIT
// Wallet: descriptor export and BIP329 labels.
#include "primitives/hash_types.h"
#include "script/extkey_io.h"
#include "wallet/bip329.h"
#include "wallet/wallet.h"

namespace cairn::wallet {

using storage::LabelRecord;
using util::fail;
using util::Result;

namespace {
// "txid:n" (display-order txid, decimal index below 2^32) as an outpoint; nullopt when malformed.
std::optional<primitives::OutPoint> parseOutpointRef(const std::string& ref) {
    const size_t colon = ref.find(':');
    if (colon == std::string::npos) return std::nullopt;
    auto txid = primitives::Txid::fromHex(std::string_view(ref).substr(0, colon));
    const std::string n = ref.substr(colon + 1);
    if (!txid.ok() || n.empty() || n.size() > 10 || n.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const uint64_t index = std::stoull(n);
    if (index > 0xffffffffull) return std::nullopt;
    return primitives::OutPoint{*txid, uint32_t(index)};
}
}  // namespace

std::vector<DescriptorEntry> Wallet::publicDescriptors() const {
    std::vector<DescriptorEntry> out;
    for (const WalletAccount& a : m_accounts) {
        out.push_back({a.record.id, false, a.record.receiveDescriptor});
        if (!a.record.changeDescriptor.empty()) out.push_back({a.record.id, true, a.record.changeDescriptor});
    }
    return out;
}

Result<std::vector<DescriptorEntry>> Wallet::privateDescriptors(const UnlockedKeystore& keys) const {
    if (m_meta.watchOnly) return fail("watch-only wallet has no private keys");
    std::vector<DescriptorEntry> out;
    for (const WalletAccount& a : m_accounts) {
        if (!a.account.type() || a.record.originPath.empty()) {
            out.push_back({a.record.id, false, a.record.receiveDescriptor});
            if (!a.record.changeDescriptor.empty()) out.push_back({a.record.id, true, a.record.changeDescriptor});
            continue;
        }
        auto xprv = accountPrivateKey(keys, a.record.id);
        if (!xprv.ok()) return xprv.error();
        const util::SecureBytes keyText = script::encodeExtPrivKey(*xprv, script::extKeyChainOf(m_network));
        const std::string origin = a.record.originFingerprint + a.record.originPath.substr(1);
        for (int chain : {0, 1}) {
            auto d = standardDescriptor(*a.account.type(), m_network, origin, keyText.asStringView(), chain);
            if (!d.ok()) return d.error();
            out.push_back({a.record.id, chain == 1, std::move(d.value())});
        }
    }
    return out;
}

Result<void> Wallet::setLabel(const LabelRecord& label) {
    if (!isBip329Type(label.type)) return fail("unknown label type '" + label.type + "'");
    if (label.ref.empty()) return fail("a label needs a reference");
    if (label.spendable && label.type != "output") return fail("only outputs can be marked spendable or not");
    if (label.label.empty() && !label.spendable) return m_store->removeLabel(label.type, label.ref);
    return m_store->transaction([&]() -> Result<void> {
        if (auto r = m_store->setLabel(label); !r.ok()) return r;
        if (label.spendable) {
            auto op = parseOutpointRef(label.ref);
            if (!op) return fail("an output reference is \"txid:index\"");
            if (auto f = m_store->setFrozen(*op, !*label.spendable); !f.ok()) return f.error();
        }
        return {};
    });
}

Result<std::string> Wallet::exportLabels() {
    auto all = m_store->labels();
    if (!all.ok()) return all.error();
    std::string out;
    for (const LabelRecord& l : *all) out += formatBip329Line(l) + "\n";
    return out;
}

Result<LabelImportStats> Wallet::importLabels(std::string_view jsonl) {
    auto lines = parseBip329(jsonl);
    if (!lines.ok()) return lines.error();
    LabelImportStats stats;
    auto r = m_store->transaction([&]() -> Result<void> {
        for (Bip329Line& line : *lines) {
            if (!line.record) {
                ++stats.ignored;
                continue;
            }
            LabelRecord rec = std::move(*line.record);
            auto existing = m_store->label(rec.type, rec.ref);
            if (!existing.ok()) return existing.error();
            // BIP329: an omitted label or spendable leaves the stored value as it is.
            if (*existing) {
                if (!line.hasLabel) rec.label = (*existing)->label;
                if (!rec.spendable) rec.spendable = (*existing)->spendable;
                if (rec.origin.empty()) rec.origin = (*existing)->origin;
            }
            if (auto s = m_store->setLabel(rec); !s.ok()) return s;
            ++stats.imported;
            if (rec.type == "output" && rec.spendable) {
                auto op = parseOutpointRef(rec.ref);
                if (!op) return fail("an output reference is \"txid:index\"");
                auto f = m_store->setFrozen(*op, !*rec.spendable);
                if (!f.ok()) return f.error();
                if (*f) ++stats.frozenUpdated;
            }
        }
        return {};
    });
    if (!r.ok()) return r.error();
    return stats;
}

}  // namespace cairn::wallet
