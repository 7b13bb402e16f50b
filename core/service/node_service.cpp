// SPDX-License-Identifier: MIT
#include "service/node_service.h"

#include "service/node_worker.h"

namespace cairn::service {

NodeService::NodeService(Network network, QString dataDir, QObject* parent) : QObject(parent) {
    qRegisterMetaType<cairn::service::NodeStatus>();
    m_status.network = network;
    m_status.dataDir = std::move(dataDir);
    m_thread.setObjectName(QStringLiteral("cairn-node"));
}

NodeService::~NodeService() { stop(); }

void NodeService::start() {
    if (m_worker) return;
    m_status.state = NodeStatus::State::Starting;
    emit statusChanged(m_status);
    m_worker = new NodeWorker(m_status);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NodeWorker::statusChanged, this, &NodeService::onWorkerStatus, Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &NodeWorker::open, Qt::QueuedConnection);
}

void NodeService::stop() {
    if (!m_thread.isRunning()) return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_status.state = NodeStatus::State::Stopped;
}

void NodeService::onWorkerStatus(const NodeStatus& status) {
    m_status = status;
    emit statusChanged(m_status);
}

}  // namespace cairn::service
