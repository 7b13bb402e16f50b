// SPDX-License-Identifier: MIT
#include "primitives/serialize.h"

#include <string>

namespace cairn::primitives {

size_t compactSizeLength(uint64_t value) {
    if (value < 0xfd) return 1;
    if (value <= 0xffff) return 3;
    if (value <= 0xffffffff) return 5;
    return 9;
}

Writer& Writer::u8(uint8_t v) {
    m_buf.push_back(v);
    return *this;
}

Writer& Writer::u16(uint16_t v) {
    m_buf.push_back(static_cast<uint8_t>(v));
    m_buf.push_back(static_cast<uint8_t>(v >> 8));
    return *this;
}

Writer& Writer::u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) m_buf.push_back(static_cast<uint8_t>(v >> (8 * i)));
    return *this;
}

Writer& Writer::u64(uint64_t v) {
    for (int i = 0; i < 8; ++i) m_buf.push_back(static_cast<uint8_t>(v >> (8 * i)));
    return *this;
}

Writer& Writer::compactSize(uint64_t v) {
    if (v < 0xfd) return u8(static_cast<uint8_t>(v));
    if (v <= 0xffff) return u8(0xfd).u16(static_cast<uint16_t>(v));
    if (v <= 0xffffffff) return u8(0xfe).u32(static_cast<uint32_t>(v));
    return u8(0xff).u64(v);
}

Writer& Writer::raw(ByteView bytes) {
    m_buf.insert(m_buf.end(), bytes.begin(), bytes.end());
    return *this;
}

Writer& Writer::varBytes(ByteView bytes) { return compactSize(bytes.size()).raw(bytes); }

util::Error Reader::errorHere(std::string_view message) const {
    return util::fail(std::string(message) + " at offset " + std::to_string(m_pos));
}

template <typename T>
util::Result<T> Reader::readLe(std::string_view what) {
    if (remaining() < sizeof(T)) {
        return errorHere("unexpected end of data reading " + std::string(what) + " (" + std::to_string(sizeof(T)) +
                         " bytes needed, " + std::to_string(remaining()) + " left)");
    }
    uint64_t v = 0;
    for (size_t i = 0; i < sizeof(T); ++i) v |= static_cast<uint64_t>(m_data[m_pos + i]) << (8 * i);
    m_pos += sizeof(T);
    return static_cast<T>(v);
}

util::Result<uint8_t> Reader::u8() { return readLe<uint8_t>("a byte"); }
util::Result<uint16_t> Reader::u16() { return readLe<uint16_t>("a 16-bit integer"); }
util::Result<uint32_t> Reader::u32() { return readLe<uint32_t>("a 32-bit integer"); }
util::Result<uint64_t> Reader::u64() { return readLe<uint64_t>("a 64-bit integer"); }

util::Result<int32_t> Reader::i32() {
    auto v = readLe<uint32_t>("a 32-bit integer");
    if (!v.ok()) return v.error();
    return static_cast<int32_t>(*v);
}

util::Result<int64_t> Reader::i64() {
    auto v = readLe<uint64_t>("a 64-bit integer");
    if (!v.ok()) return v.error();
    return static_cast<int64_t>(*v);
}

util::Result<uint64_t> Reader::compactSize(uint64_t max) {
    if (remaining() < 1) return errorHere("unexpected end of data reading a CompactSize");
    const uint8_t first = m_data[m_pos];
    size_t width = 0;  // bytes after the first one
    uint64_t minimum = 0;
    if (first == 0xfd) {
        width = 2;
        minimum = 0xfd;
    } else if (first == 0xfe) {
        width = 4;
        minimum = 0x10000;
    } else if (first == 0xff) {
        width = 8;
        minimum = 0x100000000ull;
    }
    if (remaining() < 1 + width) {
        return errorHere("unexpected end of data reading a CompactSize (" + std::to_string(1 + width) +
                         " bytes needed, " + std::to_string(remaining()) + " left)");
    }
    uint64_t value = first;
    if (width > 0) {
        value = 0;
        for (size_t i = 0; i < width; ++i) value |= static_cast<uint64_t>(m_data[m_pos + 1 + i]) << (8 * i);
    }
    if (value < minimum) return errorHere("non-canonical CompactSize encoding");
    const uint64_t limit = max < kMaxCompactSize ? max : kMaxCompactSize;
    if (value > limit) {
        return errorHere("CompactSize " + std::to_string(value) + " exceeds the limit of " + std::to_string(limit));
    }
    m_pos += 1 + width;
    return value;
}

util::Result<ByteView> Reader::view(size_t n) {
    if (remaining() < n) {
        return errorHere("unexpected end of data (" + std::to_string(n) + " bytes needed, " +
                         std::to_string(remaining()) + " left)");
    }
    ByteView out = m_data.subspan(m_pos, n);
    m_pos += n;
    return out;
}

util::Result<Bytes> Reader::bytes(size_t n) {
    auto v = view(n);
    if (!v.ok()) return v.error();
    return Bytes(v->begin(), v->end());
}

util::Result<std::array<uint8_t, 32>> Reader::hash32() {
    auto v = view(32);
    if (!v.ok()) return v.error();
    std::array<uint8_t, 32> out{};
    std::copy(v->begin(), v->end(), out.begin());
    return out;
}

util::Result<Bytes> Reader::varBytes(size_t maxSize) {
    const size_t start = m_pos;
    auto len = compactSize(maxSize);
    if (!len.ok()) return len.error();
    if (*len > remaining()) {
        auto err =
            errorHere("length " + std::to_string(*len) + " exceeds the " + std::to_string(remaining()) + " bytes left");
        m_pos = start;
        return err;
    }
    return bytes(static_cast<size_t>(*len));
}

util::Result<void> Reader::expectEnd(std::string_view what) const {
    if (atEnd()) return {};
    return errorHere(std::to_string(remaining()) + " trailing bytes after " + std::string(what));
}

}  // namespace cairn::primitives
