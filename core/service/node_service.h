// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace cairn::service {

/// Where the node is, as plain values for the GUI and the CLI.
struct NodeStatus {
    enum class State { Stopped, Starting, Ready, Error };
    State state = State::Stopped;
    Network network = Network::Main;
    QString dataDir;
    int schemaVersion = 0;
    int peerCount = 0;
    int headerHeight = -1;  ///< Height of the best validated header, -1 when none is stored yet.
    QString error;          ///< Set when state == Error.
};

class NodeWorker;

/// Facade over chain storage and the P2P network of one Bitcoin network. Owns a worker thread;
/// every public call returns at once and results arrive through signals on the caller's thread.
class NodeService : public QObject {
    Q_OBJECT
public:
    /// `dataDir` is the per-network directory (see resolveDataDir).
    NodeService(Network network, QString dataDir, QObject* parent = nullptr);
    ~NodeService() override;

    Network network() const { return m_status.network; }
    const NodeStatus& status() const { return m_status; }

    /// Opens the node database on the worker thread; statusChanged reports the outcome.
    void start();
    /// Stops the worker thread, waiting for it to finish its current step.
    void stop();

signals:
    void statusChanged(const cairn::service::NodeStatus& status);

private:
    void onWorkerStatus(const cairn::service::NodeStatus& status);

    NodeStatus m_status;
    QThread m_thread;
    NodeWorker* m_worker = nullptr;
};

}  // namespace cairn::service

Q_DECLARE_METATYPE(cairn::service::NodeStatus)
