// SPDX-License-Identifier: MIT
#include "script/disassemble.h"

#include "script/opcodes.h"
#include "script/script_reader.h"
#include "script/signature_encoding.h"
#include "util/hex.h"

namespace cairn::script {
namespace {

// Bitcoin Core treats scripts over this size as unspendable.
constexpr size_t kMaxScriptSize = 10000;

std::string renderPush(ByteView data, bool decodeSighash) {
    if (data.size() <= 4) {
        // Up to 4 bytes always decode (non-minimal encodings allowed), exactly as Core prints them.
        return std::to_string(decodeScriptNum(data, false, 4).value());
    }
    if (decodeSighash && isStrictDerSignature(data)) {
        if (auto name = sighashTypeName(data.back()))
            return util::toHex(data.first(data.size() - 1)) + "[" + std::string(*name) + "]";
    }
    return util::toHex(data);
}

std::string render(ByteView script, bool decodeSighash) {
    const bool unspendable = (!script.empty() && script[0] == OP_RETURN) || script.size() > kMaxScriptSize;
    decodeSighash = decodeSighash && !unspendable;
    std::string out;
    ScriptReader reader(script);
    while (!reader.done()) {
        if (!out.empty()) out += ' ';
        auto op = reader.next();
        if (!op) {
            out += "[error]";
            break;
        }
        if (op->isPush())
            out += renderPush(op->data, decodeSighash);
        else
            out += opcodeAsmName(op->opcode);
    }
    return out;
}

}  // namespace

std::string disassemble(ByteView script) { return render(script, false); }

std::string disassembleScriptSig(ByteView script) { return render(script, true); }

}  // namespace cairn::script
