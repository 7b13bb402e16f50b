// SPDX-License-Identifier: MIT
#include "ui/payment_notifier.h"

namespace cairn::ui {

namespace {
// Newest entries read per check: more than can plausibly arrive between two walletChanged signals.
constexpr int kWindow = 50;
}  // namespace

PaymentNotifier::PaymentNotifier(service::WalletService* wallet, QObject* parent) : QObject(parent), m_wallet(wallet) {
    if (!m_wallet) return;
    connect(m_wallet, &service::WalletService::walletChanged, this, [this](const QString& name) {
        if (name == m_name) check();
    });
    connect(m_wallet, &service::WalletService::transactionsReady, this,
            [this](quint64 id, const QList<service::TxHistoryEntry>& entries) {
                if (id != m_pending || id == 0) return;
                m_pending = 0;
                for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
                    if (m_known.contains(it->txid)) continue;
                    m_known.insert(it->txid);
                    if (m_seeded && it->amount > 0 && it->status != QLatin1String("conflicted"))
                        emit paymentReceived(m_name, it->txid, it->amount);
                }
                m_seeded = true;
            });
    connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString&) {
        if (id == m_pending) m_pending = 0;
    });
}

void PaymentNotifier::setWalletName(const QString& name) {
    m_name = name;
    m_known.clear();
    m_seeded = false;
    m_pending = 0;
    check();
}

void PaymentNotifier::check() {
    if (!m_wallet || m_name.isEmpty()) return;
    m_pending = m_wallet->listTransactions(m_name, 0, kWindow);
}

}  // namespace cairn::ui
