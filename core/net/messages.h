// SPDX-License-Identifier: MIT
#pragma once

// Typed P2P messages. Each struct has kCommand, write() and a strict read(): counts within the protocol's
// limits, values in range; decodeMessage() additionally rejects trailing bytes. Encoders assume values
// within the same limits (a violation is a caller bug).

#include "chain/merkle_block.h"
#include "crypto/hash.h"
#include "net/frame.h"
#include "net/net_address.h"
#include "net/protocol.h"
#include "primitives/block.h"
#include "primitives/block_header.h"
#include "primitives/hash_types.h"
#include "primitives/serialize.h"
#include "primitives/transaction.h"
#include "util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cairn::net {

using primitives::Reader;
using primitives::Writer;

/// version: the first message of the handshake.
struct Version {
    static constexpr const char* kCommand = "version";
    int32_t version = kProtocolVersion;
    uint64_t services = 0;
    int64_t timestamp = 0;
    NetAddress receiver;         ///< The address we see the peer at (no time field).
    NetAddress sender;           ///< Our own address as we claim it (usually all zero).
    uint64_t nonce = 0;          ///< Random, to detect connections to ourselves.
    std::string userAgent;       ///< BIP14, at most kMaxUserAgentLength bytes.
    int32_t startHeight = 0;
    bool relay = true;           ///< BIP37: false asks the peer not to send tx invs before a filter is loaded.

    void write(Writer& w) const;
    [[nodiscard]] static util::Result<Version> read(Reader& r);
};

/// Messages without payload: verack, sendheaders, filterclear, getaddr, sendaddrv2, wtxidrelay, mempool.
template <typename Tag>
struct EmptyMessage {
    static constexpr const char* kCommand = Tag::kCommand;
    void write(Writer&) const {}
    [[nodiscard]] static util::Result<EmptyMessage> read(Reader&) { return EmptyMessage{}; }
};
struct VerackTag { static constexpr const char* kCommand = "verack"; };
struct SendHeadersTag { static constexpr const char* kCommand = "sendheaders"; };
struct FilterClearTag { static constexpr const char* kCommand = "filterclear"; };
struct GetAddrTag { static constexpr const char* kCommand = "getaddr"; };
struct SendAddrV2Tag { static constexpr const char* kCommand = "sendaddrv2"; };
struct WtxidRelayTag { static constexpr const char* kCommand = "wtxidrelay"; };
/// mempool (BIP35): asks a peer for inv messages of its mempool (filtered by a loaded bloom filter).
struct MemPoolTag { static constexpr const char* kCommand = "mempool"; };
using Verack = EmptyMessage<VerackTag>;
using SendHeaders = EmptyMessage<SendHeadersTag>;
using FilterClear = EmptyMessage<FilterClearTag>;
using GetAddr = EmptyMessage<GetAddrTag>;
using SendAddrV2 = EmptyMessage<SendAddrV2Tag>;
using WtxidRelay = EmptyMessage<WtxidRelayTag>;
using MemPool = EmptyMessage<MemPoolTag>;

/// ping / pong: a 64-bit nonce echoed back.
template <typename Tag>
struct NonceMessage {
    static constexpr const char* kCommand = Tag::kCommand;
    uint64_t nonce = 0;
    void write(Writer& w) const { w.u64(nonce); }
    [[nodiscard]] static util::Result<NonceMessage> read(Reader& r) {
        CAIRN_TRY_ASSIGN(n, r.u64());
        return NonceMessage{n};
    }
};
struct PingTag { static constexpr const char* kCommand = "ping"; };
struct PongTag { static constexpr const char* kCommand = "pong"; };
using Ping = NonceMessage<PingTag>;
using Pong = NonceMessage<PongTag>;

/// getheaders: a block locator (newest first) and an optional stop hash (zero: as many as allowed).
struct GetHeaders {
    static constexpr const char* kCommand = "getheaders";
    uint32_t version = static_cast<uint32_t>(kProtocolVersion);
    std::vector<primitives::BlockHash> locator;  ///< At most kMaxLocatorHashes.
    primitives::BlockHash stop;

    void write(Writer& w) const;
    [[nodiscard]] static util::Result<GetHeaders> read(Reader& r);
};

/// headers: up to 2,000 headers, each followed by a transaction count that must be 0.
struct Headers {
    static constexpr const char* kCommand = "headers";
    std::vector<primitives::BlockHeader> headers;

    void write(Writer& w) const;
    [[nodiscard]] static util::Result<Headers> read(Reader& r);
};

/// One inventory entry.
struct InvVector {
    InvType type = InvType::Error;
    crypto::Hash256 hash{};  ///< Internal byte order.
    bool operator==(const InvVector&) const = default;
};

/// inv / getdata / notfound: up to 50,000 inventory entries.
template <typename Tag>
struct InvMessage {
    static constexpr const char* kCommand = Tag::kCommand;
    std::vector<InvVector> items;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<InvMessage> read(Reader& r);
};
struct InvTag { static constexpr const char* kCommand = "inv"; };
struct GetDataTag { static constexpr const char* kCommand = "getdata"; };
struct NotFoundTag { static constexpr const char* kCommand = "notfound"; };
using Inv = InvMessage<InvTag>;
using GetData = InvMessage<GetDataTag>;
using NotFound = InvMessage<NotFoundTag>;

/// block: one full block in witness serialisation.
struct BlockMessage {
    static constexpr const char* kCommand = "block";
    primitives::Block block;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<BlockMessage> read(Reader& r);
};

