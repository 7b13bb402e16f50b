// SPDX-License-Identifier: MIT
#include "ui/pages/send_page.h"

#include "service/address_check.h"
#include "service/payment_uri.h"
#include "service/psbt_summary.h"
#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/dialogs/coin_control_dialog.h"
#include "ui/dialogs/password_dialog.h"
#include "ui/dialogs/review_dialog.h"
#include "ui/dialogs/unlock_session.h"
#include "ui/theme.h"
#include "ui/widgets/display_format.h"
#include "ui/widgets/hash_label.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace cairn::ui {

namespace {

// Fee presets in sat/vB; the last entry of the combo box is "Custom".
constexpr double kPresets[] = {2.0, 5.0, 15.0};

QString familyName(service::AddressFamily f) {
    switch (f) {
    case service::AddressFamily::Mainnet: return SendPage::tr("mainnet");
    case service::AddressFamily::Testnet: return SendPage::tr("testnet");
    case service::AddressFamily::Regtest: return SendPage::tr("regtest");
    }
    return {};
}

QString networkText(Network n) {
    switch (n) {
    case Network::Main: return SendPage::tr("mainnet");
    case Network::Testnet3: return SendPage::tr("testnet3");
    case Network::Testnet4: return SendPage::tr("testnet4");
    case Network::Signet: return SendPage::tr("signet");
    case Network::Regtest: return SendPage::tr("regtest");
    }
    return {};
}

// Error text readable on light and dark palettes alike (the theme's negative tone).
void markAsError(QLabel* label) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, toneColor(Tone::Negative, p));
    label->setPalette(p);
}

}  // namespace

