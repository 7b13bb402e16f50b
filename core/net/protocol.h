// SPDX-License-Identifier: MIT
#pragma once

// Constants of the Bitcoin P2P protocol that Cairn speaks and enforces.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cairn::net {

/// Protocol version Cairn announces (BIP339 wtxidrelay level).
constexpr int32_t kProtocolVersion = 70016;
/// Oldest peer protocol version accepted (headers-first sync needs sendheaders, 70012).
constexpr int32_t kMinPeerProtocolVersion = 70012;
/// Largest payload of one message (Bitcoin Core's MAX_PROTOCOL_MESSAGE_LENGTH).
constexpr size_t kMaxMessagePayload = 4'000'000;
/// Most headers in one `headers` message.
constexpr size_t kMaxHeadersPerMessage = 2000;
/// Most entries in inv / getdata / notfound.
constexpr size_t kMaxInvEntries = 50'000;
/// Most entries in addr / addrv2.
constexpr size_t kMaxAddrEntries = 1000;
/// Longest user agent accepted in version.
constexpr size_t kMaxUserAgentLength = 256;
/// Most block locator hashes in getheaders / getblocks (Core's MAX_LOCATOR_SZ).
constexpr size_t kMaxLocatorHashes = 101;
/// BIP37: largest filterload filter in bytes and most hash functions.
constexpr size_t kMaxBloomFilterSize = 36'000;
constexpr uint32_t kMaxBloomHashFuncs = 50;
/// BIP37: largest filteradd data element.
constexpr size_t kMaxFilterAddSize = 520;
/// BIP157: most filter headers in one cfheaders / getcfheaders range, most filters per getcfilters.
constexpr size_t kMaxCFHeadersPerMessage = 2000;
constexpr size_t kMaxCFiltersPerRequest = 1000;
/// BIP155: longest address in addrv2.
constexpr size_t kMaxAddrV2Size = 512;

/// Service bits announced in version and addr messages.
enum ServiceFlag : uint64_t {
    kNodeNetwork = 1u << 0,
    kNodeGetUtxo = 1u << 1,
    kNodeBloom = 1u << 2,
    kNodeWitness = 1u << 3,
    kNodeCompactFilters = 1u << 6,
    kNodeNetworkLimited = 1u << 10,
    kNodeP2PV2 = 1u << 11,
};

/// Names of the set service bits ("NETWORK", "WITNESS", ...; unknown bits as "BIT<n>").
std::vector<std::string> serviceNames(uint64_t services);

/// Inventory types of inv / getdata / notfound.
enum class InvType : uint32_t {
    Error = 0,
    Tx = 1,
    Block = 2,
    FilteredBlock = 3,       ///< MSG_FILTERED_BLOCK (BIP37): answered with merkleblock + matching txs.
    CompactBlock = 4,
    WTx = 5,                 ///< MSG_WTX (BIP339): the hash is a wtxid.
    WitnessTx = 0x40000001,  ///< MSG_WITNESS_TX
    WitnessBlock = 0x40000002,
    FilteredWitnessBlock = 0x40000003,
};

/// BIP157 filter type of basic filters.
constexpr uint8_t kBasicFilterType = 0;

}  // namespace cairn::net
