// SPDX-License-Identifier: MIT
#pragma once
// A deliberately tiny hand-rolled P2P client for the harness test only: it proves that bcoin's P2P port speaks
// the regtest protocol and records facts for the engineers of core/net. Cairn's real message codec lives in
// core/net; nothing outside tests/regtest should include this file. Header-only because tests/regtest/ compiles
// only test_*.cpp files.

#include "crypto/hash.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace cairn::test {

/// Regtest message start bytes on the wire (Bitcoin Core's pchMessageStart for regtest).
inline const QByteArray kRegtestMagic = QByteArray::fromHex("fabfb5da");
/// Largest payload this client accepts (a full headers message is 162,003 bytes).
constexpr qsizetype kMaxRawPayload = 4 * 1000 * 1000;

/// One framed message.
struct RawMessage {
    QByteArray command;
    QByteArray payload;
};

/// Double SHA-256 of the bytes, in internal byte order.
inline QByteArray rawHash256(const QByteArray& data) {
    const auto h = crypto::sha256d(ByteView(reinterpret_cast<const uint8_t*>(data.constData()), data.size()));
    return QByteArray(reinterpret_cast<const char*>(h.data()), static_cast<qsizetype>(h.size()));
}

/// Bytes in reverse order (internal <-> display order of hashes).
inline QByteArray reversedBytes(QByteArray data) {
    std::reverse(data.begin(), data.end());
    return data;
}

/// Display-hex block hash of an 80-byte header.
inline QString rawBlockHash(const QByteArray& header80) {
    return QString::fromLatin1(reversedBytes(rawHash256(header80)).toHex());
}

