// SPDX-License-Identifier: MIT
#include "script/opcodes.h"

#include <array>
#include <cassert>
#include <string>

namespace cairn::script {
namespace {

struct NamedOpcode {
    uint8_t opcode;
    std::string_view name;
};

// Canonical names; aliases (OP_FALSE, OP_TRUE, OP_NOP2, OP_NOP3) are accepted by opcodeFromName only.
constexpr NamedOpcode kNames[] = {
    {OP_0, "OP_0"},
    {OP_PUSHDATA1, "OP_PUSHDATA1"},
    {OP_PUSHDATA2, "OP_PUSHDATA2"},
    {OP_PUSHDATA4, "OP_PUSHDATA4"},
    {OP_1NEGATE, "OP_1NEGATE"},
    {OP_RESERVED, "OP_RESERVED"},
    {OP_1, "OP_1"},
    {OP_2, "OP_2"},
    {OP_3, "OP_3"},
    {OP_4, "OP_4"},
    {OP_5, "OP_5"},
    {OP_6, "OP_6"},
    {OP_7, "OP_7"},
    {OP_8, "OP_8"},
    {OP_9, "OP_9"},
    {OP_10, "OP_10"},
    {OP_11, "OP_11"},
    {OP_12, "OP_12"},
    {OP_13, "OP_13"},
    {OP_14, "OP_14"},
    {OP_15, "OP_15"},
    {OP_16, "OP_16"},
    {OP_NOP, "OP_NOP"},
    {OP_VER, "OP_VER"},
    {OP_IF, "OP_IF"},
    {OP_NOTIF, "OP_NOTIF"},
    {OP_VERIF, "OP_VERIF"},
    {OP_VERNOTIF, "OP_VERNOTIF"},
    {OP_ELSE, "OP_ELSE"},
    {OP_ENDIF, "OP_ENDIF"},
    {OP_VERIFY, "OP_VERIFY"},
    {OP_RETURN, "OP_RETURN"},
    {OP_TOALTSTACK, "OP_TOALTSTACK"},
    {OP_FROMALTSTACK, "OP_FROMALTSTACK"},
    {OP_2DROP, "OP_2DROP"},
    {OP_2DUP, "OP_2DUP"},
    {OP_3DUP, "OP_3DUP"},
    {OP_2OVER, "OP_2OVER"},
    {OP_2ROT, "OP_2ROT"},
    {OP_2SWAP, "OP_2SWAP"},
    {OP_IFDUP, "OP_IFDUP"},
    {OP_DEPTH, "OP_DEPTH"},
    {OP_DROP, "OP_DROP"},
    {OP_DUP, "OP_DUP"},
    {OP_NIP, "OP_NIP"},
    {OP_OVER, "OP_OVER"},
    {OP_PICK, "OP_PICK"},
    {OP_ROLL, "OP_ROLL"},
    {OP_ROT, "OP_ROT"},
    {OP_SWAP, "OP_SWAP"},
    {OP_TUCK, "OP_TUCK"},
    {OP_CAT, "OP_CAT"},
    {OP_SUBSTR, "OP_SUBSTR"},
    {OP_LEFT, "OP_LEFT"},
    {OP_RIGHT, "OP_RIGHT"},
    {OP_SIZE, "OP_SIZE"},
    {OP_INVERT, "OP_INVERT"},
    {OP_AND, "OP_AND"},
    {OP_OR, "OP_OR"},
    {OP_XOR, "OP_XOR"},
    {OP_EQUAL, "OP_EQUAL"},
    {OP_EQUALVERIFY, "OP_EQUALVERIFY"},
    {OP_RESERVED1, "OP_RESERVED1"},
    {OP_RESERVED2, "OP_RESERVED2"},
    {OP_1ADD, "OP_1ADD"},
    {OP_1SUB, "OP_1SUB"},
    {OP_2MUL, "OP_2MUL"},
    {OP_2DIV, "OP_2DIV"},
    {OP_NEGATE, "OP_NEGATE"},
    {OP_ABS, "OP_ABS"},
    {OP_NOT, "OP_NOT"},
    {OP_0NOTEQUAL, "OP_0NOTEQUAL"},
    {OP_ADD, "OP_ADD"},
    {OP_SUB, "OP_SUB"},
    {OP_MUL, "OP_MUL"},
    {OP_DIV, "OP_DIV"},
    {OP_MOD, "OP_MOD"},
    {OP_LSHIFT, "OP_LSHIFT"},
    {OP_RSHIFT, "OP_RSHIFT"},
    {OP_BOOLAND, "OP_BOOLAND"},
    {OP_BOOLOR, "OP_BOOLOR"},
    {OP_NUMEQUAL, "OP_NUMEQUAL"},
    {OP_NUMEQUALVERIFY, "OP_NUMEQUALVERIFY"},
    {OP_NUMNOTEQUAL, "OP_NUMNOTEQUAL"},
    {OP_LESSTHAN, "OP_LESSTHAN"},
    {OP_GREATERTHAN, "OP_GREATERTHAN"},
    {OP_LESSTHANOREQUAL, "OP_LESSTHANOREQUAL"},
    {OP_GREATERTHANOREQUAL, "OP_GREATERTHANOREQUAL"},
    {OP_MIN, "OP_MIN"},
    {OP_MAX, "OP_MAX"},
    {OP_WITHIN, "OP_WITHIN"},
    {OP_RIPEMD160, "OP_RIPEMD160"},
    {OP_SHA1, "OP_SHA1"},
    {OP_SHA256, "OP_SHA256"},
    {OP_HASH160, "OP_HASH160"},
    {OP_HASH256, "OP_HASH256"},
    {OP_CODESEPARATOR, "OP_CODESEPARATOR"},
    {OP_CHECKSIG, "OP_CHECKSIG"},
    {OP_CHECKSIGVERIFY, "OP_CHECKSIGVERIFY"},
    {OP_CHECKMULTISIG, "OP_CHECKMULTISIG"},
    {OP_CHECKMULTISIGVERIFY, "OP_CHECKMULTISIGVERIFY"},
    {OP_NOP1, "OP_NOP1"},
    {OP_CHECKLOCKTIMEVERIFY, "OP_CHECKLOCKTIMEVERIFY"},
    {OP_CHECKSEQUENCEVERIFY, "OP_CHECKSEQUENCEVERIFY"},
    {OP_NOP4, "OP_NOP4"},
    {OP_NOP5, "OP_NOP5"},
    {OP_NOP6, "OP_NOP6"},
    {OP_NOP7, "OP_NOP7"},
    {OP_NOP8, "OP_NOP8"},
    {OP_NOP9, "OP_NOP9"},
    {OP_NOP10, "OP_NOP10"},
    {OP_CHECKSIGADD, "OP_CHECKSIGADD"},
    {OP_INVALIDOPCODE, "OP_INVALIDOPCODE"},
};

constexpr NamedOpcode kAliases[] = {
    {OP_FALSE, "OP_FALSE"},
    {OP_TRUE, "OP_TRUE"},
    {OP_NOP2, "OP_NOP2"},
    {OP_NOP3, "OP_NOP3"},
};

constexpr std::string_view kUnknown = "OP_UNKNOWN";

// Indexed by opcode byte; built once from kNames.
const std::array<std::string_view, 256>& nameTable() {
    static const std::array<std::string_view, 256> table = [] {
        std::array<std::string_view, 256> t;
        t.fill(kUnknown);
        for (const auto& entry : kNames) t[entry.opcode] = entry.name;
        return t;
    }();
    return table;
}

constexpr std::string_view kSmallIntAsm[] = {"0", "1",  "2",  "3",  "4",  "5",  "6",  "7", "8",
                                             "9", "10", "11", "12", "13", "14", "15", "16"};

}  // namespace

std::string_view opcodeName(uint8_t opcode) { return nameTable()[opcode]; }

std::string_view opcodeAsmName(uint8_t opcode) {
    if (opcode == OP_1NEGATE) return "-1";
    if (isSmallIntOpcode(opcode)) return kSmallIntAsm[decodeSmallInt(opcode)];
    return opcodeName(opcode);
}

std::optional<uint8_t> opcodeFromName(std::string_view name) {
    std::string full;
    if (name.substr(0, 3) != "OP_") full = "OP_";
    full += name;
    for (const auto& entry : kNames)
        if (entry.name == full) return entry.opcode;
    for (const auto& entry : kAliases)
        if (entry.name == full) return entry.opcode;
    return std::nullopt;
}

int decodeSmallInt(uint8_t opcode) {
    assert(isSmallIntOpcode(opcode));
    return opcode == OP_0 ? 0 : opcode - (OP_1 - 1);
}

uint8_t encodeSmallInt(int n) {
    assert(n >= 0 && n <= 16);
    return n == 0 ? uint8_t(OP_0) : uint8_t(OP_1 + n - 1);
}

}  // namespace cairn::script
