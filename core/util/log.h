// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Logging categories, one per layer. Enable with QT_LOGGING_RULES="cairn.*.debug=true".
// Never log secrets: keys, seeds, mnemonics, passwords, or decrypted wallet data.
Q_DECLARE_LOGGING_CATEGORY(lcCairnNet)
Q_DECLARE_LOGGING_CATEGORY(lcCairnChain)
Q_DECLARE_LOGGING_CATEGORY(lcCairnStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCairnWallet)
Q_DECLARE_LOGGING_CATEGORY(lcCairnService)
