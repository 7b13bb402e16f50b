// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"
#include "service/wallet_client.h"
#include "service/wallet_types.h"
#include "util/secure_bytes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>
#include <utility>

namespace cairn::service {

/// The worker-thread side of WalletService: owns the WalletClient (and so every SQLite connection and every
/// scrypt run) on its own thread. Internal to the service; the GUI never touches it.
class WalletWorker : public QObject {
    Q_OBJECT
public:
    WalletWorker(Network network, QString dataDir) : m_client(network, std::move(dataDir)) {}
    WalletClient& client() { return m_client; }

private:
    WalletClient m_client;
};

/// The wallet facade for the GUI: every call returns a request id at once and runs on a worker thread
/// (scrypt, SQLite and derivation never block the caller); the result arrives by the matching signal on the
/// caller's thread, or requestFailed(id, message). Secrets are passed in SecureBytes and wiped after use.
class WalletService : public QObject {
    Q_OBJECT
public:
    /// `dataDir` is the per-network directory (see resolveDataDir). Starts the worker thread.
    WalletService(Network network, QString dataDir, QObject* parent = nullptr);
    ~WalletService() override;

    Network network() const { return m_network; }

    // --- keys, accounts, addresses, labels (implemented in wallet_service.cpp)
    /// → walletsListed
    quint64 listWallets();
    /// → walletCreated with the new mnemonic words in `mnemonic` (show once, then drop).
    quint64 createWallet(const WalletCreateRequest& req, util::SecureBytes password);
    /// → walletCreated (mnemonic empty)
    quint64 restoreWallet(const WalletCreateRequest& req, util::SecureBytes mnemonic, util::SecureBytes passphrase,
                          util::SecureBytes password);
    /// → walletCreated (mnemonic empty)
    quint64 createWatchOnly(const WalletCreateRequest& req, const QString& keyOrDescriptor,
                            const QString& changeDescriptor = {});
    /// → walletInfoReady
    quint64 walletInfo(const QString& name);
    /// → passwordChecked
    quint64 checkPassword(const QString& name, util::SecureBytes password);
    /// → passwordChanged
    quint64 changePassword(const QString& name, util::SecureBytes oldPassword, util::SecureBytes newPassword);
    /// → addressReady
    quint64 newAddress(const QString& name, bool change, qint64 accountId = 0);
    /// → addressesReady
    quint64 addresses(const QString& name);
    /// → descriptorsReady (private ones when a password is given)
    quint64 descriptors(const QString& name, std::optional<util::SecureBytes> password = std::nullopt);
    /// → labelSet
    quint64 setLabel(const QString& name, const LabelInfo& label);
    /// → labelsReady
    quint64 labels(const QString& name);
    /// → labelsExported
    quint64 exportLabels(const QString& name);
    /// → labelsImported
    quint64 importLabels(const QString& name, const QByteArray& jsonl);

    // --- discovery (implemented in wallet_service_sync.cpp)
    /// → balanceReady
    quint64 balance(const QString& name);
    /// → transactionsReady
    quint64 listTransactions(const QString& name, int offset, int limit);
    /// → unspentReady
    quint64 listUnspent(const QString& name);
    /// → rescanFinished
    quint64 rescan(const QString& name, int fromHeight);

