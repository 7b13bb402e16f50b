// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cairn::ui {

/// Shows a built transaction before anything is signed: every output (recipients, then the change back to the
/// wallet), the fee with its rate and the virtual size, the total leaving the wallet and the inputs spent.
/// Accepting means "go ahead"; the caller then asks for the password.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    /// `acceptText` names the action ("Sign and send", "Create PSBT"); `note` is shown above the table
    /// (e.g. "Replaces transaction …"), empty for none.
    ReviewDialog(const service::SendDraft& draft, const QString& acceptText, const QString& note = {},
                 QWidget* parent = nullptr);

    /// The outputs table (recipients first, change last): address, role, amount.
    QTableWidget* outputsTable() const { return m_outputs; }
    /// The fee line ("Fee: 0.00000705 BTC (5.0 sat/vB, 141 vB)").
    QString feeText() const;
    /// The total line ("Total leaving the wallet: …").
    QString totalText() const;

private:
    QTableWidget* m_outputs;
    QLabel* m_fee;
    QLabel* m_total;
};

/// "5.0 sat/vB" for a rate in sat/kvB.
QString formatFeeRate(qint64 satPerKvb);

}  // namespace cairn::ui
