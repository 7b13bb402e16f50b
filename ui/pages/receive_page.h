// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cairn::ui {

class QrWidget;

/// Receive: a fresh address of the chosen account, an optional amount / label / message, the BIP21 URI as a QR
/// code that follows every keystroke, copy and save buttons, and the earlier receive addresses with their labels.
class ReceivePage : public QWidget {
    Q_OBJECT
public:
    ReceivePage(service::WalletService* wallet, const QString& walletName, QWidget* parent = nullptr);

    /// Switches to another wallet (empty: none open) and reloads accounts and history.
    void setWalletName(const QString& name);
    /// The address shown ('' before the first one arrives).
    QString address() const { return m_address; }
    /// The BIP21 URI shown in the QR ('' without an address).
    QString uri() const { return m_uri; }
    /// The QR widget (for saving and tests).
    QrWidget* qrWidget() const { return m_qr; }

    /// "bitcoin:ADDR?amount=0.001&label=..&message=..": amount in BTC, label and message percent-encoded (RFC 3986
    /// unreserved characters kept), empty fields left out.
    static QString bip21Uri(const QString& address, std::optional<qint64> sats, const QString& label,
                            const QString& message);

public slots:
    /// Asks the wallet for a fresh receive address of the selected account.
    void requestNewAddress();
    /// Saves the QR as PNG to `path`; false (and a message box unless `quiet`) when it fails.
    bool saveQr(const QString& path, bool quiet = false);

signals:
    /// A new address is shown.
    void addressShown(const QString& address);
    /// The earlier-addresses table was reloaded.
    void historyLoaded(int rows);

private:
    void reload();
    void updateUri();
    void onAddress(quint64 id, const service::AddressInfo& info);
    void onAddresses(quint64 id, const QList<service::AddressInfo>& list);
    void onInfo(quint64 id, const service::WalletInfo& info);
    void onFailed(quint64 id, const QString& error);
    void saveQrInteractive();

    service::WalletService* m_wallet;
    QString m_name;
    QString m_address;
    QString m_uri;
    QSet<quint64> m_pending;
    QComboBox* m_account;
    QLabel* m_addressLabel;
    QLineEdit* m_amount;
    QLineEdit* m_label;
    QLineEdit* m_message;
    QLabel* m_amountError;
    QLabel* m_uriLabel;
    QrWidget* m_qr;
    QPushButton* m_newButton;
    QPushButton* m_copyAddress;
    QPushButton* m_copyUri;
    QPushButton* m_saveQr;
    QTableWidget* m_history;
    QLabel* m_status;
};

}  // namespace cairn::ui
