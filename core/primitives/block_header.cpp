// SPDX-License-Identifier: MIT
#include "primitives/block_header.h"

#include <string>

namespace cairn::primitives {

util::Result<BlockHeader> BlockHeader::read(Reader& r) {
    if (r.remaining() < kSize) return r.errorHere("unexpected end of data reading an 80-byte block header");
    BlockHeader h;
    CAIRN_TRY_ASSIGN(version, r.i32());
    CAIRN_TRY_ASSIGN(prev, r.hash32());
    CAIRN_TRY_ASSIGN(root, r.hash32());
    CAIRN_TRY_ASSIGN(time, r.u32());
    CAIRN_TRY_ASSIGN(bits, r.u32());
    CAIRN_TRY_ASSIGN(nonce, r.u32());
    h.version = version;
    h.prevBlock = BlockHash(prev);
    h.merkleRoot = root;
    h.time = time;
    h.bits = bits;
    h.nonce = nonce;
    return h;
}

util::Result<BlockHeader> BlockHeader::parse(ByteView data) {
    if (data.size() != kSize) {
        return util::fail("a block header must be 80 bytes, got " + std::to_string(data.size()));
    }
    Reader r(data);
    return read(r);
}

void BlockHeader::write(Writer& w) const {
    w.i32(version).raw(prevBlock.view()).raw(merkleRoot).u32(time).u32(bits).u32(nonce);
}

Bytes BlockHeader::serialize() const {
    Writer w(kSize);
    write(w);
    return w.take();
}

BlockHash BlockHeader::hash() const { return BlockHash(crypto::sha256d(serialize())); }

bool BlockHeader::checkProofOfWork(const Uint256& powLimit) const {
    const Uint256::Compact t = target();
    if (t.negative || t.overflow || t.target.isZero() || t.target > powLimit) return false;
    return Uint256::fromLittleEndian(hash().bytes()) <= t.target;
}

}  // namespace cairn::primitives
