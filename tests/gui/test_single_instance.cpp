// SPDX-License-Identifier: MIT
// Single-instance forwarding: a second "launch" (a client SingleInstance with the same key) hands its bitcoin:
// URI to the listening one and learns that it should exit; other keys (another network or data directory) do
// not reach it; a stale socket of a crashed instance is taken over; over-long or unterminated input is dropped.
// The client runs in a helper thread (as the second process would), the server in the test's event loop.
#include "ui/single_instance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <atomic>

using namespace cairn;

namespace {
QString uniqueKey(const QString& what) {
    return QStringLiteral("regtest|/tmp/%1-%2").arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Runs sendToRunning() on another thread (a blocking client, like a second process) and returns its verdict.
bool sendFromThread(const QString& key, const QString& message) {
    std::atomic<bool> result{false};
    QThread* t = QThread::create([&] {
        ui::SingleInstance client(key);
        result = client.sendToRunning(message, 3000);
    });
    t->start();
    // The server side needs this thread's event loop while the client waits.
    const bool finished = QTest::qWaitFor([&] { return t->isFinished(); }, 10000);
    t->wait();
    if (!finished) qWarning("client thread did not finish in time");
    delete t;
    return result;
}
}  // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private slots:
    void secondLaunchForwardsUri() {
        const QString key = uniqueKey(QStringLiteral("fwd"));
        ui::SingleInstance first(key);
        QVERIFY2(first.listen(), qPrintable(first.errorString()));
        QSignalSpy got(&first, &ui::SingleInstance::messageReceived);
        const QString uri = QStringLiteral("bitcoin:bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080?amount=0.5&label=Caf%C3%A9");
        QVERIFY(sendFromThread(key, uri));
        QTRY_COMPARE(got.count(), 1);
        QCOMPARE(got.first().at(0).toString(), uri);
        // "Just show the window": an empty message.
        QVERIFY(sendFromThread(key, QString()));
        QTRY_COMPARE(got.count(), 2);
        QCOMPARE(got.last().at(0).toString(), QString());
    }

    void otherKeyIsNotForwarded() {
        ui::SingleInstance first(uniqueKey(QStringLiteral("a")));
        QVERIFY(first.listen());
        QSignalSpy got(&first, &ui::SingleInstance::messageReceived);
        QVERIFY(!sendFromThread(uniqueKey(QStringLiteral("b")), QStringLiteral("bitcoin:x")));
        QTest::qWait(100);
        QCOMPARE(got.count(), 0);
        QVERIFY(ui::SingleInstance::serverName(QStringLiteral("main|/a")) !=
                ui::SingleInstance::serverName(QStringLiteral("regtest|/a")));
    }

    void noRunningInstanceMeansStartNormally() {
        QVERIFY(!sendFromThread(uniqueKey(QStringLiteral("none")), QStringLiteral("bitcoin:x")));
    }

    void staleSocketIsTakenOver() {
        const QString key = uniqueKey(QStringLiteral("stale"));
        // A crashed instance leaves its socket file behind; nobody answers on it. A plain file at the socket's
        // path makes listen() fail the same way (address in use) until it is removed.
        QFile stale(QDir::tempPath() + QLatin1Char('/') + ui::SingleInstance::serverName(key));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QLocalServer probe;
        QVERIFY(!probe.listen(ui::SingleInstance::serverName(key)));
        ui::SingleInstance first(key);
        QVERIFY2(first.listen(), qPrintable(first.errorString()));
        QSignalSpy got(&first, &ui::SingleInstance::messageReceived);
        QVERIFY(sendFromThread(key, QStringLiteral("bitcoin:y")));
        QTRY_COMPARE(got.count(), 1);
    }

    void oversizedInputIsDropped() {
        const QString key = uniqueKey(QStringLiteral("big"));
        ui::SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy got(&first, &ui::SingleInstance::messageReceived);
        QLocalSocket raw;
        raw.connectToServer(ui::SingleInstance::serverName(key));
        QVERIFY(raw.waitForConnected(3000));
        raw.write(QByteArray(20000, 'a'));  // no newline within 8 KiB
        raw.flush();
        QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(got.count(), 0);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
