// SPDX-License-Identifier: MIT
#include "util/version.h"

namespace cairn::util {

std::string cairnVersion() { return CAIRN_VERSION; }

}  // namespace cairn::util
