// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QMenu>
#include <QSet>

class QAction;

namespace cairn::service {
class WalletBackup;
}

namespace cairn::ui {

class UnlockSession;

/// The Tools menu of the main window: sign/verify message, wallet info, change password, lock now, back up the
/// wallet file, rescan from a height. Each entry opens its dialog (non-blocking) or starts a service request;
/// outcomes are reported through statusMessage().
class ToolsMenu : public QMenu {
    Q_OBJECT
public:
    ToolsMenu(service::WalletService* wallet, UnlockSession* session, QWidget* parent = nullptr);

    /// The wallet the tools act on (empty: none; the wallet entries are disabled).
    void setWalletName(const QString& name);
    QString walletName() const { return m_name; }
    /// The "Lock now" action (enabled while the session remembers a password).
    QAction* lockAction() const { return m_lock; }

public slots:
    void openSignMessage();
    void openWalletInfo();
    void openChangePassword();
    /// Copies the wallet file to `destination` off the GUI thread (→ backupFinished).
    void backupTo(const QString& destination);
    /// Rescans the wallet from `height` (-1: birthday) (→ statusMessage when done).
    void rescanFrom(int height);

signals:
    /// One line for the status bar ("Backup written to …", errors).
    void statusMessage(const QString& text);
    /// A backup ended; `error` is empty on success.
    void backupFinished(const QString& destination, const QString& error);
    /// A rescan ended with `found` transactions.
    void rescanFinished(int found);

private:
    void updateActions();

    service::WalletService* m_wallet;
    UnlockSession* m_session;
    service::WalletBackup* m_backup;
    QString m_name;
    QHash<quint64, QString> m_backupInfo;   ///< walletInfo request → destination
    QHash<quint64, QString> m_backupJobs;   ///< backup request → destination
    QSet<quint64> m_rescans;
    QList<QAction*> m_walletActions;
    QAction* m_lock;
};

}  // namespace cairn::ui
