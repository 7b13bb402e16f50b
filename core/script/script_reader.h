// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cairn::script {

/// One parsed script operation. For push opcodes (0x00..OP_PUSHDATA4) `data` is the pushed bytes, a view
/// into the script being read; for every other opcode it is empty.
struct ScriptOp {
    uint8_t opcode = 0;
    ByteView data;
    size_t offset = 0;  ///< Position of the opcode byte in the script.

    /// True when the op carries data (opcode 0x00..OP_PUSHDATA4).
    bool isPush() const;
    /// True when the push uses the shortest encoding Bitcoin Core's MINIMALDATA rule asks for
    /// (OP_0/OP_1..OP_16/OP_1NEGATE for single values, a direct push up to 75 bytes, ...). False for non-pushes.
    bool isMinimalPush() const;
};

/// A strict forward reader over a script. Push lengths are checked against the bytes left: a truncated
/// push is reported as an error and nothing past the end is read. After an error the reader is done.
class ScriptReader {
public:
    explicit ScriptReader(ByteView script) : m_script(script) {}
    /// A temporary buffer would dangle: the ops' data views point into the script.
    explicit ScriptReader(Bytes&&) = delete;

    /// True when every byte has been read or an error stopped the reader.
    bool done() const { return m_failed || m_pos >= m_script.size(); }
    /// True when the last next() reported a truncated push.
    bool failed() const { return m_failed; }
    /// Offset of the next byte to read. After a truncated push it points past the opcode and any length
    /// bytes that were read, as Bitcoin Core's GetOp leaves its iterator.
    size_t position() const { return m_pos; }

    /// The next operation, or an error naming the offset of a truncated push. Calling it when done() is a bug.
    [[nodiscard]] util::Result<ScriptOp> next();

private:
    ByteView m_script;
    size_t m_pos = 0;
    bool m_failed = false;
};

/// All operations of a script, or the error of the first truncated push.
[[nodiscard]] util::Result<std::vector<ScriptOp>> parseScript(ByteView script);
/// Deleted: the returned views would point into a destroyed temporary.
util::Result<std::vector<ScriptOp>> parseScript(Bytes&&) = delete;

/// True when the script parses and holds only pushes and OP_1NEGATE/OP_RESERVED/OP_1..OP_16
/// (Bitcoin Core's IsPushOnly: every opcode up to OP_16).
bool isPushOnly(ByteView script);

/// Decodes a script number (little-endian sign-magnitude, at most `maxSize` bytes). Fails on an over-long
/// value, and with `requireMinimal` also on a non-minimal encoding (as the interpreter's CScriptNum does).
[[nodiscard]] util::Result<int64_t> decodeScriptNum(ByteView data, bool requireMinimal, size_t maxSize = 4);

}  // namespace cairn::script
