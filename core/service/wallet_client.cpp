// SPDX-License-Identifier: MIT
// WalletClient: keys, accounts, addresses, descriptors and labels. The discovery and sending parts live in
// wallet_service_sync.cpp and wallet_service_send.cpp.
#include "service/wallet_client.h"

#include "crypto/bip39.h"
#include "script/account_path.h"
#include "util/hex.h"
#include "wallet/wallet.h"
#include "wallet/wallet_files.h"

namespace cairn::service {

using util::fail;
using util::Result;
using util::SecureBytes;
using wallet::Wallet;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

Result<std::optional<script::AccountType>> typeOf(const QString& type) {
    if (type.isEmpty()) return std::optional<script::AccountType>();
    auto t = wallet::parseAccountType(type.toStdString());
    if (!t) return fail("unknown address type '" + type.toStdString() + "' (use p2wpkh, p2sh-p2wpkh, p2pkh or p2tr)");
    return std::optional<script::AccountType>(*t);
}

AccountInfo accountInfo(const wallet::WalletAccount& a) {
    AccountInfo info;
    info.id = a.record.id;
    info.kind = qs(a.record.kind);
    info.typeName = a.account.type() ? qs(script::accountTypeName(*a.account.type())) : QStringLiteral("descriptor");
    info.index = int(a.record.accountIndex);
    info.xpub = qs(a.record.xpub);
    if (!a.record.originFingerprint.empty())
        info.origin = qs(a.record.originFingerprint + a.record.originPath.substr(1));
    info.receiveDescriptor = qs(a.record.receiveDescriptor);
    info.changeDescriptor = qs(a.record.changeDescriptor);
    info.nextReceive = int(a.record.nextReceive);
    info.nextChange = int(a.record.nextChange);
    return info;
}

AddressInfo addressInfo(Wallet& w, const storage::AddressRecord& rec) {
    AddressInfo info;
    info.address = qs(rec.address);
    info.scriptPubKey = qs(util::toHex(rec.script));
    info.accountId = rec.accountId;
    info.change = rec.chain == 1;
    info.index = int(rec.index);
    info.used = rec.used;
    const wallet::WalletAccount* acc = w.account(rec.accountId);
    const std::string origin = acc ? acc->record.originPath : std::string();
    info.path = qs(origin + "/" + std::to_string(rec.chain) + "/" + std::to_string(rec.index));
    if (auto l = w.store().label("addr", rec.address); l.ok() && *l) info.label = qs((*l)->label);
    return info;
}

LabelInfo labelInfo(const storage::LabelRecord& l) {
    return LabelInfo{qs(l.type), qs(l.ref), qs(l.label), qs(l.origin), l.spendable ? int(*l.spendable) : -1};
}

}  // namespace

WalletClient::WalletClient(Network network, QString dataDir) : m_network(network), m_dataDir(std::move(dataDir)) {}
WalletClient::~WalletClient() = default;

Result<Wallet*> WalletClient::openWallet(const QString& name) {
    if (auto it = m_open.find(name); it != m_open.end()) return it->second.get();
    if (auto v = wallet::validateWalletName(name.toStdString()); !v.ok()) return v.error();
    auto w = Wallet::open(wallet::walletFilePath(m_dataDir.toStdString(), name.toStdString()), m_network);
    if (!w.ok()) {
        if (w.message().rfind("no wallet file", 0) == 0)
            return fail("no wallet named '" + name.toStdString() + "' on " + networkName(m_network) +
                        " (see `wallet list`)");
        return w.error();
    }
    Wallet* raw = w->get();
    m_open.emplace(name, std::move(w.value()));
    return raw;
}

void WalletClient::closeWallet(const QString& name) { m_open.erase(name); }

Result<QStringList> WalletClient::listWallets() {
    auto names = wallet::listWalletNames(m_dataDir.toStdString());
    if (!names.ok()) return names.error();
    QStringList out;
    for (const auto& n : *names) out << qs(n);
    return out;
}

