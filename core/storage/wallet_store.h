// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/hash_types.h"
#include "primitives/outpoint.h"
#include "storage/database.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::storage {

/// The single `wallet` row: what the wallet is, and its sealed data key.
struct WalletMeta {
    Bytes walletId;           ///< 16 random bytes fixed at creation (bound into every AEAD).
    std::string name;
    std::string network;      ///< networkName(): main, test, testnet4, signet, regtest.
    bool watchOnly = false;
    int birthdayHeight = 0;   ///< Scans start here.
    uint32_t gapLimit = 20;
    int64_t created = 0;
};

/// The scrypt parameters and the data key sealed under scrypt(password). Empty (n == 0) for watch-only wallets.
struct KeystoreRecord {
    uint64_t n = 0;
    uint32_t r = 0;
    uint32_t p = 0;
    Bytes salt;
    Bytes keyNonce;     ///< 12 bytes
    Bytes wrappedKey;   ///< AES-256-GCM(kek, keyNonce, dataKey) with its tag
    Bytes integrity;    ///< HMAC-SHA256 over the secrets and critical metadata (see wallet/keystore.h)
};

/// One sealed secret.
struct SecretRecord {
    int64_t id = 0;
    std::string kind;                  ///< "mnemonic", "passphrase", "seed", "descriptor"
    std::optional<int64_t> accountId;  ///< set for per-account secrets
    Bytes nonce;                       ///< 12 bytes
    Bytes ciphertext;                  ///< ciphertext || 16-byte tag
};

/// One account row (see the DDL in wallet_store_schema.cpp).
struct AccountRecord {
    int64_t id = 0;
    std::string kind;              ///< "bip44", "bip49", "bip84", "bip86" or "descriptor"
    uint32_t accountIndex = 0;
    std::string label;
    std::string xpub;              ///< account xpub/tpub, '' when none
    std::string originFingerprint; ///< 8 hex digits, '' when unknown
    std::string originPath;        ///< "m/84h/0h/0h", '' when unknown
    std::string receiveDescriptor; ///< public, with checksum
    std::string changeDescriptor;  ///< public, with checksum; '' for a single-chain account
    uint32_t nextReceive = 0;
    uint32_t nextChange = 0;
    int64_t created = 0;
};

/// One derived, watched script.
struct AddressRecord {
    int64_t id = 0;
    int64_t accountId = 0;
    int chain = 0;         ///< 0 receive, 1 change
    uint32_t index = 0;
    Bytes script;
    std::string address;
    bool used = false;
    bool issued = false;
};

/// Transaction states (column transactions.status).
enum class TxStatus { Unconfirmed = 0, Confirmed = 1, Conflicted = 2, Abandoned = 3 };

/// One wallet transaction.
struct TxRecord {
    int64_t id = 0;                    ///< row id (0 before insertion)
    primitives::Txid txid;
    primitives::Wtxid wtxid;
    Bytes raw;                         ///< full serialisation (with witness); empty in history rows
    TxStatus status = TxStatus::Unconfirmed;
    std::optional<primitives::BlockHash> blockHash;
    int height = -1;                   ///< -1 when not in a block
    int blockPos = -1;
    int64_t blockTime = 0;
    Bytes merkleProof;
    int64_t firstSeen = 0;
    std::optional<int64_t> fee;        ///< satoshis, when every input is known
    int64_t delta = 0;                 ///< net effect on the wallet in satoshis
    bool coinbase = false;
    std::optional<primitives::Txid> conflictedBy;
};

/// One output paying to a wallet script.
struct OutputRecord {
    int64_t id = 0;
    primitives::OutPoint outpoint;
    int64_t txRowId = 0;               ///< transactions.id of the creating transaction
    int64_t value = 0;
    Bytes script;
    int64_t addressId = 0;
    bool coinbase = false;
    int height = -1;                   ///< -1 while unconfirmed
    std::optional<primitives::Txid> spentBy;
    int spentHeight = -1;              ///< -1 while the spender is unconfirmed (or unspent)
    bool frozen = false;
};

/// One BIP329 label.
struct LabelRecord {
    std::string type;                  ///< tx, addr, pubkey, input, output, xpub
    std::string ref;
    std::string label;
    std::string origin;                ///< '' when absent
    std::optional<bool> spendable;     ///< outputs only
};

/// Aggregates over the outputs table, in satoshis.
struct BalanceTotals {
    int64_t confirmed = 0;             ///< unspent, confirmed, mature (coinbase with >= maturity confirmations)
    int64_t unconfirmedIncoming = 0;   ///< unspent outputs of unconfirmed transactions
    int64_t unconfirmedOutgoing = 0;   ///< outputs spent by a wallet transaction that is not confirmed yet
    int64_t immature = 0;              ///< unspent coinbase outputs with fewer than `maturity` confirmations
};

