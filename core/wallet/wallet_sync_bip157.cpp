// SPDX-License-Identifier: MIT
// WalletSync's BIP157 scanner. Until net::FilterSync is part of the build, discovery uses BIP37 only.
#include "wallet/wallet_sync.h"

namespace cairn::wallet {

bool WalletSync::bip157Usable() const { return false; }

void WalletSync::bip157Request() { bip37Request(); }

void WalletSync::bip157FetchNext() {}

}  // namespace cairn::wallet
