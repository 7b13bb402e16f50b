// SPDX-License-Identifier: MIT
#pragma once

// The network enum as the service layer exposes it to the front ends.
#include "util/network.h"
