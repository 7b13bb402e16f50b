// SPDX-License-Identifier: MIT
// The "sending" section of WalletClient / WalletService: drafts (coin selection, fee, change) as unsigned PSBTs.
// Signing with the wallet's keys, P2P broadcast, bump fee and CPFP are not wired in yet and say so.
#include "script/address.h"
#include "script/message_signing.h"
#include "script/psbt.h"
#include "service/wallet_service.h"
#include "storage/wallet_store.h"
#include "util/hex.h"
#include "wallet/tx_builder.h"
#include "wallet/wallet.h"

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

}  // namespace

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

    CAIRN_TRY_ASSIGN(outputs, store.unspentOutputs());
    std::vector<wallet::SpendCoin> coins;
    for (const storage::OutputRecord& o : outputs) {
        const auto type = wallet::inputTypeForScript(o.script);
        if (!type) continue;
        const int confirmations = o.height >= 0 && tip >= o.height ? tip - o.height + 1 : 0;
        if (o.coinbase && confirmations < kCoinbaseMaturity) continue;
        coins.push_back(
            wallet::SpendCoin{o.outpoint, primitives::TxOut{Amount::fromSats(o.value), o.script}, *type, o.frozen});
    }

    const wallet::WalletAccount& account = wal.accounts().front();
    const wallet::InputType changeType =
        account.account.type() ? wallet::inputTypeForAccount(*account.account.type()) : wallet::InputType::P2wpkh;
    storage::AddressRecord change;
    if (!req.sendMax) {
        CAIRN_TRY_ASSIGN(addr, wal.getNewAddress(wallet::Chain::Change, account.record.id));
        change = addr;
        req.changeScript = change.script;
        req.changeType = changeType;
    }
    CAIRN_TRY_ASSIGN(built, wallet::buildTransaction(req, coins));

    CAIRN_TRY_ASSIGN(psbt, script::Psbt::create(built.tx));
    for (size_t i = 0; i < built.inputs.size(); ++i) {
        const wallet::SpendCoin& c = built.inputs[i];
        if (wallet::isSegwit(c.type)) CAIRN_TRY(psbt.addWitnessUtxo(i, c.output));
        auto prev = store.transactionByTxid(c.outpoint.txid);
        if (prev.ok() && *prev && !(*prev)->raw.empty() && c.type != wallet::InputType::P2trKeyPath) {
            auto prevTx = primitives::Transaction::parse((*prev)->raw);
            if (prevTx.ok()) CAIRN_TRY(psbt.addNonWitnessUtxo(i, std::move(*prevTx)));
        }
    }

    SendDraft draft;
    draft.psbt = QString::fromStdString(psbt.toBase64());
    draft.txid = QString::fromStdString(built.tx.txid().toHex());
    draft.fee = built.fee.sats();
    draft.vsize = int(built.estimatedVsize);
    draft.feeRateSatPerKvb = FeeRate::fromFee(built.fee, built.estimatedVsize).satPerKvB();
    draft.recipients = request.recipients;
    if (req.sendMax && !draft.recipients.isEmpty()) draft.recipients[0].amount = built.tx.outputs[0].value.sats();
    if (built.changeIndex) {
        draft.change = built.change.sats();
        draft.changeAddress = QString::fromStdString(change.address);
    }
    for (const auto& in : built.tx.inputs) draft.inputs.append(QString::fromStdString(in.prevout.toString()));
    return draft;
}

Result<QString> WalletClient::signAndBroadcast(const QString& name, const SendDraft& draft,
                                               const util::SecureBytes& password) {
    (void)name;
    (void)draft;
    (void)password;
    return fail("signing and broadcasting from the wallet is not available yet");
}

Result<SendDraft> WalletClient::bumpFee(const QString& name, const QString& txid, qint64 feeRateSatPerKvb) {
    (void)name;
    (void)txid;
    (void)feeRateSatPerKvb;
    return fail("bump fee is not available yet");
}

Result<SendDraft> WalletClient::cpfp(const QString& name, const QString& txid, qint64 feeRateSatPerKvb) {
    (void)name;
    (void)txid;
    (void)feeRateSatPerKvb;
    return fail("child-pays-for-parent is not available yet");
}

Result<QString> WalletClient::psbtFromDraft(const QString& name, const SendDraft& draft) {
    (void)name;
    (void)draft;
    return fail("PSBT export is not available yet");
}

Result<std::pair<QString, bool>> WalletClient::signPsbt(const QString& name, const QString& base64,
                                                        const util::SecureBytes& password) {
    (void)name;
    (void)base64;
    (void)password;
    return fail("PSBT signing with the wallet is not available yet");
}

Result<QString> WalletClient::broadcastPsbt(const QString& name, const QString& base64) {
    (void)name;
    (void)base64;
    return fail("PSBT broadcast is not available yet");
}

Result<QString> WalletClient::broadcastTransaction(const QString& name, const QString& rawHex) {
    (void)name;
    (void)rawHex;
    return fail("broadcast is not available yet");
}

Result<QString> WalletClient::signMessage(const QString& name, const QString& address, const QString& message,
                                          const util::SecureBytes& password) {
    (void)name;
    (void)address;
    (void)message;
    (void)password;
    return fail("message signing with the wallet is not available yet");
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

void WalletClient::setBroadcastPeers(const QStringList& connect, const QString& proxy, int timeoutMs) {
    (void)connect;
    (void)proxy;
    (void)timeoutMs;
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
        if (r.ok())
            emit transactionSent(id, *r);
        else
            emit requestFailed(id, QString::fromStdString(r.message()));
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

}  // namespace cairn::service
