// SPDX-License-Identifier: MIT
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace cairn::util {

/// What went wrong with input a peer, a file or a user supplied. The message is one plain English
/// sentence fit for a log or a CLI error line; it never contains secret material.
struct Error {
    std::string message;
};

/// Either a value or an Error. Check ok() before value(); calling value() on an error is a bug (asserts).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { assert(!ok()); return std::get<1>(m_v); }
    /// The error message, or an empty string on success.
    std::string message() const { return ok() ? std::string() : error().message; }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { assert(m_failed); return m_error; }
    std::string message() const { return m_failed ? m_error.message : std::string(); }

private:
    Error m_error;
    bool m_failed = false;
};

/// Shorthand to build an Error.
inline Error fail(std::string message) { return Error{std::move(message)}; }

}  // namespace cairn::util
