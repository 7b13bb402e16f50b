// SPDX-License-Identifier: MIT
// BIP158 filter matching throughput: a wallet of 1,000 scripts (P2WPKH-shaped) against 100,000 synthetic
// filters of 250 elements each (distinct block hashes, so every filter has its own SipHash key). Each filter is
// decoded from its wire bytes and matched with matchAny(), as the wallet sync does for every cfilter.
// Prints "BENCH filter_match_per_s: X filters/s". The filters are built first and not timed.
#include "chain/block_filter.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cstdio>

using namespace cairn;

namespace {
constexpr int kFilters = 100'000;
constexpr int kElementsPerFilter = 250;
constexpr int kWalletScripts = 1'000;

Bytes p2wpkh(uint32_t seed) {
    Bytes s{0x00, 0x14};
    uint32_t x = seed * 2654435761u + 12345u;
    for (int i = 0; i < 20; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        s.push_back(uint8_t(x));
    }
    return s;
}

primitives::BlockHash blockHashFor(uint32_t i) {
    std::array<uint8_t, 32> b{};
    for (int k = 0; k < 32; ++k) b[size_t(k)] = uint8_t((i * 31u + uint32_t(k) * 97u) >> (k % 4));
    b[0] = uint8_t(i);
    b[1] = uint8_t(i >> 8);
    b[2] = uint8_t(i >> 16);
    return primitives::BlockHash(b);
}
}  // namespace

class BenchFilters : public QObject {
    Q_OBJECT
private slots:
    void matchThroughput() {
        std::vector<Bytes> wallet;
        for (int i = 0; i < kWalletScripts; ++i) wallet.push_back(p2wpkh(uint32_t(i) | 0x80000000u));
        std::vector<std::pair<primitives::BlockHash, Bytes>> encoded;
        encoded.reserve(kFilters);
        std::vector<Bytes> elements(kElementsPerFilter);
        for (int f = 0; f < kFilters; ++f) {
            for (int e = 0; e < kElementsPerFilter; ++e) elements[size_t(e)] = p2wpkh(uint32_t(f * kElementsPerFilter + e));
            // One in 1,000 filters contains a wallet script: those must match.
            if (f % 1000 == 0) elements[0] = wallet[size_t(f / 1000 % kWalletScripts)];
            const auto hash = blockHashFor(uint32_t(f));
            encoded.emplace_back(hash, chain::BlockFilter::build(hash, elements).encoded());
        }
        QElapsedTimer timer;
        timer.start();
        int matched = 0;
        for (const auto& [hash, bytes] : encoded) {
            auto filter = chain::BlockFilter::parse(hash, bytes);
            QVERIFY(filter.ok());
            matched += filter->matchAny(wallet) ? 1 : 0;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        // 100 true matches plus false positives at ~ 1,000 / 784,931 per filter (~127 expected).
        QVERIFY2(matched >= kFilters / 1000, "a filter containing a wallet script did not match");
        QVERIFY2(matched < kFilters / 1000 + 400, "far more false positives than BIP158 predicts");
        std::printf("filters %d x %d elements, wallet %d scripts, matched %d (incl. false positives), %.2f s\n",
                    kFilters, kElementsPerFilter, kWalletScripts, matched, seconds);
        std::printf("BENCH filter_match_per_s: %.0f filters/s\n", double(kFilters) / seconds);
    }
};

QTEST_GUILESS_MAIN(BenchFilters)
#include "bench_filters.moc"
