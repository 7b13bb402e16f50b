// SPDX-License-Identifier: MIT
// The layering rules of ARCHITECTURE.md, checked on the real source tree and link lines:
//  1. no core/ target links QtGui or QtWidgets (only net and above may use QtNetwork);
//  2. ui/ includes only core/service headers from the core;
//  3. only app/ sees both ui/ and core/service;
//  4. no include cycles; core layers include only themselves and layers below;
//  plus: only crypto includes OpenSSL/secp256k1 headers, only storage includes sqlite3.h.
#include "common/test_paths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

const QStringList kLayers{QStringLiteral("util"),    QStringLiteral("crypto"), QStringLiteral("primitives"),
                          QStringLiteral("script"),  QStringLiteral("chain"),  QStringLiteral("storage"),
                          QStringLiteral("net"),     QStringLiteral("wallet"), QStringLiteral("service")};

struct Include {
    QString file;  // relative to the source root
    QString target;
    bool quoted;
};

QList<Include> includesUnder(const QString& dir) {
    QList<Include> out;
    static const QRegularExpression re(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    const QString root = cairn::test::sourcePath(QString());
    QDirIterator it(cairn::test::sourcePath(dir), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString rel = QDir(root).relativeFilePath(path);
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            const auto m = re.match(line);
            if (m.hasMatch()) out.append({rel, m.captured(2), m.captured(1) == QStringLiteral("\"")});
        }
    }
    return out;
}

// "core/net/peer.cpp" -> "net"
QString layerOf(const QString& rel) { return rel.section(QLatin1Char('/'), 1, 1); }

QStringList checkCoreIncludes(const QList<Include>& incs) {
    QStringList bad;
    for (const Include& inc : incs) {
        const QString layer = layerOf(inc.file);
        const int own = kLayers.indexOf(layer);
        if (inc.quoted) {
            const QString target = inc.target.section(QLatin1Char('/'), 0, 0);
            const int idx = kLayers.indexOf(target);
            if (idx < 0) {
                bad << QStringLiteral("%1 includes \"%2\", which is not a core layer header").arg(inc.file, inc.target);
            } else if (idx > own) {
                bad << QStringLiteral("%1 (layer %2) includes upward: %3").arg(inc.file, layer, inc.target);
            }
        } else {
            const QString t = inc.target;
            if (t.startsWith(QStringLiteral("QtGui")) || t.startsWith(QStringLiteral("QtWidgets")) ||
                t == QStringLiteral("QWidget") || t == QStringLiteral("QApplication") || t == QStringLiteral("QImage") ||
                t == QStringLiteral("QPixmap") || t == QStringLiteral("QGuiApplication"))
                bad << QStringLiteral("%1 includes GUI header <%2>").arg(inc.file, t);
            if ((t.startsWith(QStringLiteral("openssl/")) || t.startsWith(QStringLiteral("secp256k1"))) &&
                layer != QStringLiteral("crypto"))
                bad << QStringLiteral("%1 includes <%2>; only core/crypto may").arg(inc.file, t);
            if (t == QStringLiteral("sqlite3.h") && layer != QStringLiteral("storage"))
                bad << QStringLiteral("%1 includes <sqlite3.h>; only core/storage may").arg(inc.file);
            const bool network = t.startsWith(QStringLiteral("QtNetwork")) || t == QStringLiteral("QTcpSocket") ||
                                 t == QStringLiteral("QHostAddress") || t == QStringLiteral("QDnsLookup") ||
                                 t == QStringLiteral("QAbstractSocket") || t == QStringLiteral("QTcpServer") ||
                                 t == QStringLiteral("QNetworkProxy") || t == QStringLiteral("QHostInfo");
            if (network && own < kLayers.indexOf(QStringLiteral("net")))
                bad << QStringLiteral("%1 includes network header <%2> below core/net").arg(inc.file, t);
        }
    }
    return bad;
}

QStringList checkUiIncludes(const QList<Include>& incs) {
    QStringList bad;
    for (const Include& inc : incs) {
        if (!inc.quoted) continue;
        const QString top = inc.target.section(QLatin1Char('/'), 0, 0);
        if (top == QStringLiteral("service") || top == QStringLiteral("ui") || inc.target.endsWith(QStringLiteral(".moc")))
            continue;
        bad << QStringLiteral("%1 includes \"%2\"; ui/ may include only service/ and ui/ headers").arg(inc.file,
                                                                                                     inc.target);
    }
    return bad;
}

