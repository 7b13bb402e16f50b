// SPDX-License-Identifier: MIT
#include "cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cairn::cli {
namespace {

void renderText(const QJsonValue& value, const QString& indent, QString& out) {
    if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                out += indent + it.key() + QStringLiteral(":\n");
                renderText(it.value(), indent + QStringLiteral("  "), out);
            } else {
                out += indent + it.key() + QStringLiteral(": ");
                renderText(it.value(), QString(), out);
            }
        }
    } else if (value.isArray()) {
        const QJsonArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (arr[i].isObject() || arr[i].isArray()) {
                out += indent + QStringLiteral("- [%1]\n").arg(i);
                renderText(arr[i], indent + QStringLiteral("  "), out);
            } else {
                out += indent + QStringLiteral("- ");
                renderText(arr[i], QString(), out);
            }
        }
    } else if (value.isString()) {
        out += value.toString() + QLatin1Char('\n');
    } else if (value.isBool()) {
        out += value.toBool() ? QStringLiteral("true\n") : QStringLiteral("false\n");
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        out += (d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                   : QString::number(d, 'g', 17)) +
               QLatin1Char('\n');
    } else {
        out += QStringLiteral("null\n");
    }
}

}  // namespace

void Context::print(const QJsonValue& value) const {
    QByteArray bytes;
    if (json) {
        if (value.isObject())
            bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
        else if (value.isArray())
            bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        else {
            // A bare scalar is wrapped in an array by QJsonDocument; strip it to print the scalar alone.
            QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            bytes = wrapped.mid(1, wrapped.size() - 2) + '\n';
        }
    } else {
        QString text;
        renderText(value, QString(), text);
        bytes = text.toUtf8();
    }
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int Context::fail(const QString& message) const {
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "error: %s\n", qPrintable(line));
    return kExitUserError;
}

void Context::note(const QString& message) const { std::fprintf(stderr, "%s\n", qPrintable(message)); }

Registry& Registry::instance() {
    static Registry registry;
    return registry;
}

bool Registry::add(Command command) {
    const QString name = command.name;
    return m_commands.emplace(name, std::move(command)).second;
}

const Command* Registry::find(const QString& name) const {
    auto it = m_commands.find(name);
    return it == m_commands.end() ? nullptr : &it->second;
}

}  // namespace cairn::cli
