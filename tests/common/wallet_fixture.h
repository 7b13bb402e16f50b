// SPDX-License-Identifier: MIT
#pragma once

#include "common/bcoin_node.h"

#include <QString>

namespace cairn::test {

/// Starts `node` with the BIP157 filter plugin tests/regtest/plugins/cfilters.js loaded (through the
/// `plugins` option of <prefix>/regtest/bcoin.conf, which bcoin reads at start-up), so the node advertises
/// NODE_COMPACT_FILTERS and answers getcfcheckpt / getcfheaders / getcfilters. `lieHeight` >= 0 makes it serve
/// a wrong filter for that height (a lying peer). False on failure with the reason in *error.
bool startBcoinWithFilters(BcoinNode& node, QString* error, int lieHeight = -1);

}  // namespace cairn::test
