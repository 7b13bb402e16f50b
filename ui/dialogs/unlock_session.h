// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace cairn::ui {

/// The one place where the GUI may keep a wallet unlocked between signatures: the password the user chose to
/// remember, in SecureBytes, for one wallet. It is wiped by "Lock now", by switching wallets and after
/// Settings ▸ Auto-lock idle minutes without keyboard or mouse input in the application (0: only Lock now).
class UnlockSession : public QObject {
    Q_OBJECT
public:
    explicit UnlockSession(QObject* parent = nullptr);
    ~UnlockSession() override;

    /// True while `wallet`'s password is remembered.
    bool isUnlocked(const QString& wallet) const { return !m_password.empty() && wallet == m_wallet; }
    /// A copy of the remembered password of `wallet` (empty when locked); counts as activity.
    util::SecureBytes password(const QString& wallet);
    /// Remembers `password` for `wallet` (replacing another wallet's) and starts the idle timer.
    void unlock(const QString& wallet, util::SecureBytes password);
    /// Idle time before locking, in milliseconds (0: never); read from AppSettings at every unlock unless set.
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const;

public slots:
    /// Wipes the remembered password; emits lockedChanged(false) when something was remembered.
    void lockNow();

signals:
    /// The session was unlocked (true) or locked (false).
    void lockedChanged(bool unlocked);

protected:
    /// Keyboard and mouse input anywhere in the application restarts the idle timer.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restartIdle();

    QString m_wallet;
    util::SecureBytes m_password;
    QTimer m_idle;
    int m_overrideMs = -1;
};

}  // namespace cairn::ui
