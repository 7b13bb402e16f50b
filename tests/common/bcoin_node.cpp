// SPDX-License-Identifier: MIT
#include "common/bcoin_node.h"

#include "common/test_paths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <array>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <csignal>
#endif

namespace cairn::test {

namespace {

constexpr int kStartAttempts = 3;
constexpr int kMineChunk = 1000;  // blocks per generatetoaddress call, so each call stays well inside its timeout

QString nodeExecutable() {
    QString exe = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (exe.isEmpty()) exe = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    return exe;
}

QString bcoinScript() { return BcoinNode::packageDir() + QStringLiteral("/node_modules/bcoin/bin/node"); }

// Runs the event loop for `ms` so QProcess and QNetworkAccessManager keep their state current.
void pause(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Three distinct free loopback ports: all three listeners are held open together so none repeats.
std::array<quint16, 3> freePorts() {
    std::array<QTcpServer, 3> servers;
    std::array<quint16, 3> ports{};
    for (size_t i = 0; i < servers.size(); ++i) {
        if (servers[i].listen(QHostAddress::LocalHost, 0)) ports[i] = servers[i].serverPort();
    }
    return ports;
}

bool portAnswers(quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool up = socket.waitForConnected(1000);
    socket.abort();
    return up;
}

bool isHexScript(const QString& text) {
    static const QRegularExpression kHex(QStringLiteral("^([0-9a-fA-F]{2})+$"));
    return kHex.match(text).hasMatch();
}

}  // namespace

BcoinNode::BcoinNode(QString name)
    : m_dir(freshTempDir(name)),
      m_apiKey(QUuid::createUuid().toString(QUuid::Id128)),
      m_http(std::make_unique<QNetworkAccessManager>()) {
    // An http_proxy in the environment must never see loopback RPC traffic.
    m_http->setProxy(QNetworkProxy::NoProxy);
}

BcoinNode::~BcoinNode() { stop(); }

QString BcoinNode::packageDir() { return sourcePath(QStringLiteral("tests/regtest")); }

QString BcoinNode::installProblem() {
    if (nodeExecutable().isEmpty())
        return QStringLiteral("Node.js (node) is not on PATH: run scripts/test, which installs it and bcoin");
    if (!QFileInfo::exists(bcoinScript()))
        return QStringLiteral("bcoin is not installed in %1/node_modules: run scripts/test (or `npm install` there)")
            .arg(packageDir());
    return {};
}

QString BcoinNode::logPath() const { return m_dir + QStringLiteral("/bcoin.log"); }

QString BcoinNode::logTail(int lines) const {
    QFile f(logPath());
    if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("(no log at %1)").arg(logPath());
    const QStringList all = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool BcoinNode::setError(const QString& message) {
    m_lastError = message;
    return false;
}

bool BcoinNode::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

bool BcoinNode::start(int timeoutMs) {
    m_lastError.clear();
    if (isRunning()) return setError(QStringLiteral("bcoin is already running"));
    if (const QString problem = installProblem(); !problem.isEmpty()) return setError(problem);
    for (int attempt = 1; attempt <= kStartAttempts; ++attempt) {
        bool portClash = false;
        if (startOnce(timeoutMs, &portClash)) return true;
        stop();
        if (!portClash) return false;  // another process took a port between our probe and bcoin's bind: retry
    }
    return false;
}

bool BcoinNode::startOnce(int timeoutMs, bool* portClash) {
    const auto ports = freePorts();
    if (ports[0] == 0 || ports[1] == 0 || ports[2] == 0)
        return setError(QStringLiteral("could not find free loopback ports"));
    m_p2pPort = ports[0];
    m_rpcPort = ports[1];
    m_walletPort = ports[2];

    const QString loopback = QStringLiteral("127.0.0.1");
    const QStringList args{
        bcoinScript(),
        QStringLiteral("--network=regtest"),
        QStringLiteral("--memory=true"),
        QStringLiteral("--workers=false"),
        QStringLiteral("--listen=true"),
        QStringLiteral("--host=") + loopback,
        QStringLiteral("--port=%1").arg(m_p2pPort),
        QStringLiteral("--http-host=") + loopback,
        QStringLiteral("--http-port=%1").arg(m_rpcPort),
        QStringLiteral("--wallet-http-host=") + loopback,
        QStringLiteral("--wallet-http-port=%1").arg(m_walletPort),
        QStringLiteral("--api-key=") + m_apiKey,
        // A peer that does not exist, so the node never dials out (not even to itself).
        QStringLiteral("--only=127.0.0.2:1"),
        QStringLiteral("--bip37=true"),
        QStringLiteral("--index-tx=true"),
        // Keeps ~/.bcoin (its config file and data) out of the test.
        QStringLiteral("--prefix=") + m_dir,
        QStringLiteral("--log-level=debug"),
    };

    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(packageDir());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QStringLiteral("BCOIN_"))) env.remove(key);  // bcoin reads its options from BCOIN_*
    }
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
#ifdef Q_OS_LINUX
    // The node dies with the test process, even when the test crashes or is killed by CTest's timeout.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(nodeExecutable(), args);
    if (!m_process->waitForStarted(10000))
        return setError(QStringLiteral("could not start %1: %2").arg(nodeExecutable(), m_process->errorString()));
    return waitUntilReady(timeoutMs, portClash);
}

