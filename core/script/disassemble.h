// SPDX-License-Identifier: MIT
#pragma once

#include "util/bytes.h"

#include <string>

namespace cairn::script {

/// Readable assembly of a script, as Bitcoin Core's ScriptToAsmStr prints it: operations separated by
/// one space; pushes of up to 4 bytes as decimal script numbers, longer pushes as lower-case hex; OP_0,
/// OP_1NEGATE and OP_1..OP_16 as "0", "-1", "1".."16"; other opcodes by name. A truncated push ends the
/// text with "[error]". Never fails; an empty script gives "".
std::string disassemble(ByteView script);

/// Like disassemble(), but a push that is a strict DER signature with a defined hash type is printed as
/// the signature hex followed by "[ALL]", "[NONE|ANYONECANPAY]", ... (Core's decoding of scriptSigs).
/// Scripts starting with OP_RETURN are printed without that decoding.
std::string disassembleScriptSig(ByteView script);

}  // namespace cairn::script
