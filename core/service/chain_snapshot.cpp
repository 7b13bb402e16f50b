// SPDX-License-Identifier: MIT
#include "service/chain_snapshot.h"

#include "chain/header_chain.h"
#include "chain/pow.h"

#include <mutex>

namespace cairn::service {

namespace {

QString displayHex(const std::array<uint8_t, 32>& internal) {
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out(64, Qt::Uninitialized);
    QChar* p = out.data();
    for (size_t i = 32; i-- > 0;) {
        *p++ = QLatin1Char(kDigits[internal[i] >> 4]);
        *p++ = QLatin1Char(kDigits[internal[i] & 0x0f]);
    }
    return out;
}

}  // namespace

ChainSnapshot::ChainSnapshot() = default;
ChainSnapshot::~ChainSnapshot() = default;

int ChainSnapshot::tipHeight() const {
    std::shared_lock lock(m_mutex);
    return static_cast<int>(m_size) - 1;
}

std::optional<HeaderSummary> ChainSnapshot::at(int height) const {
    Entry e;
    {
        std::shared_lock lock(m_mutex);
        if (height < 0 || static_cast<size_t>(height) >= m_size) return std::nullopt;
        const auto h = static_cast<size_t>(height);
        e = (*m_chunks[h / kChunk])[h % kChunk];
    }
    // Formatting happens outside the lock: the writer never waits for a reader's string work.
    HeaderSummary s;
    s.height = height;
    s.hash = displayHex(e.hash);
    s.time = e.time;
    s.bits = e.bits;
    s.difficulty = chain::difficultyFromBits(e.bits);
    return s;
}

size_t ChainSnapshot::memoryUsage() const {
    std::shared_lock lock(m_mutex);
    return m_chunks.size() * sizeof(Chunk) + m_chunks.capacity() * sizeof(void*);
}

ChainSnapshot::Entry ChainSnapshot::entryOf(const chain::HeaderChain& chain, int height) const {
    const chain::IndexEntry* ie = chain.entryAt(height);
    Entry e;
    e.hash = ie->hash.bytes();
    e.time = ie->time;
    e.bits = ie->bits;
    return e;
}

void ChainSnapshot::pushLocked(const Entry& e) {
    if (m_size == m_chunks.size() * kChunk) m_chunks.push_back(std::make_unique<Chunk>());
    (*m_chunks[m_size / kChunk])[m_size % kChunk] = e;
    ++m_size;
}

void ChainSnapshot::resetFrom(const chain::HeaderChain& chain) {
    // Read the chain (owned by this, the worker, thread) before taking the lock; then swap in chunks.
    const int tip = chain.tipHeight();
    std::vector<std::unique_ptr<Chunk>> chunks;
    for (int h = 0; h <= tip; ++h) {
        const auto i = static_cast<size_t>(h);
        if (i % kChunk == 0) chunks.push_back(std::make_unique<Chunk>());
        (*chunks.back())[i % kChunk] = entryOf(chain, h);
    }
    std::unique_lock lock(m_mutex);
    m_chunks.swap(chunks);
    m_size = static_cast<size_t>(tip + 1);
    // `chunks` (the old ones) are freed after the lock is released.
    lock.unlock();
}

bool ChainSnapshot::apply(const chain::HeaderChain& chain, const chain::ChainChange& change) {
    const int newTip = change.newHeight;
    if (change.forkHeight < 0 || newTip != chain.tipHeight() ||
        newTip - change.forkHeight != static_cast<int>(change.connected.size())) {
        resetFrom(chain);
        return false;
    }
    std::vector<Entry> added;
    added.reserve(change.connected.size());
    for (int h = change.forkHeight + 1; h <= newTip; ++h) added.push_back(entryOf(chain, h));
    std::unique_lock lock(m_mutex);
    if (static_cast<size_t>(change.forkHeight) >= m_size) {
        lock.unlock();
        resetFrom(chain);
        return false;
    }
    m_size = static_cast<size_t>(change.forkHeight) + 1;
    for (const Entry& e : added) pushLocked(e);
    return true;
}

}  // namespace cairn::service
