// SPDX-License-Identifier: MIT
// Fuzz target: arbitrary bytes as a script. Disassembly, parsing and classification must never crash;
// "[error]" appears exactly when the parser reports a truncated push; every classified template rebuilds
// through its builder (byte-exact, or for bare multisig with the same meaning); re-encoding every parsed
// op minimally gives a script that parses to the same ops.
#include "script/disassemble.h"
#include "script/opcodes.h"
#include "script/script_builder.h"
#include "script/script_reader.h"
#include "script/standard.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace cairn;
using script::ScriptType;

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

template <size_t N>
std::array<uint8_t, N> fixed(const Bytes& b) {
    check(b.size() == N);
    std::array<uint8_t, N> out{};
    std::copy(b.begin(), b.end(), out.begin());
    return out;
}

void checkRebuild(ByteView input, const script::ScriptInfo& info) {
    Bytes rebuilt;
    switch (info.type) {
        case ScriptType::NonStandard:
            return;
        case ScriptType::NullData: {
            // Re-pushing the payloads need not give the same bytes (OP_N vs data), but stays null data.
            script::ScriptBuilder b;
            b.op(script::OP_RETURN);
            for (const auto& p : info.pushes) b.push(p);
            check(script::classify(b.bytes()).type == ScriptType::NullData);
            return;
        }
        case ScriptType::Multisig: {
            auto built = script::multisig(info.required, info.pubkeys);
            check(built.ok());
            // Keys may have been pushed non-minimally in the input; the meaning must survive.
            const auto again = script::classify(*built);
            check(again.type == ScriptType::Multisig && again.required == info.required &&
                  again.pubkeys == info.pubkeys);
            return;
        }
        case ScriptType::PubKey:
            rebuilt = script::p2pk(info.data).value();
            break;
        case ScriptType::PubKeyHash:
            rebuilt = script::p2pkh(fixed<20>(info.data));
            break;
        case ScriptType::ScriptHash:
            rebuilt = script::p2sh(fixed<20>(info.data));
            break;
        case ScriptType::WitnessV0KeyHash:
            rebuilt = script::p2wpkh(fixed<20>(info.data));
            break;
        case ScriptType::WitnessV0ScriptHash:
            rebuilt = script::p2wsh(fixed<32>(info.data));
            break;
        case ScriptType::WitnessV1Taproot:
            rebuilt = script::p2tr(fixed<32>(info.data));
            break;
        case ScriptType::Anchor:
        case ScriptType::WitnessUnknown:
            rebuilt = script::witnessProgram(info.witnessVersion, info.data).value();
            break;
    }
    check(std::equal(rebuilt.begin(), rebuilt.end(), input.begin(), input.end()));
}

void checkMinimalReencoding(const std::vector<script::ScriptOp>& ops) {
    script::ScriptBuilder b;
    for (const auto& op : ops) {
        if (op.isPush())
            b.push(op.data);
        else
            b.op(op.opcode);
    }
    const Bytes& again = b.bytes();
    auto reparsed = script::parseScript(again);
    check(reparsed.ok() && reparsed->size() == ops.size());
    for (size_t i = 0; i < ops.size(); ++i) {
        const auto& a = ops[i];
        const auto& r = (*reparsed)[i];
        check(a.isPush() == r.isPush());
        check(std::equal(a.data.begin(), a.data.end(), r.data.begin(), r.data.end()));
        if (r.isPush() && !(r.data.size() == 1 && ((r.data[0] >= 1 && r.data[0] <= 16) || r.data[0] == 0x81)))
            check(r.isMinimalPush());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView input(data, size);
    const std::string text = script::disassemble(input);
    const std::string scriptSigText = script::disassembleScriptSig(input);
    const auto ops = script::parseScript(input);
    auto endsWithError = [](const std::string& s) {
        return s.size() >= 7 && s.compare(s.size() - 7, 7, "[error]") == 0;
    };
    const bool errorShown = endsWithError(text);
    check(errorShown == !ops.ok());
    check(endsWithError(scriptSigText) == errorShown);
    check(text.empty() == (size == 0));
    if (ops.ok()) checkMinimalReencoding(*ops);
    checkRebuild(input, script::classify(input));
    return 0;
}
