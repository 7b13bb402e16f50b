// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace cairn::net {

/// The four message-start bytes of a network (e.g. f9 be b4 d9 on mainnet).
using Magic = std::array<uint8_t, 4>;

/// Size of the frame header: magic, 12-byte command, payload length, checksum.
constexpr size_t kFrameHeaderSize = 24;

/// A parsed frame header.
struct FrameHeader {
    std::string command;            ///< Without the NUL padding.
    uint32_t length = 0;            ///< Payload bytes that follow.
    std::array<uint8_t, 4> checksum{};
};

/// One complete, checked message.
struct RawMessage {
    std::string command;
    Bytes payload;
};

/// Parses the 24-byte header: fails when the magic differs from `magic`, the command is not printable
/// ASCII followed only by NUL padding (at least one character), or the length exceeds kMaxMessagePayload.
[[nodiscard]] util::Result<FrameHeader> parseFrameHeader(ByteView header24, const Magic& magic);
/// The first four bytes of sha256d(payload).
std::array<uint8_t, 4> payloadChecksum(ByteView payload);
/// Frames one message: header followed by the payload. `command` must be 1-12 printable ASCII chars (asserts).
Bytes frameMessage(const Magic& magic, const std::string& command, ByteView payload);

/// Splits a TCP byte stream into checked messages. Feed it bytes as they arrive and pull messages out.
/// After an error the stream is unusable (the peer must be disconnected).
class FrameReader {
public:
    explicit FrameReader(const Magic& magic) : m_magic(magic) {}

    /// Appends received bytes.
    void append(ByteView bytes);
    /// The next complete message; nullopt when more bytes are needed; an Error on a bad header or checksum.
    [[nodiscard]] util::Result<std::optional<RawMessage>> next();
    /// Bytes buffered but not yet returned.
    size_t buffered() const { return m_buf.size() - m_pos; }

private:
    Magic m_magic;
    Bytes m_buf;
    size_t m_pos = 0;
    std::optional<FrameHeader> m_header;
    bool m_failed = false;
};

}  // namespace cairn::net
