// SPDX-License-Identifier: MIT
#include "net/connection.h"

#include "crypto/random.h"
#include "util/log.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpSocket>

namespace cairn::net {

namespace {

constexpr uint8_t kSocksVersion = 5;
constexpr uint8_t kSocksNoAuth = 0;
constexpr uint8_t kSocksConnect = 1;
constexpr uint8_t kSocksAtypIpv4 = 1;
constexpr uint8_t kSocksAtypDomain = 3;
constexpr uint8_t kSocksAtypIpv6 = 4;

QString socksReplyText(uint8_t code) {
    switch (code) {
    case 1: return QStringLiteral("general SOCKS server failure");
    case 2: return QStringLiteral("connection not allowed by ruleset");
    case 3: return QStringLiteral("network unreachable");
    case 4: return QStringLiteral("host unreachable");
    case 5: return QStringLiteral("connection refused");
    case 6: return QStringLiteral("TTL expired");
    case 7: return QStringLiteral("command not supported");
    case 8: return QStringLiteral("address type not supported");
    default: return QStringLiteral("unknown SOCKS error %1").arg(code);
    }
}

}  // namespace

Connection::Connection(int id, QString host, quint16 port, Options options, QObject* parent)
    : QObject(parent), m_id(id), m_host(std::move(host)), m_port(port), m_options(std::move(options)),
      m_reader(m_options.magic), m_localNonce(crypto::randomUint64()) {
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        close(QStringLiteral("handshake timed out after %1 ms").arg(m_options.handshakeTimeoutMs));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &Connection::sendPing);
}

Connection::~Connection() {
    if (m_socket) m_socket->disconnect(this);
}

QString Connection::address() const {
    if (m_host.contains(QLatin1Char(':'))) return QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void Connection::open() {
    if (m_state != State::Idle) return;
    m_state = State::Connecting;
    m_socket = std::make_unique<QTcpSocket>();
    connect(m_socket.get(), &QTcpSocket::connected, this, &Connection::onConnected);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &Connection::onSocketError);
    // One timer covers TCP connect, the proxy negotiation and the version handshake.
    m_handshakeTimer.start(m_options.handshakeTimeoutMs);
    if (!m_options.proxyHost.isEmpty()) m_socket->connectToHost(m_options.proxyHost, m_options.proxyPort);
    else m_socket->connectToHost(m_host, m_port);
}

void Connection::onConnected() {
    if (m_state != State::Connecting) return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_options.proxyHost.isEmpty()) {
        m_state = State::Handshake;
        sendVersion();
        return;
    }
    m_state = State::ProxyGreeting;
    writeRaw(Bytes{kSocksVersion, 1, kSocksNoAuth});
}

void Connection::handleProxyBytes() {
    if (m_state == State::ProxyGreeting) {
        if (m_proxyBuf.size() < 2) return;
        if (m_proxyBuf[0] != kSocksVersion || m_proxyBuf[1] != kSocksNoAuth)
            return close(QStringLiteral("the SOCKS5 proxy refused the no-authentication method"));
        m_proxyBuf.erase(m_proxyBuf.begin(), m_proxyBuf.begin() + 2);
        // CONNECT request: IP literals as such, names (DNS, .onion) resolved by the proxy.
        Bytes req{kSocksVersion, kSocksConnect, 0};
        QHostAddress ip;
        if (ip.setAddress(m_host) && ip.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = ip.toIPv4Address();
            req.insert(req.end(), {kSocksAtypIpv4, uint8_t(v4 >> 24), uint8_t(v4 >> 16), uint8_t(v4 >> 8), uint8_t(v4)});
        } else if (ip.setAddress(m_host) && ip.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR v6 = ip.toIPv6Address();
            req.push_back(kSocksAtypIpv6);
            req.insert(req.end(), v6.c, v6.c + 16);
        } else {
            const QByteArray name = m_host.toUtf8();
            if (name.isEmpty() || name.size() > 255) return close(QStringLiteral("host name too long for SOCKS5"));
            req.push_back(kSocksAtypDomain);
            req.push_back(static_cast<uint8_t>(name.size()));
            req.insert(req.end(), name.begin(), name.end());
        }
        req.push_back(static_cast<uint8_t>(m_port >> 8));
        req.push_back(static_cast<uint8_t>(m_port & 0xff));
        m_state = State::ProxyConnect;
        writeRaw(req);
    }
    if (m_state == State::ProxyConnect) {
        if (m_proxyBuf.size() < 5) return;
        if (m_proxyBuf[0] != kSocksVersion) return close(QStringLiteral("malformed SOCKS5 reply"));
        if (m_proxyBuf[1] != 0) return close(QStringLiteral("SOCKS5 proxy: %1").arg(socksReplyText(m_proxyBuf[1])));
        size_t addrLen = 0;
        switch (m_proxyBuf[3]) {
        case kSocksAtypIpv4: addrLen = 4; break;
        case kSocksAtypIpv6: addrLen = 16; break;
        case kSocksAtypDomain: addrLen = 1 + m_proxyBuf[4]; break;
        default: return close(QStringLiteral("malformed SOCKS5 reply address type"));
        }
        const size_t total = 4 + addrLen + 2;
        if (m_proxyBuf.size() < total) return;
        const Bytes rest(m_proxyBuf.begin() + static_cast<std::ptrdiff_t>(total), m_proxyBuf.end());
        m_proxyBuf.clear();
        m_state = State::Handshake;
        sendVersion();
        if (!rest.empty()) {
            m_reader.append(rest);
        }
    }
}

