// SPDX-License-Identifier: MIT
#include "util/secure_bytes.h"

#include <cstring>
#include <string.h>

namespace cairn::util {

// explicit_bzero (glibc) keeps util free of OpenSSL headers; it has the same guarantee as OPENSSL_cleanse.
void secureWipe(void* data, size_t size) {
    if (data && size) explicit_bzero(data, size);
}

SecureBytes::SecureBytes(size_t size) : m_data(size ? new uint8_t[size]() : nullptr), m_size(size) {}

SecureBytes::SecureBytes(const uint8_t* data, size_t size) : SecureBytes(size) {
    if (size) std::memcpy(m_data, data, size);
}

SecureBytes SecureBytes::fromString(std::string_view text) {
    return SecureBytes(reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_data(other.m_data), m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBytes::append(const uint8_t* data, size_t size) {
    if (!size) return;
    auto* grown = new uint8_t[m_size + size];
    if (m_size) std::memcpy(grown, m_data, m_size);
    std::memcpy(grown + m_size, data, size);
    const size_t newSize = m_size + size;
    clear();
    m_data = grown;
    m_size = newSize;
}

void SecureBytes::clear() {
    if (m_data) {
        secureWipe(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const {
    if (m_size != other.m_size) return false;
    uint8_t diff = 0;
    for (size_t i = 0; i < m_size; ++i) diff |= static_cast<uint8_t>(m_data[i] ^ other.m_data[i]);
    return diff == 0;
}

}  // namespace cairn::util
