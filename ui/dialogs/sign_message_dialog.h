// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cairn::ui {

class UnlockSession;

/// Tools ▸ Sign / verify message: BIP137 signatures (legacy, P2SH-P2WPKH, P2WPKH) and BIP322 simple ones (P2TR)
/// with one of the wallet's addresses, and verification of any signature (no wallet needed).
class SignMessageDialog : public QDialog {
    Q_OBJECT
public:
    SignMessageDialog(service::WalletService* wallet, const QString& walletName, UnlockSession* session = nullptr,
                      QWidget* parent = nullptr);

    /// Shows the Sign (0) or Verify (1) tab.
    void showTab(int index);

signals:
    /// A signature was made (base64) / a verification ended.
    void messageSigned(const QString& signature);
    void verified(bool ok, const QString& detail);

private:
    void sign();
    void verify();

    service::WalletService* m_wallet;
    QString m_name;
    UnlockSession* m_session;
    QSet<quint64> m_pending;
    QTabWidget* m_tabs;
    QLineEdit* m_signAddress;
    QPlainTextEdit* m_signMessage;
    QLineEdit* m_signature;
    QLabel* m_signStatus;
    QLineEdit* m_verifyAddress;
    QPlainTextEdit* m_verifyMessage;
    QLineEdit* m_verifySignature;
    QLabel* m_verifyStatus;
};

}  // namespace cairn::ui