    // --- sending (implemented in wallet_service_send.cpp)
    /// → draftReady
    quint64 draftSend(const QString& name, const SendRequest& request);
    /// → transactionSent
    quint64 signAndBroadcast(const QString& name, const SendDraft& draft, util::SecureBytes password);
    /// → draftReady
    quint64 bumpFee(const QString& name, const QString& txid, qint64 feeRateSatPerKvb);
    /// → draftReady
    quint64 cpfp(const QString& name, const QString& txid, qint64 feeRateSatPerKvb);
    /// The draft's PSBT with BIP32 derivations (and taproot internal key / tap_bip32_derivation fields) for
    /// every wallet input and change output, unsigned, for an external signer → psbtReady
    quint64 psbtFromDraft(const QString& name, const SendDraft& draft);
    /// Signs every input of the base64 PSBT the wallet's keys can sign (not finalized) → psbtReady
    quint64 signPsbt(const QString& name, const QString& base64, util::SecureBytes password);
    /// Finalizes and extracts a fully signed PSBT, broadcasts it and records it in the wallet → transactionSent
    quint64 broadcastPsbt(const QString& name, const QString& base64);
    /// BIP137 (legacy, P2SH-P2WPKH, P2WPKH) or BIP322 simple (P2TR) signature with a wallet address → messageSigned
    quint64 signMessage(const QString& name, const QString& address, const QString& message,
                        util::SecureBytes password);
    /// Checks a BIP137 or BIP322 simple signature (no wallet needed) → messageVerified
    quint64 verifyMessage(const QString& address, const QString& message, const QString& signature);
    /// Freezes (coin control: never auto-selected) or thaws an output "txid:n" → walletChanged
    quint64 setFrozen(const QString& name, const QString& outpoint, bool frozen);
    /// How later sends reach peers ("host:port" entries to use exclusively, SOCKS5 proxy); empty: peer discovery.
    /// No result signal.
    void setBroadcastPeers(const QStringList& connect, const QString& proxy);

signals:
    void walletsListed(quint64 requestId, const QStringList& names);
    void walletCreated(quint64 requestId, const cairn::service::WalletInfo& info, const QString& mnemonic);
    void walletInfoReady(quint64 requestId, const cairn::service::WalletInfo& info);
    void passwordChecked(quint64 requestId);
    void passwordChanged(quint64 requestId);
    void addressReady(quint64 requestId, const cairn::service::AddressInfo& address);
    void addressesReady(quint64 requestId, const QList<cairn::service::AddressInfo>& addresses);
    void descriptorsReady(quint64 requestId, const QList<cairn::service::DescriptorInfo>& descriptors);
    void labelSet(quint64 requestId);
    void labelsReady(quint64 requestId, const QList<cairn::service::LabelInfo>& labels);
    void labelsExported(quint64 requestId, const QByteArray& jsonl);
    void labelsImported(quint64 requestId, const cairn::service::LabelImportResult& result);
    /// Something in wallet `name` changed (new address, labels, transactions): views should refresh.
    void walletChanged(const QString& name);
    // discovery
    void balanceReady(quint64 requestId, const cairn::service::BalanceInfo& balance);
    void transactionsReady(quint64 requestId, const QList<cairn::service::TxHistoryEntry>& entries);
    void unspentReady(quint64 requestId, const QList<cairn::service::UtxoInfo>& utxos);
    void rescanFinished(quint64 requestId, int transactionsFound);
    // sending
    void draftReady(quint64 requestId, const cairn::service::SendDraft& draft);
    void transactionSent(quint64 requestId, const QString& txid);
    /// A PSBT (base64) from psbtFromDraft or signPsbt; `complete` when every input is signed.
    void psbtReady(quint64 requestId, const QString& base64, bool complete);
    void messageSigned(quint64 requestId, const QString& signature);
    /// `ok` false with the reason in `detail` ("signature does not match", "malformed signature: ...").
    void messageVerified(quint64 requestId, bool ok, const QString& detail);

    void requestFailed(quint64 requestId, const QString& error);

protected:
    /// Runs `call(client, id)` on the worker thread and returns the new request id at once. `call` emits the
    /// result signal itself (signals are delivered queued to receivers on other threads). For the discovery and
    /// sending sections too.
    template <typename F>
    quint64 post(F&& call) {
        const quint64 id = m_nextRequest++;
        QMetaObject::invokeMethod(
            m_worker, [w = QPointer<WalletWorker>(m_worker), id, c = std::forward<F>(call)]() mutable {
                if (w) c(w->client(), id);
            },
            Qt::QueuedConnection);
        return id;
    }

private:
    Network m_network;
    QThread m_thread;
    WalletWorker* m_worker = nullptr;
    quint64 m_nextRequest = 1;
};

}  // namespace cairn::service
