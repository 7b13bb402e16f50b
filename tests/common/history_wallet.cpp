// SPDX-License-Identifier: MIT
#include "common/history_wallet.h"

#include "crypto/hash.h"
#include "wallet/wallet.h"
#include "wallet/wallet_files.h"

namespace cairn::test {

namespace {

const char* kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
constexpr int kFirstHeight = 500'000;
constexpr int64_t kFirstTime = 1'600'000'000;

template <typename Tag>
primitives::Hash32<Tag> fakeHash(uint32_t n, uint8_t salt) {
    Bytes seed{salt, uint8_t(n), uint8_t(n >> 8), uint8_t(n >> 16), uint8_t(n >> 24)};
    return primitives::Hash32<Tag>(crypto::sha256(seed));
}

bool failWith(QString* error, const std::string& message) {
    if (error) *error = QString::fromStdString(message);
    return false;
}

QString noTxid(QString* error, const std::string& message) {
    failWith(error, message);
    return {};
}

}  // namespace

bool makeHistoryWallet(const QString& dataDir, const QString& name, int transactions, int unconfirmed,
                       QString* error, Network network) {
    if (auto d = wallet::ensureWalletsDirectory(dataDir.toStdString()); !d.ok()) return failWith(error, d.message());
    wallet::WalletOptions o;
    o.name = name.toStdString();
    o.network = network;
    o.kdf = wallet::testScryptParams();
    auto made = wallet::Wallet::create(wallet::walletFilePath(dataDir.toStdString(), o.name), o,
                                       util::SecureBytes::fromString(kMnemonic), util::SecureBytes(),
                                       util::SecureBytes::fromString("pw"));
    if (!made.ok()) return failWith(error, made.message());
    wallet::Wallet& w = **made;
    const int64_t acc = w.accounts().front().record.id;
    storage::WalletStore& s = w.store();
    auto addresses = s.addresses(acc);
    if (!addresses.ok() || addresses->empty()) return failWith(error, "the new wallet has no addresses");
    const int confirmed = transactions - unconfirmed;
    auto r = s.transaction([&]() -> util::Result<void> {
        const Bytes raw(120, 0x5a);
        int64_t prevValue = 0;
        primitives::Txid prevTxid;
        for (int i = 0; i < transactions; ++i) {
            storage::TxRecord tx;
            tx.txid = fakeHash<primitives::TxidTag>(uint32_t(i), 1);
            tx.wtxid = fakeHash<primitives::WtxidTag>(uint32_t(i), 2);
            tx.raw = raw;
            const bool isConfirmed = i < confirmed;
            tx.status = isConfirmed ? storage::TxStatus::Confirmed : storage::TxStatus::Unconfirmed;
            if (isConfirmed) {
                tx.height = kFirstHeight + i / 10;
                tx.blockPos = i % 10;
                tx.blockHash = fakeHash<primitives::BlockHashTag>(uint32_t(tx.height), 3);
                tx.blockTime = kFirstTime + int64_t(i / 10) * 600;
            }
            tx.firstSeen = kFirstTime + i;
            tx.coinbase = i % 500 == 0;
            const bool spends = i % 2 == 1;
            const int64_t value = spends ? prevValue - 1500 : 100'000 + i;
            tx.delta = spends ? -1500 : value;
            if (spends) tx.fee = 500;
            auto row = s.putTransaction(tx);
            if (!row.ok()) return row.error();
            if (spends)
                if (auto m = s.markSpent(primitives::OutPoint{prevTxid, 0}, tx.txid, tx.height); !m.ok()) return m.error();
            const storage::AddressRecord& to = (*addresses)[size_t(i) % addresses->size()];
            storage::OutputRecord out;
            out.outpoint = primitives::OutPoint{tx.txid, 0};
            out.txRowId = *row;
            out.value = value;
            out.script = to.script;
            out.addressId = to.id;
            out.coinbase = tx.coinbase;
            out.height = tx.height;
            if (auto p = s.putOutput(out); !p.ok()) return p.error();
            prevValue = value;
            prevTxid = tx.txid;
        }
        return {};
    });
    if (!r.ok()) return failWith(error, r.message());
    return true;
}

QString addIncomingPayment(const QString& dataDir, const QString& name, qint64 value, int seed, QString* error,
                           Network network) {
    auto w = wallet::Wallet::open(wallet::walletFilePath(dataDir.toStdString(), name.toStdString()), network);
    if (!w.ok()) return noTxid(error, w.message());
    storage::WalletStore& s = (*w)->store();
    auto addresses = s.addresses((*w)->accounts().front().record.id);
    if (!addresses.ok() || addresses->empty()) return noTxid(error, "the wallet has no addresses");
    storage::TxRecord tx;
    tx.txid = fakeHash<primitives::TxidTag>(uint32_t(seed), 7);
    tx.wtxid = fakeHash<primitives::WtxidTag>(uint32_t(seed), 8);
    tx.raw = Bytes(120, 0x6b);
    tx.status = storage::TxStatus::Unconfirmed;
    tx.firstSeen = kFirstTime + 10'000'000 + seed;
    tx.delta = value;
    auto row = s.putTransaction(tx);
    if (!row.ok()) return noTxid(error, row.message());
    storage::OutputRecord out;
    out.outpoint = primitives::OutPoint{tx.txid, 0};
    out.txRowId = *row;
    out.value = value;
    out.script = addresses->front().script;
    out.addressId = addresses->front().id;
    if (auto p = s.putOutput(out); !p.ok()) return noTxid(error, p.message());
    return QString::fromStdString(tx.txid.toHex());
}

}  // namespace cairn::test
