// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cairn::util {

/// Cairn's own version, e.g. "0.1.0".
std::string cairnVersion();

}  // namespace cairn::util
