// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cairn::ui {

/// Tools ▸ Change password: old password, new one twice with a strength hint; the keystore is re-encrypted by
/// WalletService::changePassword and the dialog closes on success or shows the service's error.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(service::WalletService* wallet, const QString& walletName, QWidget* parent = nullptr);

private:
    void submit();
    void updateState();

    service::WalletService* m_wallet;
    QString m_name;
    quint64 m_pending = 0;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_new2;
    QLabel* m_hint;
    QLabel* m_error;
    QPushButton* m_ok;
};

}  // namespace cairn::ui
