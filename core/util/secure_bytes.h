// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cairn::util {

/// Overwrites memory in a way the compiler may not optimise away.
void secureWipe(void* data, size_t size);

/// A byte buffer for secrets (keys, seeds, passwords). Its memory is wiped when it is destroyed,
/// resized or assigned over. Copying is explicit (copy()) so secrets are not duplicated by accident.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(size_t size);
    SecureBytes(const uint8_t* data, size_t size);
    explicit SecureBytes(ByteView view) : SecureBytes(view.data(), view.size()) {}
    static SecureBytes fromString(std::string_view text);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    /// An explicit deep copy.
    SecureBytes copy() const { return SecureBytes(m_data, m_size); }

    uint8_t* data() { return m_data; }
    const uint8_t* data() const { return m_data; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    uint8_t& operator[](size_t i) { return m_data[i]; }
    const uint8_t& operator[](size_t i) const { return m_data[i]; }
    ByteView view() const { return ByteView(m_data, m_size); }
    std::string_view asStringView() const { return std::string_view(reinterpret_cast<const char*>(m_data), m_size); }
    /// Appends bytes; reallocation wipes the old buffer.
    void append(const uint8_t* data, size_t size);
    void append(ByteView v) { append(v.data(), v.size()); }
    /// Wipes and empties the buffer.
    void clear();
    /// Constant-time comparison of contents.
    bool operator==(const SecureBytes& other) const;

private:
    uint8_t* m_data = nullptr;
    size_t m_size = 0;
};

}  // namespace cairn::util
