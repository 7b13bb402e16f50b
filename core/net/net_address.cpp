// SPDX-License-Identifier: MIT
#include "net/net_address.h"

#include "crypto/hash.h"
#include "net/protocol.h"
#include "util/hex.h"

#include <QHostAddress>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace cairn::net {

namespace {

using primitives::Reader;
using primitives::Writer;
using util::fail;

constexpr uint8_t kIpv4MappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

util::Result<uint16_t> readPortBigEndian(Reader& r) {
    CAIRN_TRY_ASSIGN(b, r.bytes(2));
    return static_cast<uint16_t>((b[0] << 8) | b[1]);
}

// Services in addrv2 are a CompactSize that may use all 64 bits, beyond Reader's 32 MiB cap on sizes.
util::Result<uint64_t> readServicesCompact(Reader& r) {
    CAIRN_TRY_ASSIGN(first, r.u8());
    if (first < 0xfd) return uint64_t{first};
    uint64_t value = 0;
    uint64_t minimum = 0;
    if (first == 0xfd) {
        CAIRN_TRY_ASSIGN(v, r.u16());
        value = v;
        minimum = 0xfd;
    } else if (first == 0xfe) {
        CAIRN_TRY_ASSIGN(v, r.u32());
        value = v;
        minimum = 0x10000;
    } else {
        CAIRN_TRY_ASSIGN(v, r.u64());
        value = v;
        minimum = 0x100000000ull;
    }
    if (value < minimum) return r.errorHere("non-canonical CompactSize encoding of addrv2 services");
    return value;
}

void writePortBigEndian(Writer& w, uint16_t port) {
    w.u8(static_cast<uint8_t>(port >> 8)).u8(static_cast<uint8_t>(port & 0xff));
}

}  // namespace

size_t NetAddress::addressLength(Type type) {
    switch (type) {
    case Type::IPv4: return 4;
    case Type::IPv6: return 16;
    case Type::TorV2: return 10;
    case Type::TorV3: return 32;
    case Type::I2P: return 32;
    case Type::Cjdns: return 16;
    }
    return 0;
}

NetAddress NetAddress::ipv4(uint8_t a, uint8_t b, uint8_t c, uint8_t d, uint16_t port) {
    NetAddress n;
    n.type = Type::IPv4;
    n.addr = {a, b, c, d};
    n.port = port;
    return n;
}

util::Result<NetAddress> NetAddress::parseIp(const std::string& text, uint16_t port) {
    std::string t = text;
    if (t.size() >= 2 && t.front() == '[' && t.back() == ']') t = t.substr(1, t.size() - 2);
    QHostAddress qa;
    if (!qa.setAddress(QString::fromStdString(t))) return fail("'" + text + "' is not an IP address");
    bool isV4 = false;
    const quint32 v4 = qa.toIPv4Address(&isV4);
    if (isV4) {
        return ipv4(static_cast<uint8_t>(v4 >> 24), static_cast<uint8_t>(v4 >> 16), static_cast<uint8_t>(v4 >> 8),
                    static_cast<uint8_t>(v4), port);
    }
    const Q_IPV6ADDR v6 = qa.toIPv6Address();
    return fromV1Bytes(ByteView(reinterpret_cast<const uint8_t*>(v6.c), 16), port);
}

Bytes NetAddress::toV1Bytes() const {
    assert(isIp());
    if (type == Type::IPv6) return addr;
    Bytes out(kIpv4MappedPrefix, kIpv4MappedPrefix + 12);
    out.insert(out.end(), addr.begin(), addr.end());
    return out;
}

NetAddress NetAddress::fromV1Bytes(ByteView sixteen, uint16_t port) {
    assert(sixteen.size() == 16);
    NetAddress n;
    n.port = port;
    if (std::equal(kIpv4MappedPrefix, kIpv4MappedPrefix + 12, sixteen.begin())) {
        n.type = Type::IPv4;
        n.addr.assign(sixteen.begin() + 12, sixteen.end());
    } else {
        n.type = Type::IPv6;
        n.addr.assign(sixteen.begin(), sixteen.end());
    }
    return n;
}

bool NetAddress::isRoutable() const {
    if (addr.size() != addressLength(type)) return false;
    if (type == Type::IPv4) {
        const uint8_t a = addr[0], b = addr[1];
        if (a == 0 || a == 10 || a == 127 || a >= 224) return false;       // zero net, private, loopback, multicast
        if (a == 172 && (b & 0xf0) == 16) return false;                      // 172.16/12
        if (a == 192 && b == 168) return false;                              // 192.168/16
        if (a == 169 && b == 254) return false;                              // link-local
        if (a == 100 && (b & 0xc0) == 64) return false;                      // carrier-grade NAT 100.64/10
        if (a == 192 && b == 0 && addr[2] == 2) return false;                // TEST-NET-1
        if (a == 198 && (b == 18 || b == 19)) return false;                  // benchmarking
        if (a == 198 && b == 51 && addr[2] == 100) return false;             // TEST-NET-2
        if (a == 203 && b == 0 && addr[2] == 113) return false;              // TEST-NET-3
        return true;
    }
    if (type == Type::IPv6) {
        if (std::all_of(addr.begin(), addr.end() - 1, [](uint8_t x) { return x == 0; })) return false;  // :: and ::1
        if (addr[0] == 0xff) return false;                                   // multicast
        if (addr[0] == 0xfe && (addr[1] & 0xc0) == 0x80) return false;       // link-local
        if ((addr[0] & 0xfe) == 0xfc) return false;                          // unique local
        if (addr[0] == 0x20 && addr[1] == 0x01 && addr[2] == 0x0d && addr[3] == 0xb8) return false;  // documentation
        return true;
    }
    return type != Type::TorV2;  // TorV2 is no longer reachable
}