// Shared by create and restore: validates the request and writes the wallet file.
static Result<std::unique_ptr<Wallet>> createFromMnemonic(Network net, const QString& dataDir,
                                                          const WalletCreateRequest& req, const SecureBytes& mnemonic,
                                                          const SecureBytes& passphrase, const SecureBytes& password) {
    if (auto v = wallet::validateWalletName(req.name.toStdString()); !v.ok()) return v.error();
    auto type = typeOf(req.type);
    if (!type.ok()) return type.error();
    wallet::WalletOptions o;
    o.name = req.name.toStdString();
    o.network = net;
    o.accountType = type->value_or(script::AccountType::Bip84P2wpkh);
    o.birthdayHeight = req.birthdayHeight;
    o.gapLimit = uint32_t(std::max(0, req.gapLimit));
    if (req.scryptN != 0) o.kdf = crypto::ScryptParams{req.scryptN, 8, 1};
    if (auto d = wallet::ensureWalletsDirectory(dataDir.toStdString()); !d.ok()) return d.error();
    const std::string path = wallet::walletFilePath(dataDir.toStdString(), o.name);
    return Wallet::create(path, o, mnemonic, passphrase, password);
}

Result<WalletInfo> WalletClient::createWallet(const WalletCreateRequest& req, const SecureBytes& password,
                                              SecureBytes& mnemonicOut) {
    if (req.words != 12 && req.words != 24) return fail("a new wallet's mnemonic has 12 or 24 words");
    auto words = crypto::generateMnemonic(size_t(req.words));
    if (!words.ok()) return words.error();
    auto w = createFromMnemonic(m_network, m_dataDir, req, *words, SecureBytes(), password);
    if (!w.ok()) return w.error();
    m_open[req.name] = std::move(w.value());
    mnemonicOut = std::move(words.value());
    return walletInfo(req.name);
}

Result<WalletInfo> WalletClient::restoreWallet(const WalletCreateRequest& req, const SecureBytes& mnemonic,
                                               const SecureBytes& passphrase, const SecureBytes& password) {
    auto w = createFromMnemonic(m_network, m_dataDir, req, mnemonic, passphrase, password);
    if (!w.ok()) return w.error();
    m_open[req.name] = std::move(w.value());
    return walletInfo(req.name);
}

Result<WalletInfo> WalletClient::createWatchOnly(const WalletCreateRequest& req, const QString& keyOrDescriptor,
                                                 const QString& changeDescriptor) {
    if (auto v = wallet::validateWalletName(req.name.toStdString()); !v.ok()) return v.error();
    auto type = typeOf(req.type);
    if (!type.ok()) return type.error();
    wallet::WalletOptions o;
    o.name = req.name.toStdString();
    o.network = m_network;
    o.birthdayHeight = req.birthdayHeight;
    o.gapLimit = uint32_t(std::max(0, req.gapLimit));
    if (auto d = wallet::ensureWalletsDirectory(m_dataDir.toStdString()); !d.ok()) return d.error();
    auto w = Wallet::createWatchOnly(wallet::walletFilePath(m_dataDir.toStdString(), o.name), o,
                                     keyOrDescriptor.trimmed().toStdString(), *type,
                                     changeDescriptor.trimmed().toStdString());
    if (!w.ok()) return w.error();
    m_open[req.name] = std::move(w.value());
    return walletInfo(req.name);
}

Result<WalletInfo> WalletClient::walletInfo(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    Wallet& wl = **w;
    WalletInfo info;
    info.name = qs(wl.meta().name);
    info.network = qs(wl.meta().network);
    info.path = qs(wl.store().path());
    info.watchOnly = wl.isWatchOnly();
    info.birthdayHeight = wl.meta().birthdayHeight;
    info.gapLimit = int(wl.meta().gapLimit);
    info.created = wl.meta().created;
    auto ks = wl.store().keystore();
    if (!ks.ok()) return ks.error();
    info.encrypted = ks->n != 0;
    if (info.encrypted)
        info.kdf = QStringLiteral("scrypt N=%1 r=%2 p=%3").arg(ks->n).arg(ks->r).arg(ks->p);
    auto scripts = wl.watchedScripts();
    if (!scripts.ok()) return scripts.error();
    info.addressCount = int(scripts->size());
    auto txs = wl.store().transactionCount();
    if (!txs.ok()) return txs.error();
    info.transactionCount = int(*txs);
    for (const auto& a : wl.accounts()) info.accounts << accountInfo(a);
    return info;
}

Result<void> WalletClient::checkPassword(const QString& name, const SecureBytes& password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto keys = (*w)->unlock(password);
    if (!keys.ok()) return keys.error();
    return {};  // the handle is destroyed here: locked again, key wiped
}

