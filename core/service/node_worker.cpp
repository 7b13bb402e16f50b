// SPDX-License-Identifier: MIT
#include "service/node_worker.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "util/log.h"

#include <QDir>

namespace cairn::service {

NodeWorker::NodeWorker(NodeStatus initial) : m_status(std::move(initial)) {}

NodeWorker::~NodeWorker() = default;

void NodeWorker::open() {
    const QString path = QDir(m_status.dataDir).absoluteFilePath(QStringLiteral("cairn.sqlite"));
    auto db = storage::Database::open(path.toStdString(), storage::nodeMigrations());
    if (!db.ok()) {
        m_status.state = NodeStatus::State::Error;
        m_status.error = QString::fromStdString(db.message());
        qCWarning(lcCairnService, "%s", db.message().c_str());
    } else {
        m_db = std::move(db).value();
        m_status.state = NodeStatus::State::Ready;
        m_status.schemaVersion = m_db->schemaVersion();
    }
    emit statusChanged(m_status);
}

}  // namespace cairn::service