bool BcoinNode::waitUntilReady(int timeoutMs, bool* portClash) {
    const QDeadlineTimer deadline(timeoutMs);
    QString waitingFor;
    while (!deadline.hasExpired()) {
        if (m_process->waitForFinished(100) || m_process->state() == QProcess::NotRunning) {
            const QString tail = logTail();
            *portClash = tail.contains(QStringLiteral("EADDRINUSE"));
            return setError(QStringLiteral("bcoin exited (status %1) before it was ready; last lines of %2:\n%3")
                                .arg(m_process->exitCode())
                                .arg(logPath(), tail));
        }
        if (rpc(QStringLiteral("getblockcount"), {}, 2000).isUndefined()) {
            waitingFor = QStringLiteral("node RPC (") + m_lastError + QLatin1Char(')');
        } else if (walletRpc(QStringLiteral("getwalletinfo"), {}, 2000).isUndefined()) {
            waitingFor = QStringLiteral("wallet RPC (") + m_lastError + QLatin1Char(')');
        } else if (!portAnswers(m_p2pPort)) {
            waitingFor = QStringLiteral("P2P port %1").arg(m_p2pPort);
        } else {
            m_lastError.clear();
            return true;
        }
        pause(100);
    }
    return setError(QStringLiteral("bcoin was not ready within %1 ms, still waiting for %2; last lines of %3:\n%4")
                        .arg(timeoutMs)
                        .arg(waitingFor, logPath(), logTail()));
}

void BcoinNode::stop(int graceMs) {
    if (!m_process) return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(graceMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QJsonValue BcoinNode::rpc(const QString& method, const QJsonArray& params, int timeoutMs) {
    return call(m_rpcPort, method, params, timeoutMs);
}

QJsonValue BcoinNode::walletRpc(const QString& method, const QJsonArray& params, int timeoutMs) {
    return call(m_walletPort, method, params, timeoutMs);
}

QJsonValue BcoinNode::call(quint16 port, const QString& method, const QJsonArray& params, int timeoutMs) {
    const QString what = (port == m_walletPort ? QStringLiteral("wallet rpc ") : QStringLiteral("rpc ")) + method;
    m_lastError.clear();
    if (port == 0) {
        setError(what + QStringLiteral(": the node was never started"));
        return QJsonValue::Undefined;
    }
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Basic " + (QStringLiteral("x:") + m_apiKey).toUtf8().toBase64());
    request.setTransferTimeout(timeoutMs);
    const QJsonObject body{
        {QStringLiteral("method"), method}, {QStringLiteral("params"), params}, {QStringLiteral("id"), m_nextId++}};
    QNetworkReply* reply = m_http->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) loop.exec();
    reply->deleteLater();

    const QByteArray raw = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (!doc.isObject()) {
        const QString why =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                ? QStringLiteral("no answer within %1 ms").arg(timeoutMs)
                : reply->errorString();
        setError(QStringLiteral("%1: %2 (HTTP %3, body: %4)")
                     .arg(what, why)
                     .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                     .arg(QString::fromUtf8(raw.left(200))));
        return QJsonValue::Undefined;
    }
    const QJsonObject answer = doc.object();
    const QJsonValue error = answer.value(QStringLiteral("error"));
    if (!error.isNull() && !error.isUndefined()) {
        const QJsonObject e = error.toObject();
        setError(QStringLiteral("%1: %2 (code %3)")
                     .arg(what, e.value(QStringLiteral("message")).toString())
                     .arg(e.value(QStringLiteral("code")).toInt()));
        return QJsonValue::Undefined;
    }
    if (!answer.contains(QStringLiteral("result"))) {
        setError(what + QStringLiteral(": reply has neither result nor error: ") + QString::fromUtf8(raw.left(200)));
        return QJsonValue::Undefined;
    }
    return answer.value(QStringLiteral("result"));
}

QStringList BcoinNode::mine(int count, const QString& target) {
    const QString address = addressFor(target);
    if (address.isEmpty()) return {};
    QStringList hashes;
    while (hashes.size() < count) {
        const int chunk = qMin(kMineChunk, count - static_cast<int>(hashes.size()));
        const QJsonValue result = rpc(QStringLiteral("generatetoaddress"), {chunk, address}, 120000);
        if (!result.isArray() || result.toArray().size() != chunk) {
            if (m_lastError.isEmpty()) setError(QStringLiteral("generatetoaddress returned no list of %1").arg(chunk));
            return {};
        }
        for (const QJsonValue& hash : result.toArray()) hashes.append(hash.toString());
    }
    return hashes;
}

QStringList BcoinNode::reorg(int depth, int newBlocks, const QString& target) {
    const int height = tipHeight();
    if (height < 0) return {};
    if (depth < 1 || depth > height) {
        setError(QStringLiteral("cannot disconnect %1 blocks from a chain of height %2").arg(depth).arg(height));
        return {};
    }
    const QJsonValue fork = rpc(QStringLiteral("getblockhash"), {height - depth + 1});
    if (fork.isUndefined() || rpc(QStringLiteral("invalidateblock"), {fork}).isUndefined()) return {};
    // Forget the mark, so the old blocks may be submitted again later.
    if (rpc(QStringLiteral("reconsiderblock"), {fork}).isUndefined()) return {};
    return mine(newBlocks, target);
}

bool BcoinNode::waitForMempool(const QString& txid, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonValue pool = rpc(QStringLiteral("getrawmempool"));
        if (pool.isUndefined()) return false;
        if (pool.toArray().contains(txid)) return true;
        pause(50);
    }
    return setError(QStringLiteral("%1 did not reach the mempool within %2 ms").arg(txid).arg(timeoutMs));
}

