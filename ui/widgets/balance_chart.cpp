// SPDX-License-Identifier: MIT
#include "ui/widgets/balance_chart.h"

#include "ui/amount_format.h"
#include "ui/app_settings.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace cairn::ui {

BalanceChart::BalanceChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setHistory({});
}

void BalanceChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) setHistory(m_entries);  // follow a theme switch
}

void BalanceChart::setHistory(const QList<service::TxHistoryEntry>& entries) {
    m_entries = entries;
    auto* c = new QChart;
    c->legend()->hide();
    c->setBackgroundBrush(palette().brush(QPalette::Base));
    c->setMargins(QMargins(4, 4, 4, 4));
    auto* series = new QLineSeries;
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(2.0);
    series->setPen(pen);
    const DisplayUnit unit = AppSettings::displayUnit();
    const double per = static_cast<double>(satsPerUnit(unit));
    double maxValue = 0;
    double prev = 0;
    qint64 first = 0;
    qint64 last = 0;
    m_points = 0;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->time <= 0) continue;
        // Chain order rules; a first-seen time earlier than the block before it must not draw backwards.
        const qint64 t = m_points > 0 ? qMax(last, it->time) : it->time;
        const double x = static_cast<double>(t) * 1000.0;
        const double v = static_cast<double>(it->balance) / per;
        if (m_points > 0) {
            series->append(x, prev);  // a step, not a slope: the balance changes at the transaction
            ++m_points;
        } else {
            first = it->time;
        }
        series->append(x, v);
        ++m_points;
        prev = v;
        last = t;
        maxValue = qMax(maxValue, v);
    }
    c->addSeries(series);
    auto* x = new QDateTimeAxis;
    // Dates for a history of days or more, times of day for a short one.
    x->setFormat(last - first >= 2 * 86400 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd hh:mm"));  // notr
    x->setLabelsBrush(palette().brush(QPalette::Text));
    x->setGridLineColor(palette().color(QPalette::Mid));
    x->setTickCount(4);
    x->setLabelsVisible(m_points > 0);
    if (m_points == 0) {
        c->setTitle(tr("No transactions yet"));
        c->setTitleBrush(palette().brush(QPalette::Text));
    }
    if (m_points > 0) {
        const qint64 pad = qMax<qint64>(3600, (last - first) / 20);
        x->setRange(QDateTime::fromSecsSinceEpoch(first - pad), QDateTime::fromSecsSinceEpoch(last + pad));
    }
    auto* y = new QValueAxis;
    y->setTitleText(unitName(unit));
    y->setTitleBrush(palette().brush(QPalette::Text));
    y->setLabelsBrush(palette().brush(QPalette::Text));
    y->setGridLineColor(palette().color(QPalette::Mid));
    y->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1.0);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart* old = chart();
    setChart(c);
    delete old;
}

}  // namespace cairn::ui
