// SPDX-License-Identifier: MIT
#include "ui/dialogs/password_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn::ui {

PasswordDialog::PasswordDialog(const QString& prompt, QWidget* parent)
    : QDialog(parent), m_edit(new QLineEdit), m_remember(new QCheckBox), m_error(new QLabel), m_ok(nullptr) {
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Wallet password"));
    auto* text = new QLabel(prompt);
    text->setWordWrap(true);
    auto* label = new QLabel(tr("&Password:"));
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Wallet password"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->hide();
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& t) { m_ok->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_edit->setFocus();
}

void PasswordDialog::offerRemember(int idleMinutes) {
    m_remember->setText(idleMinutes > 0
                            ? tr("&Keep the wallet unlocked until %n idle minute(s) pass", nullptr, idleMinutes)
                            : tr("&Keep the wallet unlocked until Tools ▸ Lock now"));
    m_remember->show();
}

bool PasswordDialog::remember() const { return m_remember->isVisible() && m_remember->isChecked(); }

util::SecureBytes PasswordDialog::takePassword() {
    QByteArray utf8 = m_edit->text().toUtf8();
    util::SecureBytes out(reinterpret_cast<const uint8_t*>(utf8.constData()), size_t(utf8.size()));
    util::secureWipe(utf8.data(), size_t(utf8.size()));
    m_edit->clear();
    return out;
}

void PasswordDialog::showError(const QString& error) {
    m_error->setText(error);
    m_error->show();
}

}  // namespace cairn::ui
