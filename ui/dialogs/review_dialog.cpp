// SPDX-License-Identifier: MIT
#include "ui/dialogs/review_dialog.h"

#include "ui/amount_format.h"
#include "ui/widgets/display_format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::ui {

QString formatFeeRate(qint64 satPerKvb) {
    return ReviewDialog::tr("%1 sat/vB").arg(QString::number(double(satPerKvb) / 1000.0, 'f', 1));
}

ReviewDialog::ReviewDialog(const service::SendDraft& draft, const QString& acceptText, const QString& note,
                           QWidget* parent)
    : QDialog(parent), m_outputs(new QTableWidget(0, 3)), m_fee(new QLabel), m_total(new QLabel) {
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review transaction"));
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Check every output. Nothing is signed until you confirm."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!note.isEmpty()) {
        auto* n = new QLabel(note);
        n->setObjectName(QStringLiteral("reviewNote"));
        n->setWordWrap(true);
        layout->addWidget(n);
    }

    m_outputs->setObjectName(QStringLiteral("reviewOutputs"));
    m_outputs->setAccessibleName(tr("Outputs of the transaction"));
    m_outputs->setHorizontalHeaderLabels({tr("Address"), tr("Output"), tr("Amount")});
    m_outputs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outputs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_outputs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_outputs->verticalHeader()->hide();
    m_outputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outputs->setTextElideMode(Qt::ElideMiddle);
    m_outputs->setWordWrap(false);
    auto addRow = [this](const QString& address, const QString& role, qint64 sats) {
        const int r = m_outputs->rowCount();
        m_outputs->insertRow(r);
        auto* a = new QTableWidgetItem(address);
        a->setFont(monospaceFont());
        a->setToolTip(address);
        m_outputs->setItem(r, 0, a);
        m_outputs->setItem(r, 1, new QTableWidgetItem(role));
        auto* amount = new QTableWidgetItem(formatAmount(sats));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_outputs->setItem(r, 2, amount);
    };
    qint64 sent = 0;
    for (const auto& r : draft.recipients) {
        addRow(r.address, tr("Payment"), r.amount);
        sent += r.amount;
    }
    if (draft.change > 0) addRow(draft.changeAddress, tr("Change (back to this wallet)"), draft.change);
    layout->addWidget(m_outputs, 1);

    m_fee->setObjectName(QStringLiteral("reviewFee"));
    if (draft.fee >= 0)
        m_fee->setText(tr("Fee: %1 (%2, %3 vB)")
                           .arg(formatAmount(draft.fee), formatFeeRate(draft.feeRateSatPerKvb))
                           .arg(draft.vsize));
    else
        m_fee->setText(tr("Fee: unknown (the PSBT lacks the amounts of some inputs)"));
    m_total->setObjectName(QStringLiteral("reviewTotal"));
    m_total->setText(tr("Total leaving the wallet: %1").arg(formatAmount(sent + std::max<qint64>(draft.fee, 0))));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    auto* inputs = new QLabel(tr("Spends %n coin(s).", nullptr, int(draft.inputs.size())));
    inputs->setObjectName(QStringLiteral("reviewInputs"));
    inputs->setToolTip(draft.inputs.join(QLatin1Char('\n')));
    layout->addWidget(m_fee);
    layout->addWidget(inputs);
    layout->addWidget(m_total);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reviewAccept"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ReviewDialog::feeText() const { return m_fee->text(); }

QString ReviewDialog::totalText() const { return m_total->text(); }

}  // namespace cairn::ui
