// SPDX-License-Identifier: MIT
#pragma once

#include "net/frame.h"
#include "net/messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

class QTcpSocket;

namespace cairn::net {

/// Why a connection ended.
struct CloseInfo {
    QString reason;
    bool misbehaved = false;   ///< The peer broke the protocol or sent invalid data (ban-worthy).
    bool handshakeDone = false;
};

/// One outbound peer connection over TCP (optionally through a SOCKS5 proxy), living on the network
/// thread: connects, performs the version/verack handshake with a timeout, answers pings, pings the
/// peer itself, frames and checks every message, and reports typed messages to its owner.
/// Callbacks run on the connection's thread; `closed` is delivered asynchronously (never from inside a
/// call the owner made), exactly once, after which no other callback runs.
class Connection : public QObject {
    Q_OBJECT
public:
    struct Options {
        Magic magic{};
        int32_t startHeight = 0;         ///< Our best header height, announced in version.
        uint64_t localServices = 0;      ///< Services we offer (a light client: none).
        std::string userAgent = "/Cairn:0.1.0/";
        bool relay = false;              ///< BIP37 relay flag: ask for tx invs?
        int handshakeTimeoutMs = 10'000;
        int pingIntervalMs = 120'000;
        int pingTimeoutMs = 60'000;      ///< A ping unanswered this long closes the connection.
        QString proxyHost;               ///< SOCKS5 proxy (RFC 1928, no authentication); empty: direct.
        quint16 proxyPort = 0;
    };
    enum class State { Idle, Connecting, ProxyGreeting, ProxyConnect, Handshake, Ready, Closed };

    std::function<void(Connection&)> onReady;
    std::function<void(Connection&, const Message&)> onMessage;
    std::function<void(Connection&, const CloseInfo&)> onClosed;

    /// A connection to host:port (an IP literal, or any name when a proxy resolves it). Call open() to start.
    Connection(int id, QString host, quint16 port, Options options, QObject* parent = nullptr);
    ~Connection() override;

    /// Starts connecting; all outcomes arrive through the callbacks.
    void open();
    /// Sends a message (queued by the socket). Ignored once closed.
    void send(const Message& message);
    /// Closes the connection with `reason`; `misbehaved` marks it as the peer's fault. Idempotent.
    void close(const QString& reason, bool misbehaved = false);

    int id() const { return m_id; }
    const QString& host() const { return m_host; }
    quint16 port() const { return m_port; }
    /// host:port with IPv6 in brackets.
    QString address() const;
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    /// The peer's version message (valid once the handshake progressed past it).
    const Version& peerVersion() const { return m_peerVersion; }
    /// Highest height the peer has shown (start height, or later announcements recorded by the owner).
    int bestKnownHeight() const { return m_bestKnownHeight; }
    void noteHeight(int height) { if (height > m_bestKnownHeight) m_bestKnownHeight = height; }
    uint64_t bytesIn() const { return m_bytesIn; }
    uint64_t bytesOut() const { return m_bytesOut; }
    int pingMs() const { return m_pingMs; }
    int64_t connectedSince() const { return m_connectedSince; }
    /// True when the peer asked for addrv2 / wtxid relay / headers announcements.
    bool wantsAddrV2() const { return m_wantsAddrV2; }

private:
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void handleProxyBytes();
    void handleMessage(const Message& message);
    void handleVersion(const Version& v);
    void sendVersion();
    void sendPing();
    void writeRaw(const Bytes& bytes);
    void finishClose();

    int m_id;
    QString m_host;
    quint16 m_port;
    Options m_options;
    State m_state = State::Idle;
    std::unique_ptr<QTcpSocket> m_socket;
    FrameReader m_reader;
    Bytes m_proxyBuf;
    QTimer m_handshakeTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_pingClock;
    uint64_t m_pingNonce = 0;
    bool m_pingOutstanding = false;
    uint64_t m_localNonce = 0;
    Version m_peerVersion;
    bool m_gotVersion = false;
    bool m_gotVerack = false;
    bool m_wantsAddrV2 = false;
    int m_bestKnownHeight = -1;
    uint64_t m_bytesIn = 0;
    uint64_t m_bytesOut = 0;
    int m_pingMs = -1;
    int64_t m_connectedSince = 0;
    CloseInfo m_closeInfo;
};

}  // namespace cairn::net