Result<void> WalletClient::changePassword(const QString& name, const SecureBytes& oldPassword,
                                          const SecureBytes& newPassword) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    return (*w)->changePassword(oldPassword, newPassword);
}

Result<AddressInfo> WalletClient::newAddress(const QString& name, bool change, qint64 accountId) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto rec = (*w)->getNewAddress(change ? wallet::Chain::Change : wallet::Chain::Receive, accountId);
    if (!rec.ok()) return rec.error();
    return addressInfo(**w, *rec);
}

Result<QList<AddressInfo>> WalletClient::addresses(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    QList<AddressInfo> out;
    for (const auto& a : (*w)->accounts()) {
        auto recs = (*w)->store().addresses(a.record.id);
        if (!recs.ok()) return recs.error();
        for (const auto& r : *recs) out << addressInfo(**w, r);
    }
    return out;
}

Result<AccountInfo> WalletClient::addAccount(const QString& name, const QString& type, int index,
                                             const SecureBytes& password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto t = typeOf(type.isEmpty() ? QStringLiteral("p2wpkh") : type);
    if (!t.ok()) return t.error();
    if (index < 0) return fail("account number out of range");
    auto keys = (*w)->unlock(password);
    if (!keys.ok()) return keys.error();
    auto id = (*w)->addAccount(*keys, **t, uint32_t(index));
    if (!id.ok()) return id.error();
    return accountInfo(*(*w)->account(*id));
}

Result<QList<DescriptorInfo>> WalletClient::descriptors(const QString& name, const SecureBytes* password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    std::vector<wallet::DescriptorEntry> entries;
    if (password) {
        auto keys = (*w)->unlock(*password);
        if (!keys.ok()) return keys.error();
        auto priv = (*w)->privateDescriptors(*keys);
        if (!priv.ok()) return priv.error();
        entries = std::move(priv.value());
    } else {
        entries = (*w)->publicDescriptors();
    }
    QList<DescriptorInfo> out;
    for (const auto& e : entries) out << DescriptorInfo{e.accountId, e.internal, qs(e.descriptor)};
    return out;
}

Result<AccountInfo> WalletClient::importDescriptors(const QString& name, const QString& receive, const QString& change,
                                                    const SecureBytes* password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    std::optional<wallet::UnlockedKeystore> keys;
    if (!(*w)->isWatchOnly()) {
        if (!password) return fail("this wallet has keys: unlock it to add an account");
        auto k = (*w)->unlock(*password);
        if (!k.ok()) return k.error();
        keys.emplace(std::move(k.value()));
    }
    auto id = (*w)->importDescriptors(keys ? &*keys : nullptr, receive.trimmed().toStdString(),
                                      change.trimmed().toStdString());
    if (!id.ok()) return id.error();
    return accountInfo(*(*w)->account(*id));
}

Result<SecureBytes> WalletClient::revealMnemonic(const QString& name, const SecureBytes& password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto keys = (*w)->unlock(password);
    if (!keys.ok()) return keys.error();
    return (*w)->mnemonic(*keys);
}

Result<void> WalletClient::setLabel(const QString& name, const LabelInfo& label) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    storage::LabelRecord rec{label.type.toStdString(), label.ref.toStdString(), label.label.toStdString(),
                             label.origin.toStdString(), std::nullopt};
    if (label.spendable >= 0) rec.spendable = label.spendable != 0;
    return (*w)->setLabel(rec);
}

Result<QList<LabelInfo>> WalletClient::labels(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto all = (*w)->store().labels();
    if (!all.ok()) return all.error();
    QList<LabelInfo> out;
    for (const auto& l : *all) out << labelInfo(l);
    return out;
}

Result<QByteArray> WalletClient::exportLabels(const QString& name) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto text = (*w)->exportLabels();
    if (!text.ok()) return text.error();
    return QByteArray::fromStdString(*text);
}

Result<LabelImportResult> WalletClient::importLabels(const QString& name, const QByteArray& jsonl) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    auto stats = (*w)->importLabels(std::string_view(jsonl.constData(), size_t(jsonl.size())));
    if (!stats.ok()) return stats.error();
    return LabelImportResult{stats->imported, stats->ignored, stats->frozenUpdated};
}

}  // namespace cairn::service
