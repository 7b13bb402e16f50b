// SPDX-License-Identifier: MIT
#include "ui/dialogs/tools_menu.h"

#include "service/wallet_backup.h"
#include "ui/dialogs/change_password_dialog.h"
#include "ui/dialogs/sign_message_dialog.h"
#include "ui/dialogs/unlock_session.h"
#include "ui/dialogs/wallet_info_dialog.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QInputDialog>

namespace cairn::ui {

ToolsMenu::ToolsMenu(service::WalletService* wallet, UnlockSession* session, QWidget* parent)
    : QMenu(tr("&Tools"), parent), m_wallet(wallet), m_session(session), m_backup(new service::WalletBackup(this)) {
    setObjectName(QStringLiteral("toolsMenu"));
    auto add = [this](const QString& text, const QString& name, auto slot) {
        QAction* a = addAction(text, this, slot);
        a->setObjectName(name);
        m_walletActions << a;
        return a;
    };
    add(tr("&Sign / verify message…"), QStringLiteral("actionSignMessage"), &ToolsMenu::openSignMessage);
    add(tr("Wallet &info…"), QStringLiteral("actionWalletInfo"), &ToolsMenu::openWalletInfo);
    addSeparator();
    add(tr("&Change password…"), QStringLiteral("actionChangePassword"), &ToolsMenu::openChangePassword);
    m_lock = addAction(tr("&Lock now"));
    m_lock->setObjectName(QStringLiteral("actionLockNow"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addSeparator();
    add(tr("&Back up wallet…"), QStringLiteral("actionBackup"), [this] {
        const QString suggested = QStringLiteral("%1-backup-%2.sqlite")
                                      .arg(m_name, QDate::currentDate().toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(this->parentWidget(), tr("Back up wallet"), suggested,
                                                          tr("Wallet files (*.sqlite);;All files (*)"));
        if (!path.isEmpty()) backupTo(path);
    });
    add(tr("&Rescan from height…"), QStringLiteral("actionRescan"), [this] {
        auto* ask = new QInputDialog(parentWidget());
        ask->setObjectName(QStringLiteral("rescanDialog"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Rescan"));
        ask->setLabelText(tr("Look for the wallet's transactions again from block height (0: the whole chain):"));
        ask->setInputMode(QInputDialog::IntInput);
        ask->setIntRange(0, 10'000'000);
        connect(ask, &QInputDialog::intValueSelected, this, &ToolsMenu::rescanFrom);
        ask->open();
    });
    if (m_session) {
        connect(m_lock, &QAction::triggered, m_session, &UnlockSession::lockNow);
        connect(m_session, &UnlockSession::lockedChanged, this, [this](bool unlocked) {
            updateActions();
            if (!unlocked) emit statusMessage(tr("Wallet locked; signing asks for the password again."));
        });
    }
    connect(m_backup, &service::WalletBackup::finished, this, [this](quint64 id, const QString& error) {
        const QString dest = m_backupJobs.take(id);
        emit statusMessage(error.isEmpty() ? tr("Backup written to %1.").arg(dest) : tr("Backup failed: %1").arg(error));
        emit backupFinished(dest, error);
    });
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::walletInfoReady, this,
                [this](quint64 id, const service::WalletInfo& info) {
                    if (!m_backupInfo.contains(id)) return;
                    const QString dest = m_backupInfo.take(id);
                    m_backupJobs.insert(m_backup->backup(info.path, dest), dest);
                });
        connect(m_wallet, &service::WalletService::rescanFinished, this, [this](quint64 id, int found) {
            if (!m_rescans.remove(id)) return;
            emit statusMessage(tr("Rescan finished: %n transaction(s) found.", nullptr, found));
            emit rescanFinished(found);
        });
        connect(m_wallet, &service::WalletService::requestFailed, this, [this](quint64 id, const QString& error) {
            if (m_rescans.remove(id)) emit statusMessage(tr("Rescan failed: %1").arg(error));
            if (m_backupInfo.contains(id)) {
                const QString dest = m_backupInfo.take(id);
                emit statusMessage(tr("Backup failed: %1").arg(error));
                emit backupFinished(dest, error);
            }
        });
    }
    updateActions();
}

void ToolsMenu::setWalletName(const QString& name) {
    if (name != m_name && m_session) m_session->lockNow();
    m_name = name;
    updateActions();
}

void ToolsMenu::updateActions() {
    const bool have = m_wallet && !m_name.isEmpty();
    for (QAction* a : m_walletActions) a->setEnabled(have);
    m_lock->setEnabled(m_session && m_session->isUnlocked(m_name));
}

void ToolsMenu::openSignMessage() {
    auto* d = new SignMessageDialog(m_wallet, m_name, m_session, parentWidget());
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void ToolsMenu::openWalletInfo() {
    auto* d = new WalletInfoDialog(m_wallet, m_name, parentWidget());
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void ToolsMenu::openChangePassword() {
    auto* d = new ChangePasswordDialog(m_wallet, m_name, parentWidget());
    d->setAttribute(Qt::WA_DeleteOnClose);
    // The remembered password is the old one now.
    if (m_session) connect(d, &QDialog::accepted, m_session, &UnlockSession::lockNow);
    d->open();
}

void ToolsMenu::backupTo(const QString& destination) {
    if (!m_wallet || m_name.isEmpty()) return;
    emit statusMessage(tr("Backing up…"));
    m_backupInfo.insert(m_wallet->walletInfo(m_name), destination);
}

void ToolsMenu::rescanFrom(int height) {
    if (!m_wallet || m_name.isEmpty()) return;
    emit statusMessage(tr("Rescanning from height %1…").arg(height));
    m_rescans.insert(m_wallet->rescan(m_name, height));
}

}  // namespace cairn::ui
