// SPDX-License-Identifier: MIT
#include "primitives/merkle.h"

#include <cassert>
#include <cstring>

namespace cairn::primitives {
namespace {
crypto::Hash256 hashPair(const crypto::Hash256& left, const crypto::Hash256& right) {
    uint8_t buf[64];
    std::memcpy(buf, left.data(), 32);
    std::memcpy(buf + 32, right.data(), 32);
    return crypto::sha256d(ByteView(buf, sizeof(buf)));
}
}  // namespace

MerkleRoot computeMerkleRoot(std::vector<crypto::Hash256> level) {
    MerkleRoot result;
    if (level.empty()) return result;
    while (level.size() > 1) {
        // Two equal siblings make the list ambiguous (CVE-2012-2459); odd-level padding is not counted.
        for (size_t i = 0; i + 1 < level.size(); i += 2) {
            if (level[i] == level[i + 1]) result.mutated = true;
        }
        if (level.size() % 2 != 0) level.push_back(level.back());
        for (size_t i = 0; i < level.size() / 2; ++i) level[i] = hashPair(level[2 * i], level[2 * i + 1]);
        level.resize(level.size() / 2);
    }
    result.root = level[0];
    return result;
}

std::vector<crypto::Hash256> merkleBranch(const std::vector<crypto::Hash256>& leaves, size_t index) {
    assert(index < leaves.size());
    std::vector<crypto::Hash256> branch;
    std::vector<crypto::Hash256> level = leaves;
    while (level.size() > 1) {
        if (level.size() % 2 != 0) level.push_back(level.back());
        branch.push_back(level[index ^ 1]);
        for (size_t i = 0; i < level.size() / 2; ++i) level[i] = hashPair(level[2 * i], level[2 * i + 1]);
        level.resize(level.size() / 2);
        index /= 2;
    }
    return branch;
}

crypto::Hash256 merkleRootFromBranch(const crypto::Hash256& leaf, const std::vector<crypto::Hash256>& branch,
                                     size_t index) {
    crypto::Hash256 h = leaf;
    for (const crypto::Hash256& sibling : branch) {
        h = (index & 1) ? hashPair(sibling, h) : hashPair(h, sibling);
        index >>= 1;
    }
    return h;
}

}  // namespace cairn::primitives
