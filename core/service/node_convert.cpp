// SPDX-License-Identifier: MIT
#include "service/node_convert.h"

#include "chain/merkle_proof.h"
#include "chain/pow.h"
#include "net/protocol.h"
#include "script/address.h"
#include "script/disassemble.h"
#include "script/standard.h"
#include "util/hex.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>

namespace cairn::service {

namespace {

QString hex(ByteView b) { return QString::fromStdString(util::toHex(b)); }
QString displayHex(const crypto::Hash256& h) { return QString::fromStdString(util::toHexReversed(h)); }

}  // namespace

std::optional<HeaderInfo> headerInfoFor(const chain::HeaderChain& chain, const primitives::BlockHash& hash) {
    auto info = chain.info(hash);
    if (!info) return std::nullopt;
    HeaderInfo out;
    out.height = info->height;
    out.hash = QString::fromStdString(hash.toHex());
    out.prevHash = QString::fromStdString(info->prev.toHex());
    out.version = info->version;
    out.time = info->time;
    out.bits = info->bits;
    out.difficulty = chain::difficultyFromBits(info->bits);
    out.chainWork = QString::fromStdString(info->chainWork.toHex());
    out.inBestChain = info->onBestChain;
    out.confirmations = info->onBestChain ? chain.tipHeight() - info->height + 1 : 0;
    if (info->onBestChain) {
        if (auto next = chain.hashAt(info->height + 1)) out.nextHash = QString::fromStdString(next->toHex());
    }
    auto full = chain.header(hash);
    if (full.ok() && full->has_value()) {
        out.merkleRoot = displayHex((*full)->merkleRoot);
        out.nonce = (*full)->nonce;
    }
    return out;
}

TxInfo txInfoFor(const primitives::Transaction& tx, Network network) {
    TxInfo t;
    t.txid = QString::fromStdString(tx.txid().toHex());
    t.wtxid = QString::fromStdString(tx.wtxid().toHex());
    t.version = tx.version;
    t.lockTime = tx.lockTime;
    t.hasWitness = tx.hasWitness();
    t.coinbase = tx.isCoinbase();
    t.size = static_cast<int>(tx.size());
    t.strippedSize = static_cast<int>(tx.strippedSize());
    t.weight = static_cast<int>(tx.weight());
    t.vsize = static_cast<int>(tx.vsize());
    auto total = tx.totalOutput();
    t.totalOutput = total.ok() ? total->sats() : 0;
    t.rawHex = hex(tx.serialize());
    for (const auto& in : tx.inputs) {
        TxInputInfo i;
        i.prevTxid = QString::fromStdString(in.prevout.txid.toHex());
        i.prevIndex = in.prevout.index;
        i.scriptSigHex = hex(in.scriptSig);
        i.scriptSigAsm = QString::fromStdString(t.coinbase ? std::string() : script::disassembleScriptSig(in.scriptSig));
        i.sequence = in.sequence;
        i.coinbase = t.coinbase;
        for (const auto& w : in.witness) i.witness << hex(w);
        t.inputs << i;
    }
    for (const auto& out : tx.outputs) {
        TxOutputInfo o;
        o.value = out.value.sats();
        o.scriptPubKeyHex = hex(out.scriptPubKey);
        o.scriptAsm = QString::fromStdString(script::disassemble(out.scriptPubKey));
        o.type = QString::fromStdString(std::string(script::scriptTypeName(script::classify(out.scriptPubKey).type)));
        auto addr = script::encodeAddress(out.scriptPubKey, network);
        if (addr.ok()) o.address = QString::fromStdString(*addr);
        t.outputs << o;
    }
    return t;
}

BlockInfo blockInfoFor(const chain::HeaderChain& chain, const primitives::Block& block) {
    BlockInfo b;
    const primitives::BlockHash hash = block.hash();
    if (auto h = headerInfoFor(chain, hash)) b.header = *h;
    b.fetched = true;
    b.size = static_cast<int>(block.size());
    b.strippedSize = static_cast<int>(block.strippedSize());
    b.weight = static_cast<int>(block.weight());
    b.txCount = static_cast<int>(block.transactions.size());
    for (size_t i = 0; i < block.transactions.size(); ++i) {
        TxInfo t = txInfoFor(block.transactions[i], chain.params().network);
        t.blockHash = b.header.hash;
        t.blockHeight = b.header.height;
        t.indexInBlock = static_cast<int>(i);
        b.txids << t.txid;
        b.transactions << std::move(t);
    }
    return b;
}

QStringList branchFromPartialTree(const chain::PartialMerkleTree& tree, uint32_t index) {
    const uint32_t total = tree.totalTransactions();
    auto width = [total](int level) { return (total + (uint32_t{1} << level) - 1) >> level; };
    int top = 0;
    while (width(top) > 1) ++top;
    // Walk the tree in extract()'s depth-first order, remembering every node hash seen (given or computed).
    std::map<std::pair<int, uint32_t>, crypto::Hash256> seen;
    size_t bitPos = 0, hashPos = 0;
    const auto& bits = tree.bits();
    const auto& hashes = tree.hashes();
    std::function<crypto::Hash256(int, uint32_t)> visit = [&](int level, uint32_t pos) {
        const bool descend = bitPos < bits.size() && bits[bitPos++];
        crypto::Hash256 h{};
        if (level == 0 || !descend) {
            if (hashPos < hashes.size()) h = hashes[hashPos++];
        } else {
            const crypto::Hash256 left = visit(level - 1, pos * 2);
            const crypto::Hash256 right = pos * 2 + 1 < width(level - 1) ? visit(level - 1, pos * 2 + 1) : left;
            std::array<uint8_t, 64> both;
            std::copy(left.begin(), left.end(), both.begin());
            std::copy(right.begin(), right.end(), both.begin() + 32);
            h = crypto::sha256d(both);
        }
        seen[{level, pos}] = h;
        return h;
    };
    if (total == 0) return {};
    visit(top, 0);
    // From the leaf up: the sibling at each level (a node without a right sibling pairs with itself).
    QStringList out;
    for (int level = 0; level < top; ++level) {
        const uint32_t pos = index >> level;
        const uint32_t sibling = (pos ^ 1) < width(level) ? pos ^ 1 : pos;
        const auto it = seen.find({level, sibling});
        if (it == seen.end()) return {};
        out << displayHex(it->second);
    }
    return out;
}


MerkleProofInfo proofInfoFor(const chain::HeaderChain& chain, const chain::MerkleBlock& mb, const primitives::Txid& txid) {
    MerkleProofInfo p;
    const primitives::BlockHash hash = mb.header.hash();
    p.txid = QString::fromStdString(txid.toHex());
    p.blockHash = QString::fromStdString(hash.toHex());
    p.totalTransactions = static_cast<int>(mb.tree.totalTransactions());
    p.merkleBlockHex = hex(mb.serialize());
    if (auto h = chain.heightOf(hash)) p.height = *h;
    auto extracted = mb.tree.extract();
    if (!extracted.ok()) return p;
    p.root = displayHex(extracted->root);
    for (const auto& m : extracted->matches) {
        if (m.txid == txid) p.index = static_cast<int>(m.index);
    }
    if (p.index >= 0) p.siblings = branchFromPartialTree(mb.tree, static_cast<uint32_t>(p.index));
    // Verified means: the tree is well formed, proves this txid, and its root is the Merkle root of a header
    // our chain validated (the header in the proof must be that very header).
    auto stored = chain.header(hash);
    const bool known = stored.ok() && stored->has_value() && **stored == mb.header;
    p.verified = known && p.index >= 0 && extracted->root == mb.header.merkleRoot;
    return p;
}

PeerInfo peerInfoFor(const net::Connection& c) {
    PeerInfo p;
    p.id = c.id();
    p.address = c.address();
    auto ip = net::NetAddress::parseIp(c.host().toStdString(), c.port());
    p.network = ip.ok() ? QString::fromStdString(ip->networkName())
                        : (c.host().endsWith(QStringLiteral(".onion")) ? QStringLiteral("onion") : QStringLiteral("name"));
    QString ua;
    for (char ch : c.peerVersion().userAgent) ua += (ch >= 0x20 && ch < 0x7f) ? QChar::fromLatin1(ch) : QChar('?');
    p.userAgent = ua;
    p.protocolVersion = c.peerVersion().version;
    p.services = c.peerVersion().services;
    for (const auto& n : net::serviceNames(p.services)) p.serviceNames << QString::fromStdString(n);
    p.startHeight = c.peerVersion().startHeight;
    p.bestKnownHeight = c.bestKnownHeight();
    p.handshakeDone = c.isReady();
    p.pingMs = c.pingMs();
    p.bytesIn = c.bytesIn();
    p.bytesOut = c.bytesOut();
    p.connectedSince = c.connectedSince();
    return p;
}

}  // namespace cairn::service
