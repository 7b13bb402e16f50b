// SPDX-License-Identifier: MIT
#include "ui/pages/receive_page.h"

#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/widgets/display_format.h"
#include "ui/widgets/qr_widget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cairn::ui {

ReceivePage::ReceivePage(service::WalletService* wallet, const QString& walletName, QWidget* parent)
    : QWidget(parent), m_wallet(wallet), m_account(new QComboBox), m_addressLabel(new QLabel), m_amount(new QLineEdit),
      m_label(new QLineEdit), m_message(new QLineEdit), m_amountError(new QLabel), m_uriLabel(new QLabel),
      m_qr(new QrWidget), m_newButton(new QPushButton(QIcon(QStringLiteral(":/icons/receive.svg")), tr("&New address"))),
      m_copyAddress(new QPushButton(tr("Copy &address"))), m_copyUri(new QPushButton(tr("Copy &URI"))),
      m_saveQr(new QPushButton(tr("Save &QR…"))), m_history(new QTableWidget(0, 3)), m_status(new QLabel) {
    auto* title = new QLabel(tr("Receive"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);

    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setAccessibleName(tr("Address type"));
    m_addressLabel->setObjectName(QStringLiteral("addressLabel"));
    m_addressLabel->setFont(monospaceFont());
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addressLabel->setAccessibleName(tr("Receive address"));
    m_addressLabel->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Requested amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("optional"));
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("optional, saved with the address"));
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("optional, shown to the payer"));
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_amountError->setForegroundRole(QPalette::BrightText);
    m_uriLabel->setObjectName(QStringLiteral("uriLabel"));
    m_uriLabel->setFont(monospaceFont());
    m_uriLabel->setWordWrap(true);
    m_uriLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_uriLabel->setAccessibleName(tr("Payment request URI"));
    m_qr->setObjectName(QStringLiteral("qrWidget"));
    m_newButton->setObjectName(QStringLiteral("newAddressButton"));
    m_copyAddress->setObjectName(QStringLiteral("copyAddressButton"));
    m_copyUri->setObjectName(QStringLiteral("copyUriButton"));
    m_saveQr->setObjectName(QStringLiteral("saveQrButton"));
    m_status->setObjectName(QStringLiteral("receiveStatus"));
    m_status->setWordWrap(true);

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    auto* unit = new QLabel(unitName(AppSettings::displayUnit()));
    unit->setObjectName(QStringLiteral("amountUnit"));
    amountRow->addWidget(unit);

    auto* form = new QFormLayout;
    form->addRow(tr("Address &type:"), m_account);
    form->addRow(tr("Address:"), m_addressLabel);
    auto* amountLabel = new QLabel(tr("A&mount:"));
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_amountError);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("M&essage:"), m_message);
    form->addRow(tr("URI:"), m_uriLabel);
    static_cast<QLabel*>(form->labelForField(m_account))->setBuddy(m_account);
    static_cast<QLabel*>(form->labelForField(m_label))->setBuddy(m_label);
    static_cast<QLabel*>(form->labelForField(m_message))->setBuddy(m_message);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_copyAddress);
    buttons->addWidget(m_copyUri);
    buttons->addWidget(m_saveQr);
    buttons->addStretch(1);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(m_status);
    left->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addWidget(m_qr, 2);

    m_history->setObjectName(QStringLiteral("requestHistory"));
    m_history->setAccessibleName(tr("Earlier receive addresses"));
    m_history->setHorizontalHeaderLabels({tr("Address"), tr("Label"), tr("Used")});
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTextElideMode(Qt::ElideMiddle);
    m_history->setWordWrap(false);
    auto* historyBox = new QGroupBox(tr("Earlier addresses"));
    auto* hl = new QVBoxLayout(historyBox);
    hl->addWidget(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top, 3);
    layout->addWidget(historyBox, 2);

    setTabOrder(m_account, m_amount);
    setTabOrder(m_amount, m_label);
    setTabOrder(m_label, m_message);
    setTabOrder(m_message, m_newButton);
    setTabOrder(m_newButton, m_copyAddress);
    setTabOrder(m_copyAddress, m_copyUri);
    setTabOrder(m_copyUri, m_saveQr);
    setTabOrder(m_saveQr, m_history);

    connect(m_newButton, &QPushButton::clicked, this, &ReceivePage::requestNewAddress);
    connect(m_amount, &QLineEdit::textChanged, this, &ReceivePage::updateUri);
    connect(m_label, &QLineEdit::textChanged, this, &ReceivePage::updateUri);
    connect(m_message, &QLineEdit::textChanged, this, &ReceivePage::updateUri);
    connect(m_copyAddress, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_address); });
    connect(m_copyUri, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_uri); });
    connect(m_saveQr, &QPushButton::clicked, this, &ReceivePage::saveQrInteractive);
    connect(m_history, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto* item = m_history->item(row, 0)) {
            m_address = item->text();
            m_addressLabel->setText(m_address);
            if (auto* l = m_history->item(row, 1)) m_label->setText(l->text());
            updateUri();
        }
    });
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::addressReady, this, &ReceivePage::onAddress);
        connect(m_wallet, &service::WalletService::addressesReady, this, &ReceivePage::onAddresses);
        connect(m_wallet, &service::WalletService::walletInfoReady, this, &ReceivePage::onInfo);
        connect(m_wallet, &service::WalletService::requestFailed, this, &ReceivePage::onFailed);
        connect(m_wallet, &service::WalletService::labelSet, this, [this](quint64 id) {
            if (m_pending.remove(id)) m_pending.insert(m_wallet->addresses(m_name));
        });
    }
    setWalletName(walletName);
}

