// SPDX-License-Identifier: MIT
// Handshake, address and housekeeping messages: version, addr, addrv2, feefilter, reject.
#include "net/messages.h"

#include "primitives/amount.h"

namespace cairn::net {

using util::fail;

namespace {

constexpr size_t kMaxRejectMessageLength = 12;
constexpr size_t kMaxRejectReasonLength = 111;
constexpr int64_t kMaxMoneySats = 21'000'000LL * 100'000'000LL;

util::Result<std::string> readString(Reader& r, size_t maxLength, const char* what) {
    auto bytes = r.varBytes(maxLength);
    if (!bytes.ok()) return fail(std::string(what) + ": " + bytes.message());
    return std::string(bytes->begin(), bytes->end());
}

ByteView asBytes(const std::string& s) { return ByteView(reinterpret_cast<const uint8_t*>(s.data()), s.size()); }

util::Result<uint64_t> readAddrCount(Reader& r) {
    auto n = r.compactSize(kMaxAddrEntries);
    if (!n.ok()) return fail("address list: " + n.message());
    return *n;
}

}  // namespace

void Version::write(Writer& w) const {
    w.i32(version).u64(services).i64(timestamp);
    writeAddrV1(w, receiver, false);
    writeAddrV1(w, sender, false);
    w.u64(nonce).varBytes(asBytes(userAgent)).i32(startHeight).u8(relay ? 1 : 0);
}

util::Result<Version> Version::read(Reader& r) {
    Version v;
    CAIRN_TRY_ASSIGN(version, r.i32());
    CAIRN_TRY_ASSIGN(services, r.u64());
    CAIRN_TRY_ASSIGN(timestamp, r.i64());
    CAIRN_TRY_ASSIGN(receiver, readAddrV1(r, false));
    CAIRN_TRY_ASSIGN(sender, readAddrV1(r, false));
    CAIRN_TRY_ASSIGN(nonce, r.u64());
    CAIRN_TRY_ASSIGN(userAgent, readString(r, kMaxUserAgentLength, "version user agent"));
    CAIRN_TRY_ASSIGN(startHeight, r.i32());
    v.version = version;
    v.services = services;
    v.timestamp = timestamp;
    v.receiver = std::move(receiver);
    v.sender = std::move(sender);
    v.nonce = nonce;
    v.userAgent = std::move(userAgent);
    v.startHeight = startHeight;
    // The relay flag is optional (absent before protocol 70001).
    if (!r.atEnd()) {
        CAIRN_TRY_ASSIGN(relay, r.u8());
        if (relay > 1) return fail("version relay flag must be 0 or 1");
        v.relay = relay == 1;
    }
    return v;
}

void Addr::write(Writer& w) const {
    w.compactSize(addresses.size());
    for (const auto& a : addresses) writeAddrV1(w, a, true);
}

util::Result<Addr> Addr::read(Reader& r) {
    CAIRN_TRY_ASSIGN(count, readAddrCount(r));
    Addr m;
    m.addresses.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(a, readAddrV1(r, true));
        m.addresses.push_back(std::move(a));
    }
    return m;
}

void AddrV2::write(Writer& w) const {
    w.compactSize(addresses.size());
    for (const auto& a : addresses) writeAddrV2(w, a);
}

util::Result<AddrV2> AddrV2::read(Reader& r) {
    CAIRN_TRY_ASSIGN(count, readAddrCount(r));
    AddrV2 m;
    m.addresses.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(a, readAddrV2(r));
        if (!a.addr.empty()) m.addresses.push_back(std::move(a));
    }
    return m;
}

void FeeFilter::write(Writer& w) const { w.i64(feeRate); }

util::Result<FeeFilter> FeeFilter::read(Reader& r) {
    CAIRN_TRY_ASSIGN(rate, r.i64());
    if (rate < 0 || rate > kMaxMoneySats) return fail("feefilter rate " + std::to_string(rate) + " is out of range");
    return FeeFilter{rate};
}

void Reject::write(Writer& w) const {
    w.varBytes(asBytes(message)).u8(code).varBytes(asBytes(reason)).raw(data);
}

util::Result<Reject> Reject::read(Reader& r) {
    Reject m;
    CAIRN_TRY_ASSIGN(message, readString(r, kMaxRejectMessageLength, "reject message"));
    CAIRN_TRY_ASSIGN(code, r.u8());
    CAIRN_TRY_ASSIGN(reason, readString(r, kMaxRejectReasonLength, "reject reason"));
    m.message = std::move(message);
    m.code = code;
    m.reason = std::move(reason);
    if (r.remaining() == 32) {
        CAIRN_TRY_ASSIGN(data, r.bytes(32));
        m.data = std::move(data);
    }
    return m;
}

}  // namespace cairn::net
