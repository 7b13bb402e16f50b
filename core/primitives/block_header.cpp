// SPDX-License-Identifier: MIT
#include "primitives/block_header.h"

#include <array>
#include <cstring>
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

namespace {
void putLe32(uint8_t* p, uint32_t v) {
    p[0] = static_cast<uint8_t>(v);
    p[1] = static_cast<uint8_t>(v >> 8);
    p[2] = static_cast<uint8_t>(v >> 16);
    p[3] = static_cast<uint8_t>(v >> 24);
}
}  // namespace

BlockHash BlockHeader::hash() const {
    // Header sync hashes every header it receives: serialise into a stack buffer, not a heap-allocated
    // Writer (same bytes as write()).
    std::array<uint8_t, kSize> buf;
    putLe32(buf.data(), static_cast<uint32_t>(version));
    std::memcpy(buf.data() + 4, prevBlock.bytes().data(), 32);
    std::memcpy(buf.data() + 36, merkleRoot.data(), 32);
    putLe32(buf.data() + 68, time);
    putLe32(buf.data() + 72, bits);
    putLe32(buf.data() + 76, nonce);
    return BlockHash(crypto::sha256d(ByteView(buf.data(), buf.size())));
}

bool BlockHeader::checkProofOfWork(const Uint256& powLimit) const {
    const Uint256::Compact t = target();
    if (t.negative || t.overflow || t.target.isZero() || t.target > powLimit) return false;
    return Uint256::fromLittleEndian(hash().bytes()) <= t.target;
}

}  // namespace cairn::primitives
