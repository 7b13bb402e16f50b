// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"

#include <QObject>

#include <memory>

namespace cairn::storage {
class Database;
}

namespace cairn::service {

/// Lives on NodeService's worker thread and owns that thread's SQLite connection.
class NodeWorker : public QObject {
    Q_OBJECT
public:
    explicit NodeWorker(NodeStatus initial);
    ~NodeWorker() override;

public slots:
    void open();

signals:
    void statusChanged(const cairn::service::NodeStatus& status);

private:
    NodeStatus m_status;
    std::unique_ptr<storage::Database> m_db;
};

}  // namespace cairn::service
