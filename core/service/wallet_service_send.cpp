// SPDX-License-Identifier: MIT
// The "sending" section of WalletClient / WalletService: drafts (coin selection, fee, change) as unsigned PSBTs
// with the wallet's updater fields, signing with the wallet's keys, P2P broadcast and recording, bump fee (BIP125),
// CPFP, PSBT roles for external signers, message signing, coin freezing.
#include "script/address.h"
#include "script/message_signing.h"
#include "script/psbt.h"
#include "service/node_client.h"
#include "service/wallet_service.h"
#include "storage/wallet_store.h"
#include "util/hex.h"
#include "wallet/fee_bump.h"
#include "wallet/tx_builder.h"
#include "wallet/wallet.h"
#include "wallet/wallet_psbt.h"

#include <QDateTime>

#include <functional>
#include <utility>

namespace cairn::service {

using primitives::Amount;
using primitives::FeeRate;
using util::fail;
using util::Result;

namespace {

constexpr int kCoinbaseMaturity = 100;

int storedTipHeight(storage::WalletStore& store) {
    auto v = store.syncValue("tip_height");
    if (!v.ok() || !*v || (*v)->size() != 4) return -1;
    const Bytes& b = **v;
    return int(uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24);
}

Result<primitives::OutPoint> parseOutPoint(const QString& text) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) return fail("coin '" + text.toStdString() + "' is not TXID:N");
    auto txid = primitives::Txid::fromHex(text.left(colon).toStdString());
    bool ok = false;
    const uint n = text.mid(colon + 1).toUInt(&ok);
    if (!txid.ok() || !ok) return fail("coin '" + text.toStdString() + "' is not TXID:N");
    return primitives::OutPoint{*txid, uint32_t(n)};
}

/// Where sends go: the CLI's --connect/--proxy, or a hook that replaces the P2P broadcast.
struct BroadcastSettings {
    QStringList connect;
    QString proxy;
    int timeoutMs = 60'000;
    std::function<Result<void>(const QString&)> hook;
};

/// The wallet's spendable coins at tip `tip` (mature, with a script type the wallet can sign).
Result<std::vector<wallet::SpendCoin>> spendableCoins(storage::WalletStore& store, int tip, bool confirmedOnly) {
    CAIRN_TRY_ASSIGN(outputs, store.unspentOutputs());
    std::vector<wallet::SpendCoin> coins;
    for (const storage::OutputRecord& o : outputs) {
        const auto type = wallet::inputTypeForScript(o.script);
        if (!type) continue;
        const int confirmations = o.height >= 0 && tip >= o.height ? tip - o.height + 1 : 0;
        if (o.coinbase && confirmations < kCoinbaseMaturity) continue;
        if (confirmedOnly && confirmations == 0) continue;
        coins.push_back(
            wallet::SpendCoin{o.outpoint, primitives::TxOut{Amount::fromSats(o.value), o.script}, *type, o.frozen});
    }
    return coins;
}

/// The first account's change script type (P2WPKH for descriptor accounts).
wallet::InputType changeTypeOf(const wallet::Wallet& wal) {
    const wallet::WalletAccount& account = wal.accounts().front();
    return account.account.type() ? wallet::inputTypeForAccount(*account.account.type()) : wallet::InputType::P2wpkh;
}

/// An unsigned draft from a built transaction: the PSBT with the wallet's updater fields and the summary.
Result<SendDraft> makeDraft(wallet::Wallet& wal, const wallet::BuiltTx& built, Network net) {
    CAIRN_TRY_ASSIGN(psbt, script::Psbt::create(built.tx));
    CAIRN_TRY(wallet::updatePsbtFromWallet(wal, psbt));
    SendDraft draft;
    draft.psbt = QString::fromStdString(psbt.toBase64());
    draft.txid = QString::fromStdString(built.tx.txid().toHex());
    draft.fee = built.fee.sats();
    draft.vsize = int(built.estimatedVsize);
    draft.feeRateSatPerKvb = FeeRate::fromFee(built.fee, built.estimatedVsize).satPerKvB();
    for (size_t i = 0; i < built.tx.outputs.size(); ++i) {
        const primitives::TxOut& out = built.tx.outputs[i];
        auto address = script::encodeAddress(out.scriptPubKey, net);
        const QString text = address.ok() ? QString::fromStdString(*address) : QString();
        if (built.changeIndex && i == *built.changeIndex) {
            draft.change = out.value.sats();
            draft.changeAddress = text;
        } else {
            draft.recipients.append(SendRecipient{text, out.value.sats(), false});
        }
    }
    for (const auto& in : built.tx.inputs) draft.inputs.append(QString::fromStdString(in.prevout.toString()));
    return draft;
}

