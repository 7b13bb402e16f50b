// SPDX-License-Identifier: MIT
#pragma once

#include "primitives/serialize.h"
#include "util/bytes.h"
#include "util/result.h"

#include <cstdint>
#include <string>

namespace cairn::net {

/// A peer address as gossiped in addr (v1) and addrv2 (BIP155) messages, with its timestamp and services.
struct NetAddress {
    /// BIP155 network ids.
    enum class Type : uint8_t { IPv4 = 1, IPv6 = 2, TorV2 = 3, TorV3 = 4, I2P = 5, Cjdns = 6 };

    Type type = Type::IPv4;
    Bytes addr;              ///< 4, 16, 32 or 16 bytes depending on type (see addressLength()).
    uint16_t port = 0;
    uint64_t services = 0;
    uint32_t time = 0;       ///< Last seen, Unix seconds (absent from version's addresses).

    /// Byte length BIP155 prescribes for a type (TorV2: 10, deprecated).
    static size_t addressLength(Type type);
    /// An IPv4 address from its four octets.
    static NetAddress ipv4(uint8_t a, uint8_t b, uint8_t c, uint8_t d, uint16_t port);
    /// Parses "1.2.3.4", "::1", "[::1]" (no port); fails on anything else.
    [[nodiscard]] static util::Result<NetAddress> parseIp(const std::string& text, uint16_t port);

    /// The 16-byte v1 form (IPv4 as ::ffff:a.b.c.d); only for IPv4 and IPv6 (asserts otherwise).
    Bytes toV1Bytes() const;
    /// Reads a 16-byte v1 address (IPv4-mapped becomes IPv4).
    static NetAddress fromV1Bytes(ByteView sixteen, uint16_t port);
    /// True for IPv4 and IPv6 (what addr v1 and a plain TCP connect can carry).
    bool isIp() const { return type == Type::IPv4 || type == Type::IPv6; }
    /// True for an address a public peer can have: not loopback, private, link-local, documentation, multicast or zero.
    bool isRoutable() const;
    /// The /16 group (IPv4), /32 (IPv6) or network+prefix for overlay networks: peers sharing it share an operator.
    std::string group() const;
    /// "1.2.3.4", "2001:db8::1" (no brackets), "<56 base32 chars>.onion" for Tor v3, or "<network>:<hex>" for the
    /// other overlay networks.
    std::string hostString() const;
    /// host:port with IPv6 in brackets.
    std::string toString() const;
    /// "ipv4", "ipv6", "torv2", "onion", "i2p", "cjdns".
    std::string networkName() const;

    bool operator==(const NetAddress&) const = default;
};

/// Reads one addr v1 entry (time, services, 16-byte address, big-endian port); `withTime` false for version's.
[[nodiscard]] util::Result<NetAddress> readAddrV1(primitives::Reader& r, bool withTime);
/// Writes one addr v1 entry; non-IP addresses are written as the zero IPv6 address.
void writeAddrV1(primitives::Writer& w, const NetAddress& a, bool withTime);
/// Reads one addrv2 entry. An unknown network id gives a NetAddress with an empty addr (the caller skips it);
/// a known id with the wrong length is an error (BIP155).
[[nodiscard]] util::Result<NetAddress> readAddrV2(primitives::Reader& r);
/// Writes one addrv2 entry.
void writeAddrV2(primitives::Writer& w, const NetAddress& a);

}  // namespace cairn::net
