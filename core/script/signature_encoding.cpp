// SPDX-License-Identifier: MIT
#include "script/signature_encoding.h"

namespace cairn::script {

bool isStrictDerSignature(ByteView sig) {
    // Layout: 0x30 len 0x02 lenR R 0x02 lenS S hashtype
    const size_t size = sig.size();
    if (size < 9 || size > 73) return false;
    if (sig[0] != 0x30 || sig[1] != size - 3) return false;
    const size_t lenR = sig[3];
    if (5 + lenR >= size) return false;
    const size_t lenS = sig[5 + lenR];
    if (lenR + lenS + 7 != size) return false;
    if (sig[2] != 0x02 || lenR == 0) return false;
    if (sig[4] & 0x80) return false;                                   // R negative
    if (lenR > 1 && sig[4] == 0x00 && !(sig[5] & 0x80)) return false;  // R padded without need
    if (sig[lenR + 4] != 0x02 || lenS == 0) return false;
    if (sig[lenR + 6] & 0x80) return false;                                          // S negative
    if (lenS > 1 && sig[lenR + 6] == 0x00 && !(sig[lenR + 7] & 0x80)) return false;  // S padded without need
    return true;
}

std::optional<std::string_view> sighashTypeName(uint8_t hashType) {
    switch (hashType) {
        case 0x01:
            return "ALL";
        case 0x02:
            return "NONE";
        case 0x03:
            return "SINGLE";
        case 0x81:
            return "ALL|ANYONECANPAY";
        case 0x82:
            return "NONE|ANYONECANPAY";
        case 0x83:
            return "SINGLE|ANYONECANPAY";
        default:
            return std::nullopt;
    }
}

}  // namespace cairn::script
