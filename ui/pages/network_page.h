// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"
#include "service/node_types.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cairn::ui {

class PeerTableModel;

/// The Network section: header sync progress (bar, height of best peer, headers/s, ETA), a connect /
/// disconnect button, and the peers table (address, user agent, services, height, ping, bytes in/out).
class NetworkPage : public QWidget {
    Q_OBJECT
public:
    /// `node` must outlive the page.
    explicit NetworkPage(service::NodeService* node, QWidget* parent = nullptr);

    PeerTableModel* peerModel() const { return m_model; }

private:
    void onProgress(const service::SyncProgress& progress);
    void toggleNetwork();

    service::NodeService* m_node;
    PeerTableModel* m_model;
    QLabel* m_state;
    QProgressBar* m_bar;
    QLabel* m_heights;
    QLabel* m_rate;
    QLabel* m_eta;
    QLabel* m_peerCount;
    QPushButton* m_toggle;
    QTableView* m_table;
    bool m_running = false;
};

}  // namespace cairn::ui