QString ReceivePage::bip21Uri(const QString& address, std::optional<qint64> sats, const QString& label,
                              const QString& message) {
    QStringList params;
    if (sats && *sats > 0) params << QStringLiteral("amount=") + btcAmountForUri(*sats);
    if (!label.isEmpty()) params << QStringLiteral("label=") + QString::fromLatin1(QUrl::toPercentEncoding(label));
    if (!message.isEmpty())
        params << QStringLiteral("message=") + QString::fromLatin1(QUrl::toPercentEncoding(message));
    QString uri = QStringLiteral("bitcoin:") + address;
    if (!params.isEmpty()) uri += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return uri;
}

void ReceivePage::setWalletName(const QString& name) {
    m_name = name;
    m_address.clear();
    m_addressLabel->setText(name.isEmpty() ? tr("No wallet is open.") : tr("Press “New address”."));
    m_account->clear();
    m_history->setRowCount(0);
    updateUri();
    reload();
}

void ReceivePage::reload() {
    const bool have = m_wallet && !m_name.isEmpty();
    m_newButton->setEnabled(have);
    if (!have) return;
    m_pending.insert(m_wallet->walletInfo(m_name));
    m_pending.insert(m_wallet->addresses(m_name));
}

void ReceivePage::requestNewAddress() {
    if (!m_wallet || m_name.isEmpty()) return;
    m_status->clear();
    m_newButton->setEnabled(false);
    m_pending.insert(m_wallet->newAddress(m_name, false, m_account->currentData().toLongLong()));
}

void ReceivePage::onInfo(quint64 id, const service::WalletInfo& info) {
    if (!m_pending.remove(id)) return;
    const qint64 keep = m_account->currentData().toLongLong();
    m_account->clear();
    for (const auto& a : info.accounts)
        m_account->addItem(a.typeName.isEmpty() ? a.kind : a.typeName, a.id);
    const int idx = m_account->findData(keep);
    if (idx >= 0) m_account->setCurrentIndex(idx);
    m_account->setEnabled(m_account->count() > 1);
}

void ReceivePage::onAddress(quint64 id, const service::AddressInfo& info) {
    if (!m_pending.remove(id)) return;
    m_newButton->setEnabled(true);
    m_address = info.address;
    m_addressLabel->setText(m_address);
    updateUri();
    const QString label = m_label->text().trimmed();
    if (!label.isEmpty()) {
        service::LabelInfo l;
        l.type = QStringLiteral("addr");
        l.ref = m_address;
        l.label = label;
        m_pending.insert(m_wallet->setLabel(m_name, l));
    } else {
        m_pending.insert(m_wallet->addresses(m_name));
    }
    emit addressShown(m_address);
}

void ReceivePage::onAddresses(quint64 id, const QList<service::AddressInfo>& list) {
    if (!m_pending.remove(id)) return;
    m_history->setRowCount(0);
    // Handed-out receive addresses only (the look-ahead window is not shown), newest first.
    QList<service::AddressInfo> shown;
    for (const auto& a : list)
        if (!a.change && (a.used || !a.label.isEmpty() || a.address == m_address)) shown.prepend(a);
    m_history->setRowCount(static_cast<int>(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        auto* addr = new QTableWidgetItem(shown[r].address);
        addr->setFont(monospaceFont());
        addr->setToolTip(shown[r].path);
        m_history->setItem(r, 0, addr);
        m_history->setItem(r, 1, new QTableWidgetItem(shown[r].label));
        m_history->setItem(r, 2, new QTableWidgetItem(shown[r].used ? tr("yes") : tr("no")));
    }
    emit historyLoaded(static_cast<int>(shown.size()));
}

void ReceivePage::onFailed(quint64 id, const QString& error) {
    if (!m_pending.remove(id)) return;
    m_newButton->setEnabled(m_wallet && !m_name.isEmpty());
    m_status->setText(error);
}

void ReceivePage::updateUri() {
    std::optional<qint64> sats;
    const QString amountText = m_amount->text().trimmed();
    if (!amountText.isEmpty()) {
        sats = parseAmount(amountText, AppSettings::displayUnit());
        m_amountError->setText(sats ? QString() : tr("Not a valid amount in %1.").arg(unitName(AppSettings::displayUnit())));
    } else {
        m_amountError->clear();
    }
    m_amountError->setVisible(!m_amountError->text().isEmpty());
    m_uri = m_address.isEmpty() ? QString() : bip21Uri(m_address, sats, m_label->text(), m_message->text());
    m_uriLabel->setText(m_uri);
    m_qr->setText(m_uri);
    const bool have = !m_uri.isEmpty();
    m_copyAddress->setEnabled(have);
    m_copyUri->setEnabled(have);
    m_saveQr->setEnabled(have);
}

bool ReceivePage::saveQr(const QString& path, bool quiet) {
    const QImage img = m_qr->image(8);
    if (!img.isNull() && img.save(path, "PNG")) return true;  // notr: image format name
    if (!quiet) QMessageBox::warning(this, tr("Save QR code"), tr("Could not write %1.").arg(path));
    return false;
}

void ReceivePage::saveQrInteractive() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save QR code"), QStringLiteral("payment-request.png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty()) saveQr(path);
}

}  // namespace cairn::ui