/// The unconfirmed wallet transaction `txid` (parsed), for bump fee and CPFP.
Result<std::pair<primitives::Transaction, storage::TxRecord>> unconfirmedTx(storage::WalletStore& store,
                                                                           const QString& txid) {
    CAIRN_TRY_ASSIGN(id, primitives::Txid::fromHex(txid.trimmed().toStdString()));
    auto record = store.transactionByTxid(id);
    if (!record.ok()) return record.error();
    if (!*record) return fail("the wallet has no transaction " + txid.toStdString());
    if ((*record)->status != storage::TxStatus::Unconfirmed)
        return fail("transaction " + txid.toStdString() + " is not unconfirmed");
    CAIRN_TRY_ASSIGN(tx, primitives::Transaction::parse((*record)->raw));
    return std::make_pair(std::move(tx), std::move(**record));
}

}  // namespace

struct WalletClient::SendingState {
    BroadcastSettings settings;
};

namespace {
WalletClient::SendingState& sendingState(WalletClient& c) {
    if (!c.sending)
        c.sending = WalletClient::Owned<WalletClient::SendingState>(new WalletClient::SendingState,
                                                                    [](WalletClient::SendingState* p) { delete p; });
    return *c.sending;
}
}  // namespace

void WalletClient::setBroadcastPeers(const QStringList& connect, const QString& proxy, int timeoutMs) {
    BroadcastSettings& s = sendingState(*this).settings;
    s.connect = connect;
    s.proxy = proxy;
    s.timeoutMs = timeoutMs;
}

void WalletClient::setBroadcastHook(std::function<util::Result<void>(const QString& rawHex)> hook) {
    sendingState(*this).settings.hook = std::move(hook);
}

Result<SendDraft> WalletClient::draftSend(const QString& name, const SendRequest& request) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    wallet::Wallet& wal = **w;
    storage::WalletStore& store = wal.store();
    if (wal.accounts().empty()) return fail("the wallet has no account");

    wallet::TxRequest req;
    for (qsizetype i = 0; i < request.recipients.size(); ++i) {
        const SendRecipient& r = request.recipients[i];
        auto script = script::decodeAddress(r.address.toStdString(), m_network);
        if (!script.ok()) return fail("recipient " + std::to_string(i + 1) + ": " + script.message());
        req.payments.push_back(wallet::Payment{*script, Amount::fromSats(r.amount)});
    }
    req.feeRate = FeeRate::fromSatPerKvB(request.feeRateSatPerKvb > 0 ? request.feeRateSatPerKvb : 1000);
    req.sendMax = request.sendAll;
    req.rbf = request.rbf;
    for (const QString& c : request.coins) {
        CAIRN_TRY_ASSIGN(o, parseOutPoint(c));
        req.coins.push_back(o);
    }
    const int tip = storedTipHeight(store);
    req.tipHeight = tip;
    CAIRN_TRY_ASSIGN(coins, spendableCoins(store, tip, false));
    if (!req.sendMax) {
        CAIRN_TRY_ASSIGN(addr, wal.getNewAddress(wallet::Chain::Change, wal.accounts().front().record.id));
        req.changeScript = addr.script;
        req.changeType = changeTypeOf(wal);
    }
    CAIRN_TRY_ASSIGN(built, wallet::buildTransaction(req, coins));
    CAIRN_TRY_ASSIGN(draft, makeDraft(wal, built, m_network));
    // The summary keeps the recipients as the user typed them (labels, subtract-fee flags).
    const QList<SendRecipient> shown = draft.recipients;
    draft.recipients = request.recipients;
    for (qsizetype i = 0; i < draft.recipients.size() && i < shown.size(); ++i)
        draft.recipients[i].amount = shown[i].amount;
    return draft;
}

Result<QString> WalletClient::signAndBroadcast(const QString& name, const SendDraft& draft,
                                               const util::SecureBytes& password) {
    CAIRN_TRY_ASSIGN(signedPsbt, signPsbt(name, draft.psbt, password));
    if (!signedPsbt.second) return fail("the wallet could not sign every input of the draft");
    return broadcastPsbt(name, signedPsbt.first);
}

