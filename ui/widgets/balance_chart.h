// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_types.h"

#include <QChartView>
#include <QList>

namespace cairn::ui {

/// The wallet balance over time as a step line (Qt Charts): one step per transaction with a known time, oldest
/// on the left, in the display unit of Settings; drawn in the palette's colours (dark theme readable).
class BalanceChart : public QChartView {
    Q_OBJECT
public:
    explicit BalanceChart(QWidget* parent = nullptr);

    /// Redraws from `entries` (newest first, as listTransactions returns them; `balance` is the running balance).
    void setHistory(const QList<service::TxHistoryEntry>& entries);
    /// Points on the line (two per step after the first).
    int pointCount() const { return m_points; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<service::TxHistoryEntry> m_entries;
    int m_points = 0;
};

}  // namespace cairn::ui
