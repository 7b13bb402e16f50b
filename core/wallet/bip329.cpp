// SPDX-License-Identifier: MIT
#include "wallet/bip329.h"

#include "util/hex.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include <array>
#include <cstdio>

namespace cairn::wallet {

using storage::LabelRecord;
using util::fail;
using util::Result;

namespace {

constexpr std::array<std::string_view, 6> kTypes{"tx", "addr", "pubkey", "input", "output", "xpub"};

// A JSON string literal: quotes, backslashes and control characters escaped; UTF-8 passed through.
std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

bool isTxidHex(std::string_view s) { return s.size() == 64 && util::isHex(s); }

// "txid:n" with n a decimal below 2^32 without leading zeros.
bool isOutpointRef(std::string_view s) {
    const size_t colon = s.find(':');
    if (colon == std::string_view::npos || !isTxidHex(s.substr(0, colon))) return false;
    const std::string_view n = s.substr(colon + 1);
    if (n.empty() || n.size() > 10 || (n.size() > 1 && n[0] == '0')) return false;
    uint64_t v = 0;
    for (char c : n) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + uint64_t(c - '0');
    }
    return v <= 0xffffffffull;
}

// Truncates to at most `max` characters (code points), never inside a UTF-8 sequence.
bool truncateUtf8(std::string& s, size_t max) {
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (chars == max) {
            s.resize(i);
            return true;
        }
        ++chars;
    }
    return false;
}

}  // namespace

bool isBip329Type(std::string_view type) {
    for (std::string_view t : kTypes)
        if (t == type) return true;
    return false;
}

std::string formatBip329Line(const LabelRecord& l) {
    std::string line = "{\"type\":" + jsonString(l.type) + ",\"ref\":" + jsonString(l.ref) +
                       ",\"label\":" + jsonString(l.label);
    if (!l.origin.empty()) line += ",\"origin\":" + jsonString(l.origin);
    if (l.type == "output" && l.spendable) line += std::string(",\"spendable\":") + (*l.spendable ? "true" : "false");
    return line + "}";
}

Result<Bip329Line> parseBip329Line(std::string_view line) {
    if (line.size() > kMaxBip329LineLength) return fail("record is longer than 64 KiB");
    QJsonParseError err{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(line.data(), qsizetype(line.size())), &err);
    if (err.error != QJsonParseError::NoError) return fail("not valid JSON (" + err.errorString().toStdString() + ")");
    if (!doc.isObject()) return fail("a record must be a JSON object");
    const QJsonObject o = doc.object();
    const QJsonValue type = o.value(QStringLiteral("type"));
    const QJsonValue ref = o.value(QStringLiteral("ref"));
    if (!type.isString()) return fail("\"type\" is missing or not a string");
    if (!ref.isString() || ref.toString().isEmpty()) return fail("\"ref\" is missing, empty or not a string");
    Bip329Line out;
    const std::string t = type.toString().toStdString();
    if (!isBip329Type(t)) return out;  // BIP329: ignore types it does not define

    LabelRecord rec;
    rec.type = t;
    rec.ref = ref.toString().toStdString();
    if ((t == "tx" && !isTxidHex(rec.ref)) || ((t == "input" || t == "output") && !isOutpointRef(rec.ref)))
        return fail("\"ref\" of a " + t + " record must be " + (t == "tx" ? "a txid" : "\"txid:index\""));
    if (o.contains(QStringLiteral("label"))) {
        const QJsonValue label = o.value(QStringLiteral("label"));
        if (!label.isString()) return fail("\"label\" must be a string");
        rec.label = label.toString().toStdString();
        out.hasLabel = true;
        out.truncated = truncateUtf8(rec.label, kMaxLabelLength);
    }
    if (o.contains(QStringLiteral("origin"))) {
        const QJsonValue origin = o.value(QStringLiteral("origin"));
        if (!origin.isString()) return fail("\"origin\" must be a string");
        rec.origin = origin.toString().toStdString();
    }
    if (o.contains(QStringLiteral("spendable"))) {
        if (t != "output") return fail("\"spendable\" is only allowed on output records");
        const QJsonValue sp = o.value(QStringLiteral("spendable"));
        if (!sp.isBool()) return fail("\"spendable\" must be true or false");
        rec.spendable = sp.toBool();
    }
    out.record = std::move(rec);
    return out;
}

Result<std::vector<Bip329Line>> parseBip329(std::string_view text) {
    std::vector<Bip329Line> lines;
    size_t lineNo = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        auto parsed = parseBip329Line(line);
        if (!parsed.ok()) return fail("line " + std::to_string(lineNo) + ": " + parsed.message());
        lines.push_back(std::move(parsed.value()));
    }
    return lines;
}

}  // namespace cairn::wallet