/// tx: one transaction.
struct TxMessage {
    static constexpr const char* kCommand = "tx";
    primitives::Transaction tx;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<TxMessage> read(Reader& r);
};

/// merkleblock (BIP37): a header and a partial Merkle tree of the matching transactions.
struct MerkleBlockMessage {
    static constexpr const char* kCommand = "merkleblock";
    chain::MerkleBlock merkleBlock;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<MerkleBlockMessage> read(Reader& r);
};

/// filterload (BIP37).
struct FilterLoad {
    static constexpr const char* kCommand = "filterload";
    Bytes filter;            ///< At most kMaxBloomFilterSize bytes.
    uint32_t hashFuncs = 0;  ///< At most kMaxBloomHashFuncs.
    uint32_t tweak = 0;
    uint8_t flags = 0;       ///< BLOOM_UPDATE_NONE (0), _ALL (1), _P2PUBKEY_ONLY (2).

    void write(Writer& w) const;
    [[nodiscard]] static util::Result<FilterLoad> read(Reader& r);
};

/// filteradd (BIP37): one data element of at most 520 bytes.
struct FilterAdd {
    static constexpr const char* kCommand = "filteradd";
    Bytes data;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<FilterAdd> read(Reader& r);
};

/// addr: up to 1,000 IPv4/IPv6 addresses with timestamps.
struct Addr {
    static constexpr const char* kCommand = "addr";
    std::vector<NetAddress> addresses;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<Addr> read(Reader& r);
};

/// addrv2 (BIP155): up to 1,000 addresses of any network; entries of unknown networks are dropped.
struct AddrV2 {
    static constexpr const char* kCommand = "addrv2";
    std::vector<NetAddress> addresses;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<AddrV2> read(Reader& r);
};

/// feefilter (BIP133): minimum fee rate in sat/kvB of txs to announce.
struct FeeFilter {
    static constexpr const char* kCommand = "feefilter";
    int64_t feeRate = 0;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<FeeFilter> read(Reader& r);
};

/// getcfilters / getcfheaders (BIP157): a filter type, a start height and a stop hash.
template <typename Tag>
struct CFRangeRequest {
    static constexpr const char* kCommand = Tag::kCommand;
    uint8_t filterType = kBasicFilterType;
    uint32_t startHeight = 0;
    primitives::BlockHash stopHash;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<CFRangeRequest> read(Reader& r);
};
struct GetCFiltersTag { static constexpr const char* kCommand = "getcfilters"; };
struct GetCFHeadersTag { static constexpr const char* kCommand = "getcfheaders"; };
using GetCFilters = CFRangeRequest<GetCFiltersTag>;
using GetCFHeaders = CFRangeRequest<GetCFHeadersTag>;

/// cfilter (BIP157): one block's filter.
struct CFilter {
    static constexpr const char* kCommand = "cfilter";
    uint8_t filterType = kBasicFilterType;
    primitives::BlockHash blockHash;
    Bytes filter;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<CFilter> read(Reader& r);
};

/// cfheaders (BIP157): filter hashes of a range, with the filter header before it.
struct CFHeaders {
    static constexpr const char* kCommand = "cfheaders";
    uint8_t filterType = kBasicFilterType;
    primitives::BlockHash stopHash;
    crypto::Hash256 previousFilterHeader{};
    std::vector<crypto::Hash256> filterHashes;  ///< At most kMaxCFHeadersPerMessage.
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<CFHeaders> read(Reader& r);
};

/// getcfcheckpt (BIP157).
struct GetCFCheckpt {
    static constexpr const char* kCommand = "getcfcheckpt";
    uint8_t filterType = kBasicFilterType;
    primitives::BlockHash stopHash;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<GetCFCheckpt> read(Reader& r);
};

/// cfcheckpt (BIP157): filter headers at every 1,000th block up to the stop hash.
struct CFCheckpt {
    static constexpr const char* kCommand = "cfcheckpt";
    uint8_t filterType = kBasicFilterType;
    primitives::BlockHash stopHash;
    std::vector<crypto::Hash256> filterHeaders;
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<CFCheckpt> read(Reader& r);
};

/// reject (BIP61, deprecated): parsed for logging, otherwise ignored.
struct Reject {
    static constexpr const char* kCommand = "reject";
    std::string message;   ///< The rejected command (at most 12 bytes).
    uint8_t code = 0;
    std::string reason;    ///< At most 111 bytes.
    Bytes data;            ///< Empty or a 32-byte hash.
    void write(Writer& w) const;
    [[nodiscard]] static util::Result<Reject> read(Reader& r);
};

/// Any message Cairn understands.
using Message = std::variant<Version, Verack, Ping, Pong, SendHeaders, GetHeaders, Headers, Inv, GetData, NotFound,
                             BlockMessage, TxMessage, MerkleBlockMessage, FilterLoad, FilterAdd, FilterClear, Addr, AddrV2,
                             SendAddrV2, GetAddr, FeeFilter, WtxidRelay, GetCFilters, CFilter, GetCFHeaders, CFHeaders,
                             GetCFCheckpt, CFCheckpt, Reject, MemPool>;

/// The command name of a message.
std::string commandOf(const Message& message);
/// The payload bytes of a message.
Bytes encodePayload(const Message& message);
/// Frames a message for the wire.
Bytes encodeMessage(const Magic& magic, const Message& message);
/// Decodes a payload by command. nullopt for a command Cairn does not know (to be ignored); an Error when
/// the payload is malformed, exceeds a limit or has trailing bytes.
[[nodiscard]] util::Result<std::optional<Message>> decodeMessage(const std::string& command, ByteView payload);

}  // namespace cairn::net