std::string NetAddress::group() const {
    switch (type) {
    case Type::IPv4:
        if (addr.size() == 4) return "ipv4:" + std::to_string(addr[0]) + "." + std::to_string(addr[1]);
        break;
    case Type::IPv6:
        if (addr.size() == 16) return "ipv6:" + util::toHex(ByteView(addr.data(), 4));
        break;
    default:
        // Overlay addresses are keys, not allocations: group by network and the first nibble, as Core does.
        if (!addr.empty()) return networkName() + ":" + std::to_string(addr[0] >> 4);
        break;
    }
    return networkName() + ":?";
}

namespace {

/// RFC 4648 base32, lower case, without padding.
std::string base32Lower(ByteView data) {
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    std::string out;
    uint32_t buffer = 0;
    int bits = 0;
    for (uint8_t byte : data) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

/// The Tor v3 hostname of a 32-byte service key: base32(key || checksum || version) + ".onion", where the
/// checksum is the first two bytes of SHA3-256(".onion checksum" || key || version) and the version is 3.
std::string onionHost(const Bytes& key) {
    constexpr uint8_t kVersion = 3;
    static constexpr std::string_view kPrefix = ".onion checksum";
    Bytes preimage(kPrefix.begin(), kPrefix.end());
    preimage.insert(preimage.end(), key.begin(), key.end());
    preimage.push_back(kVersion);
    const crypto::Hash256 checksum = crypto::sha3_256(preimage);
    Bytes full = key;
    full.push_back(checksum[0]);
    full.push_back(checksum[1]);
    full.push_back(kVersion);
    return base32Lower(full) + ".onion";
}

}  // namespace

std::string NetAddress::hostString() const {
    if (type == Type::IPv4 && addr.size() == 4) {
        return std::to_string(addr[0]) + "." + std::to_string(addr[1]) + "." + std::to_string(addr[2]) + "." +
               std::to_string(addr[3]);
    }
    if (type == Type::IPv6 && addr.size() == 16) {
        Q_IPV6ADDR v6;
        std::memcpy(v6.c, addr.data(), 16);
        return QHostAddress(v6).toString().toStdString();
    }
    if (type == Type::TorV3 && addr.size() == 32) return onionHost(addr);
    return networkName() + ":" + util::toHex(addr);
}

std::string NetAddress::toString() const {
    const std::string host = hostString();
    if (type == Type::IPv6) return "[" + host + "]:" + std::to_string(port);
    return host + ":" + std::to_string(port);
}

std::string NetAddress::networkName() const {
    switch (type) {
    case Type::IPv4: return "ipv4";
    case Type::IPv6: return "ipv6";
    case Type::TorV2: return "torv2";
    case Type::TorV3: return "onion";
    case Type::I2P: return "i2p";
    case Type::Cjdns: return "cjdns";
    }
    return "unknown";
}

util::Result<NetAddress> readAddrV1(Reader& r, bool withTime) {
    uint32_t time = 0;
    if (withTime) {
        CAIRN_TRY_ASSIGN(t, r.u32());
        time = t;
    }
    CAIRN_TRY_ASSIGN(services, r.u64());
    CAIRN_TRY_ASSIGN(ip, r.view(16));
    CAIRN_TRY_ASSIGN(port, readPortBigEndian(r));
    NetAddress a = NetAddress::fromV1Bytes(ip, port);
    a.time = time;
    a.services = services;
    return a;
}

void writeAddrV1(Writer& w, const NetAddress& a, bool withTime) {
    if (withTime) w.u32(a.time);
    w.u64(a.services);
    if (a.isIp() && a.addr.size() == NetAddress::addressLength(a.type)) w.raw(a.toV1Bytes());
    else w.raw(Bytes(16, 0));
    writePortBigEndian(w, a.port);
}

util::Result<NetAddress> readAddrV2(Reader& r) {
    NetAddress a;
    CAIRN_TRY_ASSIGN(time, r.u32());
    CAIRN_TRY_ASSIGN(services, readServicesCompact(r));
    CAIRN_TRY_ASSIGN(networkId, r.u8());
    CAIRN_TRY_ASSIGN(bytes, r.varBytes(kMaxAddrV2Size));
    CAIRN_TRY_ASSIGN(port, readPortBigEndian(r));
    a.time = time;
    a.services = services;
    a.port = port;
    a.type = static_cast<NetAddress::Type>(networkId);
    if (networkId < 1 || networkId > 6) return a;  // unknown network: the caller skips it (BIP155)
    if (bytes.size() != NetAddress::addressLength(a.type))
        return fail("addrv2 address of network " + std::to_string(networkId) + " has " + std::to_string(bytes.size()) +
                    " bytes, expected " + std::to_string(NetAddress::addressLength(a.type)));
    if (a.type == NetAddress::Type::Cjdns && bytes[0] != 0xfc) return fail("addrv2 CJDNS address does not start with 0xfc");
    a.addr = std::move(bytes);
    return a;
}

void writeAddrV2(Writer& w, const NetAddress& a) {
    w.u32(a.time).compactSize(a.services).u8(static_cast<uint8_t>(a.type)).varBytes(a.addr);
    writePortBigEndian(w, a.port);
}

}  // namespace cairn::net
