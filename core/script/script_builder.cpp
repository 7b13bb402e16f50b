// SPDX-License-Identifier: MIT
#include "script/script_builder.h"

#include "script/opcodes.h"

#include <cassert>

namespace cairn::script {

ScriptBuilder& ScriptBuilder::op(uint8_t opcode) {
    m_script.push_back(opcode);
    return *this;
}

ScriptBuilder& ScriptBuilder::push(ByteView data) {
    const size_t size = data.size();
    assert(size <= 0xffffffffu);
    if (size < OP_PUSHDATA1) {
        m_script.push_back(uint8_t(size));
    } else if (size <= 0xff) {
        m_script.push_back(OP_PUSHDATA1);
        m_script.push_back(uint8_t(size));
    } else if (size <= 0xffff) {
        m_script.push_back(OP_PUSHDATA2);
        for (int i = 0; i < 2; ++i) m_script.push_back(uint8_t(size >> (8 * i)));
    } else {
        m_script.push_back(OP_PUSHDATA4);
        for (int i = 0; i < 4; ++i) m_script.push_back(uint8_t(size >> (8 * i)));
    }
    m_script.insert(m_script.end(), data.begin(), data.end());
    return *this;
}

ScriptBuilder& ScriptBuilder::number(int64_t value) {
    if (value == -1) return op(OP_1NEGATE);
    if (value >= 0 && value <= 16) return op(encodeSmallInt(int(value)));
    return push(encodeScriptNum(value));
}

Bytes encodeScriptNum(int64_t value) {
    Bytes out;
    if (value == 0) return out;
    const bool negative = value < 0;
    // Work on the unsigned magnitude so INT64_MIN does not overflow.
    uint64_t magnitude = negative ? uint64_t(0) - uint64_t(value) : uint64_t(value);
    while (magnitude) {
        out.push_back(uint8_t(magnitude & 0xff));
        magnitude >>= 8;
    }
    // The top bit of the last byte is the sign; add a byte when the magnitude already uses it.
    if (out.back() & 0x80)
        out.push_back(negative ? 0x80 : 0x00);
    else if (negative)
        out.back() |= 0x80;
    return out;
}

}  // namespace cairn::script
