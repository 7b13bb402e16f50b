// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QValueAxis;

namespace cairn::ui {

/// Distribution of the time between consecutive blocks over the last N blocks (N = 144, 1,008 or 2,016,
/// chosen in a combo box) as a histogram (Qt Charts), with the median and mean interval.
class IntervalHistogram : public QWidget {
    Q_OBJECT
public:
    /// Equal-width bins; the last one also holds every longer interval.
    static constexpr int kBins = 20;

    /// `node` must outlive the widget.
    explicit IntervalHistogram(service::NodeService* node, QWidget* parent = nullptr);

    /// Requests the last blockCount() + 1 headers of a chain whose tip is `tipHeight`.
    void refresh(int tipHeight);
    /// N, the number of intervals asked for.
    int blockCount() const;
    /// Selects N (one of 144, 1008, 2016) and refreshes.
    void setBlockCount(int count);
    /// Intervals in the current histogram, and the count in each bin.
    int intervalCount() const { return m_intervals; }
    QList<int> binCounts() const { return m_counts; }

    struct Bins {
        int64_t width = 1;   ///< seconds per bin
        QList<int> counts;   ///< kBins entries
    };
    /// Bins for `intervals` (seconds; negative ones, possible with header timestamps, count as 0): the width
    /// covers the 95th percentile, so rare long gaps do not squash the rest.
    static Bins bin(QList<int64_t> intervals);

signals:
    /// The histogram was redrawn.
    void updated();

private:
    void onHeaders(quint64 id, const QList<service::HeaderInfo>& headers);

    service::NodeService* m_node;
    QComboBox* m_count;
    QLabel* m_summary;
    QChartView* m_view;
    QBarSet* m_set;
    QBarCategoryAxis* m_x;
    QValueAxis* m_y;
    quint64 m_pending = 0;
    int m_tipHeight = -1;
    int m_intervals = 0;
    QList<int> m_counts;
};

}  // namespace cairn::ui
