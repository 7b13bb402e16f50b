// SPDX-License-Identifier: MIT
#include "ui/widgets/sync_status_widget.h"

#include "ui/widgets/display_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace cairn::ui {

namespace {
constexpr int kBarSteps = 1000;
}  // namespace

SyncStatusWidget::SyncStatusWidget(service::NodeService* node, QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar), m_label(new QLabel) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setObjectName(QStringLiteral("statusSyncProgress"));
    m_bar->setAccessibleName(tr("Header sync progress"));
    m_bar->setRange(0, kBarSteps);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(110);
    m_bar->setMaximumHeight(14);
    m_label->setObjectName(QStringLiteral("statusSyncText"));
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    connect(node, &service::NodeService::syncProgressChanged, this, &SyncStatusWidget::setProgress);
    setProgress(node->syncProgress());
}

QString SyncStatusWidget::etaText(int etaSeconds) {
    return etaSeconds < 0 ? tr("ETA unknown") : tr("ETA %1").arg(formatDuration(etaSeconds));
}

QString SyncStatusWidget::describe(const service::SyncProgress& p) {
    using State = service::SyncProgress::State;
    switch (p.state) {
    case State::Idle: return tr("Not connected");
    case State::Connecting: return tr("Connecting to peers…");
    case State::Error: return tr("Network error: %1").arg(p.error);
    case State::Synced: return tr("Headers synced at height %1").arg(formatCount(p.headerHeight));
    case State::Syncing:
        return tr("Syncing headers: %1 of %2 · %3 headers/s · %4")
            .arg(formatCount(p.headerHeight), formatCount(p.bestPeerHeight),
                 formatCount(static_cast<int64_t>(p.headersPerSecond + 0.5)), etaText(p.etaSeconds));
    }
    return {};
}

void SyncStatusWidget::setProgress(const service::SyncProgress& p) {
    using State = service::SyncProgress::State;
    setVisible(p.state != State::Idle);
    m_bar->setVisible(p.state == State::Syncing || p.state == State::Connecting);
    m_bar->setValue(static_cast<int>(p.fraction * kBarSteps));
    QString text;
    switch (p.state) {
    case State::Syncing:
        text = tr("%1% · %2 headers/s · %3")
                   .arg(p.fraction * 100.0, 0, 'f', 1)
                   .arg(formatCount(static_cast<int64_t>(p.headersPerSecond + 0.5)))
                   .arg(etaText(p.etaSeconds));
        break;
    case State::Synced: text = tr("Synced"); break;
    case State::Connecting: text = tr("Connecting…"); break;
    case State::Error: text = tr("Network error"); break;
    case State::Idle: break;
    }
    m_label->setText(text);
    setToolTip(describe(p));
}

QString SyncStatusWidget::text() const { return m_label->text(); }

}  // namespace cairn::ui