SendPage::SendPage(service::WalletService* wallet, const QString& walletName, UnlockSession* session, QWidget* parent)
    : QWidget(parent), m_wallet(wallet), m_session(session), m_rowsLayout(new QVBoxLayout), m_feePreset(new QComboBox),
      m_customFee(new QDoubleSpinBox), m_rbf(new QCheckBox(tr("Allow fee &bumping later (RBF, BIP125)"))),
      m_preview(new QLabel), m_coinsLabel(new QLabel), m_uriMessage(new QLabel), m_status(new QLabel),
      m_resultTxid(new HashLabel), m_send(new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), QString())),
      m_savePsbt(new QPushButton(tr("Sa&ve PSBT…"))), m_previewTimer(new QTimer(this)) {
    auto* title = new QLabel(tr("Send"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);

    auto* rowsHost = new QWidget;
    rowsHost->setLayout(m_rowsLayout);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rowsHost);
    auto* add = new QPushButton(tr("&Add recipient"));
    add->setObjectName(QStringLiteral("addRecipientButton"));
    auto* paste = new QPushButton(tr("&Paste payment URI"));
    paste->setObjectName(QStringLiteral("pasteUriButton"));
    paste->setToolTip(tr("Fills the form from a bitcoin: link on the clipboard"));
    auto* recipientButtons = new QHBoxLayout;
    recipientButtons->addWidget(add);
    recipientButtons->addWidget(paste);
    recipientButtons->addStretch(1);
    auto* recipientsBox = new QGroupBox(tr("Recipients"));
    auto* rl = new QVBoxLayout(recipientsBox);
    rl->addWidget(scroll, 1);
    rl->addWidget(m_uriMessage);
    rl->addLayout(recipientButtons);
    m_uriMessage->setObjectName(QStringLiteral("uriMessage"));
    m_uriMessage->setWordWrap(true);
    m_uriMessage->hide();

    m_feePreset->setObjectName(QStringLiteral("feePreset"));
    m_feePreset->setAccessibleName(tr("Fee rate"));
    m_feePreset->addItem(tr("Economy (%1 sat/vB)").arg(kPresets[0]), kPresets[0]);
    m_feePreset->addItem(tr("Normal (%1 sat/vB)").arg(kPresets[1]), kPresets[1]);
    m_feePreset->addItem(tr("Priority (%1 sat/vB)").arg(kPresets[2]), kPresets[2]);
    m_feePreset->addItem(tr("Custom"), 0.0);
    m_feePreset->setCurrentIndex(1);
    m_customFee->setObjectName(QStringLiteral("customFee"));
    m_customFee->setAccessibleName(tr("Custom fee rate in sat/vB"));
    m_customFee->setRange(1.0, 5000.0);
    m_customFee->setDecimals(1);
    m_customFee->setSingleStep(0.5);
    m_customFee->setValue(kPresets[1]);
    m_customFee->setSuffix(tr(" sat/vB"));
    m_customFee->setAlignment(Qt::AlignRight);
    m_customFee->setEnabled(false);
    m_rbf->setObjectName(QStringLiteral("rbfCheck"));
    m_rbf->setChecked(true);
    m_preview->setObjectName(QStringLiteral("feePreview"));
    m_preview->setWordWrap(true);
    m_coinsLabel->setObjectName(QStringLiteral("coinsLabel"));
    auto* coinButton = new QPushButton(tr("C&oin control…"));
    coinButton->setObjectName(QStringLiteral("coinControlButton"));
    auto* feeRow = new QHBoxLayout;
    feeRow->addWidget(m_feePreset, 1);
    feeRow->addWidget(m_customFee);
    auto* coinRow = new QHBoxLayout;
    coinRow->addWidget(m_coinsLabel, 1);
    coinRow->addWidget(coinButton);
    auto* feeBox = new QGroupBox(tr("Fee and coins"));
    auto* form = new QFormLayout(feeBox);
    auto* feeLabel = new QLabel(tr("&Fee rate:"));
    feeLabel->setBuddy(m_feePreset);
    form->addRow(feeLabel, feeRow);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_rbf);
    form->addRow(tr("Coins:"), coinRow);

    m_send->setObjectName(QStringLiteral("reviewButton"));
    m_send->setDefault(true);
    m_savePsbt->setObjectName(QStringLiteral("savePsbtButton"));
    auto* load = new QPushButton(tr("&Load PSBT…"));
    load->setObjectName(QStringLiteral("loadPsbtButton"));
    auto* clear = new QPushButton(tr("&Clear"));
    clear->setObjectName(QStringLiteral("clearButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(clear);
    actions->addStretch(1);
    actions->addWidget(load);
    actions->addWidget(m_savePsbt);
    actions->addWidget(m_send);

    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultTxid->setObjectName(QStringLiteral("resultTxid"));
    m_resultTxid->setLink(true);
    m_resultTxid->setAccessibleName(tr("Transaction ID, opens the explorer"));
    m_resultTxid->hide();
    auto* result = new QHBoxLayout;
    result->addWidget(m_status, 1);
    result->addWidget(m_resultTxid, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(recipientsBox, 1);
    layout->addWidget(feeBox);
    layout->addLayout(actions);
    layout->addLayout(result);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &SendPage::runPreview);
    connect(add, &QPushButton::clicked, this, &SendPage::addRecipient);
    connect(paste, &QPushButton::clicked, this, [this] {
        const QString text = QApplication::clipboard()->text().trimmed();
        if (service::isPaymentUri(text)) applyPaymentUri(text);
        else if (!text.isEmpty() && !m_rows.isEmpty()) m_rows.back().address->setText(text);
    });
    connect(clear, &QPushButton::clicked, this, &SendPage::clearForm);
    connect(coinButton, &QPushButton::clicked, this, &SendPage::openCoinControl);
    connect(m_send, &QPushButton::clicked, this, &SendPage::reviewAndSend);
    connect(m_savePsbt, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save PSBT"), QStringLiteral("transaction.psbt"),
                                                          tr("PSBT files (*.psbt);;All files (*)"));
        if (!path.isEmpty()) savePsbtTo(path);
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load PSBT"), QString(), tr("PSBT files (*.psbt *.txt);;All files (*)"));
        if (!path.isEmpty()) loadPsbtFrom(path);
    });
    connect(m_resultTxid, &HashLabel::activated, this, &SendPage::openInExplorer);
    connect(m_feePreset, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_customFee->setEnabled(index == m_feePreset->count() - 1);
        schedulePreview();
    });
    connect(m_customFee, &QDoubleSpinBox::valueChanged, this, &SendPage::schedulePreview);
    connect(m_rbf, &QCheckBox::toggled, this, &SendPage::schedulePreview);
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::draftReady, this, &SendPage::onDraft);
        connect(m_wallet, &service::WalletService::psbtReady, this, &SendPage::onPsbt);
        connect(m_wallet, &service::WalletService::transactionSent, this, &SendPage::onSent);
        connect(m_wallet, &service::WalletService::requestFailed, this, &SendPage::onFailed);
        connect(m_wallet, &service::WalletService::walletInfoReady, this,
                [this](quint64 id, const service::WalletInfo& info) {
                    if (m_requests.take(id) != Purpose::Info) return;
                    m_watchOnly = info.watchOnly;
                    m_send->setText(m_watchOnly ? tr("&Review and create PSBT…") : tr("&Review and send…"));
                });
        connect(m_wallet, &service::WalletService::walletChanged, this, [this](const QString& name) {
            if (name == m_name) schedulePreview();
        });
    }
    m_send->setText(tr("&Review and send…"));
    setWalletName(walletName);
}

