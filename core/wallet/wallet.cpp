// SPDX-License-Identifier: MIT
// Wallet: creation, opening, keys and accounts. Addresses are in wallet_addresses.cpp, descriptors and labels in
// wallet_export.cpp.
#include "wallet/wallet.h"

#include "crypto/bip39.h"
#include "crypto/random.h"
#include "script/extkey_io.h"
#include "util/log.h"

#include <QDateTime>

#include <filesystem>
#include <system_error>

namespace cairn::wallet {

using script::AccountType;
using storage::WalletMeta;
using storage::WalletStore;
using util::fail;
using util::Result;
using util::SecureBytes;

namespace {

constexpr size_t kWalletIdSize = 16;

WalletMeta newMeta(const WalletOptions& o, bool watchOnly) {
    WalletMeta m;
    m.walletId = crypto::randomBytes(kWalletIdSize);
    m.name = o.name;
    m.network = networkName(o.network);
    m.watchOnly = watchOnly;
    m.birthdayHeight = o.birthdayHeight;
    m.gapLimit = o.gapLimit;
    m.created = o.now != 0 ? o.now : QDateTime::currentSecsSinceEpoch();
    return m;
}

Result<void> checkOptions(const WalletOptions& o) {
    if (o.gapLimit < 1 || o.gapLimit > kMaxGapLimit)
        return fail("the gap limit must be between 1 and " + std::to_string(kMaxGapLimit));
    if (o.birthdayHeight < 0) return fail("the birthday height must not be negative");
    return {};
}

void removeWalletFiles(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
}

// The script type a SLIP-132 version implies (nullopt for plain xpub/tpub).
std::optional<AccountType> impliedType(script::ExtKeyScriptType t) {
    switch (t) {
    case script::ExtKeyScriptType::P2shP2wpkh: return AccountType::Bip49P2shP2wpkh;
    case script::ExtKeyScriptType::P2wpkh: return AccountType::Bip84P2wpkh;
    case script::ExtKeyScriptType::Standard: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

Wallet::Wallet(std::unique_ptr<WalletStore> store, WalletMeta meta, Network net)
    : m_store(std::move(store)), m_meta(std::move(meta)), m_network(net) {}

Result<std::unique_ptr<Wallet>> Wallet::create(const std::string& path, const WalletOptions& options,
                                               const SecureBytes& mnemonic, const SecureBytes& passphrase,
                                               const SecureBytes& password) {
    if (auto r = checkOptions(options); !r.ok()) return r.error();
    if (password.empty()) return fail("the password must not be empty");
    auto canonical = crypto::normalizeMnemonic(mnemonic.asStringView());
    if (!canonical.ok()) return fail("invalid mnemonic: " + canonical.message());
    auto seed = crypto::mnemonicToSeed(canonical->asStringView(), passphrase.asStringView());
    if (!seed.ok()) return fail("cannot use this mnemonic: " + seed.message());

    auto store = WalletStore::create(path, newMeta(options, false));
    if (!store.ok()) return store.error();
    auto meta = (*store)->meta();
    if (!meta.ok()) return meta.error();
    std::unique_ptr<Wallet> wallet(new Wallet(std::move(store.value()), std::move(meta.value()), options.network));

    auto result = [&]() -> Result<void> {
        auto keys = Keystore::initialize(*wallet->m_store, password, options.kdf);
        if (!keys.ok()) return keys.error();
        return wallet->m_store->transaction([&]() -> Result<void> {
            if (auto r = keys->addSecret("mnemonic", std::nullopt, *canonical); !r.ok()) return r.error();
            if (!passphrase.empty())
                if (auto r = keys->addSecret("passphrase", std::nullopt, passphrase); !r.ok()) return r.error();
            if (auto r = keys->addSecret("seed", std::nullopt, *seed); !r.ok()) return r.error();
            if (auto r = wallet->addAccount(*keys, options.accountType, 0); !r.ok()) return r.error();
            return {};
        });
    }();
    if (!result.ok()) {
        wallet.reset();
        removeWalletFiles(path);
        return result.error();
    }
    qCInfo(lcCairnWallet, "created wallet %s", options.name.c_str());
    return wallet;
}

Result<std::unique_ptr<Wallet>> Wallet::createWatchOnly(const std::string& path, const WalletOptions& options,
                                                        std::string_view keyOrDescriptor,
                                                        std::optional<AccountType> type,
                                                        std::string_view changeDescriptor) {
    if (auto r = checkOptions(options); !r.ok()) return r.error();
    const bool isDescriptor = keyOrDescriptor.find('(') != std::string_view::npos;
    std::optional<Account> account;
    if (isDescriptor) {
        auto a = Account::fromDescriptors(keyOrDescriptor, changeDescriptor, options.network);
        if (!a.ok()) return a.error();
        account = std::move(a.value());
    } else {
        if (!changeDescriptor.empty()) return fail("a change descriptor goes with a receive descriptor, not a key");
        auto decoded = script::decodeExtKey(keyOrDescriptor, options.network);
        if (!decoded.ok()) return fail("invalid extended public key: " + decoded.message());
        if (decoded->key.isPrivate())
            return fail("watch-only wallets take public keys only; this is a private extended key");
        const auto implied = impliedType(decoded->scriptType);
        if (implied && type && *implied != *type)
            return fail("the key's " + script::extKeyPrefix(decoded->chain, decoded->scriptType, false) +
                        " version implies " + script::accountTypeName(*implied) + ", not " +
                        script::accountTypeName(*type));
        if (!implied && !type)
            return fail("an xpub/tpub does not say its script type; give the type (p2pkh, p2sh-p2wpkh, p2wpkh, p2tr)");
        auto a = Account::fromXpub(implied ? *implied : *type, options.network, decoded->key, std::nullopt,
                                   std::nullopt);
        if (!a.ok()) return a.error();
        account = std::move(a.value());
    }

    auto store = WalletStore::create(path, newMeta(options, true));
    if (!store.ok()) return store.error();
    auto meta = (*store)->meta();
    if (!meta.ok()) return meta.error();
    std::unique_ptr<Wallet> wallet(new Wallet(std::move(store.value()), std::move(meta.value()), options.network));
    if (auto r = wallet->insertAccount(*account, account->toRecord().accountIndex, nullptr); !r.ok()) {
        wallet.reset();
        removeWalletFiles(path);
        return r.error();
    }
    return wallet;
}

Result<std::unique_ptr<Wallet>> Wallet::open(const std::string& path, Network network) {
    auto store = WalletStore::open(path);
    if (!store.ok()) return store.error();
    auto meta = (*store)->meta();
    if (!meta.ok()) return meta.error();
    if (meta->network != networkName(network))
        return fail("wallet " + meta->name + " belongs to network " + meta->network + ", not " + networkName(network));
    std::unique_ptr<Wallet> wallet(new Wallet(std::move(store.value()), std::move(meta.value()), network));
    if (auto r = wallet->loadAccounts(); !r.ok()) return r.error();
    return wallet;
}

Result<void> Wallet::loadAccounts() {
    auto records = m_store->accounts();
    if (!records.ok()) return records.error();
    m_accounts.clear();
    for (auto& rec : *records) {
        auto acc = Account::fromRecord(rec, m_network);
        if (!acc.ok()) return fail(std::string(kTamperMessage) + ": " + acc.message());
        m_accounts.push_back(WalletAccount{std::move(rec), std::move(acc.value())});
    }
    return {};
}

const WalletAccount* Wallet::account(int64_t accountId) const {
    for (const WalletAccount& a : m_accounts)
        if (a.record.id == accountId) return &a;
    return nullptr;
}

// --- keys

Result<UnlockedKeystore> Wallet::unlock(const SecureBytes& password) { return Keystore::unlock(*m_store, password); }

Result<void> Wallet::changePassword(const SecureBytes& oldPassword, const SecureBytes& newPassword,
                                    std::optional<crypto::ScryptParams> newParams) {
    if (m_meta.watchOnly) return fail("watch-only wallet has no keys");
    return Keystore::changePassword(*m_store, oldPassword, newPassword, newParams);
}

Result<crypto::ExtKey> Wallet::masterKey(const UnlockedKeystore& keys) const {
    if (m_meta.watchOnly) return fail("watch-only wallet has no keys");
    auto seed = keys.secret("seed");
    if (!seed.ok()) return seed.error();
    return crypto::ExtKey::fromSeed(seed->view());
}

Result<crypto::ExtKey> Wallet::accountPrivateKey(const UnlockedKeystore& keys, int64_t accountId) const {
    const WalletAccount* acc = account(accountId);
    if (!acc) return fail("no account " + std::to_string(accountId));
    if (!acc->account.type() || acc->record.originPath.empty())
        return fail("account " + std::to_string(accountId) + " has no keys derived from the seed");
    auto master = masterKey(keys);
    if (!master.ok()) return master.error();
    auto path = crypto::KeyPath::parse(acc->record.originPath);
    if (!path.ok()) return path.error();
    auto xprv = master->derivePath(*path);
    if (!xprv.ok()) return xprv.error();
    // The stored xpub is what addresses are derived from; it must belong to the sealed seed.
    if (script::encodeExtPubKey(*xprv, script::extKeyChainOf(m_network)) != acc->record.xpub)
        return fail(std::string(kTamperMessage) + ": account " + std::to_string(accountId) +
                    " does not belong to the wallet's seed");
    return xprv;
}

Result<SecureBytes> Wallet::mnemonic(const UnlockedKeystore& keys) const {
    if (m_meta.watchOnly) return fail("watch-only wallet has no keys");
    return keys.secret("mnemonic");
}

// --- accounts

Result<int64_t> Wallet::addAccount(UnlockedKeystore& keys, AccountType type, uint32_t index) {
    if (m_meta.watchOnly) return fail("watch-only wallet has no keys to derive accounts from");
    if (index > script::kMaxAccount) return fail("account number out of range");
    for (const WalletAccount& a : m_accounts)
        if (a.account.type() == type && a.record.accountIndex == index)
            return fail("the wallet already has a " + script::accountTypeName(type) + " account " +
                        std::to_string(index));
    auto master = masterKey(keys);
    if (!master.ok()) return master.error();
    const crypto::KeyPath path = script::accountPath(type, m_network, index);
    auto xprv = master->derivePath(path);
    if (!xprv.ok()) return xprv.error();
    auto acc = Account::fromXpub(type, m_network, *xprv, master->fingerprint(), path);
    if (!acc.ok()) return acc.error();
    return insertAccount(*acc, index, &keys);
}

Result<int64_t> Wallet::importDescriptors(UnlockedKeystore* keys, std::string_view receive, std::string_view change) {
    if (!m_meta.watchOnly && !keys) return fail("unlock the wallet to add an account");
    auto acc = Account::fromDescriptors(receive, change, m_network);
    if (!acc.ok()) return acc.error();
    for (const WalletAccount& a : m_accounts)
        if (a.record.receiveDescriptor == acc->receiveDescriptor())
            return fail("the wallet already has this descriptor (account " + std::to_string(a.record.id) + ")");
    return insertAccount(*acc, 0, keys);
}

Result<int64_t> Wallet::insertAccount(const Account& account, uint32_t accountIndex, UnlockedKeystore* keys) {
    storage::AccountRecord rec = account.toRecord();
    rec.accountIndex = accountIndex;
    rec.created = QDateTime::currentSecsSinceEpoch();
    const size_t before = m_accounts.size();
    auto r = m_store->transaction([&]() -> Result<void> {
        auto id = m_store->addAccount(rec);
        if (!id.ok()) return id.error();
        rec.id = *id;
        if (keys)
            if (auto m = keys->refreshIntegrity(); !m.ok()) return m;
        auto rebuilt = Account::fromRecord(rec, m_network);
        if (!rebuilt.ok()) return rebuilt.error();
        m_accounts.push_back(WalletAccount{rec, std::move(rebuilt.value())});
        for (Chain chain : {Chain::Receive, Chain::Change})
            if (auto t = topUp(m_accounts.back(), chain); !t.ok()) return t.error();
        return {};
    });
    if (!r.ok()) {
        m_accounts.erase(m_accounts.begin() + std::ptrdiff_t(before), m_accounts.end());
        return r.error();
    }
    return rec.id;
}

}  // namespace cairn::wallet
