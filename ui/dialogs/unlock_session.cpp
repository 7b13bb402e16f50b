// SPDX-License-Identifier: MIT
#include "ui/dialogs/unlock_session.h"

#include "ui/app_settings.h"

#include <QCoreApplication>
#include <QEvent>

namespace cairn::ui {

UnlockSession::UnlockSession(QObject* parent) : QObject(parent) {
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &UnlockSession::lockNow);
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

UnlockSession::~UnlockSession() {
    if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

util::SecureBytes UnlockSession::password(const QString& wallet) {
    if (!isUnlocked(wallet)) return {};
    restartIdle();
    return m_password.copy();
}

void UnlockSession::unlock(const QString& wallet, util::SecureBytes password) {
    if (password.empty()) return;
    m_wallet = wallet;
    m_password = std::move(password);
    restartIdle();
    emit lockedChanged(true);
}

void UnlockSession::setIdleTimeoutMs(int ms) {
    m_overrideMs = ms;
    if (!m_password.empty()) restartIdle();
}

int UnlockSession::idleTimeoutMs() const {
    return m_overrideMs >= 0 ? m_overrideMs : AppSettings::autoLockMinutes() * 60 * 1000;
}

void UnlockSession::lockNow() {
    m_idle.stop();
    const bool was = !m_password.empty();
    m_password.clear();
    m_wallet.clear();
    if (was) emit lockedChanged(false);
}

void UnlockSession::restartIdle() {
    const int ms = idleTimeoutMs();
    if (ms > 0) m_idle.start(ms);
    else m_idle.stop();
}

bool UnlockSession::eventFilter(QObject* watched, QEvent* event) {
    if (!m_password.empty()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
            if (m_idle.isActive()) m_idle.start();  // same interval
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace cairn::ui
