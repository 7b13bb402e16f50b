// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bip32.h"
#include "crypto/kdf.h"
#include "storage/wallet_store.h"
#include "util/bytes.h"
#include "util/network.h"
#include "util/result.h"
#include "util/secure_bytes.h"
#include "wallet/account.h"
#include "wallet/keystore.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::wallet {

/// Largest gap limit accepted.
constexpr uint32_t kMaxGapLimit = 1000;
/// Default look-ahead on each chain.
constexpr uint32_t kDefaultGapLimit = 20;

/// How a new wallet is made.
struct WalletOptions {
    std::string name;
    Network network = Network::Main;
    script::AccountType accountType = script::AccountType::Bip84P2wpkh;
    int birthdayHeight = 0;
    uint32_t gapLimit = kDefaultGapLimit;
    crypto::ScryptParams kdf = defaultScryptParams();
    int64_t now = 0;  ///< creation time (unix seconds); 0 = the system clock
};

/// One account of an open wallet: its row and its derivation.
struct WalletAccount {
    storage::AccountRecord record;
    Account account;
};

/// A descriptor of one account chain, for export.
struct DescriptorEntry {
    int64_t accountId = 0;
    bool internal = false;      ///< change chain
    std::string descriptor;     ///< with checksum (private keys only in privateDescriptors())
};

/// Counts from a BIP329 import.
struct LabelImportStats {
    int imported = 0;           ///< labels stored
    int ignored = 0;            ///< records of unknown type, skipped as BIP329 asks
    int frozenUpdated = 0;      ///< known outputs whose spendable flag was applied
};

/// An open wallet file: metadata, accounts, address windows, keys at rest and labels. Use it from one thread
/// (open another Wallet on the same file in another thread). The keys stay sealed: operations that need them
/// take an UnlockedKeystore, which the caller destroys as soon as signing or export is done.
class Wallet {
public:
    /// Creates a wallet file at `path` from a BIP39 mnemonic (+ optional passphrase): seals mnemonic,
    /// passphrase and seed under `password`, creates the `options.accountType` account 0 and derives the
    /// look-ahead windows. Fails (leaving no file) on an invalid mnemonic, an empty password, an existing file.
    [[nodiscard]] static util::Result<std::unique_ptr<Wallet>> create(const std::string& path,
                                                                      const WalletOptions& options,
                                                                      const util::SecureBytes& mnemonic,
                                                                      const util::SecureBytes& passphrase,
                                                                      const util::SecureBytes& password);
    /// Creates a watch-only wallet from an extended public key (xpub/ypub/zpub/tpub/upub/vpub: SLIP-132 implies
    /// the type; a plain xpub/tpub uses `type`, which must then be given) or a public descriptor (ranged, or
    /// multipath <0;1> for receive and change). Fails on private keys, a type that contradicts the SLIP-132
    /// version, or a key for another network.
    [[nodiscard]] static util::Result<std::unique_ptr<Wallet>> createWatchOnly(
        const std::string& path, const WalletOptions& options, std::string_view keyOrDescriptor,
        std::optional<script::AccountType> type, std::string_view changeDescriptor = {});
    /// Opens an existing wallet file (see WalletStore::open for the damage checks). Fails when the file
    /// belongs to another network than `network`.
    [[nodiscard]] static util::Result<std::unique_ptr<Wallet>> open(const std::string& path, Network network);

    const storage::WalletMeta& meta() const { return m_meta; }
    Network network() const { return m_network; }
    bool isWatchOnly() const { return m_meta.watchOnly; }
    storage::WalletStore& store() { return *m_store; }
    const std::vector<WalletAccount>& accounts() const { return m_accounts; }
    /// The account with this id, or nullptr.
    const WalletAccount* account(int64_t accountId) const;

