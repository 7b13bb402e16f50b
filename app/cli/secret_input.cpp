// SPDX-License-Identifier: MIT
#include "cli/secret_input.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cairn::cli {

namespace {

util::SecureBytes stripNewline(util::SecureBytes bytes) {
    size_t n = bytes.size();
    if (n && bytes[n - 1] == '\n') --n;
    if (n && bytes[n - 1] == '\r') --n;
    if (n == bytes.size()) return bytes;
    return util::SecureBytes(bytes.data(), n);
}

util::SecureBytes readLine(FILE* in) {
    util::SecureBytes out;
    int c;
    while ((c = std::fgetc(in)) != EOF && c != '\n') {
        const uint8_t b = static_cast<uint8_t>(c);
        out.append(&b, 1);
    }
    return out;
}

}  // namespace

util::Result<util::SecureBytes> readSecret(const QString& file, const QString& prompt, bool allowStdin) {
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return util::fail("cannot read " + file.toStdString() + ": " + f.errorString().toStdString());
        QByteArray raw = f.readAll();
        util::SecureBytes bytes(reinterpret_cast<const uint8_t*>(raw.constData()), static_cast<size_t>(raw.size()));
        util::secureWipe(raw.data(), static_cast<size_t>(raw.size()));
        return stripNewline(std::move(bytes));
    }
    if (!isatty(STDIN_FILENO)) {
        if (!allowStdin) return util::fail("no terminal to prompt on; pass the secret with a --*-file option");
        return readLine(stdin);
    }
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    util::SecureBytes line = readLine(stdin);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    return line;
}

}  // namespace cairn::cli
