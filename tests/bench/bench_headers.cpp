// SPDX-License-Identifier: MIT
// Header chain throughput and footprint:
//  - 1,000,000 synthetic regtest headers (mined in memory first, not timed) validated and persisted
//    through HeaderChain in batches of 2,000, as a peer would send them -> headers/s (target >= 300,000/s);
//  - a store of 925,000 headers (about mainnet's height) re-opened in a fresh process: time to load
//    the index and peak RSS (VmHWM) of that process (target <= 150 MB).
#include "chain/header_chain.h"
#include "../unit/test_chain_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace cairn;

namespace {
constexpr uint32_t kStart = 1'500'000'000;
constexpr int kTotal = 1'000'000;
constexpr int kReopenCount = 925'000;
constexpr int kBatch = 2000;

// Headers one second apart: strictly increasing times always pass the median-time-past rule.
std::vector<primitives::BlockHeader> mineHeaders(int count) {
    const auto& p = chain::chainParams(Network::Regtest);
    std::vector<primitives::BlockHeader> out;
    out.reserve(static_cast<size_t>(count));
    primitives::BlockHash prev = p.genesisHash;
    for (int i = 0; i < count; ++i) {
        out.push_back(test::mineHeader(prev, kStart + static_cast<uint32_t>(i), p));
        prev = out.back().hash();
    }
    return out;
}

chain::HeaderChain::Options benchOptions() {
    chain::HeaderChain::Options o;
    o.clock = [] { return int64_t(kStart) + kTotal + 10; };
    return o;
}

// CPU seconds used by this process (the machine is shared: wall time alone says little).
double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double loadAverage() {
    double avg[1] = {0};
    return getloadavg(avg, 1) == 1 ? avg[0] : -1;
}

long vmHwmKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Child mode: open the store, load the index, report time and peak RSS on stdout.
int reopenChild(const QString& path) {
    QElapsedTimer t;
    t.start();
    auto files = test::StoreFixture::open(path.toStdString());
    if (!files.ok()) return 2;
    auto c = chain::HeaderChain::open(chain::chainParams(Network::Regtest), *files.store, benchOptions());
    if (!c.ok()) return 3;
    const qint64 ms = t.elapsed();
    std::printf("%lld %ld %d %.3f\n", static_cast<long long>(ms), vmHwmKiB(), (*c)->tipHeight(), cpuSeconds());
    return 0;
}
}  // namespace

class BenchHeaders : public QObject {
    Q_OBJECT
private slots:
    void acceptOneMillionHeaders() {
        // CAIRN_BENCH_HEADERS overrides the count (for quick experiments).
        const int total = qEnvironmentVariableIntValue("CAIRN_BENCH_HEADERS") > 0
                              ? qEnvironmentVariableIntValue("CAIRN_BENCH_HEADERS") / kBatch * kBatch
                              : kTotal;
        const auto headers = mineHeaders(total);
        const std::string path = (test::freshTempDir(QStringLiteral("bench-1m")) + QStringLiteral("/node.sqlite")).toStdString();
        auto files = test::StoreFixture::open(path);
        QVERIFY(files.ok());
        auto c = chain::HeaderChain::open(chain::chainParams(Network::Regtest), *files.store, benchOptions());
        QVERIFY(c.ok());
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        for (size_t i = 0; i < headers.size(); i += kBatch) {
            const auto r = (*c)->acceptHeaders(std::span(headers).subspan(i, kBatch), 1);
            QVERIFY2(r.ok() && r.persisted == kBatch, r.message.c_str());
        }
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        std::printf("BENCH headers_accept_rate_cpu: %.0f headers/cpu-s\n", total / cpu);
        std::printf("BENCH load_average_during_run: %.1f\n", loadAverage());
        QCOMPARE((*c)->tipHeight(), total);
        std::printf("BENCH headers_accept_rate: %.0f headers/s\n", total / seconds);
        std::printf("BENCH headers_accept_total_time: %.2f s\n", seconds);
        std::printf("BENCH header_index_memory: %.1f MB\n", static_cast<double>((*c)->memoryUsage()) / 1e6);
    }

    void reopenMainnetSizedStore() {
        if (qEnvironmentVariableIntValue("CAIRN_BENCH_HEADERS") > 0) QSKIP("quick experiment: CAIRN_BENCH_HEADERS is set");
        const QString path = test::freshTempDir(QStringLiteral("bench-925k")) + QStringLiteral("/node.sqlite");
        {
            // Fill the store directly (not timed): validation is not what this figure measures.
            const auto headers = mineHeaders(kReopenCount);
            auto files = test::StoreFixture::open(path.toStdString());
            QVERIFY(files.ok());
            {
                auto c = chain::HeaderChain::open(chain::chainParams(Network::Regtest), *files.store, benchOptions());
                QVERIFY(c.ok());  // writes genesis
            }
            std::vector<chain::StoredHeader> rows;
            primitives::Uint256 work = chain::blockWork(headers[0].bits);
            for (size_t i = 0; i < headers.size(); ++i) {
                work += chain::blockWork(headers[i].bits);
                rows.push_back({headers[i], headers[i].hash(), int(i + 1), work});
                if (rows.size() == 50'000 || i + 1 == headers.size()) {
                    QVERIFY(files.store->commit(rows, rows.back().hash).ok());
                    rows.clear();
                }
            }
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAIRN_BENCH_REOPEN"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(300'000));
        QCOMPARE(child.exitCode(), 0);
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[2].toInt(), kReopenCount);
        std::printf("BENCH headers_reopen_925k_time: %.3f s\n", parts[0].toDouble() / 1000.0);
        std::printf("BENCH headers_reopen_925k_cpu_time: %.3f s\n", parts[3].toDouble());
        std::printf("BENCH headers_reopen_925k_peak_rss: %.1f MB\n", parts[1].toDouble() / 1024.0);
    }
};

int main(int argc, char** argv) {
    const QString reopen = qEnvironmentVariable("CAIRN_BENCH_REOPEN");
    if (!reopen.isEmpty()) return reopenChild(reopen);
    // On a loaded shared machine one bench function can exceed QtTest's default 5-minute watchdog.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QCoreApplication app(argc, argv);
    BenchHeaders bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_headers.moc"
