// SPDX-License-Identifier: MIT
#include "ui/dialogs/sign_message_dialog.h"

#include "ui/dialogs/password_dialog.h"
#include "ui/dialogs/unlock_session.h"
#include "ui/widgets/display_format.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {
QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}
}  // namespace

SignMessageDialog::SignMessageDialog(service::WalletService* wallet, const QString& walletName, UnlockSession* session,
                                     QWidget* parent)
    : QDialog(parent), m_wallet(wallet), m_name(walletName), m_session(session), m_tabs(new QTabWidget),
      m_signAddress(new QLineEdit), m_signMessage(new QPlainTextEdit), m_signature(new QLineEdit),
      m_signStatus(new QLabel), m_verifyAddress(new QLineEdit), m_verifyMessage(new QPlainTextEdit),
      m_verifySignature(new QLineEdit), m_verifyStatus(new QLabel) {
    setObjectName(QStringLiteral("signMessageDialog"));
    setWindowTitle(tr("Sign / verify message"));
    resize(640, 420);

    auto* signPage = new QWidget;
    auto* sf = new QFormLayout(signPage);
    m_signAddress->setObjectName(QStringLiteral("signAddress"));
    m_signAddress->setFont(monospaceFont());
    m_signAddress->setAccessibleName(tr("Address to sign with"));
    m_signMessage->setObjectName(QStringLiteral("signMessage"));
    m_signMessage->setAccessibleName(tr("Message to sign"));
    m_signMessage->setTabChangesFocus(true);
    m_signature->setObjectName(QStringLiteral("signatureOut"));
    m_signature->setReadOnly(true);
    m_signature->setFont(monospaceFont());
    m_signature->setAccessibleName(tr("Signature"));
    m_signStatus->setObjectName(QStringLiteral("signStatus"));
    m_signStatus->setWordWrap(true);
    auto* signButton = new QPushButton(tr("&Sign"));
    signButton->setObjectName(QStringLiteral("signButton"));
    auto* copy = new QPushButton(tr("&Copy signature"));
    copy->setEnabled(false);
    connect(m_signature, &QLineEdit::textChanged, copy, [copy](const QString& t) { copy->setEnabled(!t.isEmpty()); });
    auto* signButtons = new QHBoxLayout;
    signButtons->addWidget(signButton);
    signButtons->addWidget(copy);
    signButtons->addStretch(1);
    auto* hint = new QLabel(tr("Legacy (P2PKH), nested and native SegWit addresses sign with BIP137; Taproot "
                               "addresses with BIP322."));
    hint->setWordWrap(true);
    sf->addRow(hint);
    sf->addRow(buddyLabel(tr("&Address:"), m_signAddress), m_signAddress);
    sf->addRow(buddyLabel(tr("&Message:"), m_signMessage), m_signMessage);
    sf->addRow(tr("Signature:"), m_signature);
    sf->addRow(QString(), signButtons);
    sf->addRow(QString(), m_signStatus);

    auto* verifyPage = new QWidget;
    auto* vf = new QFormLayout(verifyPage);
    m_verifyAddress->setObjectName(QStringLiteral("verifyAddress"));
    m_verifyAddress->setFont(monospaceFont());
    m_verifyAddress->setAccessibleName(tr("Address that signed"));
    m_verifyMessage->setObjectName(QStringLiteral("verifyMessage"));
    m_verifyMessage->setAccessibleName(tr("Signed message"));
    m_verifyMessage->setTabChangesFocus(true);
    m_verifySignature->setObjectName(QStringLiteral("verifySignature"));
    m_verifySignature->setFont(monospaceFont());
    m_verifySignature->setAccessibleName(tr("Signature to check"));
    m_verifyStatus->setObjectName(QStringLiteral("verifyStatus"));
    m_verifyStatus->setWordWrap(true);
    auto* verifyButton = new QPushButton(tr("&Verify"));
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    vf->addRow(buddyLabel(tr("A&ddress:"), m_verifyAddress), m_verifyAddress);
    vf->addRow(buddyLabel(tr("M&essage:"), m_verifyMessage), m_verifyMessage);
    vf->addRow(buddyLabel(tr("S&ignature:"), m_verifySignature), m_verifySignature);
    vf->addRow(QString(), verifyButton);
    vf->addRow(QString(), m_verifyStatus);

    m_tabs->addTab(signPage, tr("Sign"));
    m_tabs->addTab(verifyPage, tr("Verify"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(close);

    connect(signButton, &QPushButton::clicked, this, &SignMessageDialog::sign);
    connect(verifyButton, &QPushButton::clicked, this, &SignMessageDialog::verify);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_signature->text()); });
    signButton->setEnabled(m_wallet && !m_name.isEmpty());
    if (!m_wallet) return;
    connect(m_wallet, &service::WalletService::messageSigned, this, [this](quint64 id, const QString& signature) {
        if (!m_pending.remove(id)) return;
        m_signature->setText(signature);
        m_signStatus->setText(tr("Signed."));
        emit messageSigned(signature);
    });
    connect(m_wallet, &service::WalletService::messageVerified, this,
            [this](quint64 id, bool ok, const QString& detail) {
                if (!m_pending.remove(id)) return;
                m_verifyStatus->setText(ok ? tr("✔ The signature is valid for this address and message.")
                                           : tr("✘ The signature does not verify: %1").arg(detail));
                emit verified(ok, detail);
            });
    connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString& error) {
        if (!m_pending.remove(id)) return;
        if (m_session && error.contains(QLatin1String("password"))) m_session->lockNow();
        m_signStatus->setText(error);
    });
}

void SignMessageDialog::showTab(int index) { m_tabs->setCurrentIndex(index); }

void SignMessageDialog::sign() {
    const QString address = m_signAddress->text().trimmed();
    if (address.isEmpty()) {
        m_signStatus->setText(tr("Enter one of this wallet's addresses."));
        return;
    }
    const QString message = m_signMessage->toPlainText();
    if (m_session && m_session->isUnlocked(m_name)) {
        m_signStatus->setText(tr("Signing…"));
        m_pending.insert(m_wallet->signMessage(m_name, address, message, m_session->password(m_name)));
        return;
    }
    auto* ask = new PasswordDialog(tr("Sign a message with %1.").arg(address), this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, ask, address, message] {
        m_signStatus->setText(tr("Signing…"));
        m_pending.insert(m_wallet->signMessage(m_name, address, message, ask->takePassword()));
    });
    ask->open();
}

void SignMessageDialog::verify() {
    if (!m_wallet) return;
    m_verifyStatus->setText(tr("Checking…"));
    m_pending.insert(m_wallet->verifyMessage(m_verifyAddress->text().trimmed(), m_verifyMessage->toPlainText(),
                                             m_verifySignature->text().trimmed()));
}

}  // namespace cairn::ui