void Connection::sendVersion() {
    Version v;
    v.version = kProtocolVersion;
    v.services = m_options.localServices;
    v.timestamp = QDateTime::currentSecsSinceEpoch();
    auto peer = NetAddress::parseIp(m_host.toStdString(), m_port);
    if (peer.ok()) v.receiver = *peer;
    else v.receiver = NetAddress::ipv4(0, 0, 0, 0, 0);
    v.sender = NetAddress::ipv4(0, 0, 0, 0, 0);
    v.nonce = m_localNonce;
    v.userAgent = m_options.userAgent;
    v.startHeight = m_options.startHeight;
    v.relay = m_options.relay;
    send(v);
}

void Connection::onReadyRead() {
    if (!m_socket || m_state == State::Closed) return;
    const QByteArray data = m_socket->readAll();
    m_bytesIn += static_cast<uint64_t>(data.size());
    const ByteView bytes(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
    if (m_state == State::ProxyGreeting || m_state == State::ProxyConnect) {
        m_proxyBuf.insert(m_proxyBuf.end(), bytes.begin(), bytes.end());
        handleProxyBytes();
    } else {
        m_reader.append(bytes);
    }
    while (m_state == State::Handshake || m_state == State::Ready) {
        auto next = m_reader.next();
        if (!next.ok()) return close(QString::fromStdString(next.message()), true);
        if (!next->has_value()) return;
        const RawMessage& raw = **next;
        auto decoded = decodeMessage(raw.command, raw.payload);
        if (!decoded.ok()) return close(QString::fromStdString(decoded.message()), true);
        if (!decoded->has_value()) {
            qCDebug(lcCairnNet, "peer %d: ignoring unknown message '%s'", m_id, raw.command.c_str());
            continue;
        }
        handleMessage(**decoded);
    }
}

void Connection::handleVersion(const Version& v) {
    if (m_gotVersion) return close(QStringLiteral("duplicate version message"), true);
    if (v.nonce == m_localNonce) return close(QStringLiteral("connected to ourselves"));
    if (v.version < kMinPeerProtocolVersion)
        return close(QStringLiteral("peer protocol version %1 is too old").arg(v.version));
    if (v.startHeight < 0) return close(QStringLiteral("peer announced a negative start height"), true);
    m_peerVersion = v;
    m_gotVersion = true;
    m_bestKnownHeight = v.startHeight;
    // BIP339 and BIP155 negotiation messages go between version and verack.
    send(WtxidRelay{});
    send(SendAddrV2{});
    send(Verack{});
}

void Connection::handleMessage(const Message& message) {
    if (const auto* v = std::get_if<Version>(&message)) return handleVersion(*v);
    if (std::holds_alternative<Verack>(message)) {
        if (!m_gotVersion) return close(QStringLiteral("verack before version"), true);
        if (m_gotVerack) return;
        m_gotVerack = true;
        m_state = State::Ready;
        m_handshakeTimer.stop();
        m_connectedSince = QDateTime::currentSecsSinceEpoch();
        send(SendHeaders{});
        m_pingTimer.start(m_options.pingIntervalMs);
        sendPing();
        if (onReady) onReady(*this);
        return;
    }
    if (!m_gotVersion) return;  // nothing else is meaningful before the peer introduced itself
    if (std::holds_alternative<SendAddrV2>(message)) {
        m_wantsAddrV2 = true;
        return;
    }
    if (const auto* ping = std::get_if<Ping>(&message)) return send(Pong{ping->nonce});
    if (const auto* pong = std::get_if<Pong>(&message)) {
        if (m_pingOutstanding && pong->nonce == m_pingNonce) {
            m_pingOutstanding = false;
            m_pingMs = static_cast<int>(m_pingClock.elapsed());
        }
        return;
    }
    if (const auto* reject = std::get_if<Reject>(&message)) {
        qCInfo(lcCairnNet, "peer %d rejected our '%s': %s", m_id, reject->message.c_str(), reject->reason.c_str());
        // Listeners learn of it too (the transaction broadcaster reports a refused transaction).
        if (m_state == State::Ready && onMessage) onMessage(*this, message);
        return;
    }
    if (m_state != State::Ready) return;
    if (onMessage) onMessage(*this, message);
}

void Connection::sendPing() {
    if (m_state != State::Ready) return;
    if (m_pingOutstanding && m_pingClock.elapsed() > m_options.pingTimeoutMs)
        return close(QStringLiteral("ping not answered within %1 s").arg(m_options.pingTimeoutMs / 1000));
    if (m_pingOutstanding) return;
    m_pingNonce = crypto::randomUint64();
    m_pingOutstanding = true;
    m_pingClock.start();
    send(Ping{m_pingNonce});
}

void Connection::send(const Message& message) {
    if (m_state == State::Closed || m_state == State::Idle || !m_socket) return;
    writeRaw(encodeMessage(m_options.magic, message));
}

void Connection::writeRaw(const Bytes& bytes) {
    m_bytesOut += bytes.size();
    m_socket->write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
}

void Connection::onSocketError() {
    if (m_state == State::Closed || !m_socket) return;
    close(m_socket->errorString());
}

void Connection::close(const QString& reason, bool misbehaved) {
    if (m_state == State::Closed) return;
    const bool wasReady = m_state == State::Ready;
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_closeInfo = CloseInfo{reason, misbehaved, wasReady};
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCInfo(lcCairnNet, "peer %d (%s) closed: %s", m_id, qPrintable(address()), qPrintable(reason));
    // Report on the next event-loop turn, so that the owner may delete us from its callback safely.
    QMetaObject::invokeMethod(this, &Connection::finishClose, Qt::QueuedConnection);
}

void Connection::finishClose() {
    if (onClosed) onClosed(*this, m_closeInfo);
}

}  // namespace cairn::net
