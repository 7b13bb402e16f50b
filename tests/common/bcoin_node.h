// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace cairn::test {

/// A bcoin 1.0.2 regtest node run as a child process on free loopback ports, for the regtest tests
/// (see tests/regtest/README.md). In-memory chain, one node per object, stopped by the destructor.
///
/// Failure convention: calls never throw and never abort. A failed call returns an "empty" value
/// (an undefined QJsonValue, an empty string or list, -1) and lastError() says what went wrong in one
/// line (for start(): also the tail of the node's log). Use it as QVERIFY2(ok, qPrintable(node.lastError())).
class BcoinNode {
public:
    /// `name` names the temp directory (under CAIRN_TEST_TMP) that holds the node's log and prefix.
    explicit BcoinNode(QString name = QStringLiteral("bcoin"));
    /// Stops the node (see stop()).
    ~BcoinNode();
    BcoinNode(const BcoinNode&) = delete;
    BcoinNode& operator=(const BcoinNode&) = delete;

    /// tests/regtest in the source tree: package.json, node_modules/ and tools/.
    static QString packageDir();
    /// Empty when node and node_modules/bcoin are present; otherwise what is missing and how to install it.
    static QString installProblem();

    /// Starts the node and waits (at most `timeoutMs`) until the node RPC, the wallet RPC and the P2P port
    /// answer. Retries on other free ports if a port was taken meanwhile. False on failure (lastError()).
    [[nodiscard]] bool start(int timeoutMs = 60000);
    /// Terminates the node (SIGTERM), kills it after `graceMs`; a no-op when not running.
    void stop(int graceMs = 10000);
    /// True while the child process runs.
    bool isRunning() const;

    /// Loopback P2P port (0 before start()).
    quint16 p2pPort() const { return m_p2pPort; }
    /// Loopback port of the node's JSON-RPC / HTTP API.
    quint16 rpcPort() const { return m_rpcPort; }
    /// Loopback port of the wallet's JSON-RPC / HTTP API.
    quint16 walletRpcPort() const { return m_walletPort; }
    /// The file that receives the node's stdout and stderr.
    QString logPath() const;
    /// The last `lines` lines of that log (for failure messages).
    QString logTail(int lines = 30) const;
    /// One line on what the last failed call did wrong; empty after a successful call.
    QString lastError() const { return m_lastError; }

    /// Node JSON-RPC call; its result (may be null), or undefined on a transport, HTTP or JSON-RPC error.
    QJsonValue rpc(const QString& method, const QJsonArray& params = {}, int timeoutMs = 60000);
    /// Wallet JSON-RPC call (wallet "primary"); same contract as rpc().
    QJsonValue walletRpc(const QString& method, const QJsonArray& params = {}, int timeoutMs = 60000);

    /// Mines `count` blocks paying `target` (a scriptPubKey in hex, or a bcoin regtest address);
    /// their hashes in display hex, oldest first, or an empty list on failure.
    QStringList mine(int count, const QString& target);
    /// Best block hash in display hex; empty on failure.
    QString tipHash();
    /// Best block height; -1 on failure.
    int tipHeight();

    /// bcoin's regtest address for a scriptPubKey (hex): "rb1..." for witness programs, base58 with bcoin's
    /// prefixes otherwise. Empty when the script has no exact address form.
    QString bcoinAddressForScript(const QString& scriptHex);
    /// The scriptPubKey (lower-case hex) of a bcoin regtest address; empty when it is not one.
    QString scriptForBcoinAddress(const QString& address);

    /// Disconnects the top `depth` blocks and mines `newBlocks` on their parent, paying `target`: a reorg when
    /// newBlocks > depth. bcoin deletes the disconnected blocks (its reconsiderblock does not bring them back;
    /// submitblock with their raw hex does). The new hashes, oldest first, or an empty list on failure.
    QStringList reorg(int depth, int newBlocks, const QString& target);
    /// Waits until `txid` (display hex) is in the node's mempool; false after `timeoutMs`.
    bool waitForMempool(const QString& txid, int timeoutMs = 30000);

    /// Mines 101 blocks to the bcoin wallet's own address (`getaccountaddress default`) and waits until the
    /// wallet can spend a mature coinbase. That address, or empty on failure.
    QString fundWallet(int timeoutMs = 60000);
    /// Pays `amountBtc` from the bcoin wallet to `target` (scriptPubKey hex or bcoin address) and waits until the
    /// transaction is in the mempool (the wallet relays asynchronously). Its txid, or empty on failure.
    QString sendFromWallet(const QString& target, double amountBtc, int timeoutMs = 30000);

private:
    bool startOnce(int timeoutMs, bool* portClash);
    bool waitUntilReady(int timeoutMs, bool* portClash);
    QJsonValue call(quint16 port, const QString& method, const QJsonArray& params, int timeoutMs);
    QString addressFor(const QString& target);
    QString runAddressTool(const QString& mode, const QString& value);
    bool setError(const QString& message);

    QString m_dir;
    QString m_apiKey;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_http;
    quint16 m_p2pPort = 0;
    quint16 m_rpcPort = 0;
    quint16 m_walletPort = 0;
    int m_nextId = 1;
    QString m_lastError;
    QHash<QString, QString> m_addressCache;
};

}  // namespace cairn::test
