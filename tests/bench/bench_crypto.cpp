// SPDX-License-Identifier: MIT
// Crypto throughput: ECDSA and BIP340 Schnorr sign/verify per second, SHA-256d of 80-byte block headers per second,
// and raw SHA-256 throughput on 16 KiB blocks (like `openssl speed sha256`). Each figure runs for at least
// kMinSeconds and is printed as one "BENCH <name>: <value> <unit>" line. No timing assertions.
#include "crypto/ecdsa.h"
#include "crypto/hash.h"
#include "crypto/schnorr.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace cairn;

namespace {

constexpr double kMinSeconds = 0.5;

// Runs step() in batches until kMinSeconds have passed; returns operations per second. A false from step()
// means the operation itself failed, which aborts the benchmark (a broken primitive must not report a speed).
double opsPerSecond(const std::function<bool(uint32_t)>& step, int batch) {
    QElapsedTimer timer;
    timer.start();
    uint32_t ops = 0;
    while (timer.nsecsElapsed() < qint64(kMinSeconds * 1e9)) {
        for (int i = 0; i < batch; ++i, ++ops) {
            if (!step(ops)) {
                std::fprintf(stderr, "benchmark step failed\n");
                std::exit(1);
            }
        }
    }
    return double(ops) / (double(timer.nsecsElapsed()) / 1e9);
}

void report(const char* name, double value, const char* unit) { std::printf("BENCH %s: %.1f %s\n", name, value, unit); }

crypto::Hash256 digestFor(uint32_t i) {
    const uint8_t b[4] = {uint8_t(i), uint8_t(i >> 8), uint8_t(i >> 16), uint8_t(i >> 24)};
    return crypto::sha256(ByteView(b, 4));
}

}  // namespace

int main() {
    const crypto::PrivKey key = crypto::PrivKey::generate();
    const crypto::PubKey pub = key.pubKey();
    const crypto::XOnlyPubKey xonly = key.xOnlyPubKey();
    const crypto::Hash256 digest = digestFor(0);
    const crypto::EcdsaSignature ecdsaSig = crypto::signEcdsa(key, digest);
    const crypto::SchnorrSignature schnorrSig = crypto::signSchnorr(key, digest);
    volatile uint8_t sink = 0;

    report("ecdsa_sign", opsPerSecond([&](uint32_t i) {
               sink = sink ^ crypto::signEcdsa(key, digestFor(i)).toCompact()[0];
               return true;
           }, 100), "sign/s");
    report("ecdsa_verify", opsPerSecond([&](uint32_t) { return crypto::verifyEcdsa(pub, digest, ecdsaSig); }, 100),
           "verify/s");
    report("schnorr_sign", opsPerSecond([&](uint32_t i) {
               sink = sink ^ crypto::signSchnorr(key, digestFor(i))[0];
               return true;
           }, 100), "sign/s");
    report("schnorr_verify",
           opsPerSecond([&](uint32_t) { return crypto::verifySchnorr(xonly, digest, schnorrSig); }, 100), "verify/s");

    uint8_t header[80] = {};
    report("sha256d_header", opsPerSecond([&](uint32_t i) {
               header[76] = uint8_t(i);  // vary the nonce like a miner would
               header[77] = uint8_t(i >> 8);
               sink = sink ^ crypto::sha256d(ByteView(header, 80))[0];
               return true;
           }, 1000), "hash/s");

    static uint8_t block[16 * 1024] = {};
    const double blocksPerSecond = opsPerSecond([&](uint32_t i) {
        block[0] = uint8_t(i);
        sink = sink ^ crypto::sha256(ByteView(block, sizeof block))[0];
        return true;
    }, 100);
    report("sha256_16k", blocksPerSecond * double(sizeof block) / 1e6, "MB/s");
    (void)sink;
    return 0;
}
