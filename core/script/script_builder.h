// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"

#include <cstdint>
#include <utility>

namespace cairn::script {

/// Appends opcodes and data pushes to a script, always with the shortest push encoding.
class ScriptBuilder {
public:
    ScriptBuilder() = default;

    /// Appends one opcode byte.
    ScriptBuilder& op(uint8_t opcode);
    /// Appends a data push: a direct push up to 75 bytes, else OP_PUSHDATA1/2/4 (as Bitcoin Core's
    /// CScript << vector does; a one-byte value is pushed as data, not converted to OP_N).
    ScriptBuilder& push(ByteView data);
    /// Appends a number: OP_0, OP_1NEGATE or OP_1..OP_16 where one exists, else its minimal script-number push.
    ScriptBuilder& number(int64_t value);

    /// The script built so far.
    const Bytes& bytes() const { return m_script; }
    /// Moves the script out; the builder is left empty.
    Bytes take() { return std::move(m_script); }

private:
    Bytes m_script;
};

/// The minimal script-number encoding of a value (little-endian sign-magnitude; 0 is empty).
Bytes encodeScriptNum(int64_t value);

}  // namespace cairn::script