Result<SendDraft> WalletClient::bumpFee(const QString& name, const QString& txid, qint64 feeRateSatPerKvb) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    wallet::Wallet& wal = **w;
    storage::WalletStore& store = wal.store();
    if (wal.accounts().empty()) return fail("the wallet has no account");
    CAIRN_TRY_ASSIGN(original, unconfirmedTx(store, txid));
    wallet::FeeBumpRequest req;
    req.original = original.first;
    for (size_t i = 0; i < req.original.inputs.size(); ++i) {
        const primitives::OutPoint& prevout = req.original.inputs[i].prevout;
        CAIRN_TRY_ASSIGN(coin, store.outputByOutpoint(prevout));
        const auto type = coin ? wallet::inputTypeForScript(coin->script) : std::nullopt;
        if (!coin || !type)
            return fail("input " + std::to_string(i) + " does not spend a wallet coin; only the wallet's own "
                        "transactions can be replaced");
        req.originalCoins.push_back(
            wallet::SpendCoin{prevout, primitives::TxOut{Amount::fromSats(coin->value), coin->script}, *type, false});
    }
    for (size_t i = 0; i < req.original.outputs.size() && !req.changeIndex; ++i) {
        CAIRN_TRY_ASSIGN(addr, store.addressByScript(req.original.outputs[i].scriptPubKey));
        if (addr && addr->chain == int(wallet::Chain::Change)) req.changeIndex = i;
    }
    const FeeRate oldRate = wallet::originalFeeRate(req);
    req.feeRate = FeeRate::fromSatPerKvB(feeRateSatPerKvb > 0 ? feeRateSatPerKvb
                                                              : oldRate.satPerKvB() + wallet::kIncrementalRelayFee.satPerKvB());
    if (!req.changeIndex) {
        CAIRN_TRY_ASSIGN(addr, wal.getNewAddress(wallet::Chain::Change, wal.accounts().front().record.id));
        req.changeScript = addr.script;
        req.changeType = changeTypeOf(wal);
    }
    CAIRN_TRY_ASSIGN(extra, spendableCoins(store, storedTipHeight(store), true));
    req.extraCoins = std::move(extra);
    CAIRN_TRY_ASSIGN(built, wallet::buildFeeBump(req));
    return makeDraft(wal, built, m_network);
}

Result<SendDraft> WalletClient::cpfp(const QString& name, const QString& txid, qint64 feeRateSatPerKvb) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    wallet::Wallet& wal = **w;
    storage::WalletStore& store = wal.store();
    if (wal.accounts().empty()) return fail("the wallet has no account");
    CAIRN_TRY_ASSIGN(parent, unconfirmedTx(store, txid));
    if (!parent.second.fee)
        return fail("the fee of " + txid.toStdString() + " is unknown (it spends coins that are not the wallet's)");
    wallet::CpfpRequest req;
    req.parentFee = Amount::fromSats(*parent.second.fee);
    req.parentVsize = parent.first.vsize();
    std::optional<wallet::SpendCoin> best;
    for (uint32_t i = 0; i < parent.first.outputs.size(); ++i) {
        const primitives::OutPoint op{parent.first.txid(), i};
        CAIRN_TRY_ASSIGN(coin, store.outputByOutpoint(op));
        if (!coin || coin->spentBy || coin->frozen) continue;
        const auto type = wallet::inputTypeForScript(coin->script);
        if (!type || (best && best->output.value.sats() >= coin->value)) continue;
        best = wallet::SpendCoin{op, primitives::TxOut{Amount::fromSats(coin->value), coin->script}, *type, false};
    }
    if (!best) return fail("transaction " + txid.toStdString() + " has no unspent output of this wallet to spend");
    req.coin = *best;
    const FeeRate parentRate = FeeRate::fromFee(req.parentFee, req.parentVsize);
    req.packageFeeRate = FeeRate::fromSatPerKvB(
        feeRateSatPerKvb > 0 ? feeRateSatPerKvb : parentRate.satPerKvB() + wallet::kIncrementalRelayFee.satPerKvB());
    CAIRN_TRY_ASSIGN(addr, wal.getNewAddress(wallet::Chain::Change, wal.accounts().front().record.id));
    req.destinationScript = addr.script;
    req.tipHeight = storedTipHeight(store);
    CAIRN_TRY_ASSIGN(built, wallet::buildCpfp(req));
    return makeDraft(wal, built, m_network);
}

