// SPDX-License-Identifier: MIT
#include "wallet/keystore.h"

#include "crypto/aead.h"
#include "crypto/hash.h"
#include "crypto/random.h"

#include <algorithm>

namespace cairn::wallet {

using storage::KeystoreRecord;
using storage::SecretRecord;
using storage::WalletStore;
using util::fail;
using util::Result;
using util::SecureBytes;

namespace {

constexpr size_t kDataKeySize = 32;
constexpr size_t kSaltSize = 16;
constexpr std::string_view kIntegrityLabel = "cairn-wallet-integrity-v1";

void appendInt(Bytes& out, int64_t v) {
    for (int shift = 56; shift >= 0; shift -= 8) out.push_back(uint8_t(uint64_t(v) >> shift));
}

// Length-prefixed, so concatenated fields cannot be re-split differently.
void appendField(Bytes& out, ByteView data) {
    appendInt(out, int64_t(data.size()));
    out.insert(out.end(), data.begin(), data.end());
}

void appendText(Bytes& out, std::string_view text) {
    appendField(out, ByteView(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

// AAD of the sealed data key: binds the wallet and the KDF parameters.
Bytes keyAad(ByteView walletId, const KeystoreRecord& k) {
    Bytes aad;
    appendText(aad, "cairn-key");
    appendField(aad, walletId);
    appendInt(aad, int64_t(k.n));
    appendInt(aad, k.r);
    appendInt(aad, k.p);
    appendField(aad, k.salt);
    return aad;
}

// AAD of one secret: wallet, record id, kind and account, so records cannot be swapped or moved.
Bytes secretAad(ByteView walletId, int64_t id, const std::string& kind, std::optional<int64_t> accountId) {
    Bytes aad;
    appendText(aad, "cairn-secret");
    appendField(aad, walletId);
    appendInt(aad, id);
    appendText(aad, kind);
    appendInt(aad, accountId.value_or(-1));
    return aad;
}

Result<SecureBytes> deriveKek(const SecureBytes& password, const KeystoreRecord& k) {
    crypto::ScryptParams params{k.n, k.r, k.p};
    auto kek = crypto::scrypt(password.view(), k.salt, params, kDataKeySize);
    if (!kek.ok()) return fail("cannot derive the wallet key: " + kek.message());
    return kek;
}

// Seals `dataKey` under `password` with fresh salt and nonce into `k` (n, r, p already set).
Result<void> sealDataKey(KeystoreRecord& k, ByteView walletId, const SecureBytes& password, const SecureBytes& dataKey) {
    k.salt = crypto::randomBytes(kSaltSize);
    k.keyNonce = crypto::randomBytes(crypto::kAesGcmNonceSize);
    auto kek = deriveKek(password, k);
    if (!kek.ok()) return kek.error();
    auto sealed = crypto::aesGcmEncrypt(kek->view(), k.keyNonce, dataKey.view(), keyAad(walletId, k));
    if (!sealed.ok()) return sealed.error();
    k.wrappedKey = std::move(sealed.value());
    return {};
}

Result<SecureBytes> openDataKey(const KeystoreRecord& k, ByteView walletId, const SecureBytes& password) {
    auto kek = deriveKek(password, k);
    if (!kek.ok()) return kek.error();
    auto key = crypto::aesGcmDecrypt(kek->view(), k.keyNonce, k.wrappedKey, keyAad(walletId, k));
    if (!key.ok() || key->size() != kDataKeySize) return fail(kWrongPasswordMessage);
    return key;
}

bool validParams(const crypto::ScryptParams& p) {
    return p.n > 1 && (p.n & (p.n - 1)) == 0 && p.r > 0 && p.p > 0;
}

}  // namespace

// p = 2 doubles the time (the lanes run one after the other) without raising the 64 MiB peak: N = 2^16 alone
// measured 0.20-0.33 s on the 2-core development machine, too close to the 0.25 s floor.
crypto::ScryptParams defaultScryptParams() { return crypto::ScryptParams{uint64_t(1) << 16, 8, 2}; }
crypto::ScryptParams testScryptParams() { return crypto::ScryptParams{uint64_t(1) << 10, 8, 1}; }

// --- UnlockedKeystore

UnlockedKeystore::UnlockedKeystore(WalletStore& store, SecureBytes dataKey, Bytes walletId)
    : m_store(&store), m_dataKey(std::move(dataKey)), m_walletId(std::move(walletId)) {}

Result<Bytes> UnlockedKeystore::computeMac() const {
    auto meta = m_store->meta();
    if (!meta.ok()) return meta.error();
    auto ks = m_store->keystore();
    if (!ks.ok()) return ks.error();
    auto secrets = m_store->secrets();
    if (!secrets.ok()) return secrets.error();
    auto accounts = m_store->accounts();
    if (!accounts.ok()) return accounts.error();

    Bytes msg;
    appendText(msg, kIntegrityLabel);
    appendField(msg, meta->walletId);
    appendText(msg, meta->network);
    appendInt(msg, meta->watchOnly ? 1 : 0);
    appendInt(msg, int64_t(ks->n));
    appendInt(msg, ks->r);
    appendInt(msg, ks->p);
    appendField(msg, ks->salt);
    appendInt(msg, int64_t(secrets->size()));
    for (const SecretRecord& s : *secrets) {
        appendInt(msg, s.id);
        appendText(msg, s.kind);
        appendInt(msg, s.accountId.value_or(-1));
        appendField(msg, s.nonce);
        appendField(msg, s.ciphertext);
    }
    appendInt(msg, int64_t(accounts->size()));
    for (const storage::AccountRecord& a : *accounts) {
        appendInt(msg, a.id);
        appendText(msg, a.kind);
        appendInt(msg, a.accountIndex);
        appendText(msg, a.xpub);
        appendText(msg, a.originFingerprint);
        appendText(msg, a.originPath);
        appendText(msg, a.receiveDescriptor);
        appendText(msg, a.changeDescriptor);
    }
    crypto::Hash256 macKey = crypto::hmacSha256(m_dataKey.view(), ByteView(reinterpret_cast<const uint8_t*>(
                                                                                 kIntegrityLabel.data()),
                                                                             kIntegrityLabel.size()));
    const crypto::Hash256 mac = crypto::hmacSha256(macKey, msg);
    util::secureWipe(macKey.data(), macKey.size());
    return Bytes(mac.begin(), mac.end());
}

Result<void> UnlockedKeystore::refreshIntegrity() {
    auto mac = computeMac();
    if (!mac.ok()) return mac.error();
    return m_store->setIntegrity(*mac);
}

Result<void> UnlockedKeystore::verifyIntegrity() const {
    auto ks = m_store->keystore();
    if (!ks.ok()) return ks.error();
    auto mac = computeMac();
    if (!mac.ok()) return mac.error();
    // Constant-time comparison: the MAC is not secret, but there is no reason to leak timing either.
    uint8_t diff = ks->integrity.size() == mac->size() ? 0 : 1;
    for (size_t i = 0; i < std::min(mac->size(), ks->integrity.size()); ++i) diff |= (*mac)[i] ^ ks->integrity[i];
    if (diff != 0) return fail(std::string(kTamperMessage) + " (integrity check failed)");
    return {};
}

Result<int64_t> UnlockedKeystore::addSecret(const std::string& kind, std::optional<int64_t> accountId,
                                            const SecureBytes& plaintext) {
    int64_t newId = 0;
    auto r = m_store->transaction([&]() -> Result<void> {
        auto id = m_store->nextSecretId();
        if (!id.ok()) return id.error();
        SecretRecord rec;
        rec.id = *id;
        rec.kind = kind;
        rec.accountId = accountId;
        rec.nonce = crypto::randomBytes(crypto::kAesGcmNonceSize);
        auto sealed = crypto::aesGcmEncrypt(m_dataKey.view(), rec.nonce, plaintext.view(),
                                            secretAad(m_walletId, rec.id, kind, accountId));
        if (!sealed.ok()) return sealed.error();
        rec.ciphertext = std::move(sealed.value());
        if (auto ins = m_store->insertSecret(rec); !ins.ok()) return ins;
        newId = rec.id;
        return refreshIntegrity();
    });
    if (!r.ok()) return r.error();
    return newId;
}

Result<SecureBytes> UnlockedKeystore::secret(const std::string& kind, std::optional<int64_t> accountId) const {
    auto all = m_store->secrets();
    if (!all.ok()) return all.error();
    for (const SecretRecord& s : *all) {
        if (s.kind != kind || (accountId && s.accountId != accountId)) continue;
        auto plain = crypto::aesGcmDecrypt(m_dataKey.view(), s.nonce, s.ciphertext,
                                           secretAad(m_walletId, s.id, s.kind, s.accountId));
        if (!plain.ok()) return fail(std::string(kTamperMessage) + " (secret record " + std::to_string(s.id) +
                                     " does not authenticate)");
        return plain;
    }
    return fail("no " + kind + " stored in this wallet");
}

Result<bool> UnlockedKeystore::hasSecret(const std::string& kind) const {
    auto all = m_store->secrets();
    if (!all.ok()) return all.error();
    return std::any_of(all->begin(), all->end(), [&](const SecretRecord& s) { return s.kind == kind; });
}

// --- Keystore

Result<bool> Keystore::hasKeystore(WalletStore& store) {
    auto ks = store.keystore();
    if (!ks.ok()) return ks.error();
    return ks->n != 0;
}

Result<UnlockedKeystore> Keystore::initialize(WalletStore& store, const SecureBytes& password,
                                              const crypto::ScryptParams& params) {
    if (password.empty()) return fail("the password must not be empty");
    if (!validParams(params)) return fail("invalid scrypt parameters");
    auto has = hasKeystore(store);
    if (!has.ok()) return has.error();
    if (*has) return fail("this wallet already has a keystore");
    auto meta = store.meta();
    if (!meta.ok()) return meta.error();

    SecureBytes dataKey = crypto::randomSecureBytes(kDataKeySize);
    KeystoreRecord k;
    k.n = params.n;
    k.r = params.r;
    k.p = params.p;
    if (auto r = sealDataKey(k, meta->walletId, password, dataKey); !r.ok()) return r.error();
    UnlockedKeystore unlocked(store, std::move(dataKey), meta->walletId);
    auto r = store.transaction([&]() -> Result<void> {
        if (auto s = store.setKeystore(k); !s.ok()) return s;
        return unlocked.refreshIntegrity();
    });
    if (!r.ok()) return r.error();
    return unlocked;
}

Result<UnlockedKeystore> Keystore::unlock(WalletStore& store, const SecureBytes& password) {
    auto meta = store.meta();
    if (!meta.ok()) return meta.error();
    auto k = store.keystore();
    if (!k.ok()) return k.error();
    if (k->n == 0) return fail("watch-only wallet has no keys");
    if (k->keyNonce.size() != crypto::kAesGcmNonceSize || k->salt.empty())
        return fail(std::string(kTamperMessage) + " (the key record is malformed)");
    auto key = openDataKey(*k, meta->walletId, password);
    if (!key.ok()) return key.error();
    UnlockedKeystore unlocked(store, std::move(key.value()), meta->walletId);
    if (auto r = unlocked.verifyIntegrity(); !r.ok()) return r.error();
    return unlocked;
}

Result<void> Keystore::changePassword(WalletStore& store, const SecureBytes& oldPassword,
                                      const SecureBytes& newPassword, std::optional<crypto::ScryptParams> newParams) {
    if (newPassword.empty()) return fail("the new password must not be empty");
    if (newParams && !validParams(*newParams)) return fail("invalid scrypt parameters");
    auto unlocked = unlock(store, oldPassword);
    if (!unlocked.ok()) return unlocked.error();
    auto current = store.keystore();
    if (!current.ok()) return current.error();
    KeystoreRecord k = *current;
    if (newParams) {
        k.n = newParams->n;
        k.r = newParams->r;
        k.p = newParams->p;
    }
    if (auto r = sealDataKey(k, unlocked->m_walletId, newPassword, unlocked->m_dataKey); !r.ok()) return r;
    // One transaction: the new sealed key and the MAC over the new parameters land together or not at all.
    return store.transaction([&]() -> Result<void> {
        if (auto r = store.setKeystore(k); !r.ok()) return r;
        if (auto r = store.faultPoint("passwd:key"); !r.ok()) return r;
        if (auto r = unlocked->refreshIntegrity(); !r.ok()) return r;
        return store.faultPoint("passwd:integrity");
    });
}

}  // namespace cairn::wallet