/// One history row: a transaction (without raw bytes) and the wallet balance after it.
struct HistoryRow {
    TxRecord tx;
    int64_t runningBalance = 0;
};

/// One wallet file: <datadir>/wallets/<name>.sqlite (WAL) with the schema of wallet_store_schema.cpp.
/// Not thread-safe: each thread opens its own WalletStore on the same file. Every write is one SQLite
/// transaction; `transaction()` groups several writes atomically.
class WalletStore {
public:
    /// Creates a new wallet file at `path` with its metadata row. Fails when the file already exists (never
    /// overwrites) or cannot be written; a half-created file is removed.
    [[nodiscard]] static util::Result<std::unique_ptr<WalletStore>> create(const std::string& path,
                                                                         const WalletMeta& meta);
    /// Opens an existing wallet file. Before anything is written it checks the SQLite header, that the file
    /// is not shorter than its header says (truncation) and PRAGMA quick_check; any failure is reported as
    /// "wallet file ... is damaged or truncated: ..." and the file is left untouched. Fails when missing.
    [[nodiscard]] static util::Result<std::unique_ptr<WalletStore>> open(const std::string& path);

    ~WalletStore();
    WalletStore(const WalletStore&) = delete;
    WalletStore& operator=(const WalletStore&) = delete;

    /// The file path.
    const std::string& path() const;
    /// Runs `body` in one SQLite transaction (nested calls join the outer one); rolls back on error.
    [[nodiscard]] util::Result<void> transaction(const std::function<util::Result<void>()>& body);
    /// Test seam: called with a step name ("passwd:key", "passwd:integrity", ...) inside multi-step writes;
    /// an error returned by the hook aborts (and rolls back) that write.
    void setFaultHook(std::function<util::Result<void>(std::string_view step)> hook);
    /// Runs the fault hook for `step` (no-op without a hook).
    [[nodiscard]] util::Result<void> faultPoint(std::string_view step) const;

    // --- metadata and keystore
    /// The metadata row.
    [[nodiscard]] util::Result<WalletMeta> meta();
    [[nodiscard]] util::Result<void> setBirthday(int height);
    [[nodiscard]] util::Result<void> setGapLimit(uint32_t gap);
    /// The keystore columns (n == 0 for a watch-only wallet).
    [[nodiscard]] util::Result<KeystoreRecord> keystore();
    /// Replaces the keystore columns (kdf params, sealed key, integrity).
    [[nodiscard]] util::Result<void> setKeystore(const KeystoreRecord& record);
    /// Replaces only the integrity record.
    [[nodiscard]] util::Result<void> setIntegrity(const Bytes& mac);

    // --- secrets
    /// All sealed secrets in id order.
    [[nodiscard]] util::Result<std::vector<SecretRecord>> secrets();
    /// The id the next inserted secret gets (max + 1), for binding it into the AAD before insertion.
    [[nodiscard]] util::Result<int64_t> nextSecretId();
    /// Inserts a secret with its explicit id.
    [[nodiscard]] util::Result<void> insertSecret(const SecretRecord& record);

    // --- accounts
    /// Inserts an account; returns its id.
    [[nodiscard]] util::Result<int64_t> addAccount(const AccountRecord& record);
    /// All accounts in id order.
    [[nodiscard]] util::Result<std::vector<AccountRecord>> accounts();
    /// Sets next_receive (chain 0) or next_change (chain 1).
    [[nodiscard]] util::Result<void> setNextIndex(int64_t accountId, int chain, uint32_t next);

    // --- addresses
    /// Inserts derived addresses (one transaction). Fails if a script already exists in the wallet.
    [[nodiscard]] util::Result<void> addAddresses(std::vector<AddressRecord>& records);
    /// The address with this script, or nullopt.
    [[nodiscard]] util::Result<std::optional<AddressRecord>> addressByScript(ByteView script);
    /// The address at (account, chain, index), or nullopt.
    [[nodiscard]] util::Result<std::optional<AddressRecord>> addressAt(int64_t accountId, int chain, uint32_t index);
    /// Addresses of one account and chain in index order (chain -1: both).
    [[nodiscard]] util::Result<std::vector<AddressRecord>> addresses(int64_t accountId, int chain = -1);
    /// Number of derived addresses of (account, chain), i.e. the next index to derive.
    [[nodiscard]] util::Result<uint32_t> derivedCount(int64_t accountId, int chain);
    /// Highest used index of (account, chain), or -1.
    [[nodiscard]] util::Result<int64_t> highestUsed(int64_t accountId, int chain);
    /// Marks an address used (and issued). Returns true when it was not used before.
    [[nodiscard]] util::Result<bool> markUsed(int64_t addressId);
    /// Marks an address handed out.
    [[nodiscard]] util::Result<void> markIssued(int64_t addressId);
    /// Every watched script (for filter matching).
    [[nodiscard]] util::Result<std::vector<Bytes>> allScripts();

