// SPDX-License-Identifier: MIT
#include "net/filter_sync_judge.h"

#include "chain/block_filter.h"
#include "util/hex.h"

namespace cairn::net {

std::optional<std::string> proveFilterWrong(const primitives::BlockHash& blockHash, const crypto::Hash256& claimedHash,
                                            ByteView encoded, const primitives::Block* block) {
    if (crypto::sha256d(encoded) != claimedHash) return "its filter does not hash to the filter hash it sent in cfheaders";
    auto filter = chain::BlockFilter::parse(blockHash, encoded);
    if (!filter.ok()) return "its filter cannot be decoded: " + filter.message();
    if (!block) return std::nullopt;

    const std::vector<Bytes> outputs = chain::BlockFilter::basicElements(*block, {});
    for (const Bytes& script : outputs) {
        // A correct filter contains every output script: no false negatives are possible.
        if (!filter->match(script)) return "its filter lacks the output script " + util::toHex(script) + " of the block";
    }
    size_t spending = 0;
    for (const auto& tx : block->transactions)
        if (!tx.isCoinbase()) spending += tx.inputs.size();
    const size_t n = filter->elementCount();
    if (n < outputs.size() || n > outputs.size() + spending)
        return "its filter has " + std::to_string(n) + " elements, but the block has " + std::to_string(outputs.size()) +
               " distinct output scripts and " + std::to_string(spending) + " spending inputs";
    if (spending == 0 && filter->encoded() != chain::BlockFilter::build(blockHash, outputs).encoded())
        return "its filter differs from the one built from the block, which spends nothing";
    return std::nullopt;
}

}  // namespace cairn::net
