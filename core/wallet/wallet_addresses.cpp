// SPDX-License-Identifier: MIT
// Wallet: address windows (gap limit), new addresses, used marks, the watched script set.
#include "script/address.h"
#include "wallet/wallet.h"

#include <algorithm>

namespace cairn::wallet {

using storage::AddressRecord;
using util::fail;
using util::Result;

namespace {

// The chain that serves requests for `chain` (single-chain accounts answer change from receive).
Chain servingChain(const WalletAccount& acc, Chain chain) {
    return chain == Chain::Change && !acc.account.hasChangeChain() ? Chain::Receive : chain;
}

uint32_t nextIndexOf(const storage::AccountRecord& rec, Chain chain) {
    return chain == Chain::Receive ? rec.nextReceive : rec.nextChange;
}

}  // namespace

// Derives addresses until `gap` unused ones follow both the highest used and the highest handed-out index.
Result<std::vector<Bytes>> Wallet::topUp(const WalletAccount& acc, Chain chain) {
    std::vector<Bytes> fresh;
    if (servingChain(acc, chain) != chain) return fresh;
    const int c = int(chain);
    auto derived = m_store->derivedCount(acc.record.id, c);
    if (!derived.ok()) return derived.error();
    uint32_t target = 1;
    if (acc.account.isRanged()) {
        auto used = m_store->highestUsed(acc.record.id, c);
        if (!used.ok()) return used.error();
        const uint64_t base = std::max<uint64_t>(uint64_t(*used + 1), nextIndexOf(acc.record, chain));
        target = uint32_t(std::min<uint64_t>(base + m_meta.gapLimit, crypto::kHardenedBit));
    }
    if (*derived >= target) return fresh;
    std::vector<AddressRecord> records;
    records.reserve(target - *derived);
    for (uint32_t i = *derived; i < target; ++i) {
        auto script = acc.account.scriptAt(chain, i);
        if (!script.ok()) return fail("cannot derive address " + std::to_string(i) + ": " + script.message());
        auto text = script::encodeAddress(*script, m_network);
        if (!text.ok()) return text.error();
        AddressRecord rec;
        rec.accountId = acc.record.id;
        rec.chain = c;
        rec.index = i;
        rec.script = std::move(script.value());
        rec.address = std::move(text.value());
        records.push_back(std::move(rec));
    }
    if (auto r = m_store->addAddresses(records); !r.ok()) return r.error();
    for (AddressRecord& rec : records) fresh.push_back(std::move(rec.script));
    return fresh;
}

Result<AddressRecord> Wallet::getNewAddress(Chain chain, int64_t accountId) {
    if (m_accounts.empty()) return fail("the wallet has no account");
    auto it = accountId == 0 ? m_accounts.begin()
                             : std::find_if(m_accounts.begin(), m_accounts.end(),
                                            [&](const WalletAccount& a) { return a.record.id == accountId; });
    if (it == m_accounts.end()) return fail("no account " + std::to_string(accountId));
    WalletAccount& acc = *it;
    const Chain serving = servingChain(acc, chain);
    const int c = int(serving);
    std::optional<AddressRecord> result;
    storage::AccountRecord updated = acc.record;
    auto r = m_store->transaction([&]() -> Result<void> {
        uint32_t index = acc.account.isRanged() ? nextIndexOf(acc.record, serving) : 0;
        for (;;) {
            if (index >= crypto::kHardenedBit) return fail("this account has run out of addresses");
            auto addr = m_store->addressAt(acc.record.id, c, index);
            if (!addr.ok()) return addr.error();
            if (!*addr) {
                // Beyond the window (should not happen: the window always reaches past next): derive more.
                if (auto t = topUp(acc, serving); !t.ok()) return t.error();
                addr = m_store->addressAt(acc.record.id, c, index);
                if (!addr.ok()) return addr.error();
                if (!*addr) return fail("cannot derive the next address");
            }
            if (!(*addr)->used || !acc.account.isRanged()) {
                result = std::move(**addr);
                break;
            }
            ++index;
        }
        if (auto m = m_store->markIssued(result->id); !m.ok()) return m;
        result->issued = true;
        if (!acc.account.isRanged()) return {};
        (serving == Chain::Receive ? updated.nextReceive : updated.nextChange) = index + 1;
        if (auto s = m_store->setNextIndex(acc.record.id, c, index + 1); !s.ok()) return s;
        std::swap(acc.record, updated);
        auto t = topUp(acc, serving);
        if (!t.ok()) {
            std::swap(acc.record, updated);
            return t.error();
        }
        return {};
    });
    if (!r.ok()) return r.error();
    return std::move(*result);
}

Result<std::vector<Bytes>> Wallet::markUsed(ByteView script) {
    std::vector<Bytes> fresh;
    auto addr = m_store->addressByScript(script);
    if (!addr.ok()) return addr.error();
    if (!*addr) return fresh;
    auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                           [&](const WalletAccount& a) { return a.record.id == (*addr)->accountId; });
    if (it == m_accounts.end()) return fresh;
    WalletAccount& acc = *it;
    const Chain chain = (*addr)->chain == 0 ? Chain::Receive : Chain::Change;
    const uint32_t index = (*addr)->index;
    storage::AccountRecord before = acc.record;
    auto r = m_store->transaction([&]() -> Result<void> {
        auto changed = m_store->markUsed((*addr)->id);
        if (!changed.ok()) return changed.error();
        if (!*changed) return {};
        uint32_t& next = chain == Chain::Receive ? acc.record.nextReceive : acc.record.nextChange;
        if (acc.account.isRanged() && index + 1 > next) {
            next = index + 1;
            if (auto s = m_store->setNextIndex(acc.record.id, int(chain), next); !s.ok()) return s;
        }
        auto t = topUp(acc, chain);
        if (!t.ok()) return t.error();
        fresh = std::move(t.value());
        return {};
    });
    if (!r.ok()) {
        acc.record = before;
        return r.error();
    }
    return fresh;
}

Result<std::vector<Bytes>> Wallet::watchedScripts() { return m_store->allScripts(); }

Result<std::vector<Bytes>> Wallet::setGapLimit(uint32_t gap) {
    if (gap < 1 || gap > kMaxGapLimit) return fail("the gap limit must be between 1 and " + std::to_string(kMaxGapLimit));
    std::vector<Bytes> fresh;
    const uint32_t old = m_meta.gapLimit;
    m_meta.gapLimit = gap;
    auto r = m_store->transaction([&]() -> Result<void> {
        if (auto s = m_store->setGapLimit(gap); !s.ok()) return s;
        for (const WalletAccount& acc : m_accounts)
            for (Chain chain : {Chain::Receive, Chain::Change}) {
                auto t = topUp(acc, chain);
                if (!t.ok()) return t.error();
                for (Bytes& s : *t) fresh.push_back(std::move(s));
            }
        return {};
    });
    if (!r.ok()) {
        m_meta.gapLimit = old;
        return r.error();
    }
    return fresh;
}

Result<void> Wallet::setBirthday(int height) {
    if (height < 0) return fail("the birthday height must not be negative");
    if (auto r = m_store->setBirthday(height); !r.ok()) return r;
    m_meta.birthdayHeight = height;
    return {};
}

}  // namespace cairn::wallet
