// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bip32.h"
#include "script/extkey_io.h"
#include "util/network.h"

#include <cstdint>
#include <optional>
#include <string>

// Standard HD account layouts: m / purpose' / coin_type' / account' / change / index.
namespace cairn::script {

/// The BIP that fixes an account's purpose and the scripts its addresses use.
enum class AccountType {
    Bip44P2pkh,       ///< m/44h: P2PKH
    Bip49P2shP2wpkh,  ///< m/49h: P2SH-P2WPKH
    Bip84P2wpkh,      ///< m/84h: P2WPKH
    Bip86P2tr,        ///< m/86h: P2TR key-path (BIP86 output key tweak)
};

/// Largest account number (accounts are hardened steps).
constexpr uint32_t kMaxAccount = crypto::kHardenedBit - 1;

/// The purpose number: 44, 49, 84 or 86.
uint32_t accountPurpose(AccountType type);
/// The BIP44 coin type: 0 on mainnet, 1 on every test network.
uint32_t coinType(Network net);
/// m/purpose'/coin'/account' (account must be at most kMaxAccount, asserted).
crypto::KeyPath accountPath(AccountType type, Network net, uint32_t account);
/// accountPath / change / index: change is 0 for receive and 1 for change addresses (index below 2^31, asserted).
crypto::KeyPath addressPath(AccountType type, Network net, uint32_t account, bool change, uint32_t index);
/// The account type named by the path's first step (44h, 49h, 84h or 86h), or nullopt for any other path.
std::optional<AccountType> accountTypeOfPath(const crypto::KeyPath& path);
/// The SLIP-132 version family for the type's extended keys: P2shP2wpkh for BIP49, P2wpkh for BIP84,
/// Standard (xpub/tpub) for BIP44 and BIP86.
ExtKeyScriptType extKeyScriptTypeFor(AccountType type);
/// "BIP44 P2PKH", "BIP49 P2SH-P2WPKH", "BIP84 P2WPKH" or "BIP86 P2TR".
std::string accountTypeName(AccountType type);

}  // namespace cairn::script
