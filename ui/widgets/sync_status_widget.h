// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace cairn::ui {

/// Compact header-sync progress for the status bar: a small progress bar and "1,234 headers/s · ETA 3 min"
/// while syncing, "Synced" when caught up; hidden before the network is started.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    /// Follows `node` (which must outlive the widget).
    explicit SyncStatusWidget(service::NodeService* node, QWidget* parent = nullptr);

    /// Shows `progress` (called by the signal; public for tests).
    void setProgress(const service::SyncProgress& progress);
    /// The text beside the bar.
    QString text() const;

    /// One line describing a progress for people, e.g. "Syncing headers: 12,000 of 925,000 · 4,100 headers/s ·
    /// ETA 4 min" (shared with the Network page).
    static QString describe(const service::SyncProgress& progress);
    /// "ETA 4 min" / "ETA unknown" part alone.
    static QString etaText(int etaSeconds);

private:
    QProgressBar* m_bar;
    QLabel* m_label;
};

}  // namespace cairn::ui