void SendPage::setWalletName(const QString& name) {
    m_name = name;
    m_watchOnly = false;
    clearForm();
    const bool have = m_wallet && !name.isEmpty();
    setEnabled(have);
    if (have) track(m_wallet->walletInfo(name), Purpose::Info);
    if (have && !m_pendingUri.isEmpty()) applyPaymentUri(std::exchange(m_pendingUri, QString()));
}

qint64 SendPage::feeRateSatPerKvb() const {
    const bool custom = m_feePreset->currentIndex() == m_feePreset->count() - 1;
    const double satPerVb = custom ? m_customFee->value() : m_feePreset->currentData().toDouble();
    return qRound64(satPerVb * 1000.0);
}

QString SendPage::previewText() const { return m_preview->text(); }

QString SendPage::statusText() const { return m_status->text(); }

void SendPage::setStatus(const QString& text, bool error) {
    m_status->setPalette(QPalette());
    if (error) markAsError(m_status);
    m_status->setText(text);
    emit statusChanged(text);
}

void SendPage::addRecipient() {
    Row row;
    row.box = new QWidget;
    row.address = new QLineEdit;
    row.address->setFont(monospaceFont());
    row.address->setPlaceholderText(tr("Bitcoin address"));
    row.address->setAccessibleName(tr("Recipient address"));
    row.label = new QLineEdit;
    row.label->setPlaceholderText(tr("Label (optional)"));
    row.label->setAccessibleName(tr("Recipient label"));
    row.amount = new QLineEdit;
    row.amount->setAlignment(Qt::AlignRight);
    row.amount->setPlaceholderText(tr("Amount"));
    row.amount->setAccessibleName(tr("Amount in %1").arg(unitName(AppSettings::displayUnit())));
    row.max = new QCheckBox(tr("Max"));
    row.max->setToolTip(tr("Send everything the chosen coins hold, minus the fee"));
    row.remove = new QToolButton;
    row.remove->setText(QStringLiteral("✕"));  // notr: a symbol
    row.remove->setToolTip(tr("Remove this recipient"));
    row.remove->setAccessibleName(tr("Remove recipient"));
    row.error = new QLabel;
    row.error->setWordWrap(true);
    markAsError(row.error);
    row.error->hide();
    auto* grid = new QGridLayout(row.box);
    grid->setContentsMargins(0, 0, 0, 6);
    grid->addWidget(row.address, 0, 0, 1, 2);
    grid->addWidget(row.remove, 0, 2);
    grid->addWidget(row.label, 1, 0);
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(row.amount, 1);
    amountRow->addWidget(new QLabel(unitName(AppSettings::displayUnit())));
    amountRow->addWidget(row.max);
    grid->addLayout(amountRow, 1, 1, 1, 2);
    grid->addWidget(row.error, 2, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row.box);

    QWidget* box = row.box;
    connect(row.address, &QLineEdit::textChanged, this, &SendPage::schedulePreview);
    connect(row.amount, &QLineEdit::textChanged, this, &SendPage::schedulePreview);
    connect(row.max, &QCheckBox::toggled, this, [this, box](bool on) {
        for (Row& r : m_rows) {
            if (r.box == box) r.amount->setEnabled(!on);
        }
        schedulePreview();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, box] { removeRow(box); });
    m_rows.append(row);
    renumberRows();
    row.address->setFocus();
    schedulePreview();
}

