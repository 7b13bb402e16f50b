// SPDX-License-Identifier: MIT
#pragma once

// Plain value structs that WalletService / WalletClient hand to the front ends. Display values only: amounts in
// satoshis (int64), hashes as display-order hex, addresses as text. No core type and no secret leaks through them.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace cairn::service {

/// One account of a wallet.
struct AccountInfo {
    qint64 id = 0;
    QString kind;               ///< "bip44", "bip49", "bip84", "bip86" or "descriptor"
    QString typeName;           ///< "BIP84 P2WPKH", or "descriptor"
    int index = 0;              ///< BIP44 account number
    QString xpub;               ///< account xpub/tpub ('' for descriptor accounts)
    QString origin;             ///< "73c5da0a/84h/0h/0h" ('' when unknown)
    QString receiveDescriptor;  ///< public, with checksum
    QString changeDescriptor;   ///< public, with checksum ('' for a single-chain account)
    int nextReceive = 0;
    int nextChange = 0;
};

/// What a wallet is.
struct WalletInfo {
    QString name;
    QString network;            ///< networkName(): main, test, testnet4, signet, regtest
    QString path;               ///< the wallet file
    bool watchOnly = false;
    bool encrypted = false;     ///< has a keystore (always true unless watch-only)
    int birthdayHeight = 0;
    int gapLimit = 20;
    qint64 created = 0;         ///< unix seconds
    QString kdf;                ///< e.g. "scrypt N=131072 r=8 p=1" ('' when watch-only)
    int addressCount = 0;       ///< derived addresses (look-ahead included)
    int transactionCount = 0;
    QList<AccountInfo> accounts;
};

/// One wallet address.
struct AddressInfo {
    QString address;
    QString scriptPubKey;       ///< hex
    qint64 accountId = 0;
    bool change = false;
    int index = 0;
    QString path;               ///< full key path when the origin is known ("m/84h/0h/0h/0/5"), else "/0/5"
    bool used = false;
    QString label;
};

/// One exported descriptor.
struct DescriptorInfo {
    qint64 accountId = 0;
    bool internal = false;      ///< change chain
    QString descriptor;         ///< with checksum
};

/// One BIP329 label.
struct LabelInfo {
    QString type;               ///< tx, addr, pubkey, input, output, xpub
    QString ref;
    QString label;
    QString origin;
    int spendable = -1;         ///< outputs: 0 or 1; -1 when not stated
};

/// Result of a label import.
struct LabelImportResult {
    int imported = 0;
    int ignored = 0;
    int frozenUpdated = 0;
};

/// Balances in satoshis (see storage::BalanceTotals for the definitions).
struct BalanceInfo {
    qint64 confirmed = 0;
    qint64 unconfirmedIncoming = 0;
    qint64 unconfirmedOutgoing = 0;
    qint64 immature = 0;
    int tipHeight = -1;         ///< height the balance was computed at
};

/// One history entry, newest first.
struct TxHistoryEntry {
    QString txid;
    int height = -1;            ///< -1 while unconfirmed
    int confirmations = 0;
    qint64 time = 0;            ///< block time, or first seen while unconfirmed
    qint64 amount = 0;          ///< net effect on the wallet (negative when sending)
    qint64 fee = -1;            ///< -1 when unknown
    qint64 balance = 0;         ///< wallet balance after this transaction
    QString status;             ///< "unconfirmed", "confirmed", "conflicted", "abandoned"
    QString label;
};

/// One unspent output.
struct UtxoInfo {
    QString txid;
    int vout = 0;
    qint64 value = 0;
    QString address;
    QString scriptPubKey;       ///< hex
    int height = -1;
    int confirmations = 0;
    bool coinbase = false;
    bool frozen = false;
    bool spendableNow = false;  ///< confirmed or own change, mature, not frozen
    QString label;
};

/// One recipient of a send.
struct SendRecipient {
    QString address;
    qint64 amount = 0;          ///< satoshis
    bool subtractFee = false;
};

/// What the user asks to send.
struct SendRequest {
    QList<SendRecipient> recipients;
    qint64 feeRateSatPerKvb = 0;  ///< 0: estimate
    bool sendAll = false;
    bool rbf = true;
    QStringList coins;            ///< "txid:n" to spend exclusively (coin control); empty: automatic
};

/// A built, unsigned transaction ready for confirmation.
struct SendDraft {
    QString psbt;               ///< base64 PSBT
    QString txid;               ///< of the unsigned transaction
    qint64 fee = 0;
    qint64 feeRateSatPerKvb = 0;
    int vsize = 0;
    QList<SendRecipient> recipients;
    qint64 change = 0;          ///< 0 when no change output
    QString changeAddress;
    QStringList inputs;         ///< "txid:n"
};

}  // namespace cairn::service

Q_DECLARE_METATYPE(cairn::service::AccountInfo)
Q_DECLARE_METATYPE(cairn::service::WalletInfo)
Q_DECLARE_METATYPE(cairn::service::AddressInfo)
Q_DECLARE_METATYPE(cairn::service::DescriptorInfo)
Q_DECLARE_METATYPE(cairn::service::LabelInfo)
Q_DECLARE_METATYPE(cairn::service::LabelImportResult)
Q_DECLARE_METATYPE(cairn::service::BalanceInfo)
Q_DECLARE_METATYPE(cairn::service::TxHistoryEntry)
Q_DECLARE_METATYPE(cairn::service::UtxoInfo)
Q_DECLARE_METATYPE(cairn::service::SendDraft)
