// SPDX-License-Identifier: MIT
#include "ui/pages/network_page.h"

#include "ui/models/peer_table_model.h"
#include "ui/widgets/display_format.h"
#include "ui/widgets/sync_status_widget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cairn::ui {

NetworkPage::NetworkPage(service::NodeService* node, QWidget* parent)
    : QWidget(parent), m_node(node), m_model(new PeerTableModel(node, this)), m_state(new QLabel),
      m_bar(new QProgressBar), m_heights(new QLabel), m_rate(new QLabel), m_eta(new QLabel), m_peerCount(new QLabel),
      m_toggle(new QPushButton), m_table(new QTableView) {
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Network"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* syncBox = new QGroupBox(tr("Header synchronisation"));
    auto* syncLayout = new QVBoxLayout(syncBox);
    auto* top = new QHBoxLayout;
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_state->setWordWrap(true);
    m_toggle->setObjectName(QStringLiteral("networkToggleButton"));
    top->addWidget(m_state, 1);
    top->addWidget(m_toggle);
    syncLayout->addLayout(top);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setAccessibleName(tr("Header sync progress"));
    m_bar->setRange(0, 1000);
    m_bar->setFormat(QStringLiteral("%p%"));
    syncLayout->addWidget(m_bar);
    auto* form = new QFormLayout;
    m_heights->setObjectName(QStringLiteral("syncHeights"));
    m_rate->setObjectName(QStringLiteral("syncRate"));
    m_eta->setObjectName(QStringLiteral("syncEta"));
    m_peerCount->setObjectName(QStringLiteral("syncPeers"));
    form->addRow(tr("Headers"), m_heights);
    form->addRow(tr("Speed"), m_rate);
    form->addRow(tr("Time left"), m_eta);
    form->addRow(tr("Peers"), m_peerCount);
    syncLayout->addLayout(form);
    layout->addWidget(syncBox);

    m_table->setObjectName(QStringLiteral("peerTable"));
    m_table->setAccessibleName(tr("Connected peers"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    // Every column as wide as its content (a handful of peers, so this is cheap); the services list, the longest,
    // keeps a fixed width and elides, so the user agent is never squeezed to nothing.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PeerTableModel::ServicesColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(PeerTableModel::ServicesColumn, 240);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(new QLabel(tr("<b>Peers</b>")));
    layout->addWidget(m_table, 1);

    connect(m_toggle, &QPushButton::clicked, this, &NetworkPage::toggleNetwork);
    connect(m_node, &service::NodeService::syncProgressChanged, this, &NetworkPage::onProgress);
    connect(m_node, &service::NodeService::statusChanged, this,
            [this](const service::NodeStatus&) { onProgress(m_node->syncProgress()); });
    onProgress(m_node->syncProgress());
}

void NetworkPage::toggleNetwork() {
    if (m_running) {
        m_node->stopNetwork();
        service::SyncProgress idle = m_node->syncProgress();
        idle.state = service::SyncProgress::State::Idle;
        onProgress(idle);
    } else {
        m_node->startNetwork();
        m_toggle->setEnabled(false);  // until the first progress report
    }
}

void NetworkPage::onProgress(const service::SyncProgress& p) {
    using State = service::SyncProgress::State;
    m_running = p.state != State::Idle && p.state != State::Error;
    const bool ready = m_node->status().state == service::NodeStatus::State::Ready;
    m_toggle->setEnabled(ready);
    m_toggle->setText(m_running ? tr("Disconnect") : tr("Connect"));
    m_toggle->setAccessibleName(m_running ? tr("Disconnect from the network") : tr("Connect to the network"));
    m_state->setText(SyncStatusWidget::describe(p));
    m_bar->setValue(static_cast<int>(p.fraction * 1000));
    m_heights->setText(p.headerHeight < 0 ? tr("none yet")
                       : p.bestPeerHeight < 0
                           ? formatCount(p.headerHeight)
                           : tr("%1 of %2 (best peer)").arg(formatCount(p.headerHeight), formatCount(p.bestPeerHeight)));
    m_rate->setText(tr("%1 headers/s").arg(formatCount(static_cast<int64_t>(p.headersPerSecond + 0.5))));
    m_eta->setText(p.state == State::Synced ? tr("synced") : formatDuration(p.etaSeconds));
    m_peerCount->setText(tr("%n peer(s) connected", nullptr, p.peerCount));
}

}  // namespace cairn::ui
