// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bip32.h"
#include "script/account_path.h"
#include "script/descriptor.h"
#include "storage/wallet_store.h"
#include "util/bytes.h"
#include "util/network.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace cairn::wallet {

/// Receive (external) and change (internal) chains.
enum class Chain { Receive = 0, Change = 1 };

/// "bip44", "bip49", "bip84", "bip86" (the accounts.kind column).
std::string accountKindName(script::AccountType type);
/// The type of a kind name; nullopt for "descriptor" and anything unknown.
std::optional<script::AccountType> accountTypeFromKind(std::string_view kind);
/// Parses the CLI names "p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr" (also "bip44", "bip49", "bip84", "bip86").
std::optional<script::AccountType> parseAccountType(std::string_view name);
/// The CLI name of a type: "p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr".
std::string accountTypeCliName(script::AccountType type);

/// One account's script derivation: a standard BIP44/49/84/86 account from its account-level xpub (fast path:
/// the two chain keys are derived once) or an account defined by one or two public descriptors. Immutable.
class Account {
public:
    /// A standard account from its account-level extended public key. `masterFingerprint` and `path` give the
    /// key origin written into the descriptors (nullopt: no origin, e.g. watch-only from a bare xpub).
    [[nodiscard]] static util::Result<Account> fromXpub(script::AccountType type, Network net, const crypto::ExtKey& xpub,
                                                        std::optional<crypto::KeyFingerprint> masterFingerprint,
                                                        std::optional<crypto::KeyPath> path);
    /// An account from descriptors: `receive` ranged or not, possibly multipath with two branches <0;1>
    /// (then `change` must be empty); `change` optional. Private keys are refused (store them sealed and pass
    /// the public form). Fails on a parse error, more than two branches, or a descriptor with no address.
    [[nodiscard]] static util::Result<Account> fromDescriptors(std::string_view receive, std::string_view change,
                                                               Network net);
    /// Rebuilds an account from its stored row.
    [[nodiscard]] static util::Result<Account> fromRecord(const storage::AccountRecord& record, Network net);

    /// The row to store (id 0, indexes 0).
    storage::AccountRecord toRecord() const;
    /// The scriptPubKey at (chain, index). A single-chain account answers change requests from its receive
    /// chain; an unranged descriptor has only index 0. Fails for index >= 2^31 or a derivation failure.
    [[nodiscard]] util::Result<Bytes> scriptAt(Chain chain, uint32_t index) const;
    /// True when the account has a separate change chain.
    bool hasChangeChain() const { return m_changeKey.has_value() || m_change.has_value(); }
    /// False for an unranged descriptor (one script only).
    bool isRanged() const { return m_ranged; }
    /// The public descriptors (with checksum); change is '' for a single-chain account.
    const std::string& receiveDescriptor() const { return m_receiveText; }
    const std::string& changeDescriptor() const { return m_changeText; }
    /// The standard type, or nullopt for a descriptor account.
    std::optional<script::AccountType> type() const { return m_type; }
    Network network() const { return m_network; }

private:
    Account() = default;
    std::optional<script::AccountType> m_type;
    Network m_network = Network::Main;
    std::optional<crypto::ExtKey> m_xpub;          // account level (standard accounts)
    std::optional<crypto::ExtKey> m_receiveKey;    // xpub/0
    std::optional<crypto::ExtKey> m_changeKey;     // xpub/1
    std::optional<script::Descriptor> m_receive;   // descriptor accounts
    std::optional<script::Descriptor> m_change;
    std::string m_receiveText;
    std::string m_changeText;
    std::string m_originFingerprint;
    std::string m_originPath;
    uint32_t m_accountIndex = 0;
    bool m_ranged = true;
};

/// The public descriptor text of a standard account chain, e.g. "wpkh([73c5da0a/84h/0h/0h]xpub.../0/*)" with
/// checksum; `keyText` is the xpub (or xprv for a private export) and `origin` "73c5da0a/84h/0h/0h" or ''.
/// `chain` < 0 writes the BIP389 multipath form /<0;1>/*.
[[nodiscard]] util::Result<std::string> standardDescriptor(script::AccountType type, Network net,
                                                           const std::string& origin, std::string_view keyText,
                                                           int chain);

}  // namespace cairn::wallet
