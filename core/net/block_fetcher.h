// SPDX-License-Identifier: MIT
#pragma once

#include "chain/header_chain.h"
#include "chain/merkle_block.h"
#include "net/peer_manager.h"
#include "primitives/block.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace cairn::storage {
class BlockStore;
}

namespace cairn::net {

/// Downloads full blocks (getdata MSG_WITNESS_BLOCK) and BIP37 merkle blocks (filterload + getdata
/// MSG_FILTERED_BLOCK) for headers the HeaderChain has validated. A block is accepted only when its
/// Merkle root and witness commitment match that header; a peer that sends one that does not is banned
/// and the request moves to another peer, as it does on notfound or a timeout. Checked blocks are cached
/// in the BlockStore and served from it next time.
class BlockFetcher : public QObject, public PeerListener {
    Q_OBJECT
public:
    struct Options {
        int requestTimeoutMs = 30'000;
        int maxAttempts = 4;  ///< Peers tried before a request fails.
    };
    using BlockCallback = std::function<void(util::Result<primitives::Block>)>;
    using MerkleCallback = std::function<void(util::Result<chain::MerkleBlock>)>;

    /// `cache` may be null (no caching); it must outlive the fetcher.
    BlockFetcher(chain::HeaderChain& chain, PeerManager& peers, storage::BlockStore* cache, Options options,
                 QObject* parent = nullptr);
    ~BlockFetcher() override;

    /// Calls `done` (on this thread, possibly before returning when cached) with the checked block, or an
    /// error when the header is unknown, no peer has the block, or every attempt failed.
    void fetchBlock(const primitives::BlockHash& hash, BlockCallback done);
    /// Calls `done` with a verified merkleblock proving `txids` in block `hash`: from a BIP37 peer when one
    /// is connected, else built from the full block. Fails like fetchBlock.
    void fetchMerkleBlock(const primitives::BlockHash& hash, const std::vector<primitives::Txid>& txids,
                          MerkleCallback done);

    /// Tells whether another component keeps its own bloom filter loaded in peer `peerId` (a wallet
    /// sync): our filterload would replace it, so such peers never get merkleblock requests.
    using FilterBusy = std::function<bool(int peerId)>;
    /// Installs that check (default: no peer is busy). With every BIP37 peer busy, fetchMerkleBlock
    /// builds the proof from the full block instead.
    void setPeerFilterBusy(FilterBusy busy) { m_filterBusy = std::move(busy); }

    void peerReady(Connection& c) override;
    void peerMessage(Connection& c, const Message& m) override;
    void peerClosed(int id) override;

private:
    struct Pending {
        bool filtered = false;              ///< merkleblock request
        std::vector<primitives::Txid> txids;
        std::vector<BlockCallback> blockCallbacks;
        std::vector<MerkleCallback> merkleCallbacks;
        int peer = 0;                       ///< 0: waiting for a peer
        int attempts = 0;
        std::set<int> tried;
        std::unique_ptr<QTimer> timer;
    };

    void dispatch(const primitives::BlockHash& hash, bool filtered);
    void retry(const primitives::BlockHash& hash, bool filtered, const QString& why);
    void finishBlock(const primitives::BlockHash& hash, util::Result<primitives::Block> result);
    void finishMerkle(const primitives::BlockHash& hash, util::Result<chain::MerkleBlock> result);
    void onBlock(Connection& c, const primitives::Block& block);
    void onMerkleBlock(Connection& c, const chain::MerkleBlock& mb);
    Connection* pickPeer(const Pending& p, int height, bool needBloom) const;

    chain::HeaderChain& m_chain;
    PeerManager& m_peers;
    storage::BlockStore* m_cache;
    Options m_options;
    std::map<primitives::BlockHash, Pending> m_blocks;    // full-block requests
    std::map<primitives::BlockHash, Pending> m_filtered;  // merkleblock requests
    FilterBusy m_filterBusy;
};

}  // namespace cairn::net