QString BcoinNode::tipHash() { return rpc(QStringLiteral("getbestblockhash")).toString(); }

int BcoinNode::tipHeight() { return rpc(QStringLiteral("getblockcount")).toInt(-1); }

QString BcoinNode::bcoinAddressForScript(const QString& scriptHex) {
    return runAddressTool(QStringLiteral("from-script"), scriptHex.toLower());
}

QString BcoinNode::scriptForBcoinAddress(const QString& address) {
    return runAddressTool(QStringLiteral("to-script"), address);
}

QString BcoinNode::addressFor(const QString& target) {
    m_lastError.clear();
    return isHexScript(target) ? bcoinAddressForScript(target) : target;
}

QString BcoinNode::runAddressTool(const QString& mode, const QString& value) {
    m_lastError.clear();
    const QString key = mode + QLatin1Char(' ') + value;
    if (const auto it = m_addressCache.constFind(key); it != m_addressCache.constEnd()) return *it;
    if (const QString problem = installProblem(); !problem.isEmpty()) {
        setError(problem);
        return {};
    }
    QProcess tool;
    tool.start(nodeExecutable(), {packageDir() + QStringLiteral("/tools/address.js"), mode, value});
    if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit) {
        tool.kill();
        tool.waitForFinished();
        setError(QStringLiteral("tools/address.js %1 %2 did not finish").arg(mode, value));
        return {};
    }
    if (tool.exitCode() != 0) {
        setError(QStringLiteral("tools/address.js %1: %2")
                     .arg(mode, QString::fromUtf8(tool.readAllStandardError()).trimmed()));
        return {};
    }
    const QString out = QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    m_addressCache.insert(key, out);
    return out;
}

QString BcoinNode::fundWallet(int timeoutMs) {
    const QString address = walletRpc(QStringLiteral("getaccountaddress"), {QStringLiteral("default")}).toString();
    if (address.isEmpty()) {
        if (m_lastError.isEmpty()) setError(QStringLiteral("getaccountaddress default returned no address"));
        return {};
    }
    if (mine(101, address).isEmpty()) return {};
    // The wallet follows the chain asynchronously; a coin with 100 confirmations is a spendable coinbase.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonValue coins = walletRpc(QStringLiteral("listunspent"), {100});
        if (coins.isUndefined()) return {};
        if (!coins.toArray().isEmpty()) return address;
        pause(100);
    }
    setError(QStringLiteral("the bcoin wallet saw no mature coin within %1 ms after mining 101 blocks to %2")
                 .arg(timeoutMs)
                 .arg(address));
    return {};
}

QString BcoinNode::sendFromWallet(const QString& target, double amountBtc, int timeoutMs) {
    const QString address = addressFor(target);
    if (address.isEmpty()) return {};
    const QString txid = walletRpc(QStringLiteral("sendtoaddress"), {address, amountBtc}).toString();
    if (txid.isEmpty()) {
        if (m_lastError.isEmpty()) setError(QStringLiteral("sendtoaddress returned no txid"));
        return {};
    }
    return waitForMempool(txid, timeoutMs) ? txid : QString();
}

}  // namespace cairn::test
