// SPDX-License-Identifier: MIT
#include "script/script_reader.h"

#include "script/opcodes.h"

#include <cassert>
#include <string>

namespace cairn::script {

bool ScriptOp::isPush() const { return isPushDataOpcode(opcode); }

bool ScriptOp::isMinimalPush() const {
    if (!isPush()) return false;
    const size_t size = data.size();
    // Single values that have their own opcode must use it.
    if (size == 0) return opcode == OP_0;
    if (size == 1 && data[0] >= 1 && data[0] <= 16) return false;
    if (size == 1 && data[0] == 0x81) return false;
    if (size <= 75) return opcode == size;
    if (size <= 0xff) return opcode == OP_PUSHDATA1;
    if (size <= 0xffff) return opcode == OP_PUSHDATA2;
    return true;
}

util::Result<ScriptOp> ScriptReader::next() {
    assert(!done());
    const size_t start = m_pos;
    const size_t end = m_script.size();
    const uint8_t opcode = m_script[m_pos++];
    ScriptOp op{opcode, {}, start};
    if (!isPushDataOpcode(opcode)) return op;

    size_t lengthBytes = 0;
    if (opcode == OP_PUSHDATA1) lengthBytes = 1;
    if (opcode == OP_PUSHDATA2) lengthBytes = 2;
    if (opcode == OP_PUSHDATA4) lengthBytes = 4;
    uint64_t size = opcode < OP_PUSHDATA1 ? opcode : 0;
    if (end - m_pos < lengthBytes) {
        m_failed = true;
        return util::fail("script push at offset " + std::to_string(start) + " is truncated in its length field");
    }
    for (size_t i = 0; i < lengthBytes; ++i) size |= uint64_t(m_script[m_pos++]) << (8 * i);
    if (end - m_pos < size) {
        m_failed = true;
        return util::fail("script push at offset " + std::to_string(start) + " wants " + std::to_string(size) +
                          " bytes but only " + std::to_string(end - m_pos) + " remain");
    }
    op.data = m_script.subspan(m_pos, size_t(size));
    m_pos += size_t(size);
    return op;
}

util::Result<std::vector<ScriptOp>> parseScript(ByteView script) {
    std::vector<ScriptOp> ops;
    ScriptReader reader(script);
    while (!reader.done()) {
        auto op = reader.next();
        if (!op) return op.error();
        ops.push_back(*op);
    }
    return ops;
}

bool isPushOnly(ByteView script) {
    ScriptReader reader(script);
    while (!reader.done()) {
        auto op = reader.next();
        if (!op || op->opcode > OP_16) return false;
    }
    return true;
}

util::Result<int64_t> decodeScriptNum(ByteView data, bool requireMinimal, size_t maxSize) {
    assert(maxSize <= 8);
    if (data.size() > maxSize) return util::fail("script number is longer than " + std::to_string(maxSize) + " bytes");
    if (data.empty()) return int64_t(0);
    // Minimal: the top byte may be 0x00/0x80 only when it is needed to carry the sign bit.
    if (requireMinimal && (data.back() & 0x7f) == 0 && (data.size() == 1 || (data[data.size() - 2] & 0x80) == 0))
        return util::fail("script number is not minimally encoded");
    uint64_t magnitude = 0;
    for (size_t i = 0; i < data.size(); ++i) magnitude |= uint64_t(data[i]) << (8 * i);
    const uint64_t signBit = uint64_t(0x80) << (8 * (data.size() - 1));
    if (magnitude & signBit) return -int64_t(magnitude & ~signBit);
    return int64_t(magnitude);
}

}  // namespace cairn::script