Result<QString> WalletClient::psbtFromDraft(const QString& name, const SendDraft& draft) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    CAIRN_TRY_ASSIGN(psbt, script::Psbt::fromBase64(draft.psbt.trimmed().toStdString()));
    CAIRN_TRY(wallet::updatePsbtFromWallet(**w, psbt));
    return QString::fromStdString(psbt.toBase64());
}

Result<std::pair<QString, bool>> WalletClient::signPsbt(const QString& name, const QString& base64,
                                                        const util::SecureBytes& password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    wallet::Wallet& wal = **w;
    CAIRN_TRY_ASSIGN(psbt, script::Psbt::fromBase64(base64.trimmed().toStdString()));
    CAIRN_TRY(wallet::updatePsbtFromWallet(wal, psbt));
    {
        CAIRN_TRY_ASSIGN(keys, wal.unlock(password));
        CAIRN_TRY(wallet::signPsbtWithWallet(wal, keys, psbt));
    }  // the data key is wiped here
    const bool complete = wallet::psbtComplete(psbt);
    return std::make_pair(QString::fromStdString(psbt.toBase64()), complete);
}

Result<QString> WalletClient::broadcastPsbt(const QString& name, const QString& base64) {
    CAIRN_TRY_ASSIGN(psbt, script::Psbt::fromBase64(base64.trimmed().toStdString()));
    CAIRN_TRY_ASSIGN(tx, wallet::finalizeAndExtract(std::move(psbt)));
    return broadcastTransaction(name, QString::fromStdString(util::toHex(tx.serialize())));
}

Result<QString> WalletClient::broadcastTransaction(const QString& name, const QString& rawHex) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    CAIRN_TRY_ASSIGN(bytes, util::fromHex(rawHex.trimmed().toStdString()));
    CAIRN_TRY_ASSIGN(tx, primitives::Transaction::parse(bytes));
    const BroadcastSettings& s = sendingState(*this).settings;
    if (s.hook) {
        CAIRN_TRY(s.hook(rawHex.trimmed()));
    } else {
        NetworkConfig config;
        config.connect = s.connect;
        config.proxy = s.proxy;
        NodeClient node(m_network, m_dataDir, config);
        CAIRN_TRY(node.open());
        CAIRN_TRY(node.broadcast(rawHex.trimmed(), s.timeoutMs));
    }
    CAIRN_TRY(wallet::recordSentTransaction(**w, tx, QDateTime::currentSecsSinceEpoch()));
    return QString::fromStdString(tx.txid().toHex());
}

Result<QString> WalletClient::signMessage(const QString& name, const QString& address, const QString& message,
                                          const util::SecureBytes& password) {
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    wallet::Wallet& wal = **w;
    const std::string addressText = address.trimmed().toStdString();
    CAIRN_TRY_ASSIGN(script, script::decodeAddress(addressText, m_network));
    CAIRN_TRY_ASSIGN(key, wallet::locateWalletKey(wal, script));
    if (!key) return fail("address " + addressText + " is not one of this wallet's (standard accounts)");
    CAIRN_TRY_ASSIGN(keys, wal.unlock(password));
    CAIRN_TRY_ASSIGN(accountKey, wal.accountPrivateKey(keys, key->accountId));
    CAIRN_TRY_ASSIGN(chainKey, accountKey.derive(uint32_t(key->chain)));
    CAIRN_TRY_ASSIGN(child, chainKey.derive(key->index));
    const QByteArray text = message.toUtf8();
    // BIP137 has no taproot form: P2TR addresses sign BIP322 simple.
    CAIRN_TRY_ASSIGN(signature,
                     script::signMessage(child.privKey(), true, addressText, m_network,
                                         std::string_view(text.constData(), size_t(text.size())),
                                         key->type == wallet::InputType::P2trKeyPath));
    return QString::fromStdString(signature);
}

