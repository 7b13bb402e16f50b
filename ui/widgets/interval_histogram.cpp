// SPDX-License-Identifier: MIT
#include "ui/widgets/interval_histogram.h"

#include "ui/widgets/display_format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace cairn::ui {

IntervalHistogram::IntervalHistogram(service::NodeService* node, QWidget* parent)
    : QWidget(parent), m_node(node), m_count(new QComboBox), m_summary(new QLabel), m_view(new QChartView),
      m_set(new QBarSet(tr("Blocks"))), m_x(new QBarCategoryAxis), m_y(new QValueAxis) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Block intervals over the last"));
    m_count->setObjectName(QStringLiteral("intervalCountCombo"));
    m_count->setAccessibleName(tr("Number of blocks"));
    for (int n : {144, 1008, 2016}) m_count->addItem(tr("%1 blocks").arg(formatCount(n)), n);
    label->setBuddy(m_count);
    m_summary->setObjectName(QStringLiteral("intervalSummary"));
    top->addWidget(label);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(m_summary);
    layout->addLayout(top);

    auto* series = new QBarSeries;
    series->append(m_set);
    series->setBarWidth(0.95);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Time between blocks"));
    chart->legend()->hide();
    m_x->setTitleText(tr("Interval"));
    m_y->setTitleText(tr("Blocks"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("intervalChart"));
    m_view->setAccessibleName(tr("Block interval histogram"));
    m_view->setMinimumHeight(220);
    layout->addWidget(m_view, 1);

    connect(m_count, &QComboBox::currentIndexChanged, this, [this] { refresh(m_tipHeight); });
    connect(m_node, &service::NodeService::headersReady, this, &IntervalHistogram::onHeaders);
    connect(m_node, &service::NodeService::requestFailed, this, [this](quint64 id, const QString& error) {
        if (id != m_pending) return;
        m_pending = 0;
        m_summary->setText(error);
    });
}

int IntervalHistogram::blockCount() const { return m_count->currentData().toInt(); }

void IntervalHistogram::setBlockCount(int count) {
    const int i = m_count->findData(count);
    if (i >= 0) m_count->setCurrentIndex(i);
}

void IntervalHistogram::refresh(int tipHeight) {
    m_tipHeight = tipHeight;
    if (tipHeight < 1) {
        m_pending = 0;
        return;
    }
    const int first = std::max(0, tipHeight - blockCount());
    m_pending = m_node->requestHeaders(first, tipHeight - first + 1);
}

IntervalHistogram::Bins IntervalHistogram::bin(QList<int64_t> intervals) {
    Bins b;
    b.counts = QList<int>(kBins, 0);
    if (intervals.isEmpty()) return b;
    for (auto& v : intervals) v = std::max<int64_t>(v, 0);
    QList<int64_t> sorted = intervals;
    std::sort(sorted.begin(), sorted.end());
    const int64_t p95 = sorted[static_cast<qsizetype>((sorted.size() - 1) * 95 / 100)];
    // The 95th percentile lands in one of the first kBins - 1 bins; the last one is the overflow.
    b.width = std::max<int64_t>(1, (p95 + 1 + kBins - 2) / (kBins - 1));
    for (int64_t v : intervals) ++b.counts[static_cast<qsizetype>(std::min<int64_t>(v / b.width, kBins - 1))];
    return b;
}

void IntervalHistogram::onHeaders(quint64 id, const QList<service::HeaderInfo>& headers) {
    if (id != m_pending || id == 0) return;
    m_pending = 0;
    QList<int64_t> intervals;
    for (int i = 1; i < headers.size(); ++i)
        intervals << static_cast<int64_t>(headers[i].time) - static_cast<int64_t>(headers[i - 1].time);
    const Bins b = bin(intervals);
    m_intervals = static_cast<int>(intervals.size());
    m_counts = b.counts;

    QStringList categories;
    for (int i = 0; i < kBins; ++i) {
        const QString from = formatDuration(i * b.width);
        categories << (i == kBins - 1 ? tr("≥ %1").arg(from) : from);
    }
    m_x->setCategories(categories);
    m_set->remove(0, m_set->count());
    int peak = 1;
    for (int c : b.counts) {
        m_set->append(c);
        peak = std::max(peak, c);
    }
    m_y->setRange(0, peak);
    if (intervals.isEmpty()) {
        m_summary->setText(tr("not enough blocks"));
    } else {
        QList<int64_t> sorted = intervals;
        std::sort(sorted.begin(), sorted.end());
        const int64_t median = sorted[sorted.size() / 2];
        const double mean = static_cast<double>(std::accumulate(intervals.begin(), intervals.end(), int64_t{0})) /
                            static_cast<double>(intervals.size());
        m_summary->setText(tr("%n interval(s): median %1, mean %2", nullptr, m_intervals)
                               .arg(formatDuration(median), formatDuration(static_cast<int64_t>(mean))));
    }
    emit updated();
}

}  // namespace cairn::ui
