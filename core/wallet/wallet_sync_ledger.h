// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/hash_types.h"
#include "primitives/outpoint.h"
#include "primitives/transaction.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace cairn::wallet {

class Wallet;

/// Coinbase outputs need this many confirmations before they can be spent (every network).
constexpr int kCoinbaseMaturity = 100;

/// Where a block sits in the validated header chain.
struct BlockPlace {
    primitives::BlockHash hash;
    int height = 0;
    int64_t time = 0;
};

/// A wallet transaction found in a block: its position and the serialised merkleblock proving it.
struct ConfirmedTx {
    primitives::Transaction tx;
    uint32_t position = 0;
    Bytes proof;
};

/// The scan cursor: the last block whose wallet transactions are fully stored.
struct SyncCursor {
    int height = -1;
    primitives::BlockHash hash;
};

/// What one apply call changed.
struct LedgerChange {
    int stored = 0;                  ///< wallet transactions inserted or updated
    std::vector<Bytes> newScripts;   ///< scripts derived because addresses became used (rescan for them)
};

/// The store side of discovery: decides which transactions belong to the wallet and writes them (outputs,
/// spends, fee, delta, confirmation, proof, conflicts) to the wallet file, together with the scan cursor, each
/// block in one SQLite transaction so a crash never loses or duplicates anything. Re-applying a transaction
/// is idempotent. Not thread-safe: use it on the thread that owns the Wallet.
class SyncLedger {
public:
    explicit SyncLedger(Wallet& wallet);

    /// Loads the watched scripts (whole gap window) and the wallet's outpoints. Fails on a database error.
    [[nodiscard]] util::Result<void> load();
    /// True when `tx` pays a watched script or spends a wallet output.
    bool isRelevant(const primitives::Transaction& tx) const;
    /// True when `script` is watched.
    bool watches(ByteView script) const;
    /// Every watched script.
    const std::vector<Bytes>& scripts() const { return m_scriptList; }
    /// The outpoints of the wallet's unspent outputs (for BIP37 filters).
    [[nodiscard]] util::Result<std::vector<primitives::OutPoint>> unspentOutpoints();

    /// The saved cursor, or nullopt before the first block was scanned.
    [[nodiscard]] util::Result<std::optional<SyncCursor>> cursor();
    /// Stores the wallet transactions of one block (in block order) and moves the cursor to it, atomically.
    /// Unrelated transactions in `txs` are ignored. Fails (storing nothing) on a database error.
    [[nodiscard]] util::Result<LedgerChange> applyBlock(const BlockPlace& place, const std::vector<ConfirmedTx>& txs);
    /// Stores an unconfirmed transaction when it belongs to the wallet (a confirmed copy stays confirmed).
    /// A transaction spending a wallet output that an unconfirmed wallet transaction spends replaces it (that
    /// one becomes conflicted); one conflicting with a confirmed spend is stored as conflicted.
    [[nodiscard]] util::Result<LedgerChange> applyUnconfirmed(const primitives::Transaction& tx, int64_t now);
    /// Reorg rollback: every transaction confirmed above `fork.height` goes back to unconfirmed (a coinbase,
    /// which cannot exist outside its block, becomes conflicted), its proof dropped; the cursor moves to
    /// `fork`. Returns the number of transactions affected.
    [[nodiscard]] util::Result<int> disconnectAbove(const SyncCursor& fork);
    /// Moves the cursor (rescan from a height: the next sync scans everything after it).
    [[nodiscard]] util::Result<void> setCursor(const SyncCursor& cursor);

private:
    [[nodiscard]] util::Result<bool> applyTx(const primitives::Transaction& tx, const BlockPlace* place,
                                             const ConfirmedTx* confirmed, int64_t now, LedgerChange& change);
    [[nodiscard]] util::Result<void> conflictTree(const primitives::Txid& txid, const primitives::Txid& by, int depth);
    [[nodiscard]] util::Result<std::optional<int64_t>> inputValue(const primitives::OutPoint& prevout);
    void watch(const Bytes& script);
    static std::string outpointKey(const primitives::OutPoint& o);

    Wallet& m_wallet;
    std::unordered_set<std::string> m_scripts;
    std::vector<Bytes> m_scriptList;
    std::unordered_set<std::string> m_outpoints;  // every wallet output, spent or not
};

}  // namespace cairn::wallet
