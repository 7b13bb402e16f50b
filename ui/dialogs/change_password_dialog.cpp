// SPDX-License-Identifier: MIT
#include "ui/dialogs/change_password_dialog.h"

#include "ui/wizard/setup_wizard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {
util::SecureBytes toSecure(const QString& s) {
    const QByteArray utf8 = s.toUtf8();
    return util::SecureBytes(reinterpret_cast<const uint8_t*>(utf8.constData()), static_cast<size_t>(utf8.size()));
}
}  // namespace

ChangePasswordDialog::ChangePasswordDialog(service::WalletService* wallet, const QString& walletName, QWidget* parent)
    : QDialog(parent), m_wallet(wallet), m_name(walletName), m_old(new QLineEdit), m_new(new QLineEdit),
      m_new2(new QLineEdit), m_hint(new QLabel), m_error(new QLabel), m_ok(nullptr) {
    setWindowTitle(tr("Change password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    for (QLineEdit* e : {m_old, m_new, m_new2}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    }
    m_old->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_old->setAccessibleName(tr("Current password"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_new->setAccessibleName(tr("New password"));
    m_new2->setObjectName(QStringLiteral("newPassword2Edit"));
    m_new2->setAccessibleName(tr("Repeat new password"));
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_new2);
    form->addRow(QString(), m_hint);
    for (QLineEdit* e : {m_old, m_new, m_new2}) static_cast<QLabel*>(form->labelForField(e))->setBuddy(e);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::passwordChanged, this, [this](quint64 id) {
            if (id == m_pending) accept();
        });
        connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString& error) {
            if (id != m_pending) return;
            m_pending = 0;
            m_error->setText(error);
            updateState();
        });
    }
    updateState();
}

void ChangePasswordDialog::updateState() {
    m_hint->setText(m_new->text().isEmpty() ? QString() : SetupWizard::strengthHint(m_new->text()));
    if (!m_new2->text().isEmpty() && m_new->text() != m_new2->text()) m_error->setText(tr("The passwords differ."));
    else if (m_pending == 0 && m_error->text() == tr("The passwords differ.")) m_error->clear();
    m_ok->setEnabled(m_pending == 0 && m_wallet && !m_old->text().isEmpty() && !m_new->text().isEmpty() &&
                     m_new->text() == m_new2->text());
}

void ChangePasswordDialog::submit() {
    if (!m_ok->isEnabled()) return;
    m_error->setText(tr("Working…"));
    m_pending = m_wallet->changePassword(m_name, toSecure(m_old->text()), toSecure(m_new->text()));
    updateState();
}

}  // namespace cairn::ui
