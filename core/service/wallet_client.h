// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"
#include "service/wallet_types.h"
#include "util/result.h"
#include "util/secure_bytes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace cairn::wallet {
class Wallet;
}

namespace cairn::service {

/// How a new wallet is made (secrets travel separately, in SecureBytes).
struct WalletCreateRequest {
    QString name = QStringLiteral("default");
    /// p2wpkh (BIP84), p2sh-p2wpkh (BIP49), p2pkh (BIP44) or p2tr (BIP86). Empty: p2wpkh for a new wallet; for a
    /// watch-only wallet the type its SLIP-132 key or descriptor implies (a plain xpub/tpub then needs a type).
    QString type;
    int birthdayHeight = 0;
    int gapLimit = 20;
    int words = 12;                           ///< for a new mnemonic: 12 or 24
    /// scrypt N override (tests only; 0 = the production default of wallet/keystore.h).
    quint64 scryptN = 0;
};

/// A synchronous, in-process wallet API over the wallet files of one network data directory, for cairn-cli,
/// tests and WalletService's worker thread. One instance per thread; it keeps the wallets it opened. Every
/// call returns a Result with a one-line English error; secrets come in as SecureBytes and never come out
/// except where the call's purpose is to show them (the new mnemonic, private descriptors).
class WalletClient {
public:
    /// `dataDir` is the per-network directory (see resolveDataDir); wallets live in dataDir/wallets.
    WalletClient(Network network, QString dataDir);
    ~WalletClient();
    WalletClient(const WalletClient&) = delete;
    WalletClient& operator=(const WalletClient&) = delete;

    Network network() const { return m_network; }
    const QString& dataDir() const { return m_dataDir; }

    // --- keys, accounts, addresses, labels (implemented in wallet_client.cpp)
    /// Names of the wallets of this network, sorted.
    [[nodiscard]] util::Result<QStringList> listWallets();
    /// Creates a wallet from a fresh mnemonic of req.words words; `mnemonicOut` receives the words (shown
    /// to the user once). Fails when the name is taken or invalid, or the password is empty.
    [[nodiscard]] util::Result<WalletInfo> createWallet(const WalletCreateRequest& req, const util::SecureBytes& password,
                                                        util::SecureBytes& mnemonicOut);
    /// Restores a wallet from an existing mnemonic (+ optional BIP39 passphrase).
    [[nodiscard]] util::Result<WalletInfo> restoreWallet(const WalletCreateRequest& req, const util::SecureBytes& mnemonic,
                                                         const util::SecureBytes& passphrase,
                                                         const util::SecureBytes& password);
    /// Creates a watch-only wallet from an xpub/ypub/zpub/tpub/upub/vpub or a public descriptor (`change`
    /// optional second descriptor). A req.type contradicting a SLIP-132 version is an error.
    [[nodiscard]] util::Result<WalletInfo> createWatchOnly(const WalletCreateRequest& req, const QString& keyOrDescriptor,
                                                           const QString& changeDescriptor = {});
    /// What the wallet is.
    [[nodiscard]] util::Result<WalletInfo> walletInfo(const QString& name);
    /// Checks the password (unlocks and re-locks at once; verifies the integrity MAC).
    [[nodiscard]] util::Result<void> checkPassword(const QString& name, const util::SecureBytes& password);
    /// Changes the password atomically.
    [[nodiscard]] util::Result<void> changePassword(const QString& name, const util::SecureBytes& oldPassword,
                                                    const util::SecureBytes& newPassword);
    /// The next unused receive (or change) address of the account (0 = first account).
    [[nodiscard]] util::Result<AddressInfo> newAddress(const QString& name, bool change, qint64 accountId = 0);
    /// Addresses derived so far (look-ahead included) of every account.
    [[nodiscard]] util::Result<QList<AddressInfo>> addresses(const QString& name);
    /// Adds an account of `type` (CLI name) with BIP44 account number `index`, derived from the seed.
    [[nodiscard]] util::Result<AccountInfo> addAccount(const QString& name, const QString& type, int index,
                                                       const util::SecureBytes& password);
    /// Public descriptors; with a password, private ones (xprv/tprv) instead.
    [[nodiscard]] util::Result<QList<DescriptorInfo>> descriptors(const QString& name,
                                                                  const util::SecureBytes* password = nullptr);
    /// Imports public descriptors as a new account (`password` needed unless the wallet is watch-only).
    [[nodiscard]] util::Result<AccountInfo> importDescriptors(const QString& name, const QString& receive,
                                                              const QString& change, const util::SecureBytes* password);
    /// The sealed mnemonic (for a backup screen).
    [[nodiscard]] util::Result<util::SecureBytes> revealMnemonic(const QString& name, const util::SecureBytes& password);
    /// Sets (or with an empty text, removes) a label.
    [[nodiscard]] util::Result<void> setLabel(const QString& name, const LabelInfo& label);
    /// All labels.
    [[nodiscard]] util::Result<QList<LabelInfo>> labels(const QString& name);
    /// BIP329 JSON Lines export.
    [[nodiscard]] util::Result<QByteArray> exportLabels(const QString& name);
    /// BIP329 JSON Lines import (all or nothing).
    [[nodiscard]] util::Result<LabelImportResult> importLabels(const QString& name, const QByteArray& jsonl);

    /// The open wallet `name` (opened on first use and kept). For the discovery and sending parts.
    [[nodiscard]] util::Result<wallet::Wallet*> openWallet(const QString& name);
    /// Closes a wallet opened by this client (no-op when not open).
    void closeWallet(const QString& name);

