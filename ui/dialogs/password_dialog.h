// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cairn::ui {

/// Asks for the wallet password before signing. Optionally offers to keep the wallet unlocked (see
/// UnlockSession). The typed text leaves the dialog only through takePassword(), which clears the field.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    /// `prompt` says what the password is for ("Sign and send 0.001 BTC").
    explicit PasswordDialog(const QString& prompt, QWidget* parent = nullptr);

    /// Shows the "keep unlocked" check box; `idleMinutes` 0 means until Lock now.
    void offerRemember(int idleMinutes);
    /// True when the user asked to keep the wallet unlocked.
    bool remember() const;
    /// The typed password as UTF-8 (the field is cleared).
    util::SecureBytes takePassword();
    /// Shows an error under the field (e.g. the service's "wrong password") and re-enables the dialog.
    void showError(const QString& error);

private:
    QLineEdit* m_edit;
    QCheckBox* m_remember;
    QLabel* m_error;
    QPushButton* m_ok;
};

}  // namespace cairn::ui
