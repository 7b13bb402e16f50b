// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"
#include "util/secure_bytes.h"

#include <QString>

namespace cairn::cli {

/// Reads a secret (mnemonic, passphrase, password). With a non-empty `file` the secret is the file's
/// content with one trailing newline removed; otherwise the user is prompted on the terminal with echo
/// off (`prompt` is shown on stderr). Fails when there is no file and standard input is not a terminal,
/// unless `allowStdin` is set, in which case one line is read from standard input.
util::Result<util::SecureBytes> readSecret(const QString& file, const QString& prompt, bool allowStdin = false);

}  // namespace cairn::cli
