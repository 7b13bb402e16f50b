// SPDX-License-Identifier: MIT
// WalletService: keys, accounts, addresses, labels. Each request runs WalletClient on the worker thread and
// emits its result signal from there (delivered queued to the caller's thread).
#include "service/wallet_service.h"

#include <memory>

namespace cairn::service {

using util::SecureBytes;

namespace {
void registerTypes() {
    static const bool once = [] {
        qRegisterMetaType<cairn::service::AccountInfo>();
        qRegisterMetaType<cairn::service::WalletInfo>();
        qRegisterMetaType<cairn::service::AddressInfo>();
        qRegisterMetaType<cairn::service::DescriptorInfo>();
        qRegisterMetaType<cairn::service::LabelInfo>();
        qRegisterMetaType<cairn::service::LabelImportResult>();
        qRegisterMetaType<cairn::service::BalanceInfo>();
        qRegisterMetaType<cairn::service::TxHistoryEntry>();
        qRegisterMetaType<cairn::service::UtxoInfo>();
        qRegisterMetaType<cairn::service::SendDraft>();
        qRegisterMetaType<QList<cairn::service::AddressInfo>>();
        qRegisterMetaType<QList<cairn::service::DescriptorInfo>>();
        qRegisterMetaType<QList<cairn::service::LabelInfo>>();
        qRegisterMetaType<QList<cairn::service::TxHistoryEntry>>();
        qRegisterMetaType<QList<cairn::service::UtxoInfo>>();
        return true;
    }();
    (void)once;
}

// Secrets cross to the worker thread in a shared holder (the queued functor must be copyable); the holder wipes
// them when the last copy goes.
std::shared_ptr<SecureBytes> hold(SecureBytes s) { return std::make_shared<SecureBytes>(std::move(s)); }
}  // namespace

WalletService::WalletService(Network network, QString dataDir, QObject* parent)
    : QObject(parent), m_network(network) {
    registerTypes();
    m_worker = new WalletWorker(network, std::move(dataDir));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("cairn-wallet"));
    m_thread.start();
}

WalletService::~WalletService() {
    m_thread.quit();
    m_thread.wait();
}

quint64 WalletService::listWallets() {
    return post([this](WalletClient& c, quint64 id) {
        auto r = c.listWallets();
        if (r.ok()) emit walletsListed(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::createWallet(const WalletCreateRequest& req, SecureBytes password) {
    return post([this, req, pw = hold(std::move(password))](WalletClient& c, quint64 id) {
        SecureBytes words;
        auto r = c.createWallet(req, *pw, words);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        // The words leave the core once, for the backup screen; the caller drops them after display.
        emit walletCreated(id, *r, QString::fromUtf8(words.asStringView().data(), qsizetype(words.size())));
    });
}

quint64 WalletService::restoreWallet(const WalletCreateRequest& req, SecureBytes mnemonic, SecureBytes passphrase,
                                     SecureBytes password) {
    return post([this, req, m = hold(std::move(mnemonic)), pp = hold(std::move(passphrase)),
                 pw = hold(std::move(password))](WalletClient& c, quint64 id) {
        auto r = c.restoreWallet(req, *m, *pp, *pw);
        if (r.ok()) emit walletCreated(id, *r, QString());
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::createWatchOnly(const WalletCreateRequest& req, const QString& keyOrDescriptor,
                                       const QString& changeDescriptor) {
    return post([this, req, keyOrDescriptor, changeDescriptor](WalletClient& c, quint64 id) {
        auto r = c.createWatchOnly(req, keyOrDescriptor, changeDescriptor);
        if (r.ok()) emit walletCreated(id, *r, QString());
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::walletInfo(const QString& name) {
    return post([this, name](WalletClient& c, quint64 id) {
        auto r = c.walletInfo(name);
        if (r.ok()) emit walletInfoReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::checkPassword(const QString& name, SecureBytes password) {
    return post([this, name, pw = hold(std::move(password))](WalletClient& c, quint64 id) {
        auto r = c.checkPassword(name, *pw);
        if (r.ok()) emit passwordChecked(id);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::changePassword(const QString& name, SecureBytes oldPassword, SecureBytes newPassword) {
    return post([this, name, o = hold(std::move(oldPassword)), n = hold(std::move(newPassword))](WalletClient& c,
                                                                                                quint64 id) {
        auto r = c.changePassword(name, *o, *n);
        if (r.ok()) emit passwordChanged(id);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::newAddress(const QString& name, bool change, qint64 accountId) {
    return post([this, name, change, accountId](WalletClient& c, quint64 id) {
        auto r = c.newAddress(name, change, accountId);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        emit addressReady(id, *r);
        emit walletChanged(name);
    });
}

quint64 WalletService::addresses(const QString& name) {
    return post([this, name](WalletClient& c, quint64 id) {
        auto r = c.addresses(name);
        if (r.ok()) emit addressesReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::descriptors(const QString& name, std::optional<SecureBytes> password) {
    std::shared_ptr<SecureBytes> pw = password ? hold(std::move(*password)) : nullptr;
    return post([this, name, pw](WalletClient& c, quint64 id) {
        auto r = c.descriptors(name, pw.get());
        if (r.ok()) emit descriptorsReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::setLabel(const QString& name, const LabelInfo& label) {
    return post([this, name, label](WalletClient& c, quint64 id) {
        auto r = c.setLabel(name, label);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        emit labelSet(id);
        emit walletChanged(name);
    });
}

quint64 WalletService::labels(const QString& name) {
    return post([this, name](WalletClient& c, quint64 id) {
        auto r = c.labels(name);
        if (r.ok()) emit labelsReady(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::exportLabels(const QString& name) {
    return post([this, name](WalletClient& c, quint64 id) {
        auto r = c.exportLabels(name);
        if (r.ok()) emit labelsExported(id, *r);
        else emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::importLabels(const QString& name, const QByteArray& jsonl) {
    return post([this, name, jsonl](WalletClient& c, quint64 id) {
        auto r = c.importLabels(name, jsonl);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        emit labelsImported(id, *r);
        emit walletChanged(name);
    });
}

}  // namespace cairn::service
