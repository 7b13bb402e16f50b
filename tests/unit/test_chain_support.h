// SPDX-License-Identifier: MIT
// Helpers shared by the test_chain_* tests: regtest header mining, a vector-backed ChainView and a
// header store in a fresh SQLite file.
#pragma once

#include "chain/params.h"
#include "chain/pow.h"
#include "common/test_paths.h"
#include "primitives/block_header.h"
#include "storage/database.h"
#include "storage/header_store.h"
#include "storage/schema.h"

#include <memory>
#include <string>
#include <vector>

namespace cairn::test {

/// A header on `prev` that meets (or, with `valid` false, misses) its own target. `salt` goes into the
/// Merkle root so that branches built from the same parent differ.
inline primitives::BlockHeader mineHeader(const primitives::BlockHash& prev, uint32_t time, const chain::ChainParams& p,
                                          uint32_t salt = 0, int32_t version = 4, uint32_t bits = 0,
                                          bool valid = true) {
    primitives::BlockHeader h;
    h.version = version;
    h.prevBlock = prev;
    h.merkleRoot[0] = static_cast<uint8_t>(salt);
    h.merkleRoot[1] = static_cast<uint8_t>(salt >> 8);
    h.merkleRoot[2] = static_cast<uint8_t>(salt >> 16);
    h.merkleRoot[3] = static_cast<uint8_t>(salt >> 24);
    h.time = time;
    h.bits = bits ? bits : p.powLimitBits;
    for (h.nonce = 0;; ++h.nonce) {
        const chain::PowStatus status = chain::checkProofOfWork(h.hash(), h.bits, p);
        if (status == chain::PowStatus::BadTarget) return h;  // no nonce can help
        const bool ok = status == chain::PowStatus::Ok;
        if (ok == valid) return h;
    }
}

/// `count` valid regtest-style headers on `parent`, 600 s apart starting at startTime.
inline std::vector<primitives::BlockHeader> mineChain(const primitives::BlockHash& parent, int count, uint32_t startTime,
                                                      const chain::ChainParams& p, uint32_t salt = 0) {
    std::vector<primitives::BlockHeader> out;
    primitives::BlockHash prev = parent;
    for (int i = 0; i < count; ++i) {
        out.push_back(mineHeader(prev, startTime + 600u * static_cast<uint32_t>(i), p, salt));
        prev = out.back().hash();
    }
    return out;
}

/// A chain given as plain per-height bits and times (for pow rule tests without real proof of work).
class VectorView : public chain::ChainView {
public:
    std::vector<uint32_t> bits;
    std::vector<uint32_t> times;
    int tipHeight() const override { return static_cast<int>(bits.size()) - 1; }
    uint32_t bitsAt(int height) const override { return bits.at(static_cast<size_t>(height)); }
    uint32_t timeAt(int height) const override { return times.at(static_cast<size_t>(height)); }
    void push(uint32_t b, uint32_t t) {
        bits.push_back(b);
        times.push_back(t);
    }
};

/// A node database file plus its HeaderStore.
struct StoreFixture {
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::HeaderStore> store;

    /// Opens (creating) `path`; check ok() before use.
    static StoreFixture open(const std::string& path, std::string* error = nullptr) {
        StoreFixture f;
        auto db = storage::Database::open(path, storage::nodeMigrations());
        if (!db.ok()) {
            if (error) *error = db.message();
            return f;
        }
        auto store = storage::HeaderStore::open(**db);
        if (!store.ok()) {
            if (error) *error = store.message();
            return f;
        }
        f.db = std::move(*db);
        f.store = std::move(*store);
        return f;
    }
    bool ok() const { return store != nullptr; }
    void close() {
        store.reset();
        db.reset();
    }
};

}  // namespace cairn::test
