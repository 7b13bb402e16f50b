// SPDX-License-Identifier: MIT
#pragma once

// Plain value structs that NodeService hands to the front ends (explorer UI, CLI). They hold display
// values only (hashes as display-order hex, amounts in satoshis); no core type leaks through them.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace cairn::service {

/// One validated block header and where it sits in our header chain.
struct HeaderInfo {
    int height = -1;          ///< Height in the header chain; -1 when unknown.
    QString hash;             ///< Block hash, 64 hex digits, display order.
    QString prevHash;         ///< Previous block hash, display order (all zeros for genesis).
    int32_t version = 0;      ///< nVersion as signed.
    QString merkleRoot;       ///< Merkle root, display order.
    uint32_t time = 0;        ///< Header timestamp (Unix seconds).
    uint32_t bits = 0;        ///< Compact difficulty target.
    uint32_t nonce = 0;
    double difficulty = 0.0;  ///< Difficulty relative to the network's proof-of-work limit, as Core reports it.
    QString chainWork;        ///< Cumulative work up to and including this header, 64 hex digits.
    int confirmations = 0;    ///< tip height - height + 1 in the best chain; 0 when not in the best chain.
    bool inBestChain = false;
    QString nextHash;         ///< Hash of the next best-chain header; empty at the tip or off the best chain.
};

/// One input of a decoded transaction.
struct TxInputInfo {
    QString prevTxid;         ///< Spent output's txid (display order); all zeros for a coinbase.
    uint32_t prevIndex = 0;   ///< Spent output's index (0xffffffff for a coinbase).
    QString scriptSigHex;
    QString scriptSigAsm;     ///< Disassembly (signatures shown with their sighash type).
    uint32_t sequence = 0xffffffff;
    QStringList witness;      ///< Witness stack items in hex, bottom first; empty without witness.
    bool coinbase = false;
    int64_t value = -1;       ///< Spent output's value in satoshis when known (-1 otherwise).
};

/// One output of a decoded transaction.
struct TxOutputInfo {
    int64_t value = 0;        ///< Satoshis.
    QString scriptPubKeyHex;
    QString scriptAsm;        ///< Disassembly of the scriptPubKey.
    QString type;             ///< Core's type name: "pubkeyhash", "witness_v0_keyhash", "nulldata", ...
    QString address;          ///< Address on the node's network; empty when the script has none.
};

/// A decoded transaction.
struct TxInfo {
    QString txid;             ///< Display order.
    QString wtxid;            ///< Display order (equals txid without witness).
    int32_t version = 0;
    uint32_t lockTime = 0;
    QList<TxInputInfo> inputs;
    QList<TxOutputInfo> outputs;
    bool hasWitness = false;
    bool coinbase = false;
    int size = 0;             ///< Serialised bytes (with witness).
    int strippedSize = 0;     ///< Bytes without witness.
    int vsize = 0;            ///< ceil(weight / 4).
    int weight = 0;
    int64_t totalOutput = 0;  ///< Sum of output values in satoshis.
    int64_t fee = -1;         ///< Satoshis when every input value is known; -1 otherwise.
    QString blockHash;        ///< Containing block (display order); empty when unknown.
    int blockHeight = -1;     ///< Height of the containing block; -1 when unknown.
    int indexInBlock = -1;    ///< Position in the block; -1 when unknown.
    QString rawHex;           ///< Full serialisation in hex.
};

/// A block: its header, and its contents once fetched.
struct BlockInfo {
    HeaderInfo header;
    bool fetched = false;     ///< True when the full block was downloaded and checked against the header.
    int size = 0;             ///< Serialised bytes (with witnesses); 0 when not fetched.
    int strippedSize = 0;     ///< Bytes without witnesses.
    int weight = 0;           ///< BIP141 weight.
    int txCount = 0;
    QStringList txids;        ///< Display order, block order.
    QList<TxInfo> transactions;  ///< Decoded transactions (same order as txids) when fetched.
};

/// A Merkle inclusion proof of one transaction in one block, checked against our validated headers.
struct MerkleProofInfo {
    QString txid;             ///< Display order.
    QString blockHash;        ///< Display order.
    int height = -1;          ///< Height of the block in our header chain; -1 when the block is unknown.
    int index = -1;           ///< Position of the transaction in the block.
    int totalTransactions = 0;
    QStringList siblings;     ///< Sibling hashes from the leaf up (display order).
    QString root;             ///< Merkle root the proof reaches (display order).
    bool verified = false;    ///< True when root equals the validated header's Merkle root.
    QString merkleBlockHex;   ///< The proof as a BIP37 merkleblock (header + partial tree), hex.
};

/// One connected peer.
struct PeerInfo {
    int id = 0;               ///< Stable for the life of the connection.
    QString address;          ///< host:port (IPv6 in brackets; .onion names as given).
    QString network;          ///< "ipv4", "ipv6", "onion", "i2p", "cjdns" or "name".
    QString userAgent;        ///< As announced in version (sanitised to printable ASCII).
    int protocolVersion = 0;
    uint64_t services = 0;    ///< Service bits.
    QStringList serviceNames; ///< NETWORK, WITNESS, BLOOM, COMPACT_FILTERS, NETWORK_LIMITED, ...
    int startHeight = -1;     ///< Height announced in version.
    int bestKnownHeight = -1; ///< Highest height this peer has shown us (announcements, headers).
    bool inbound = false;
    bool handshakeDone = false;
    int pingMs = -1;          ///< Last round trip of ping/pong; -1 before the first pong.
    uint64_t bytesIn = 0;
    uint64_t bytesOut = 0;
    int64_t connectedSince = 0;  ///< Unix seconds.
};

/// Progress of the header sync.
struct SyncProgress {
    enum class State { Idle, Connecting, Syncing, Synced, Error };
    State state = State::Idle;
    int headerHeight = -1;        ///< Our best validated header height.
    QString tipHash;              ///< Display order; empty before the first header.
    uint32_t tipTime = 0;         ///< Timestamp of that header.
    int bestPeerHeight = -1;      ///< Highest height any peer announced or showed us.
    double headersPerSecond = 0.0;  ///< Recent rate of headers accepted.
    int etaSeconds = -1;          ///< Estimated seconds to reach bestPeerHeight; -1 when unknown.
    double fraction = 0.0;        ///< headerHeight / bestPeerHeight in [0, 1].
    int peerCount = 0;            ///< Peers with a completed handshake.
    uint64_t headersReceived = 0; ///< Headers received from peers since start (including known ones).
    int peersUsed = 0;            ///< Peers that delivered headers since start.
    QString error;                ///< Set when state == Error.
};

}  // namespace cairn::service

Q_DECLARE_METATYPE(cairn::service::HeaderInfo)
Q_DECLARE_METATYPE(cairn::service::TxInfo)
Q_DECLARE_METATYPE(cairn::service::BlockInfo)
Q_DECLARE_METATYPE(cairn::service::MerkleProofInfo)
Q_DECLARE_METATYPE(cairn::service::PeerInfo)
Q_DECLARE_METATYPE(cairn::service::SyncProgress)
