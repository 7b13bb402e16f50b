// SPDX-License-Identifier: MIT
#include "util/log.h"

Q_LOGGING_CATEGORY(lcCairnNet, "cairn.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCairnChain, "cairn.chain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCairnStorage, "cairn.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCairnWallet, "cairn.wallet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCairnService, "cairn.service", QtInfoMsg)