    // --- discovery (implemented in wallet_service_sync.cpp)
    /// The best header height that confirmations are counted against (the CLI sets it after its catch-up, the
    /// WalletService from the node's progress). Until set, the wallet's scan cursor is used.
    void setChainTip(int height) { m_chainTip = height; }
    /// Balance at the chain tip (see setChainTip).
    [[nodiscard]] util::Result<BalanceInfo> balance(const QString& name);
    /// History newest first, `limit` entries after `offset`, with running balance.
    [[nodiscard]] util::Result<QList<TxHistoryEntry>> listTransactions(const QString& name, int offset, int limit);
    /// Unspent outputs.
    [[nodiscard]] util::Result<QList<UtxoInfo>> listUnspent(const QString& name);
    /// Resets the scan cursor so that the next sync (NodeService::watchWallet / NodeClient::syncWallet) rescans
    /// from `fromHeight` (-1: the wallet's birthday). Transactions confirmed at or above it go back to unconfirmed
    /// until the rescan proves them again. Returns how many did.
    [[nodiscard]] util::Result<int> rescan(const QString& name, int fromHeight);
    /// How far the wallet is scanned (-1: never) and how the last pass scanned ("bip157", "bip37", '' unknown).
    [[nodiscard]] util::Result<std::pair<int, QString>> scanState(const QString& name);
    /// The stored Merkle proof of a confirmed wallet transaction (a merkleblock in hex, the `gettxoutproof`
    /// format); '' while unconfirmed. Fails when the txid is malformed or not a wallet transaction.
    [[nodiscard]] util::Result<QString> merkleProof(const QString& name, const QString& txid);

    // --- sending (implemented in wallet_service_send.cpp)
    /// Builds an unsigned transaction (coin selection, fee, change) for confirmation.
    [[nodiscard]] util::Result<SendDraft> draftSend(const QString& name, const SendRequest& request);
    /// Signs a draft's PSBT with the unlocked keys and broadcasts it; returns the txid.
    [[nodiscard]] util::Result<QString> signAndBroadcast(const QString& name, const SendDraft& draft,
                                                         const util::SecureBytes& password);
    /// Replaces an unconfirmed wallet transaction with a higher fee (BIP125); returns the new draft.
    [[nodiscard]] util::Result<SendDraft> bumpFee(const QString& name, const QString& txid, qint64 feeRateSatPerKvb);
    /// Child-pays-for-parent for an unconfirmed transaction paying the wallet; returns the child draft.
    [[nodiscard]] util::Result<SendDraft> cpfp(const QString& name, const QString& txid, qint64 feeRateSatPerKvb);
    /// The draft's PSBT (base64) with BIP32 derivations and taproot key fields for the wallet's inputs and
    /// change, ready for an external signer. Fails on a PSBT that does not decode.
    [[nodiscard]] util::Result<QString> psbtFromDraft(const QString& name, const SendDraft& draft);
    /// Signs the inputs of a base64 PSBT that the wallet's keys can sign; returns the PSBT (base64) and
    /// whether every input now carries a signature. Fails on a wrong password or a malformed PSBT.
    [[nodiscard]] util::Result<std::pair<QString, bool>> signPsbt(const QString& name, const QString& base64,
                                                                  const util::SecureBytes& password);
    /// Finalizes and extracts a signed PSBT, broadcasts it and records it; returns the txid.
    [[nodiscard]] util::Result<QString> broadcastPsbt(const QString& name, const QString& base64);
    /// Broadcasts a signed transaction (hex) and records it as unconfirmed with its inputs spent.
    [[nodiscard]] util::Result<QString> broadcastTransaction(const QString& name, const QString& rawHex);
    /// Signs `message` with the key of wallet address `address` (BIP137 for P2PKH/P2SH-P2WPKH/P2WPKH, BIP322
    /// simple for P2TR); returns the base64 signature. Fails when the address is not the wallet's.
    [[nodiscard]] util::Result<QString> signMessage(const QString& name, const QString& address, const QString& message,
                                                    const util::SecureBytes& password);
    /// Verifies a BIP137 or BIP322 simple signature; returns a one-line detail. Fails (with the reason) when it
    /// does not verify.
    [[nodiscard]] util::Result<QString> verifyMessage(const QString& address, const QString& message,
                                                      const QString& signature);
    /// Freezes or thaws the wallet output "txid:n"; fails when the wallet has no such output.
    [[nodiscard]] util::Result<void> setFrozen(const QString& name, const QString& outpoint, bool frozen);
    /// How signAndBroadcast/broadcastPsbt reach peers ("host:port" entries, SOCKS5 proxy), and how long they
    /// wait for a peer to take the transaction. Default: peer discovery, 60 s.
    void setBroadcastPeers(const QStringList& connect, const QString& proxy, int timeoutMs = 60'000);
    /// Replaces the P2P broadcast (a test seam, or a front end that broadcasts through its running NodeService):
    /// called with the signed transaction's hex; an error aborts the send before anything is recorded.
    void setBroadcastHook(std::function<util::Result<void>(const QString& rawHex)> hook);

    /// Extension state for the discovery and sending parts: they define these structs in their own .cpp
    /// files and install them with a deleter; WalletClient only owns them.
    struct DiscoveryState;
    struct SendingState;
    template <typename T>
    using Owned = std::unique_ptr<T, void (*)(T*)>;
    Owned<DiscoveryState> discovery{nullptr, nullptr};
    Owned<SendingState> sending{nullptr, nullptr};

private:
    Network m_network;
    QString m_dataDir;
    std::map<QString, std::unique_ptr<wallet::Wallet>> m_open;
    int m_chainTip = -1;
};

}  // namespace cairn::service
