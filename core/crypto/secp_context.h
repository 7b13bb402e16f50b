// SPDX-License-Identifier: MIT
// Internal to core/crypto: other layers must not include this header (it pulls in libsecp256k1).
#pragma once

#include <secp256k1.h>

namespace cairn::crypto {

/// The process-wide libsecp256k1 context: created and randomized (side-channel blinding) on first use, thread-safe
/// to initialise, and only ever used through const pointers afterwards, which libsecp256k1 allows from any thread.
const secp256k1_context* secpContext();

}  // namespace cairn::crypto