void SendPage::retireRow(QWidget* box) {
    // Deleted later (a row's own button may be the sender); until then it must not be found by name.
    for (QWidget* w : box->findChildren<QWidget*>()) w->setObjectName(QString());
    box->hide();
    box->deleteLater();
}

void SendPage::removeRow(QWidget* box) {
    if (m_rows.size() <= 1) return;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].box == box) {
            m_rows.removeAt(i);
            retireRow(box);
            break;
        }
    renumberRows();
    schedulePreview();
}

void SendPage::renumberRows() {
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        const QString n = QString::number(i);
        r.address->setObjectName(QStringLiteral("recipientAddress") + n);
        r.label->setObjectName(QStringLiteral("recipientLabel") + n);
        r.amount->setObjectName(QStringLiteral("recipientAmount") + n);
        r.max->setObjectName(QStringLiteral("recipientMax") + n);
        r.error->setObjectName(QStringLiteral("recipientError") + n);
        r.remove->setEnabled(m_rows.size() > 1);
        // "Max" pays one recipient everything; with several recipients each needs an amount.
        r.max->setEnabled(m_rows.size() == 1);
        if (m_rows.size() > 1) r.max->setChecked(false);
    }
}

void SendPage::clearForm() {
    for (const Row& r : m_rows) retireRow(r.box);
    m_rows.clear();
    m_coins.clear();
    m_psbt.clear();
    m_uriLabel.clear();
    m_uriMessage->hide();
    m_resultTxid->hide();
    m_preview->clear();
    m_coinsLabel->setText(tr("Automatic coin selection"));
    setStatus(QString());
    addRecipient();
}

bool SendPage::applyPaymentUri(const QString& uri) {
    auto parsed = service::parsePaymentUri(uri);
    if (!parsed.ok()) {
        setStatus(tr("Not a valid payment URI: %1").arg(QString::fromStdString(parsed.message())), true);
        return false;
    }
    if (m_name.isEmpty()) m_pendingUri = uri;
    clearForm();
    Row& row = m_rows.front();
    row.address->setText(parsed->address);
    row.label->setText(parsed->label);
    if (parsed->amountSats) row.amount->setText(formatAmountPlain(*parsed->amountSats, AppSettings::displayUnit()));
    m_uriLabel = parsed->label;
    if (!parsed->message.isEmpty()) {
        m_uriMessage->setText(tr("Message from the payee: %1").arg(parsed->message));
        m_uriMessage->show();
    }
    validateRow(row, false);
    setStatus(tr("Filled in from a payment request. Check it, then review."));
    return true;
}

bool SendPage::validateRow(Row& row, bool strict) {
    QStringList errors;
    const QString address = row.address->text().trimmed();
    if (!address.isEmpty() && m_wallet) {
        const auto check = service::checkAddress(address, m_wallet->network());
        if (check.otherFamily)
            errors << tr("This is a %1 address; Cairn is on %2.")
                          .arg(familyName(*check.otherFamily), networkText(m_wallet->network()));
        else if (!check.valid)
            errors << tr("Not a valid address: %1").arg(check.reason);
    } else if (strict) {
        errors << tr("Enter an address.");
    }
    if (!row.max->isChecked()) {
        const QString amount = row.amount->text().trimmed();
        if (!amount.isEmpty()) {
            const auto sats = parseAmount(amount, AppSettings::displayUnit());
            if (!sats) errors << tr("Not a valid amount in %1.").arg(unitName(AppSettings::displayUnit()));
            else if (*sats == 0) errors << tr("The amount must be more than zero.");
        } else if (strict) {
            errors << tr("Enter an amount or tick Max.");
        }
    }
    row.error->setText(errors.join(QLatin1Char(' ')));
    row.error->setVisible(!errors.isEmpty());
    return errors.isEmpty();
}

