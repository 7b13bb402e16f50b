// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace cairn::ui {

class QrWidget;

/// Tools ▸ Wallet info: what the wallet is (file, network, type, birthday, key derivation), and per account its
/// public descriptors and the account xpub with a QR code (for a watch-only copy elsewhere). Public data only.
class WalletInfoDialog : public QDialog {
    Q_OBJECT
public:
    WalletInfoDialog(service::WalletService* wallet, const QString& walletName, QWidget* parent = nullptr);

    /// The QR widget showing the selected account's xpub.
    QrWidget* qrWidget() const { return m_qr; }
    /// The descriptors text of the selected account.
    QString descriptorsText() const;

signals:
    /// The wallet's info arrived and is shown.
    void loaded(const cairn::service::WalletInfo& info);

private:
    void showAccount(int index);

    service::WalletService* m_wallet;
    quint64 m_pending = 0;
    service::WalletInfo m_info;
    QFormLayout* m_form;
    QLabel* m_summary;
    QComboBox* m_account;
    QPlainTextEdit* m_xpub;
    QPlainTextEdit* m_descriptors;
    QrWidget* m_qr;
};

}  // namespace cairn::ui