    // --- keys
    /// Unlocks the keystore (see Keystore::unlock). The handle wipes the key when destroyed.
    [[nodiscard]] util::Result<UnlockedKeystore> unlock(const util::SecureBytes& password);
    /// Re-seals the keys under a new password, atomically (see Keystore::changePassword).
    [[nodiscard]] util::Result<void> changePassword(const util::SecureBytes& oldPassword,
                                                    const util::SecureBytes& newPassword,
                                                    std::optional<crypto::ScryptParams> newParams = {});
    /// The BIP32 master key from the sealed seed. Fails for watch-only wallets or on tampering.
    [[nodiscard]] util::Result<crypto::ExtKey> masterKey(const UnlockedKeystore& keys) const;
    /// The account-level private key of a standard account (for signing).
    [[nodiscard]] util::Result<crypto::ExtKey> accountPrivateKey(const UnlockedKeystore& keys, int64_t accountId) const;
    /// The sealed mnemonic (canonical words) for backup display.
    [[nodiscard]] util::Result<util::SecureBytes> mnemonic(const UnlockedKeystore& keys) const;

    // --- accounts
    /// Adds a standard account derived from the seed (e.g. a BIP86 account next to the BIP84 one); refreshes
    /// the integrity MAC. Fails for watch-only wallets or when that (type, index) account exists.
    [[nodiscard]] util::Result<int64_t> addAccount(UnlockedKeystore& keys, script::AccountType type, uint32_t index);
    /// Adds an account from public descriptors (see Account::fromDescriptors). A wallet with a keystore needs
    /// `keys` (the MAC covers accounts); a watch-only wallet takes nullptr. Fails when a derived script
    /// already belongs to another account.
    [[nodiscard]] util::Result<int64_t> importDescriptors(UnlockedKeystore* keys, std::string_view receive,
                                                          std::string_view change);

    // --- addresses
    /// The next address of the chain that was never handed out nor used; it is marked issued, the window is
    /// extended to keep `gap` fresh addresses ahead. accountId 0 = the first account.
    [[nodiscard]] util::Result<storage::AddressRecord> getNewAddress(Chain chain, int64_t accountId = 0);
    /// Marks the address of `script` used and extends its chain's window. Returns the scripts newly derived
    /// (empty when none or when the script is not the wallet's), so the sync engine can rescan for them.
    [[nodiscard]] util::Result<std::vector<Bytes>> markUsed(ByteView script);
    /// Every watched script (all accounts, both chains, look-ahead included).
    [[nodiscard]] util::Result<std::vector<Bytes>> watchedScripts();
    /// Changes the gap limit and derives any addresses the larger window needs; returns the new scripts.
    [[nodiscard]] util::Result<std::vector<Bytes>> setGapLimit(uint32_t gap);
    /// Sets the birthday height (where a rescan starts).
    [[nodiscard]] util::Result<void> setBirthday(int height);

    // --- descriptors
    /// Public descriptors of every account chain (always available).
    std::vector<DescriptorEntry> publicDescriptors() const;
    /// The same with private keys (xprv/tprv with origin), for standard accounts from the seed; descriptor
    /// accounts without sealed private keys are returned in public form.
    [[nodiscard]] util::Result<std::vector<DescriptorEntry>> privateDescriptors(const UnlockedKeystore& keys) const;

    // --- labels (BIP329)
    [[nodiscard]] util::Result<void> setLabel(const storage::LabelRecord& label);
    /// All labels as BIP329 JSON Lines (one object per line, '\n' after each).
    [[nodiscard]] util::Result<std::string> exportLabels();
    /// Imports BIP329 JSON Lines in one transaction: known types are stored (replacing earlier labels),
    /// unknown types are counted and ignored; spendable=false/true freezes/unfreezes a known output. Fails,
    /// naming the line, on a line that is not a JSON object or lacks type/ref, and then imports nothing.
    [[nodiscard]] util::Result<LabelImportStats> importLabels(std::string_view jsonl);

private:
    Wallet(std::unique_ptr<storage::WalletStore> store, storage::WalletMeta meta, Network net);
    [[nodiscard]] util::Result<void> loadAccounts();
    [[nodiscard]] util::Result<int64_t> insertAccount(const Account& account, uint32_t accountIndex,
                                                      UnlockedKeystore* keys);
    [[nodiscard]] util::Result<std::vector<Bytes>> topUp(const WalletAccount& acc, Chain chain);

    std::unique_ptr<storage::WalletStore> m_store;
    storage::WalletMeta m_meta;
    Network m_network;
    std::vector<WalletAccount> m_accounts;
};

}  // namespace cairn::wallet
