// SPDX-License-Identifier: MIT
#pragma once

// Checks a typed or pasted address against the network Cairn runs on, so the Send page can say which network
// an address belongs to when it is the wrong one. Pure and cheap (GUI thread is fine).

#include "service/network.h"

#include <QString>

#include <optional>

namespace cairn::service {

/// The address formats a network uses: testnet3, testnet4 and signet share theirs.
enum class AddressFamily { Mainnet, Testnet, Regtest };

/// The family of a network's addresses.
AddressFamily addressFamilyOf(Network network);

/// The verdict on one address.
struct AddressCheck {
    bool valid = false;                        ///< a valid address of the wallet's network
    std::optional<AddressFamily> otherFamily;  ///< set when it is a valid address of another family
    QString reason;                            ///< English reason when invalid and not another family's
    QString normalized;                        ///< the address, trimmed (bech32 lower-cased) when valid
};

/// Checks `address` (surrounding white space ignored) for `network`. Never fails: the verdict says what is
/// wrong. Base58 testnet addresses are valid on regtest too (same version bytes).
AddressCheck checkAddress(const QString& address, Network network);

}  // namespace cairn::service
