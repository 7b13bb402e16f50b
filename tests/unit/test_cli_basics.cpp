// SPDX-License-Identifier: MIT
// cairn-cli's contract: global options, JSON output, per-subcommand help, exit codes and one-line errors.
#include "common/cli_runner.h"
#include "service/versions.h"

#include <QJsonObject>
#include <QtTest>

using cairn::test::runCli;

class TestCliBasics : public QObject {
    Q_OBJECT
private slots:
    void jsonVersion() {
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        const auto v = cairn::service::libraryVersions();
        QCOMPARE(o.value(QStringLiteral("cairn")).toString(), v.cairn);
        QCOMPARE(o.value(QStringLiteral("qt")).toString(), v.qt);
        QCOMPARE(o.value(QStringLiteral("sqlite")).toString(), v.sqlite);
        QVERIFY(o.value(QStringLiteral("openssl")).toString().startsWith(QStringLiteral("OpenSSL 3")));
        QVERIFY(!o.value(QStringLiteral("secp256k1")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("network")).toString(), QStringLiteral("main"));
    }

    void networkOptionIsApplied() {
        const auto r = runCli({QStringLiteral("--network"), QStringLiteral("regtest"), QStringLiteral("--json"),
                               QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("network")).toString(), QStringLiteral("regtest"));
    }

    void textOutputWithoutJson() {
        const auto r = runCli({QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("cairn: " + cairn::service::libraryVersions().cairn.toUtf8()));
        QVERIFY(r.json().isNull());
    }

    void helpListsSubcommands() {
        const auto r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: cairn-cli [global options] SUBCOMMAND"));
        QVERIFY(r.out.contains("version"));
        QVERIFY(r.out.contains("--connect"));
        const auto h = runCli({QStringLiteral("help"), QStringLiteral("version")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("cairn-cli [global options] version"));
        const auto h2 = runCli({QStringLiteral("version"), QStringLiteral("--help")});
        QCOMPARE(h2.exitCode, 0);
        QCOMPARE(h2.out, h.out);
    }

    void userErrorsAreOneLineAndExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown subcommand");
        QTest::newRow("unknown network") << QStringList{QStringLiteral("--network"), QStringLiteral("moon"), QStringLiteral("version")}
                                         << QStringLiteral("unknown network");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--network")} << QStringLiteral("needs a value");
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("version")}
                                               << QStringLiteral("unknown global option");
        QTest::newRow("unknown command option") << QStringList{QStringLiteral("version"), QStringLiteral("--bogus")}
                                                << QStringLiteral("Unknown option");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("version"), QStringLiteral("extra")}
                                        << QStringLiteral("takes no arguments");
    }

    void userErrorsAreOneLineAndExitOne() {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("error: ")), qPrintable(err));
        QVERIFY2(err.contains(needle), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "test_cli_basics.moc"
