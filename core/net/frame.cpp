// SPDX-License-Identifier: MIT
#include "net/frame.h"

#include "crypto/hash.h"
#include "net/protocol.h"
#include "primitives/serialize.h"
#include "util/hex.h"

#include <algorithm>
#include <cassert>
#include <cstring>

namespace cairn::net {

using util::fail;

namespace {

constexpr size_t kCommandSize = 12;

bool isCommandChar(uint8_t c) { return c >= 0x20 && c <= 0x7e; }

}  // namespace

std::array<uint8_t, 4> payloadChecksum(ByteView payload) {
    const auto h = crypto::sha256d(payload);
    return {h[0], h[1], h[2], h[3]};
}

util::Result<FrameHeader> parseFrameHeader(ByteView header, const Magic& magic) {
    if (header.size() != kFrameHeaderSize) return fail("a message header must be 24 bytes");
    if (!std::equal(magic.begin(), magic.end(), header.begin()))
        return fail("wrong network magic " + util::toHex(header.first(4)) + " (expected " + util::toHex(magic) + ")");
    const ByteView cmd = header.subspan(4, kCommandSize);
    size_t len = 0;
    while (len < kCommandSize && cmd[len] != 0) {
        if (!isCommandChar(cmd[len])) return fail("message command contains a non-printable byte");
        ++len;
    }
    if (len == 0) return fail("empty message command");
    for (size_t i = len; i < kCommandSize; ++i)
        if (cmd[i] != 0) return fail("message command has bytes after its NUL padding");
    FrameHeader h;
    h.command.assign(reinterpret_cast<const char*>(cmd.data()), len);
    h.length = static_cast<uint32_t>(header[16]) | (static_cast<uint32_t>(header[17]) << 8) |
               (static_cast<uint32_t>(header[18]) << 16) | (static_cast<uint32_t>(header[19]) << 24);
    if (h.length > kMaxMessagePayload)
        return fail("'" + h.command + "' payload of " + std::to_string(h.length) + " bytes exceeds the limit of " +
                    std::to_string(kMaxMessagePayload));
    std::copy(header.begin() + 20, header.begin() + 24, h.checksum.begin());
    return h;
}

Bytes frameMessage(const Magic& magic, const std::string& command, ByteView payload) {
    assert(!command.empty() && command.size() <= kCommandSize);
    assert(payload.size() <= kMaxMessagePayload);
    primitives::Writer w(kFrameHeaderSize + payload.size());
    w.raw(magic);
    uint8_t cmd[kCommandSize] = {};
    std::memcpy(cmd, command.data(), command.size());
    w.raw(ByteView(cmd, kCommandSize));
    w.u32(static_cast<uint32_t>(payload.size()));
    w.raw(payloadChecksum(payload));
    w.raw(payload);
    return w.take();
}

void FrameReader::append(ByteView bytes) {
    // Compact lazily so that a long-lived connection does not grow its buffer without bound.
    if (m_pos > 0 && m_pos >= m_buf.size() / 2) {
        m_buf.erase(m_buf.begin(), m_buf.begin() + static_cast<std::ptrdiff_t>(m_pos));
        m_pos = 0;
    }
    m_buf.insert(m_buf.end(), bytes.begin(), bytes.end());
}

util::Result<std::optional<RawMessage>> FrameReader::next() {
    if (m_failed) return fail("the message stream already failed");
    if (!m_header) {
        if (buffered() < kFrameHeaderSize) return std::optional<RawMessage>();
        auto h = parseFrameHeader(ByteView(m_buf.data() + m_pos, kFrameHeaderSize), m_magic);
        if (!h.ok()) {
            m_failed = true;
            return h.error();
        }
        m_header = std::move(h).value();
        m_pos += kFrameHeaderSize;
    }
    if (buffered() < m_header->length) return std::optional<RawMessage>();
    const ByteView payload(m_buf.data() + m_pos, m_header->length);
    if (payloadChecksum(payload) != m_header->checksum) {
        m_failed = true;
        return fail("bad checksum on '" + m_header->command + "' message");
    }
    RawMessage msg{std::move(m_header->command), Bytes(payload.begin(), payload.end())};
    m_pos += m_header->length;
    m_header.reset();
    return std::optional<RawMessage>(std::move(msg));
}

}  // namespace cairn::net
