// SPDX-License-Identifier: MIT
#pragma once

// Tools ▸ Back up wallet: a consistent copy of a wallet file (SQLite VACUUM INTO, so a copy taken while the
// wallet is open and being written is still whole), made on a worker thread.

#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace cairn::service {

/// Copies the wallet file `walletPath` to `destination` (replacing it only once the copy is complete; the
/// copy goes to "<destination>.part" first). Fails with the reason when the wallet file cannot be opened or
/// is damaged, or the destination cannot be written. Blocks: call it off the GUI thread.
[[nodiscard]] util::Result<void> backupWalletFile(const QString& walletPath, const QString& destination);

/// Runs backupWalletFile on a worker thread per request; the result arrives as finished() on the caller's
/// thread. The destructor waits for running copies.
class WalletBackup : public QObject {
    Q_OBJECT
public:
    explicit WalletBackup(QObject* parent = nullptr);
    ~WalletBackup() override;

    /// Starts a copy and returns its request id at once.
    quint64 backup(const QString& walletPath, const QString& destination);

signals:
    /// Request `requestId` ended: `error` is empty on success, else one English line.
    void finished(quint64 requestId, const QString& error);

private:
    quint64 m_next = 1;
    QList<QThread*> m_threads;
};

}  // namespace cairn::service