std::optional<service::SendRequest> SendPage::buildRequest(bool strict) {
    service::SendRequest req;
    bool ok = true;
    for (Row& row : m_rows) {
        ok = validateRow(row, strict) && ok;
        const QString address = row.address->text().trimmed();
        const auto sats = parseAmount(row.amount->text().trimmed(), AppSettings::displayUnit());
        if (address.isEmpty() || (!row.max->isChecked() && !sats)) ok = false;
        if (row.max->isChecked()) req.sendAll = true;
        req.recipients.append(service::SendRecipient{address, row.max->isChecked() ? 0 : sats.value_or(0), false});
    }
    if (!ok || req.recipients.isEmpty()) return std::nullopt;
    req.feeRateSatPerKvb = feeRateSatPerKvb();
    req.rbf = m_rbf->isChecked();
    req.coins = m_coins;
    return req;
}

void SendPage::schedulePreview() {
    m_psbt.clear();
    m_previewTimer->start();
}

void SendPage::runPreview() {
    auto req = buildRequest(false);
    if (!req || !m_wallet || m_name.isEmpty()) {
        m_previewId = 0;
        m_preview->setText(tr("Fee and size appear here once the recipients are complete."));
        return;
    }
    m_previewId = m_wallet->draftSend(m_name, *req);
    track(m_previewId, Purpose::Preview);
}

void SendPage::openCoinControl() {
    if (!m_wallet || m_name.isEmpty()) return;
    auto* dialog = new CoinControlDialog(m_wallet, m_name, m_coins, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_coins = dialog->selectedCoins();
        m_coinsLabel->setText(m_coins.isEmpty() ? tr("Automatic coin selection")
                                                : tr("%n coin(s) chosen by hand", nullptr, int(m_coins.size())));
        schedulePreview();
    });
    dialog->open();
}

void SendPage::reviewAndSend() {
    auto req = buildRequest(true);
    if (!req) {
        setStatus(tr("Fix the marked fields first."), true);
        return;
    }
    setStatus(tr("Building the transaction…"));
    track(m_wallet->draftSend(m_name, *req), Purpose::Review);
}

