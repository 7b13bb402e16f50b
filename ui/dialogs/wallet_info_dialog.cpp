// SPDX-License-Identifier: MIT
#include "ui/dialogs/wallet_info_dialog.h"

#include "ui/widgets/display_format.h"
#include "ui/widgets/qr_widget.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextOption>
#include <QVBoxLayout>

namespace cairn::ui {

WalletInfoDialog::WalletInfoDialog(service::WalletService* wallet, const QString& walletName, QWidget* parent)
    : QDialog(parent), m_wallet(wallet), m_form(new QFormLayout), m_summary(new QLabel), m_account(new QComboBox),
      m_xpub(new QPlainTextEdit), m_descriptors(new QPlainTextEdit), m_qr(new QrWidget) {
    setObjectName(QStringLiteral("walletInfoDialog"));
    setWindowTitle(tr("Wallet info"));
    resize(860, 560);
    m_summary->setObjectName(QStringLiteral("walletSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Loading…"));
    m_account->setObjectName(QStringLiteral("infoAccount"));
    m_account->setAccessibleName(tr("Account"));
    for (QPlainTextEdit* e : {m_xpub, m_descriptors}) {
        e->setReadOnly(true);
        e->setFont(monospaceFont());
        e->setTabChangesFocus(true);
        // Keys and descriptors have no spaces: break anywhere so lines fill the box evenly.
        e->setWordWrapMode(QTextOption::WrapAnywhere);
    }
    m_xpub->setObjectName(QStringLiteral("infoXpub"));
    m_xpub->setAccessibleName(tr("Account extended public key"));
    m_xpub->setMaximumHeight(m_xpub->fontMetrics().lineSpacing() * 4);
    m_descriptors->setObjectName(QStringLiteral("infoDescriptors"));
    m_descriptors->setAccessibleName(tr("Public descriptors"));
    m_qr->setObjectName(QStringLiteral("infoQr"));
    m_qr->setAccessibleName(tr("QR code of the extended public key"));

    auto* accountLabel = new QLabel(tr("&Account:"));
    accountLabel->setBuddy(m_account);
    m_form->addRow(accountLabel, m_account);
    m_form->addRow(tr("Extended public key:"), m_xpub);
    m_form->addRow(tr("Descriptors:"), m_descriptors);
    auto* body = new QHBoxLayout;
    body->addLayout(m_form, 3);
    body->addWidget(m_qr, 2);
    auto* warn = new QLabel(tr("Anyone with these keys can see every transaction of the account, but cannot spend."));
    warn->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(body, 1);
    layout->addWidget(warn);
    layout->addWidget(close);

    connect(m_account, &QComboBox::currentIndexChanged, this, &WalletInfoDialog::showAccount);
    if (!m_wallet || walletName.isEmpty()) {
        m_summary->setText(tr("No wallet is open."));
        return;
    }
    connect(m_wallet, &service::WalletService::walletInfoReady, this,
            [this](quint64 id, const service::WalletInfo& info) {
                if (id != m_pending) return;
                m_info = info;
                const QString created = info.created > 0
                                            ? QDateTime::fromSecsSinceEpoch(info.created).toString(Qt::ISODate)
                                            : tr("unknown");
                m_summary->setText(
                    tr("<b>%1</b> on %2 · %3<br>File: %4<br>Created %5 · birthday height %6 · gap limit %7<br>"
                       "%n transaction(s), %8 addresses derived<br>Key protection: %9",
                       nullptr, info.transactionCount)
                        .arg(info.name.toHtmlEscaped(), info.network,
                             info.watchOnly ? tr("watch-only") : tr("with private keys"), info.path.toHtmlEscaped(),
                             created)
                        .arg(info.birthdayHeight)
                        .arg(info.gapLimit)
                        .arg(info.addressCount)
                        .arg(info.kdf.isEmpty() ? tr("none (watch-only)") : info.kdf));
                m_account->clear();
                for (const auto& a : info.accounts)
                    m_account->addItem(a.typeName.isEmpty() ? a.kind : tr("%1, account %2").arg(a.typeName).arg(a.index));
                m_account->setEnabled(m_account->count() > 1);
                showAccount(m_account->currentIndex());
                emit loaded(info);
            });
    connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString& error) {
        if (id == m_pending) m_summary->setText(error);
    });
    m_pending = m_wallet->walletInfo(walletName);
}

void WalletInfoDialog::showAccount(int index) {
    if (index < 0 || index >= m_info.accounts.size()) {
        m_xpub->clear();
        m_descriptors->clear();
        m_qr->setText(QString());
        return;
    }
    const service::AccountInfo& a = m_info.accounts[index];
    m_xpub->setPlainText(a.xpub.isEmpty() ? tr("(descriptor account: see the descriptors)") : a.xpub);
    QString text = tr("Receive:") + QLatin1Char('\n') + a.receiveDescriptor;
    if (!a.changeDescriptor.isEmpty()) text += QLatin1String("\n\n") + tr("Change:") + QLatin1Char('\n') + a.changeDescriptor;
    if (!a.origin.isEmpty()) text += QLatin1String("\n\n") + tr("Key origin: %1").arg(a.origin);
    m_descriptors->setPlainText(text);
    m_qr->setText(a.xpub.isEmpty() ? a.receiveDescriptor : a.xpub);
}

QString WalletInfoDialog::descriptorsText() const { return m_descriptors->toPlainText(); }

}  // namespace cairn::ui
