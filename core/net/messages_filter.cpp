// SPDX-License-Identifier: MIT
// Filter messages: BIP37 filterload / filteradd and the BIP157 compact filter family.
#include "net/messages.h"

#include "net/message_io.h"

namespace cairn::net {

using util::fail;

namespace {

/// Most filter headers a cfcheckpt can carry within the payload limit.
constexpr size_t kMaxCheckpoints = kMaxMessagePayload / 32;

}  // namespace

void FilterLoad::write(Writer& w) const { w.varBytes(filter).u32(hashFuncs).u32(tweak).u8(flags); }

util::Result<FilterLoad> FilterLoad::read(Reader& r) {
    FilterLoad m;
    CAIRN_TRY_ASSIGN(filter, r.varBytes(kMaxBloomFilterSize));
    CAIRN_TRY_ASSIGN(hashFuncs, r.u32());
    CAIRN_TRY_ASSIGN(tweak, r.u32());
    CAIRN_TRY_ASSIGN(flags, r.u8());
    if (hashFuncs > kMaxBloomHashFuncs)
        return fail("filterload asks for " + std::to_string(hashFuncs) + " hash functions (at most 50)");
    m.filter = std::move(filter);
    m.hashFuncs = hashFuncs;
    m.tweak = tweak;
    m.flags = flags;
    return m;
}

void FilterAdd::write(Writer& w) const { w.varBytes(data); }

util::Result<FilterAdd> FilterAdd::read(Reader& r) {
    CAIRN_TRY_ASSIGN(data, r.varBytes(kMaxFilterAddSize));
    return FilterAdd{std::move(data)};
}

template <typename Tag>
void CFRangeRequest<Tag>::write(Writer& w) const {
    w.u8(filterType).u32(startHeight).raw(stopHash.view());
}

template <typename Tag>
util::Result<CFRangeRequest<Tag>> CFRangeRequest<Tag>::read(Reader& r) {
    CFRangeRequest m;
    CAIRN_TRY_ASSIGN(type, r.u8());
    CAIRN_TRY_ASSIGN(start, r.u32());
    CAIRN_TRY_ASSIGN(stop, r.hash32());
    m.filterType = type;
    m.startHeight = start;
    m.stopHash = primitives::BlockHash(stop);
    return m;
}

template struct CFRangeRequest<GetCFiltersTag>;
template struct CFRangeRequest<GetCFHeadersTag>;

void CFilter::write(Writer& w) const { w.u8(filterType).raw(blockHash.view()).varBytes(filter); }

util::Result<CFilter> CFilter::read(Reader& r) {
    CFilter m;
    CAIRN_TRY_ASSIGN(type, r.u8());
    CAIRN_TRY_ASSIGN(hash, r.hash32());
    CAIRN_TRY_ASSIGN(filter, r.varBytes(kMaxMessagePayload));
    m.filterType = type;
    m.blockHash = primitives::BlockHash(hash);
    m.filter = std::move(filter);
    return m;
}

void CFHeaders::write(Writer& w) const {
    w.u8(filterType).raw(stopHash.view()).raw(previousFilterHeader);
    detail::writeHashes(w, filterHashes);
}

util::Result<CFHeaders> CFHeaders::read(Reader& r) {
    CFHeaders m;
    CAIRN_TRY_ASSIGN(type, r.u8());
    CAIRN_TRY_ASSIGN(stop, r.hash32());
    CAIRN_TRY_ASSIGN(prev, r.hash32());
    CAIRN_TRY_ASSIGN(hashes, detail::readHashes(r, kMaxCFHeadersPerMessage, "cfheaders"));
    m.filterType = type;
    m.stopHash = primitives::BlockHash(stop);
    m.previousFilterHeader = prev;
    m.filterHashes = std::move(hashes);
    return m;
}

void GetCFCheckpt::write(Writer& w) const { w.u8(filterType).raw(stopHash.view()); }

util::Result<GetCFCheckpt> GetCFCheckpt::read(Reader& r) {
    GetCFCheckpt m;
    CAIRN_TRY_ASSIGN(type, r.u8());
    CAIRN_TRY_ASSIGN(stop, r.hash32());
    m.filterType = type;
    m.stopHash = primitives::BlockHash(stop);
    return m;
}

void CFCheckpt::write(Writer& w) const {
    w.u8(filterType).raw(stopHash.view());
    detail::writeHashes(w, filterHeaders);
}

util::Result<CFCheckpt> CFCheckpt::read(Reader& r) {
    CFCheckpt m;
    CAIRN_TRY_ASSIGN(type, r.u8());
    CAIRN_TRY_ASSIGN(stop, r.hash32());
    CAIRN_TRY_ASSIGN(headers, detail::readHashes(r, kMaxCheckpoints, "cfcheckpt"));
    m.filterType = type;
    m.stopHash = primitives::BlockHash(stop);
    m.filterHeaders = std::move(headers);
    return m;
}

}  // namespace cairn::net