void SendPage::askFeeRate(const QString& title, const std::function<void(qint64)>& then) {
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("feeRateDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(title);
    ask->setLabelText(tr("New fee rate (sat/vB):"));
    ask->setInputMode(QInputDialog::DoubleInput);
    ask->setDoubleDecimals(1);
    ask->setDoubleRange(1.0, 5000.0);
    ask->setDoubleValue(double(feeRateSatPerKvb()) / 1000.0);
    connect(ask, &QInputDialog::doubleValueSelected, this, [then](double v) { then(qRound64(v * 1000.0)); });
    ask->open();
}

void SendPage::startBumpFee(const QString& txid) {
    if (!m_wallet || m_name.isEmpty()) return;
    askFeeRate(tr("Bump fee"), [this, txid](qint64 rate) {
        setStatus(tr("Building the replacement…"));
        track(m_wallet->bumpFee(m_name, txid, rate), Purpose::Bump);
    });
}

void SendPage::startCpfp(const QString& txid) {
    if (!m_wallet || m_name.isEmpty()) return;
    askFeeRate(tr("Child pays for parent"), [this, txid](qint64 rate) {
        setStatus(tr("Building the child transaction…"));
        track(m_wallet->cpfp(m_name, txid, rate), Purpose::Cpfp);
    });
}

void SendPage::openReview(const service::SendDraft& draft, const QString& note, Purpose next) {
    QString accept = tr("Sign and send");
    if (next == Purpose::SaveDraft) accept = tr("Save PSBT…");
    else if (next == Purpose::Broadcast) accept = tr("Broadcast");
    else if (next == Purpose::SignPsbt) accept = tr("Sign and broadcast");
    auto* dialog = new ReviewDialog(draft, accept, note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] { setStatus(tr("Cancelled; nothing was signed.")); });
    connect(dialog, &QDialog::accepted, this, [this, draft, next] {
        const QString what = tr("Sign a payment of %1 plus a fee of %2.")
                                 .arg(formatAmount([&] {
                                          qint64 s = 0;
                                          for (const auto& r : draft.recipients) s += r.amount;
                                          return s;
                                      }()),
                                      formatAmount(std::max<qint64>(draft.fee, 0)));
        switch (next) {
        case Purpose::SaveDraft: {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save PSBT"), QStringLiteral("unsigned.psbt"),
                                                              tr("PSBT files (*.psbt);;All files (*)"));
            if (path.isEmpty()) return;
            m_savePath = path;
            track(m_wallet->psbtFromDraft(m_name, draft), Purpose::SavePsbt);
            return;
        }
        case Purpose::Broadcast:
            setStatus(tr("Broadcasting…"));
            track(m_wallet->broadcastPsbt(m_name, draft.psbt), Purpose::Broadcast);
            return;
        case Purpose::SignPsbt:
            withPassword(what, [this, psbt = draft.psbt](util::SecureBytes pw) {
                setStatus(tr("Signing…"));
                track(m_wallet->signPsbt(m_name, psbt, std::move(pw)), Purpose::SignPsbt);
            });
            return;
        default:
            withPassword(what, [this, draft](util::SecureBytes pw) {
                setStatus(tr("Signing and broadcasting…"));
                track(m_wallet->signAndBroadcast(m_name, draft, std::move(pw)), Purpose::Send);
            });
        }
    });
    dialog->open();
    emit reviewShown(dialog);
}

void SendPage::withPassword(const QString& prompt, const std::function<void(util::SecureBytes)>& then) {
    if (m_session && m_session->isUnlocked(m_name)) {
        then(m_session->password(m_name));
        return;
    }
    auto* dialog = new PasswordDialog(prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session) dialog->offerRemember(m_session->idleTimeoutMs() / 60000);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        util::SecureBytes pw = dialog->takePassword();
        if (dialog->remember() && m_session) m_session->unlock(m_name, pw.copy());
        then(std::move(pw));
    });
    connect(dialog, &QDialog::rejected, this, [this] { setStatus(tr("Cancelled; nothing was signed.")); });
    dialog->open();
}

void SendPage::savePsbtTo(const QString& path) {
    if (!m_psbt.isEmpty()) {
        m_savePath = path;
        writePsbt(m_psbt);
        return;
    }
    auto req = buildRequest(true);
    if (!req) {
        setStatus(tr("Fix the marked fields first."), true);
        return;
    }
    m_savePath = path;
    setStatus(tr("Building the transaction…"));
    track(m_wallet->draftSend(m_name, *req), Purpose::SavePsbt);
}

void SendPage::writePsbt(const QString& base64) {
    QSaveFile file(m_savePath);
    const QByteArray binary = QByteArray::fromBase64(base64.toLatin1());
    if (!file.open(QIODevice::WriteOnly) || file.write(binary) != binary.size() || !file.commit()) {
        setStatus(tr("Could not write %1: %2").arg(m_savePath, file.errorString()), true);
        return;
    }
    setStatus(tr("PSBT saved to %1.").arg(m_savePath));
    emit psbtSaved(m_savePath);
}

