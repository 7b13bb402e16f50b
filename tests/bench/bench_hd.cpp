// SPDX-License-Identifier: MIT
// HD key throughput: BIP32 private and public child derivations per second, and BIP39 seeds per second
// (PBKDF2-HMAC-SHA512, 2048 rounds). Each figure is measured over at least kMinSeconds and printed as
// "BENCH <name>: <value> <unit>".
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "util/hex.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cstdio>
#include <functional>

using namespace cairn;

namespace {

constexpr double kMinSeconds = 0.5;

// Runs `step` in batches until at least kMinSeconds have passed; returns operations per second.
double measure(const std::function<bool()>& step, int batch) {
    QElapsedTimer timer;
    timer.start();
    long long ops = 0;
    while (timer.nsecsElapsed() < static_cast<qint64>(kMinSeconds * 1e9)) {
        for (int i = 0; i < batch; ++i)
            if (!step()) return -1;
        ops += batch;
    }
    return static_cast<double>(ops) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

void report(const char* name, double value, const char* unit) {
    std::printf("BENCH %s: %.0f %s\n", name, value, unit);
    std::fflush(stdout);
}

crypto::ExtKey vectorMaster() {
    // BIP32 test vector 1's seed.
    auto master = crypto::ExtKey::fromSeed(*util::fromHex("000102030405060708090a0b0c0d0e0f"));
    if (!master.ok()) qFatal("master key: %s", master.message().c_str());
    return std::move(master.value());
}

}  // namespace

class BenchHd : public QObject {
    Q_OBJECT
private slots:
    void privateDerivation() {
        const crypto::ExtKey master = vectorMaster();
        uint32_t index = 0;
        const double rate = measure([&] { return master.derive(index++ & 0xffff).ok(); }, 200);
        QVERIFY(rate > 0);
        report("bip32_ckd_priv", rate, "derivations/s");
    }

    void hardenedDerivation() {
        const crypto::ExtKey master = vectorMaster();
        uint32_t index = 0;
        const double rate = measure([&] { return master.derive(crypto::hardened(index++ & 0xffff)).ok(); }, 200);
        QVERIFY(rate > 0);
        report("bip32_ckd_priv_hardened", rate, "derivations/s");
    }

    void publicDerivation() {
        const crypto::ExtKey xpub = vectorMaster().neuter();
        uint32_t index = 0;
        const double rate = measure([&] { return xpub.derive(index++ & 0xffff).ok(); }, 200);
        QVERIFY(rate > 0);
        report("bip32_ckd_pub", rate, "derivations/s");
    }

    void bip39Seed() {
        const std::string mnemonic =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        const double rate = measure([&] { return crypto::mnemonicToSeed(mnemonic, "TREZOR").ok(); }, 5);
        QVERIFY(rate > 0);
        report("bip39_seed_pbkdf2_2048", rate, "seeds/s");
    }
};

QTEST_GUILESS_MAIN(BenchHd)
#include "bench_hd.moc"
