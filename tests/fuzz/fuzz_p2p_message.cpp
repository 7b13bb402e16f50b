// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as a P2P byte stream (regtest magic), split into frames and decoded as typed
// messages. Nothing may crash; a frame error ends the stream; every decoded message must re-encode to a
// payload that decodes again and re-encodes to the same bytes (the encoder is a fixed point).
#include "net/frame.h"
#include "net/messages.h"

#include <cstdint>
#include <cstdlib>

using namespace cairn;
using namespace cairn::net;

namespace {
void check(bool condition) {
    if (!condition) std::abort();
}
const Magic kRegtest{0xfa, 0xbf, 0xb5, 0xda};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FrameReader reader(kRegtest);
    // Feed in uneven chunks so that partial headers and payloads are exercised.
    size_t pos = 0;
    size_t chunk = 1;
    while (pos < size) {
        const size_t n = std::min(chunk, size - pos);
        reader.append(ByteView(data + pos, n));
        pos += n;
        chunk = chunk * 3 + 1;
        while (true) {
            auto next = reader.next();
            if (!next.ok()) return 0;
            if (!next->has_value()) break;
            auto msg = decodeMessage((*next)->command, (*next)->payload);
            if (!msg.ok() || !msg->has_value()) continue;
            check(commandOf(**msg) == (*next)->command);
            const Bytes once = encodePayload(**msg);
            auto again = decodeMessage((*next)->command, once);
            check(again.ok() && again->has_value());
            check(encodePayload(**again) == once);
            const Bytes framed = encodeMessage(kRegtest, **msg);
            check(framed.size() == kFrameHeaderSize + once.size());
        }
    }
    return 0;
}
