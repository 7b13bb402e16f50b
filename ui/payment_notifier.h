// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QObject>
#include <QSet>

namespace cairn::ui {

/// Watches the open wallet for new incoming payments: each time the wallet changes it reads the newest history
/// page and announces every incoming transaction it has not seen before. The first read after setWalletName()
/// only records what is there (no announcement for old payments).
class PaymentNotifier : public QObject {
    Q_OBJECT
public:
    explicit PaymentNotifier(service::WalletService* wallet, QObject* parent = nullptr);

    /// Starts watching wallet `name` ('' stops).
    void setWalletName(const QString& name);

public slots:
    /// Reads the newest transactions now (also called on WalletService::walletChanged for the watched wallet).
    void check();

signals:
    /// A transaction that pays the wallet (net amount > 0 satoshis) appeared.
    void paymentReceived(const QString& walletName, const QString& txid, qint64 amount);

private:
    service::WalletService* m_wallet;
    QString m_name;
    QSet<QString> m_known;
    bool m_seeded = false;
    quint64 m_pending = 0;
};

}  // namespace cairn::ui