/// Little-endian serialisation helpers.
class RawWriter {
public:
    template <typename T>
    RawWriter& le(T value) {
        char buf[sizeof(T)];
        qToLittleEndian(value, buf);
        m_data.append(buf, sizeof(T));
        return *this;
    }
    RawWriter& bytes(const QByteArray& b) {
        m_data.append(b);
        return *this;
    }
    /// CompactSize; only the 1- and 3-byte forms are needed here.
    RawWriter& varint(quint16 n) {
        if (n < 0xfd) return le<quint8>(static_cast<quint8>(n));
        return le<quint8>(0xfd).le<quint16>(n);
    }
    RawWriter& varbytes(const QByteArray& b) { return varint(static_cast<quint16>(b.size())).bytes(b); }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

/// Bounds-checked little-endian reader; every read after a failure fails too.
class RawReader {
public:
    explicit RawReader(QByteArray data) : m_data(std::move(data)) {}
    template <typename T>
    T le() {
        if (!need(sizeof(T))) return T{};
        const T v = qFromLittleEndian<T>(m_data.constData() + m_pos);
        m_pos += sizeof(T);
        return v;
    }
    QByteArray bytes(qsizetype n) {
        if (n < 0 || !need(n)) return {};
        const QByteArray b = m_data.mid(m_pos, n);
        m_pos += n;
        return b;
    }
    quint64 varint() {
        const quint8 first = le<quint8>();
        if (first < 0xfd) return first;
        if (first == 0xfd) return le<quint16>();
        if (first == 0xfe) return le<quint32>();
        return le<quint64>();
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_ok && m_pos == m_data.size(); }

private:
    bool need(qsizetype n) {
        if (m_ok && m_data.size() - m_pos >= n) return true;
        m_ok = false;
        return false;
    }
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

/// A 'version' payload (protocol 70015, no services, relay off) for a peer at `startHeight`.
inline QByteArray rawVersionPayload(qint32 startHeight) {
    const auto netAddr = [](quint16 port) {
        // services, IPv4-mapped 127.0.0.1, port in network byte order
        RawWriter w;
        w.le<quint64>(0).bytes(QByteArray::fromHex("00000000000000000000ffff7f000001"));
        char p[2];
        qToBigEndian(port, p);
        return w.bytes(QByteArray(p, 2)).data();
    };
    return RawWriter()
        .le<qint32>(70015)
        .le<quint64>(0)
        .le<qint64>(QDateTime::currentSecsSinceEpoch())
        .bytes(netAddr(18444))
        .bytes(netAddr(0))
        .le<quint64>(0x63616972'6e746573ULL)  // nonce: any value other than the node's own
        .varbytes(QByteArrayLiteral("/cairn-regtest-harness:0.1/"))
        .le<qint32>(startHeight)
        .le<quint8>(0)
        .data();
}

/// A 'getheaders' payload: locator hashes in display hex, newest first; stop hash all zero.
inline QByteArray rawGetHeadersPayload(const QStringList& locatorDisplayHex) {
    RawWriter w;
    w.le<quint32>(70015).varint(static_cast<quint16>(locatorDisplayHex.size()));
    for (const QString& h : locatorDisplayHex) w.bytes(reversedBytes(QByteArray::fromHex(h.toLatin1())));
    return w.bytes(QByteArray(32, '\0')).data();
}

/// One blocking TCP connection that frames and unframes messages.
class RawPeer {
public:
    /// Connects to 127.0.0.1:port; false with error() on failure.
    bool connectTo(quint16 port, int timeoutMs = 5000) {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (m_socket.waitForConnected(timeoutMs)) return true;
        m_error = QStringLiteral("connect to port %1: %2").arg(port).arg(m_socket.errorString());
        return false;
    }
    /// Frames and sends one message; false with error() when the socket refuses it.
    bool send(const QByteArray& command, const QByteArray& payload) {
        QByteArray cmd = command;
        cmd.resize(12, '\0');
        const QByteArray frame = RawWriter()
                                     .bytes(kRegtestMagic)
                                     .bytes(cmd)
                                     .le<quint32>(static_cast<quint32>(payload.size()))
                                     .bytes(rawHash256(payload).left(4))
                                     .bytes(payload)
                                     .data();
        if (m_socket.write(frame) == frame.size() && m_socket.waitForBytesWritten(5000)) return true;
        m_error = QStringLiteral("send %1: %2").arg(QString::fromLatin1(command), m_socket.errorString());
        return false;
    }
    /// The next message within `timeoutMs`; nullopt on timeout (error() empty), on a closed socket or a bad
    /// frame (error() says which).
    std::optional<RawMessage> receive(int timeoutMs) {
        m_error.clear();
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (m_buffer.size() >= 24) {
                RawReader head(m_buffer.left(24));
                const QByteArray magic = head.bytes(4);
                const QByteArray command = head.bytes(12);
                const quint32 length = head.le<quint32>();
                const QByteArray checksum = head.bytes(4);
                if (magic != kRegtestMagic)
                    return fault(QStringLiteral("bad magic ") + QString::fromLatin1(magic.toHex()));
                if (length > kMaxRawPayload) return fault(QStringLiteral("payload of %1 bytes").arg(length));
                if (m_buffer.size() >= 24 + qsizetype(length)) {
                    RawMessage m{command.left(command.indexOf('\0')), m_buffer.mid(24, length)};
                    m_buffer.remove(0, 24 + length);
                    if (rawHash256(m.payload).left(4) != checksum) return fault(QStringLiteral("bad checksum"));
                    return m;
                }
            }
            if (deadline.hasExpired()) return std::nullopt;
            if (!m_socket.waitForReadyRead(qMax<qint64>(1, deadline.remainingTime()))) {
                if (m_socket.state() != QAbstractSocket::ConnectedState) return fault(QStringLiteral("peer closed"));
                continue;
            }
            m_buffer.append(m_socket.readAll());
        }
    }
    /// Skips other messages until one named `command` arrives; nullopt on timeout or error.
    /// The commands skipped are appended to `skipped` when given.
    std::optional<RawMessage> receiveCommand(const QByteArray& command, int timeoutMs,
                                             QList<QByteArray>* skipped = nullptr) {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto m = receive(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
            if (!m) return std::nullopt;
            if (m->command == command) return m;
            if (m->command == "ping") send("pong", m->payload);  // keep the node from dropping us
            if (skipped) skipped->append(m->command);
        }
        return std::nullopt;
    }
    /// What the last failed call did wrong.
    QString error() const { return m_error; }

private:
    std::nullopt_t fault(const QString& why) {
        m_error = why;
        return std::nullopt;
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QString m_error;
};

}  // namespace cairn::test
