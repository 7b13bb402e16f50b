// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <vector>

namespace cairn::storage {

/// The migrations of the per-network node database (cairn.sqlite): metadata, headers and block cache
/// (versions 10-19), peers, address book and bans (versions 20-29), BIP157 filter headers (versions 30-39). Each group is defined beside the
/// store that uses it. Versions only ever grow: a released version number is never reused or reordered.
const std::vector<Migration>& nodeMigrations();

/// Header chain and block cache tables (defined in header_store_schema.cpp).
std::vector<Migration> headerMigrations();
/// Peer address book and ban list tables (defined in peer_store_schema.cpp).
std::vector<Migration> peerMigrations();
/// BIP157 filter headers and filter cache tables (defined in filter_header_store_schema.cpp).
std::vector<Migration> filterHeaderMigrations();

}  // namespace cairn::storage
