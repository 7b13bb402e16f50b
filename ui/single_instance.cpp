// SPDX-License-Identifier: MIT
#include "ui/single_instance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace cairn::ui {

namespace {
constexpr qint64 kMaxMessage = 8 * 1024;
}  // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent) : QObject(parent), m_name(serverName(key)) {}

SingleInstance::~SingleInstance() {
    if (m_server) m_server->close();
}

QString SingleInstance::serverName(const QString& key) {
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("cairn-") + QString::fromLatin1(digest);
}

bool SingleInstance::sendToRunning(const QString& message, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) return false;
    QByteArray line = message.toUtf8().left(kMaxMessage - 1);
    line.replace('\n', ' ');
    line.append('\n');
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs)) return false;
    // The running instance closes the connection after reading the line; that is the acknowledgement.
    if (socket.state() == QLocalSocket::ConnectedState) socket.waitForDisconnected(timeoutMs);
    return true;
}

bool SingleInstance::listen() {
    if (m_server) return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a crashed instance: nobody answers on it, so it can go.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            m_error = m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage) socket->abort();  // no line within the limit
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessage).trimmed();
            socket->disconnectFromServer();
            emit messageReceived(QString::fromUtf8(line));
        });
    }
}

}  // namespace cairn::ui
