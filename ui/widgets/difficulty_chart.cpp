// SPDX-License-Identifier: MIT
#include "ui/widgets/difficulty_chart.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace cairn::ui {

DifficultyChart::DifficultyChart(service::NodeService* node, QWidget* parent)
    : QChartView(parent), m_node(node), m_series(new QLineSeries), m_x(new QValueAxis), m_y(new QValueAxis) {
    auto* chart = new QChart;
    chart->setTitle(tr("Difficulty by height"));
    chart->legend()->hide();
    m_series->setName(tr("Difficulty"));
    chart->addSeries(m_series);
    m_x->setTitleText(tr("Height"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("Difficulty"));
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Difficulty chart"));
    setMinimumHeight(220);
    connect(m_node, &service::NodeService::headerReady, this, &DifficultyChart::onHeader);
    connect(m_node, &service::NodeService::headersReady, this, &DifficultyChart::onHeaders);
    connect(m_node, &service::NodeService::requestFailed, this, [this](quint64 id, const QString&) {
        if (m_pending.remove(id) && m_pending.isEmpty()) redraw();
    });
}

QList<int> DifficultyChart::sampleHeights(int tipHeight, int maxPoints) {
    QList<int> heights;
    if (tipHeight < 0) return heights;
    const int count = std::min(tipHeight + 1, std::max(2, maxPoints));
    if (count == tipHeight + 1) {
        for (int h = 0; h <= tipHeight; ++h) heights << h;
        return heights;
    }
    for (int i = 0; i < count; ++i)
        heights << static_cast<int>(static_cast<qint64>(tipHeight) * i / (count - 1));
    return heights;
}

void DifficultyChart::refresh(int tipHeight) {
    m_pending.clear();
    m_samples.clear();
    const QList<int> heights = sampleHeights(tipHeight);
    if (heights.isEmpty()) return redraw();
    if (heights.size() == tipHeight + 1) {
        // A short chain: one contiguous request.
        m_pending.insert(m_node->requestHeaders(0, tipHeight + 1));
        return;
    }
    for (int h : heights) m_pending.insert(m_node->requestHeaderAt(h));
}

void DifficultyChart::onHeader(quint64 id, const service::HeaderInfo& header) {
    if (!m_pending.remove(id)) return;
    addSamples({header});
    if (m_pending.isEmpty()) redraw();
}

void DifficultyChart::onHeaders(quint64 id, const QList<service::HeaderInfo>& headers) {
    if (!m_pending.remove(id)) return;
    addSamples(headers);
    if (m_pending.isEmpty()) redraw();
}

void DifficultyChart::addSamples(const QList<service::HeaderInfo>& headers) {
    for (const auto& h : headers) m_samples.insert(h.height, h.difficulty);
}

int DifficultyChart::pointCount() const { return static_cast<int>(m_series->count()); }

void DifficultyChart::redraw() {
    QList<QPointF> points;
    points.reserve(m_samples.size());
    double low = 0, high = 0;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
        points << QPointF(it.key(), it.value());
        low = points.size() == 1 ? it.value() : std::min(low, it.value());
        high = points.size() == 1 ? it.value() : std::max(high, it.value());
    }
    m_series->replace(points);
    const int last = m_samples.isEmpty() ? 1 : std::max(1, m_samples.lastKey());
    m_x->setRange(0, last);
    // A flat line (regtest) still needs a visible band.
    const double pad = high > low ? (high - low) * 0.05 : std::max(high * 0.5, 1e-12);
    m_y->setRange(std::max(0.0, low - pad), high + pad);
    emit updated();
}

}  // namespace cairn::ui
