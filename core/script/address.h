// SPDX-License-Identifier: MIT
#pragma once

#include "script/standard.h"
#include "util/bytes.h"
#include "util/network.h"
#include "util/result.h"

#include <string>
#include <string_view>

namespace cairn::script {

/// Longest address text the decoders look at (a 40-byte witness program with "bcrt" is 76 characters).
constexpr size_t kMaxAddressLength = 100;

/// How an address is written.
enum class AddressEncoding { Base58Check, Bech32, Bech32m };

/// Everything an address says.
struct AddressInfo {
    Network network = Network::Main;  ///< the network it was decoded for
    AddressEncoding encoding = AddressEncoding::Base58Check;
    /// PubKeyHash, ScriptHash, WitnessV0KeyHash, WitnessV0ScriptHash, WitnessV1Taproot, Anchor or WitnessUnknown.
    ScriptType type = ScriptType::NonStandard;
    int witnessVersion = -1;  ///< 0..16 for segwit addresses, -1 for Base58Check ones
    Bytes program;            ///< the 20-byte hash (P2PKH/P2SH) or the witness program
    Bytes scriptPubKey;
};

/// "base58check", "bech32" or "bech32m".
std::string_view addressEncodingName(AddressEncoding encoding);

/// The address of a scriptPubKey on a network: Base58Check for P2PKH/P2SH, bech32 for witness v0, bech32m for
/// v1..16 (lower case). Fails for scripts with no address form (P2PK, bare multisig, OP_RETURN, non-standard).
[[nodiscard]] util::Result<std::string> encodeAddress(ByteView scriptPubKey, Network net);

/// Decodes an address for a network and returns its scriptPubKey. Bech32 addresses may be all upper case.
/// Fails with a plain reason; when the address is valid on another network the message says so, e.g.
/// "address is for testnet, not mainnet".
[[nodiscard]] util::Result<Bytes> decodeAddress(std::string_view address, Network net);

/// As decodeAddress, with the encoding, type, witness version and program as well.
[[nodiscard]] util::Result<AddressInfo> decodeAddressInfo(std::string_view address, Network net);

}  // namespace cairn::script
