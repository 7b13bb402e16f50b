// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/kdf.h"
#include "storage/wallet_store.h"
#include "util/bytes.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <cstdint>
#include <optional>
#include <string>

// Secrets at rest. A random 32-byte data key encrypts every secret with AES-256-GCM (own nonce per record,
// AAD binding wallet id, record id, kind and account). The data key is sealed with AES-256-GCM under
// scrypt(password, salt, N, r, p). An integrity MAC (HMAC-SHA256 under HMAC(dataKey, "cairn-integrity")) covers
// the wallet id, network, kdf parameters, every secret row and every account's descriptors and keys, and is
// verified on each unlock, so a swapped, deleted or altered record is reported as tampering.
namespace cairn::wallet {

/// Error text prefixes callers (and tests) can rely on.
inline constexpr const char* kWrongPasswordMessage = "wrong password";
inline constexpr const char* kTamperMessage = "wallet file has been tampered with or damaged";

/// scrypt parameters for new keystores: N = 2^16, r = 8, p = 2: 64 MiB (128 * r * N bytes) and about 0.5 s on the
/// 2-core development machine (bench_wallet prints the figure). Stored with each file, so they can rise later.
crypto::ScryptParams defaultScryptParams();
/// Cheap parameters (N = 2^10) for tests only; never for real wallets.
crypto::ScryptParams testScryptParams();

class Keystore;

/// The keystore unlocked: holds the data key in wiped memory for as long as it lives ("unlocked only for
/// signing or export"). Move-only; destroying it wipes the key. Reads and writes through the store it came
/// from, which must outlive it.
class UnlockedKeystore {
public:
    UnlockedKeystore(UnlockedKeystore&&) noexcept = default;
    UnlockedKeystore& operator=(UnlockedKeystore&&) noexcept = default;
    ~UnlockedKeystore() = default;

    /// Seals `plaintext` as a new secret record of `kind` (optionally tied to an account) and refreshes the
    /// integrity MAC, in one transaction. Returns the record id.
    [[nodiscard]] util::Result<int64_t> addSecret(const std::string& kind, std::optional<int64_t> accountId,
                                                  const util::SecureBytes& plaintext);
    /// The first secret of `kind` (and account, when given) decrypted. Fails with kTamperMessage when its
    /// blob does not authenticate, or "no <kind> stored in this wallet" when absent.
    [[nodiscard]] util::Result<util::SecureBytes> secret(const std::string& kind,
                                                         std::optional<int64_t> accountId = std::nullopt) const;
    /// True when a secret of `kind` exists.
    [[nodiscard]] util::Result<bool> hasSecret(const std::string& kind) const;
    /// Recomputes and stores the integrity MAC (after accounts change). Use inside the writer's transaction.
    [[nodiscard]] util::Result<void> refreshIntegrity();
    /// Recomputes the MAC and compares it with the stored one; fails with kTamperMessage on a mismatch.
    [[nodiscard]] util::Result<void> verifyIntegrity() const;

private:
    friend class Keystore;
    UnlockedKeystore(storage::WalletStore& store, util::SecureBytes dataKey, Bytes walletId);
    [[nodiscard]] util::Result<Bytes> computeMac() const;

    storage::WalletStore* m_store;
    util::SecureBytes m_dataKey;
    Bytes m_walletId;
};

/// Keystore operations on a wallet file. Stateless: each call reads what it needs from the store.
class Keystore {
public:
    /// Creates the keystore of a new wallet: a random data key sealed under scrypt(password) with `params`
    /// and a fresh 16-byte salt. Fails on an empty password, on scrypt parameters scrypt refuses, or when a
    /// keystore already exists. Returns the unlocked handle so the creator can store the first secrets.
    [[nodiscard]] static util::Result<UnlockedKeystore> initialize(storage::WalletStore& store,
                                                                   const util::SecureBytes& password,
                                                                   const crypto::ScryptParams& params);
    /// Unwraps the data key and verifies the integrity MAC. Fails with kWrongPasswordMessage when the
    /// password does not open the key, kTamperMessage when the MAC does not match, or "watch-only wallet has
    /// no keys" for a wallet without keystore. Changes nothing in the file.
    [[nodiscard]] static util::Result<UnlockedKeystore> unlock(storage::WalletStore& store,
                                                               const util::SecureBytes& password);
    /// Re-seals the data key under `newPassword` (fresh salt; `newParams` or the current parameters) and
    /// refreshes the MAC, in one SQLite transaction: on any failure the old password still works. Fails like
    /// unlock() for a wrong old password, and on an empty new password.
    [[nodiscard]] static util::Result<void> changePassword(storage::WalletStore& store,
                                                           const util::SecureBytes& oldPassword,
                                                           const util::SecureBytes& newPassword,
                                                           std::optional<crypto::ScryptParams> newParams = {});
    /// True when the wallet has a keystore (is not watch-only).
    [[nodiscard]] static util::Result<bool> hasKeystore(storage::WalletStore& store);
};

}  // namespace cairn::wallet
