// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QChartView>
#include <QMap>
#include <QSet>

class QLineSeries;
class QValueAxis;

namespace cairn::ui {

/// Difficulty over height as a line (Qt Charts). Long chains are downsampled to at most kMaxPoints evenly
/// spaced heights (the tip always included), fetched asynchronously from NodeService. refresh() asks for the
/// current chain; answers of an older refresh are dropped.
class DifficultyChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 400;

    /// `node` must outlive the chart.
    explicit DifficultyChart(service::NodeService* node, QWidget* parent = nullptr);

    /// Requests the samples for the chain up to `tipHeight` (nothing for a negative height).
    void refresh(int tipHeight);
    /// Points currently plotted.
    int pointCount() const;
    /// Heights a chain of `tipHeight` is sampled at (ascending, tip last; all heights when short).
    static QList<int> sampleHeights(int tipHeight, int maxPoints = kMaxPoints);

signals:
    /// Every requested sample arrived and the line was redrawn.
    void updated();

private:
    void onHeader(quint64 id, const service::HeaderInfo& header);
    void onHeaders(quint64 id, const QList<service::HeaderInfo>& headers);
    void addSamples(const QList<service::HeaderInfo>& headers);
    void redraw();

    service::NodeService* m_node;
    QLineSeries* m_series;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QSet<quint64> m_pending;
    QMap<int, double> m_samples;  // height -> difficulty
};

}  // namespace cairn::ui