    // --- transactions and outputs (tables for the discovery and sending engines)
    /// Inserts or replaces (by txid) a transaction; returns its row id. Keeps the row id of an existing txid.
    [[nodiscard]] util::Result<int64_t> putTransaction(const TxRecord& tx);
    /// The transaction with this txid (raw bytes included), or nullopt.
    [[nodiscard]] util::Result<std::optional<TxRecord>> transactionByTxid(const primitives::Txid& txid);
    /// Number of transactions.
    [[nodiscard]] util::Result<int64_t> transactionCount();
    /// Inserts or replaces (by outpoint) an output; returns its row id.
    [[nodiscard]] util::Result<int64_t> putOutput(const OutputRecord& out);
    /// Records that `outpoint` is spent by `spender` (height -1 while unconfirmed). No error if unknown;
    /// returns whether an output was updated.
    [[nodiscard]] util::Result<bool> markSpent(const primitives::OutPoint& outpoint, const primitives::Txid& spender,
                                               int spenderHeight);
    /// Sets or clears the frozen flag of an output; returns whether it exists.
    [[nodiscard]] util::Result<bool> setFrozen(const primitives::OutPoint& outpoint, bool frozen);
    /// Unspent outputs (frozen ones included; check `frozen`), by value descending.
    [[nodiscard]] util::Result<std::vector<OutputRecord>> unspentOutputs();
    /// Balance at tip `tipHeight`; coinbase outputs need `maturity` confirmations (100 on every network).
    [[nodiscard]] util::Result<BalanceTotals> balance(int tipHeight, int maturity = 100);
    /// History newest first: `limit` rows after skipping `offset`, each with the balance after it. Conflicted
    /// and abandoned transactions appear with the balance unchanged by them.
    [[nodiscard]] util::Result<std::vector<HistoryRow>> history(int64_t offset, int64_t limit);

    // --- discovery helpers (implemented in wallet_store_sync.cpp)
    /// The wallet output at `outpoint` (spent or not), or nullopt when it does not pay the wallet.
    [[nodiscard]] util::Result<std::optional<OutputRecord>> outputByOutpoint(const primitives::OutPoint& outpoint);
    /// Txids of the confirmed transactions with a height above `height`, highest first (reorg rollback).
    [[nodiscard]] util::Result<std::vector<primitives::Txid>> confirmedAbove(int height);
    /// Txids of the wallet transactions stored for block `hash`, by position.
    [[nodiscard]] util::Result<std::vector<primitives::Txid>> transactionsInBlock(const primitives::BlockHash& hash);
    /// Txids of the unconfirmed transactions, oldest first.
    [[nodiscard]] util::Result<std::vector<primitives::Txid>> unconfirmedTransactions();
    /// Txids of the wallet transactions that spend an output of `txid` (its children in the wallet).
    [[nodiscard]] util::Result<std::vector<primitives::Txid>> spendersOf(const primitives::Txid& txid);
    /// Moves a confirmed transaction back to unconfirmed: block fields and Merkle proof cleared, its outputs'
    /// height and the spent_height of outputs it spends set to NULL. Returns whether the transaction exists.
    [[nodiscard]] util::Result<bool> unconfirmTransaction(const primitives::Txid& txid);
    /// Marks a transaction conflicted (by `by`, when known): status 2, block fields and proof cleared, its
    /// outputs deleted, and the outputs it spent unspent again. Returns whether the transaction exists.
    [[nodiscard]] util::Result<bool> markConflicted(const primitives::Txid& txid, const std::optional<primitives::Txid>& by);

    // --- sync state (discovery)
    [[nodiscard]] util::Result<std::optional<Bytes>> syncValue(const std::string& key);
    [[nodiscard]] util::Result<void> setSyncValue(const std::string& key, ByteView value);

    // --- labels
    /// Inserts or replaces a label (type and ref are the key).
    [[nodiscard]] util::Result<void> setLabel(const LabelRecord& label);
    /// The label of (type, ref), or nullopt.
    [[nodiscard]] util::Result<std::optional<LabelRecord>> label(const std::string& type, const std::string& ref);
    /// Deletes a label (no error when absent).
    [[nodiscard]] util::Result<void> removeLabel(const std::string& type, const std::string& ref);
    /// All labels ordered by type, ref.
    [[nodiscard]] util::Result<std::vector<LabelRecord>> labels();

    /// The underlying database (for this layer's tests and for stores of other wallet tables).
    Database& database() { return *m_db; }

private:
    explicit WalletStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    std::function<util::Result<void>(std::string_view)> m_faultHook;
    int m_txDepth = 0;
};

}  // namespace cairn::storage