Result<QString> WalletClient::verifyMessage(const QString& address, const QString& message, const QString& signature) {
    const QByteArray text = message.toUtf8();
    CAIRN_TRY_ASSIGN(format, script::verifyMessage(address.trimmed().toStdString(), signature.trimmed().toStdString(),
                                                   std::string_view(text.constData(), size_t(text.size())), m_network));
    return format == script::MessageSignatureFormat::Bip137 ? QStringLiteral("valid BIP137 signature")
                                                            : QStringLiteral("valid BIP322 simple signature");
}

Result<void> WalletClient::setFrozen(const QString& name, const QString& outpoint, bool frozen) {
    CAIRN_TRY_ASSIGN(o, parseOutPoint(outpoint));
    auto w = openWallet(name);
    if (!w.ok()) return w.error();
    CAIRN_TRY_ASSIGN(found, (*w)->store().setFrozen(o, frozen));
    if (!found) return fail("the wallet has no output " + outpoint.toStdString());
    return {};
}

quint64 WalletService::draftSend(const QString& name, const SendRequest& request) {
    return post([this, name, request](WalletClient& c, quint64 id) {
        auto r = c.draftSend(name, request);
        if (r.ok())
            emit draftReady(id, *r);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::signAndBroadcast(const QString& name, const SendDraft& draft, util::SecureBytes password) {
    auto pw = std::make_shared<util::SecureBytes>(std::move(password));
    return post([this, name, draft, pw](WalletClient& c, quint64 id) {
        auto r = c.signAndBroadcast(name, draft, *pw);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        emit transactionSent(id, *r);
        emit walletChanged(name);
    });
}

quint64 WalletService::bumpFee(const QString& name, const QString& txid, qint64 feeRateSatPerKvb) {
    return post([this, name, txid, feeRateSatPerKvb](WalletClient& c, quint64 id) {
        auto r = c.bumpFee(name, txid, feeRateSatPerKvb);
        if (r.ok())
            emit draftReady(id, *r);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::cpfp(const QString& name, const QString& txid, qint64 feeRateSatPerKvb) {
    return post([this, name, txid, feeRateSatPerKvb](WalletClient& c, quint64 id) {
        auto r = c.cpfp(name, txid, feeRateSatPerKvb);
        if (r.ok())
            emit draftReady(id, *r);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::psbtFromDraft(const QString& name, const SendDraft& draft) {
    return post([this, name, draft](WalletClient& c, quint64 id) {
        auto r = c.psbtFromDraft(name, draft);
        if (r.ok())
            emit psbtReady(id, *r, false);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::signPsbt(const QString& name, const QString& base64, util::SecureBytes password) {
    auto pw = std::make_shared<util::SecureBytes>(std::move(password));
    return post([this, name, base64, pw](WalletClient& c, quint64 id) {
        auto r = c.signPsbt(name, base64, *pw);
        if (r.ok())
            emit psbtReady(id, r->first, r->second);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::broadcastPsbt(const QString& name, const QString& base64) {
    return post([this, name, base64](WalletClient& c, quint64 id) {
        auto r = c.broadcastPsbt(name, base64);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        emit transactionSent(id, *r);
        emit walletChanged(name);
    });
}

quint64 WalletService::signMessage(const QString& name, const QString& address, const QString& message,
                                   util::SecureBytes password) {
    auto pw = std::make_shared<util::SecureBytes>(std::move(password));
    return post([this, name, address, message, pw](WalletClient& c, quint64 id) {
        auto r = c.signMessage(name, address, message, *pw);
        if (r.ok())
            emit messageSigned(id, *r);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
    });
}

quint64 WalletService::verifyMessage(const QString& address, const QString& message, const QString& signature) {
    return post([this, address, message, signature](WalletClient& c, quint64 id) {
        auto r = c.verifyMessage(address, message, signature);
        emit messageVerified(id, r.ok(), r.ok() ? *r : QString::fromStdString(r.message()));
    });
}

quint64 WalletService::setFrozen(const QString& name, const QString& outpoint, bool frozen) {
    return post([this, name, outpoint, frozen](WalletClient& c, quint64 id) {
        auto r = c.setFrozen(name, outpoint, frozen);
        if (!r.ok()) {
            emit requestFailed(id, QString::fromStdString(r.message()));
            return;
        }
        emit walletChanged(name);
    });
}

void WalletService::setBroadcastPeers(const QStringList& connect, const QString& proxy) {
    post([connect, proxy](WalletClient& c, quint64) { c.setBroadcastPeers(connect, proxy); });
}

}  // namespace cairn::service
