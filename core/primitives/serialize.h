// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cairn::primitives {

/// Largest CompactSize value a Reader accepts (Bitcoin Core's MAX_SIZE, 32 MiB).
constexpr uint64_t kMaxCompactSize = 0x02000000;

/// Number of bytes the CompactSize encoding of `value` takes (1, 3, 5 or 9).
size_t compactSizeLength(uint64_t value);

/// Appends Bitcoin wire-format values (little-endian integers, CompactSize) to a growing buffer.
class Writer {
public:
    Writer() = default;
    /// Reserves room for `expected` bytes up front (a hint only).
    explicit Writer(size_t expected) { m_buf.reserve(expected); }

    Writer& u8(uint8_t v);
    Writer& u16(uint16_t v);
    Writer& u32(uint32_t v);
    Writer& u64(uint64_t v);
    Writer& i32(int32_t v) { return u32(static_cast<uint32_t>(v)); }
    Writer& i64(int64_t v) { return u64(static_cast<uint64_t>(v)); }
    /// Writes the shortest (canonical) CompactSize encoding of `v`.
    Writer& compactSize(uint64_t v);
    /// Appends the bytes as they are, without a length prefix.
    Writer& raw(ByteView bytes);
    /// Appends a CompactSize length followed by the bytes.
    Writer& varBytes(ByteView bytes);

    /// The bytes written so far.
    const Bytes& data() const { return m_buf; }
    size_t size() const { return m_buf.size(); }
    /// Moves the buffer out; the Writer is empty afterwards.
    Bytes take() { return std::move(m_buf); }

private:
    Bytes m_buf;
};

/// Reads Bitcoin wire-format values from a byte view. Every read is bounds-checked; a failed read
/// returns an Error naming what was read and the offset, and leaves the position unchanged.
/// The view must outlive the Reader. Call atEnd()/expectEnd() to reject trailing bytes.
class Reader {
public:
    explicit Reader(ByteView data) : m_data(data) {}

    [[nodiscard]] util::Result<uint8_t> u8();
    [[nodiscard]] util::Result<uint16_t> u16();
    [[nodiscard]] util::Result<uint32_t> u32();
    [[nodiscard]] util::Result<uint64_t> u64();
    [[nodiscard]] util::Result<int32_t> i32();
    [[nodiscard]] util::Result<int64_t> i64();
    /// A CompactSize; fails when it is not minimally encoded or exceeds `max` (at most kMaxCompactSize).
    [[nodiscard]] util::Result<uint64_t> compactSize(uint64_t max = kMaxCompactSize);
    /// Exactly `n` bytes as a copy; fails when fewer remain.
    [[nodiscard]] util::Result<Bytes> bytes(size_t n);
    /// Exactly `n` bytes as a view into the underlying data; fails when fewer remain.
    [[nodiscard]] util::Result<ByteView> view(size_t n);
    /// 32 raw bytes (a hash in internal byte order).
    [[nodiscard]] util::Result<std::array<uint8_t, 32>> hash32();
    /// A CompactSize length (at most `maxSize` and the bytes remaining) followed by that many bytes.
    [[nodiscard]] util::Result<Bytes> varBytes(size_t maxSize = kMaxCompactSize);

    /// Current read position from the start of the view.
    size_t offset() const { return m_pos; }
    /// Bytes not yet read.
    size_t remaining() const { return m_data.size() - m_pos; }
    /// True when every byte has been consumed.
    bool atEnd() const { return m_pos == m_data.size(); }
    /// Fails with "trailing bytes after <what> at offset N" unless every byte has been consumed.
    [[nodiscard]] util::Result<void> expectEnd(std::string_view what) const;
    /// Builds an Error "<message> at offset N" for the current position (for callers' own checks).
    util::Error errorHere(std::string_view message) const;

private:
    template <typename T>
    util::Result<T> readLe(std::string_view what);

    ByteView m_data;
    size_t m_pos = 0;
};

}  // namespace cairn::primitives

/// Inside a function returning util::Result<...>: evaluates `expr` (a util::Result<T>), returns its
/// Error on failure, else declares `var` holding the value.
#define CAIRN_TRY_ASSIGN(var, expr)                        \
    auto var##_result_ = (expr);                           \
    if (!var##_result_.ok()) return var##_result_.error(); \
    auto var = std::move(var##_result_).value()

/// Inside a function returning util::Result<...>: evaluates `expr` (a util::Result<void>) and returns
/// its Error on failure.
#define CAIRN_TRY(expr)                                                                                 \
    do {                                                                                                \
        if (auto cairn_try_result_ = (expr); !cairn_try_result_.ok()) return cairn_try_result_.error(); \
    } while (false)
