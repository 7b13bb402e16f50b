// SPDX-License-Identifier: MIT
// Message dispatch by command, and the reading helpers shared by the codec files.
#include "net/messages.h"

#include "net/message_io.h"

#include <type_traits>

namespace cairn::net {

using util::fail;

namespace detail {

util::Result<uint64_t> readCount(Reader& r, uint64_t max, size_t minItemSize, const char* what) {
    auto n = r.compactSize(max);
    if (!n.ok()) return fail(std::string(what) + " count: " + n.message());
    // Refuse counts the remaining bytes cannot hold before allocating anything for them.
    if (*n > r.remaining() / minItemSize)
        return fail(std::string(what) + " count " + std::to_string(*n) + " does not fit in the remaining " +
                    std::to_string(r.remaining()) + " bytes");
    return *n;
}

util::Result<std::vector<crypto::Hash256>> readHashes(Reader& r, uint64_t max, const char* what) {
    CAIRN_TRY_ASSIGN(count, readCount(r, max, 32, what));
    std::vector<crypto::Hash256> out;
    out.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(h, r.hash32());
        out.push_back(h);
    }
    return out;
}

void writeHashes(Writer& w, const std::vector<crypto::Hash256>& hashes) {
    w.compactSize(hashes.size());
    for (const auto& h : hashes) w.raw(h);
}

}  // namespace detail

namespace {

template <typename T>
util::Result<std::optional<Message>> decodeAs(ByteView payload) {
    Reader r(payload);
    auto m = T::read(r);
    if (!m.ok()) return fail(std::string("malformed '") + T::kCommand + "' message: " + m.message());
    if (auto end = r.expectEnd(T::kCommand); !end.ok())
        return fail(std::string("malformed '") + T::kCommand + "' message: " + end.message());
    return std::optional<Message>(Message(std::move(m).value()));
}

template <size_t I = 0>
util::Result<std::optional<Message>> decodeByIndex(const std::string& command, ByteView payload) {
    if constexpr (I == std::variant_size_v<Message>) {
        (void)command;
        (void)payload;
        return std::optional<Message>();  // unknown commands are ignored
    } else {
        using T = std::variant_alternative_t<I, Message>;
        if (command == T::kCommand) return decodeAs<T>(payload);
        return decodeByIndex<I + 1>(command, payload);
    }
}

}  // namespace

std::string commandOf(const Message& message) {
    return std::visit([](const auto& m) { return std::string(std::decay_t<decltype(m)>::kCommand); }, message);
}

Bytes encodePayload(const Message& message) {
    Writer w;
    std::visit([&w](const auto& m) { m.write(w); }, message);
    return w.take();
}

Bytes encodeMessage(const Magic& magic, const Message& message) {
    return frameMessage(magic, commandOf(message), encodePayload(message));
}

util::Result<std::optional<Message>> decodeMessage(const std::string& command, ByteView payload) {
    if (payload.size() > kMaxMessagePayload) return fail("message payload exceeds the size limit");
    return decodeByIndex(command, payload);
}

}  // namespace cairn::net