void SendPage::loadPsbtFrom(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    auto base64 = service::psbtBase64FromFile(file.read(qint64(64) * 1024 * 1024));
    auto summary = base64.ok() ? service::summarizePsbt(*base64, m_wallet->network())
                               : util::Result<service::PsbtSummary>(base64.error());
    if (!summary.ok()) {
        setStatus(tr("Cannot use %1: %2").arg(path, QString::fromStdString(summary.message())), true);
        return;
    }
    m_psbt = summary->draft.psbt;
    const QString note = tr("Loaded from %1: %2 of %n input(s) signed.", nullptr, summary->inputCount)
                             .arg(path)
                             .arg(summary->signedInputs);
    setStatus(note);
    if (summary->complete) openReview(summary->draft, note, Purpose::Broadcast);
    else if (!m_watchOnly) openReview(summary->draft, note, Purpose::SignPsbt);
}

void SendPage::onDraft(quint64 id, const service::SendDraft& draft) {
    const auto it = m_requests.find(id);
    if (it == m_requests.end()) return;
    const Purpose p = *it;
    m_requests.erase(it);
    switch (p) {
    case Purpose::Preview:
        if (id != m_previewId) return;  // an older preview
        m_preview->setPalette(QPalette());
        m_preview->setText(tr("Fee %1 at %2 · %3 vB · change %4")
                               .arg(formatAmount(draft.fee), formatFeeRate(draft.feeRateSatPerKvb))
                               .arg(draft.vsize)
                               .arg(draft.change > 0 ? formatAmount(draft.change) : tr("none")));
        emit previewReady(draft);
        return;
    case Purpose::SavePsbt: track(m_wallet->psbtFromDraft(m_name, draft), Purpose::SavePsbt); return;
    case Purpose::Bump:
        openReview(draft, tr("Replaces an unconfirmed transaction with one paying a higher fee (BIP125)."),
                   m_watchOnly ? Purpose::SaveDraft : Purpose::Send);
        return;
    case Purpose::Cpfp:
        openReview(draft, tr("Spends an unconfirmed output so that both transactions confirm sooner."),
                   m_watchOnly ? Purpose::SaveDraft : Purpose::Send);
        return;
    default: openReview(draft, QString(), m_watchOnly ? Purpose::SaveDraft : Purpose::Send); return;
    }
}

void SendPage::onPsbt(quint64 id, const QString& base64, bool complete) {
    const auto it = m_requests.find(id);
    if (it == m_requests.end()) return;
    const Purpose p = *it;
    m_requests.erase(it);
    if (p == Purpose::SavePsbt) {
        writePsbt(base64);
        return;
    }
    m_psbt = base64;  // Purpose::SignPsbt
    if (complete) {
        setStatus(tr("Signed. Broadcasting…"));
        track(m_wallet->broadcastPsbt(m_name, base64), Purpose::Broadcast);
    } else {
        setStatus(tr("Signed what this wallet can sign; other signatures are still missing. Save the PSBT for the "
                     "other signers."));
    }
}

void SendPage::onSent(quint64 id, const QString& txid) {
    if (!m_requests.remove(id)) return;
    const QString label = m_uriLabel;
    clearForm();
    if (!label.isEmpty()) m_wallet->setLabel(m_name, service::LabelInfo{QStringLiteral("tx"), txid, label, {}, -1});
    setStatus(tr("Sent. Transaction ID:"));
    m_resultTxid->setText(txid);
    m_resultTxid->show();
    emit transactionSent(txid);
}

void SendPage::onFailed(quint64 id, const QString& error) {
    const auto it = m_requests.find(id);
    if (it == m_requests.end()) return;
    const Purpose p = *it;
    m_requests.erase(it);
    if (p == Purpose::Info) return;
    if (p == Purpose::Preview) {
        if (id != m_previewId) return;
        m_preview->setText(tr("No transaction possible: %1").arg(error));
        markAsError(m_preview);
        return;
    }
    // A remembered password that no longer works (changed elsewhere) must not be tried again.
    if ((p == Purpose::Send || p == Purpose::SignPsbt) && m_session && error.contains(QLatin1String("password")))
        m_session->lockNow();
    setStatus(error, true);
}

}  // namespace cairn::ui
