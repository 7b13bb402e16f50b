// SPDX-License-Identifier: MIT
// Chain data messages: getheaders, headers, inv/getdata/notfound, block, tx, merkleblock.
#include "net/messages.h"

#include "net/message_io.h"

namespace cairn::net {

using util::fail;
using detail::readCount;
using detail::readHashes;
using detail::writeHashes;

namespace {

bool isKnownInvType(uint32_t t) {
    switch (static_cast<InvType>(t)) {
    case InvType::Error:
    case InvType::Tx:
    case InvType::Block:
    case InvType::FilteredBlock:
    case InvType::CompactBlock:
    case InvType::WTx:
    case InvType::WitnessTx:
    case InvType::WitnessBlock:
    case InvType::FilteredWitnessBlock:
        return true;
    }
    return false;
}

}  // namespace

void GetHeaders::write(Writer& w) const {
    w.u32(version).compactSize(locator.size());
    for (const auto& h : locator) w.raw(h.view());
    w.raw(stop.view());
}

util::Result<GetHeaders> GetHeaders::read(Reader& r) {
    GetHeaders m;
    CAIRN_TRY_ASSIGN(version, r.u32());
    CAIRN_TRY_ASSIGN(hashes, readHashes(r, kMaxLocatorHashes, "getheaders locator"));
    CAIRN_TRY_ASSIGN(stop, r.hash32());
    m.version = version;
    for (const auto& h : hashes) m.locator.emplace_back(h);
    m.stop = primitives::BlockHash(stop);
    return m;
}

void Headers::write(Writer& w) const {
    w.compactSize(headers.size());
    for (const auto& h : headers) {
        h.write(w);
        w.compactSize(0);
    }
}

util::Result<Headers> Headers::read(Reader& r) {
    CAIRN_TRY_ASSIGN(count, readCount(r, kMaxHeadersPerMessage, primitives::BlockHeader::kSize + 1, "headers"));
    Headers m;
    m.headers.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(h, primitives::BlockHeader::read(r));
        CAIRN_TRY_ASSIGN(txCount, r.compactSize());
        if (txCount != 0) return fail("header " + std::to_string(i) + " in headers has a non-zero transaction count");
        m.headers.push_back(h);
    }
    return m;
}

template <typename Tag>
void InvMessage<Tag>::write(Writer& w) const {
    w.compactSize(items.size());
    for (const auto& it : items) w.u32(static_cast<uint32_t>(it.type)).raw(it.hash);
}

template <typename Tag>
util::Result<InvMessage<Tag>> InvMessage<Tag>::read(Reader& r) {
    CAIRN_TRY_ASSIGN(count, readCount(r, kMaxInvEntries, 36, Tag::kCommand));
    InvMessage m;
    m.items.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        CAIRN_TRY_ASSIGN(type, r.u32());
        CAIRN_TRY_ASSIGN(hash, r.hash32());
        if (!isKnownInvType(type))
            return fail(std::string(Tag::kCommand) + " entry " + std::to_string(i) + " has unknown type " +
                        std::to_string(type));
        m.items.push_back(InvVector{static_cast<InvType>(type), hash});
    }
    return m;
}

template struct InvMessage<InvTag>;
template struct InvMessage<GetDataTag>;
template struct InvMessage<NotFoundTag>;

void BlockMessage::write(Writer& w) const { w.raw(block.serialize()); }

util::Result<BlockMessage> BlockMessage::read(Reader& r) {
    CAIRN_TRY_ASSIGN(all, r.view(r.remaining()));
    CAIRN_TRY_ASSIGN(block, primitives::Block::parse(all));
    return BlockMessage{std::move(block)};
}

void TxMessage::write(Writer& w) const { tx.write(w, true); }

util::Result<TxMessage> TxMessage::read(Reader& r) {
    CAIRN_TRY_ASSIGN(all, r.view(r.remaining()));
    CAIRN_TRY_ASSIGN(tx, primitives::Transaction::parse(all));
    return TxMessage{std::move(tx)};
}

void MerkleBlockMessage::write(Writer& w) const { w.raw(merkleBlock.serialize()); }

util::Result<MerkleBlockMessage> MerkleBlockMessage::read(Reader& r) {
    CAIRN_TRY_ASSIGN(all, r.view(r.remaining()));
    CAIRN_TRY_ASSIGN(mb, chain::MerkleBlock::parse(all));
    const uint32_t total = mb.tree.totalTransactions();
    if (total == 0 || total > chain::PartialMerkleTree::kMaxTransactions)
        return fail("merkleblock transaction count " + std::to_string(total) + " is out of range");
    if (mb.tree.hashes().size() > total) return fail("merkleblock has more hashes than transactions");
    if (mb.tree.bits().size() < mb.tree.hashes().size()) return fail("merkleblock has fewer flag bits than hashes");
    return MerkleBlockMessage{std::move(mb)};
}

}  // namespace cairn::net