// Edges file -> file for quoted includes inside core/ and ui/; a DFS reports any cycle.
QStringList findCycles(const QList<Include>& incs) {
    QHash<QString, QStringList> edges;
    for (const Include& inc : incs) {
        if (!inc.quoted) continue;
        QString target = inc.target;
        if (!target.startsWith(QStringLiteral("ui/"))) target = QStringLiteral("core/") + target;
        edges[inc.file] << target;
    }
    QStringList cycles;
    QHash<QString, int> state;  // 1 = on stack, 2 = done
    QStringList stack;
    std::function<void(const QString&)> visit = [&](const QString& node) {
        state[node] = 1;
        stack << node;
        for (const QString& next : edges.value(node)) {
            if (state.value(next) == 1)
                cycles << (stack.mid(stack.indexOf(next)) << next).join(QStringLiteral(" -> "));
            else if (state.value(next) == 0)
                visit(next);
        }
        stack.removeLast();
        state[node] = 2;
    };
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        if (state.value(it.key()) == 0) visit(it.key());
    return cycles;
}

}  // namespace

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreLayersIncludeDownwardOnly() {
        const auto incs = includesUnder(QStringLiteral("core"));
        QVERIFY2(incs.size() > 20, "core sources not found");
        const QStringList bad = checkCoreIncludes(incs);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void checkerCatchesViolations() {
        // The checks must be able to fail: feed them known-bad includes.
        QList<Include> bad{{QStringLiteral("core/crypto/x.cpp"), QStringLiteral("wallet/keystore.h"), true},
                           {QStringLiteral("core/chain/x.cpp"), QStringLiteral("QtWidgets/QWidget"), false},
                           {QStringLiteral("core/util/x.cpp"), QStringLiteral("openssl/evp.h"), false},
                           {QStringLiteral("core/wallet/x.cpp"), QStringLiteral("sqlite3.h"), false},
                           {QStringLiteral("core/chain/x.cpp"), QStringLiteral("QTcpSocket"), false}};
        QCOMPARE(checkCoreIncludes(bad).size(), 5);
        QList<Include> badUi{{QStringLiteral("ui/pages/x.cpp"), QStringLiteral("wallet/keystore.h"), true},
                             {QStringLiteral("ui/pages/x.cpp"), QStringLiteral("storage/database.h"), true}};
        QCOMPARE(checkUiIncludes(badUi).size(), 2);
        QList<Include> cyc{{QStringLiteral("core/util/a.h"), QStringLiteral("util/b.h"), true},
                           {QStringLiteral("core/util/b.h"), QStringLiteral("util/a.h"), true}};
        QCOMPARE(findCycles(cyc).size(), 1);
    }

    void uiIncludesOnlyService() {
        const auto incs = includesUnder(QStringLiteral("ui"));
        QVERIFY2(!incs.isEmpty(), "ui sources not found");
        const QStringList bad = checkUiIncludes(incs);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void onlyAppSeesUiAndService() {
        // core never includes ui/ (covered above: "ui" is not a layer); tests aside, nothing else may include both.
        for (const QString& dir : {QStringLiteral("core"), QStringLiteral("ui")}) {
            for (const Include& inc : includesUnder(dir))
                QVERIFY2(!(dir == QStringLiteral("core") && inc.target.startsWith(QStringLiteral("ui/"))),
                         qPrintable(inc.file + QStringLiteral(" includes ") + inc.target));
        }
        bool appSeesBoth = false;
        const auto appIncs = includesUnder(QStringLiteral("app/gui"));
        bool ui = false, service = false;
        for (const Include& inc : appIncs) {
            ui |= inc.target.startsWith(QStringLiteral("ui/"));
            service |= inc.target.startsWith(QStringLiteral("service/"));
        }
        appSeesBoth = ui && service;
        QVERIFY2(appSeesBoth, "app/gui is the composition root and should build both");
    }

    void noIncludeCycles() {
        auto incs = includesUnder(QStringLiteral("core"));
        incs += includesUnder(QStringLiteral("ui"));
        const QStringList cycles = findCycles(incs);
        QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(QLatin1Char('\n'))));
    }

    void coreTargetsDoNotLinkGui() {
        QFile f(QStringLiteral(CAIRN_BINARY_DIR "/layer_links.txt"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "layer_links.txt not generated");
        int layers = 0;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString layer = line.section(QLatin1Char('='), 0, 0);
            const QString libs = line.section(QLatin1Char('='), 1);
            if (layer == QStringLiteral("ui")) {
                QVERIFY2(libs.contains(QStringLiteral("Qt6::Widgets")), "ui should link Qt6::Widgets");
                continue;
            }
            ++layers;
            QVERIFY2(!libs.contains(QStringLiteral("Qt6::Gui")) && !libs.contains(QStringLiteral("Qt6::Widgets")),
                     qPrintable(QStringLiteral("core/%1 links %2").arg(layer, libs)));
            QVERIFY2(!libs.contains(QStringLiteral("cairn_ui")), qPrintable(layer));
            const bool mayNetwork = kLayers.indexOf(layer) >= kLayers.indexOf(QStringLiteral("net"));
            if (!mayNetwork)
                QVERIFY2(!libs.contains(QStringLiteral("Qt6::Network")),
                         qPrintable(QStringLiteral("core/%1 links QtNetwork below core/net").arg(layer)));
        }
        QCOMPARE(layers, kLayers.size());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
