// SPDX-License-Identifier: MIT
#include "service/wallet_backup.h"

#include "storage/wallet_store.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace cairn::service {

util::Result<void> backupWalletFile(const QString& walletPath, const QString& destination) {
    if (destination.isEmpty()) return util::fail("no destination for the backup");
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(walletPath).absoluteFilePath())
        return util::fail("the backup cannot replace the wallet file itself");
    auto store = storage::WalletStore::open(walletPath.toStdString());
    if (!store.ok()) return store.error();
    const QString part = destination + QStringLiteral(".part");
    QFile::remove(part);
    {
        auto st = (*store)->database().prepare("VACUUM INTO ?");
        if (!st.ok()) return st.error();
        st->bind(1, part.toStdString());
        if (auto r = st->exec(); !r.ok()) {
            QFile::remove(part);
            return util::fail("cannot write the backup: " + r.message());
        }
    }
    if (QFile::exists(destination) && !QFile::remove(destination)) {
        QFile::remove(part);
        return util::fail("cannot replace " + destination.toStdString());
    }
    if (!QFile::rename(part, destination)) {
        QFile::remove(part);
        return util::fail("cannot move the backup to " + destination.toStdString());
    }
    return {};
}

WalletBackup::WalletBackup(QObject* parent) : QObject(parent) {}

WalletBackup::~WalletBackup() {
    for (QThread* t : m_threads) {
        t->wait();
        delete t;
    }
}

quint64 WalletBackup::backup(const QString& walletPath, const QString& destination) {
    const quint64 id = m_next++;
    QPointer<WalletBackup> self(this);
    QThread* thread = QThread::create([self, id, walletPath, destination] {
        auto r = backupWalletFile(walletPath, destination);
        const QString error = r.ok() ? QString() : QString::fromStdString(r.message());
        if (self)
            QMetaObject::invokeMethod(
                self, [self, id, error] { if (self) emit self->finished(id, error); }, Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
    return id;
}

}  // namespace cairn::service
