// SPDX-License-Identifier: MIT
#include "storage/wallet_store_schema.h"

namespace cairn::storage {

// Conventions in every table below: hashes (txid, wtxid, block hash) are 32 bytes in internal byte order;
// scripts are raw scriptPubKey bytes; amounts are int64 satoshis; times are unix seconds; a height of NULL
// means "not in a block". Secret material never appears in clear: only AES-256-GCM blobs in `secrets`.
const std::vector<Migration>& walletMigrations() {
    static const std::vector<Migration> migrations{
        {1, "wallet metadata and keystore",
         // Exactly one row. `wallet_id` is 16 random bytes fixed at creation; it is bound into every AEAD's
         // associated data, so blobs cannot be moved between wallet files. The kdf_* columns are the scrypt
         // parameters of the password (stored so they can rise later); `key_nonce` + `wrapped_key` hold the
         // 32-byte data key sealed with AES-256-GCM under scrypt(password). `integrity` is HMAC-SHA256 under a
         // key derived from the data key over the secrets and the critical metadata (see wallet/keystore.h),
         // verified on unlock. All keystore columns are NULL for a watch-only wallet (it has no secrets).
         "CREATE TABLE wallet ("
         " id INTEGER PRIMARY KEY CHECK (id = 1),"
         " wallet_id BLOB NOT NULL CHECK (length(wallet_id) = 16),"
         " name TEXT NOT NULL,"
         " network TEXT NOT NULL,"
         " watch_only INTEGER NOT NULL CHECK (watch_only IN (0, 1)),"
         " birthday_height INTEGER NOT NULL CHECK (birthday_height >= 0),"
         " gap_limit INTEGER NOT NULL CHECK (gap_limit BETWEEN 1 AND 10000),"
         " created INTEGER NOT NULL,"
         " kdf_n INTEGER, kdf_r INTEGER, kdf_p INTEGER, kdf_salt BLOB,"
         " key_nonce BLOB CHECK (key_nonce IS NULL OR length(key_nonce) = 12),"
         " wrapped_key BLOB,"
         " integrity BLOB);"
         // One AES-256-GCM blob per secret, each with its own random 12-byte nonce; the ciphertext carries the
         // 16-byte tag. AAD = "cairn-secret" || wallet_id || id (8 bytes BE) || kind || account_id, so a
         // record cannot be swapped with another. Kinds: "mnemonic" (canonical words), "passphrase" (BIP39,
         // only when non-empty), "seed" (64-byte BIP39 seed), "descriptor" (an imported private descriptor,
         // with account_id set).
         "CREATE TABLE secrets ("
         " id INTEGER PRIMARY KEY,"
         " kind TEXT NOT NULL,"
         " account_id INTEGER,"
         " nonce BLOB NOT NULL CHECK (length(nonce) = 12),"
         " ciphertext BLOB NOT NULL CHECK (length(ciphertext) >= 16));"},
        {2, "accounts and derived addresses",
         // One row per account. kind: "bip44", "bip49", "bip84", "bip86" (derived from the seed, or watch-only
         // from an xpub) or "descriptor" (watch-only or imported descriptors). `descriptor_receive` and
         // `descriptor_change` are the public descriptors with checksum; change is '' for an account with a
         // single chain (then change requests use the receive chain). `xpub` is the account-level key in plain
         // BIP32 encoding (xpub/tpub) when there is one; origin_* is the key origin when known (fingerprint as
         // 8 hex digits, path like "m/84h/0h/0h"). next_receive / next_change: the lowest index of that chain
         // never handed out by getNewAddress and above every used one (the next address to give out).
         "CREATE TABLE accounts ("
         " id INTEGER PRIMARY KEY,"
         " kind TEXT NOT NULL,"
         " account_index INTEGER NOT NULL DEFAULT 0,"
         " label TEXT NOT NULL DEFAULT '',"
         " xpub TEXT NOT NULL DEFAULT '',"
         " origin_fingerprint TEXT NOT NULL DEFAULT '',"
         " origin_path TEXT NOT NULL DEFAULT '',"
         " descriptor_receive TEXT NOT NULL,"
         " descriptor_change TEXT NOT NULL DEFAULT '',"
         " next_receive INTEGER NOT NULL DEFAULT 0,"
         " next_change INTEGER NOT NULL DEFAULT 0,"
         " created INTEGER NOT NULL);"
         // Every derived script the wallet watches (the look-ahead window included). chain 0 = receive,
         // 1 = change. `used`: some transaction pays to it; `issued`: handed out by getNewAddress. The script
         // is unique across the whole wallet so a filter match maps to exactly one address.
         "CREATE TABLE addresses ("
         " id INTEGER PRIMARY KEY,"
         " account_id INTEGER NOT NULL REFERENCES accounts(id),"
         " chain INTEGER NOT NULL CHECK (chain IN (0, 1)),"
         " idx INTEGER NOT NULL CHECK (idx >= 0),"
         " script BLOB NOT NULL,"
         " address TEXT NOT NULL,"
         " used INTEGER NOT NULL DEFAULT 0,"
         " issued INTEGER NOT NULL DEFAULT 0,"
         " UNIQUE (account_id, chain, idx));"
         "CREATE UNIQUE INDEX addresses_by_script ON addresses(script);"},
        {10, "wallet transactions, outputs and sync state",
         // One row per transaction touching the wallet. status: 0 unconfirmed (seen, not in a block),
         // 1 confirmed (block_hash, height, block_pos, merkle_proof set and checked against our headers),
         // 2 conflicted (an input was spent by `conflicted_by`, confirmed or replacing), 3 abandoned by the user.
         // `merkle_proof` is the BIP37 partial Merkle tree proving inclusion (discovery's format). `delta` is
         // the net effect on the wallet in satoshis (received minus spent, fee included when we paid it),
         // kept by the discovery engine so history pages need no joins. `fee` is NULL when an input is
         // foreign. `sort_key` orders history and is written by WalletStore::putTransaction: confirmed
         // height * 2^32 + position, everything else 2^62 + first_seen (after all confirmed ones). A plain
         // column, not a generated one, so the index below covers the running-balance sums.
         "CREATE TABLE transactions ("
         " id INTEGER PRIMARY KEY,"
         " txid BLOB NOT NULL UNIQUE CHECK (length(txid) = 32),"
         " wtxid BLOB NOT NULL CHECK (length(wtxid) = 32),"
         " raw BLOB NOT NULL,"
         " status INTEGER NOT NULL CHECK (status IN (0, 1, 2, 3)),"
         " block_hash BLOB CHECK (block_hash IS NULL OR length(block_hash) = 32),"
         " height INTEGER,"
         " block_pos INTEGER,"
         " block_time INTEGER,"
         " merkle_proof BLOB,"
         " first_seen INTEGER NOT NULL,"
         " fee INTEGER,"
         " delta INTEGER NOT NULL DEFAULT 0,"
         " coinbase INTEGER NOT NULL DEFAULT 0,"
         " conflicted_by BLOB,"
         " sort_key INTEGER NOT NULL);"
         // Covers history paging and the running-balance sums without touching the raw bytes.
         "CREATE INDEX transactions_by_order ON transactions(sort_key, id, status, delta);"
         "CREATE INDEX transactions_by_height ON transactions(height) WHERE height IS NOT NULL;"
         // One row per output paying to a wallet script. `height` copies the creating transaction's height
         // (NULL while unconfirmed) so balances are one aggregate over this table. `spent_by` is the txid of
         // the wallet transaction spending it (NULL: unspent); `spent_height` its height (NULL while that
         // spender is unconfirmed). `frozen`: the user excluded it from coin selection (BIP329 spendable=false).
         // Outputs of a transaction that becomes conflicted or abandoned are deleted by the discovery engine
         // (and their inputs' spent_by cleared), so the aggregates below never count them.
         "CREATE TABLE outputs ("
         " id INTEGER PRIMARY KEY,"
         " txid BLOB NOT NULL CHECK (length(txid) = 32),"
         " vout INTEGER NOT NULL CHECK (vout >= 0),"
         " tx_id INTEGER NOT NULL REFERENCES transactions(id) ON DELETE CASCADE,"
         " value INTEGER NOT NULL CHECK (value >= 0),"
         " script BLOB NOT NULL,"
         " address_id INTEGER NOT NULL REFERENCES addresses(id),"
         " coinbase INTEGER NOT NULL DEFAULT 0,"
         " height INTEGER,"
         " spent_by BLOB CHECK (spent_by IS NULL OR length(spent_by) = 32),"
         " spent_height INTEGER,"
         " frozen INTEGER NOT NULL DEFAULT 0,"
         " UNIQUE (txid, vout));"
         // Covering index for the balance aggregate over unspent outputs and for coin selection.
         "CREATE INDEX outputs_unspent ON outputs(height, coinbase, value) WHERE spent_by IS NULL;"
         "CREATE INDEX outputs_spent_unconfirmed ON outputs(value) WHERE spent_by IS NOT NULL AND spent_height IS NULL;"
         "CREATE INDEX outputs_by_address ON outputs(address_id);"
         "CREATE INDEX outputs_by_tx ON outputs(tx_id);"
         "CREATE INDEX outputs_by_spender ON outputs(spent_by) WHERE spent_by IS NOT NULL;"
         // Free-form sync progress of the discovery engine (e.g. "filter_height", "tip_hash"), one value per key.
         "CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) WITHOUT ROWID;"},
        {20, "BIP329 labels",
         // One label per (type, ref) as BIP329 defines them: type tx|addr|pubkey|input|output|xpub; ref is the
         // txid (display hex), address, public key hex, "txid:n" or the xpub. `origin` is the optional
         // abbreviated descriptor; `spendable` is set only for outputs (NULL: not stated).
         "CREATE TABLE labels ("
         " type TEXT NOT NULL CHECK (type IN ('tx', 'addr', 'pubkey', 'input', 'output', 'xpub')),"
         " ref TEXT NOT NULL,"
         " label TEXT NOT NULL DEFAULT '',"
         " origin TEXT NOT NULL DEFAULT '',"
         " spendable INTEGER CHECK (spendable IS NULL OR (type = 'output' AND spendable IN (0, 1))),"
         " PRIMARY KEY (type, ref)) WITHOUT ROWID;"},
    };
    return migrations;
}

}  // namespace cairn::storage
