// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace cairn::ui {

/// One running Cairn per network and data directory: the first instance listens on a local socket whose name
/// is derived from both; a second launch hands its `bitcoin:` URI (or just "show yourself") to the first and
/// exits. Messages are one UTF-8 line of at most 8 KiB.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// `key` identifies the instance (e.g. network name + data directory).
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The local socket name for `key` (a hash, so any path is fine).
    static QString serverName(const QString& key);

    /// Tries to hand `message` to a running instance; true when one took it (then this process should exit).
    /// Waits at most `timeoutMs`.
    bool sendToRunning(const QString& message, int timeoutMs = 2000);
    /// Starts listening (removing a stale socket of a crashed instance first); false with errorString() when it
    /// cannot.
    bool listen();
    QString errorString() const { return m_error; }

signals:
    /// A second launch sent `message` (a bitcoin: URI, or empty for "just show the window").
    void messageReceived(const QString& message);

private:
    void onConnection();

    QString m_name;
    QString m_error;
    QLocalServer* m_server = nullptr;
};

}  // namespace cairn::ui
