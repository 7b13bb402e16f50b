// SPDX-License-Identifier: MIT
// The wallet's sending path end to end without a network (the broadcast hook captures the transaction): draft →
// PSBT with BIP32/taproot derivations → signed with the wallet's own keys → recorded; the signed size is within
// 1 vbyte of the estimate for every account type; bump fee follows BIP125 and conflicts the original; CPFP reaches
// the package rate; a failed broadcast records nothing; a wrong password signs nothing.
#include "common/test_paths.h"
#include "script/psbt.h"
#include "service/wallet_client.h"
#include "service/wallet_service.h"
#include "storage/wallet_store.h"
#include "util/hex.h"
#include "wallet/wallet.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cairn;

namespace {

util::SecureBytes secret(const char* s) { return util::SecureBytes(Bytes(s, s + std::strlen(s))); }

const QString kRecipient = QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080");
constexpr qint64 kFunding = 1'000'000;

/// Stores a confirmed coin of `value` paying `scriptHex` at height 10 and sets the synced tip to 200.
void fund(storage::WalletStore& store, const QString& scriptHex, qint64 value) {
    primitives::Transaction funding;
    funding.inputs.push_back(primitives::TxIn{});
    funding.inputs[0].prevout.index = 7;
    funding.outputs.push_back(
        primitives::TxOut{primitives::Amount::fromSats(value), util::fromHex(scriptHex.toStdString()).value()});
    storage::TxRecord tx;
    tx.txid = funding.txid();
    tx.wtxid = funding.wtxid();
    tx.raw = funding.serialize();
    tx.status = storage::TxStatus::Confirmed;
    tx.height = 10;
    auto row = store.putTransaction(tx);
    QVERIFY2(row.ok(), row.message().c_str());
    storage::OutputRecord out;
    out.outpoint = primitives::OutPoint{tx.txid, 0};
    out.txRowId = *row;
    out.value = value;
    out.script = funding.outputs[0].scriptPubKey;
    out.height = 10;
    auto rec = store.addressByScript(out.script);
    QVERIFY(rec.ok() && rec->has_value());
    out.addressId = (*rec)->id;
    QVERIFY(store.putOutput(out).ok());
    QVERIFY(store.setSyncValue("tip_height", Bytes{200, 0, 0, 0}).ok());
}

/// Inputs minus outputs of a signed transaction whose inputs the wallet stored.
qint64 feeOf(storage::WalletStore& store, const primitives::Transaction& tx) {
    qint64 fee = 0;
    for (const auto& in : tx.inputs) {
        auto out = store.outputByOutpoint(in.prevout);
        if (!out.ok() || !*out) return -1;
        fee += (*out)->value;
    }
    for (const auto& o : tx.outputs) fee -= o.value.sats();
    return fee;
}

}  // namespace

class TestWalletSend : public QObject {
    Q_OBJECT
private slots:
    void sendsBumpsAndCpfps_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("pathPurpose");
        QTest::newRow("p2wpkh (BIP84)") << QStringLiteral("p2wpkh") << 84;
        QTest::newRow("p2sh-p2wpkh (BIP49)") << QStringLiteral("p2sh-p2wpkh") << 49;
        QTest::newRow("p2pkh (BIP44)") << QStringLiteral("p2pkh") << 44;
        QTest::newRow("p2tr (BIP86)") << QStringLiteral("p2tr") << 86;
    }

    void sendsBumpsAndCpfps() {
        QFETCH(QString, type);
        QFETCH(int, pathPurpose);
        const QString dir = test::freshTempDir(QStringLiteral("send-") + type);
        service::WalletClient client(Network::Regtest, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.type = type;
        req.scryptN = 1024;
        util::SecureBytes words;
        auto info = client.createWallet(req, secret("pw"), words);
        QVERIFY2(info.ok(), info.message().c_str());
        auto addr = client.newAddress(req.name, false);
        QVERIFY2(addr.ok(), addr.message().c_str());
        auto w = client.openWallet(req.name);
        QVERIFY(w.ok());
        storage::WalletStore& store = (*w)->store();
        fund(store, addr->scriptPubKey, kFunding);
        if (QTest::currentTestFailed()) return;

        QStringList broadcast;
        client.setBroadcastHook([&](const QString& hex) -> util::Result<void> {
            broadcast.append(hex);
            return {};
        });

        service::SendRequest send;
        send.recipients.append(service::SendRecipient{kRecipient, 250'000, false});
        send.feeRateSatPerKvb = 5000;
        auto draft = client.draftSend(req.name, send);
        QVERIFY2(draft.ok(), draft.message().c_str());

        // The exported PSBT names the keys by BIP32 origin (m/purpose'/1'/0'/chain/index) for external signers.
        auto exported = client.psbtFromDraft(req.name, *draft);
        QVERIFY2(exported.ok(), exported.message().c_str());
        auto psbt = script::Psbt::fromBase64(exported->toStdString());
        QVERIFY2(psbt.ok(), psbt.message().c_str());
        const bool taproot = type == QStringLiteral("p2tr");
        const auto& in0 = psbt->inputs[0];
        const std::vector<uint32_t> inputPath{0x80000000u | uint32_t(pathPurpose), 0x80000001u, 0x80000000u, 0, 0};
        if (taproot) {
            QVERIFY(in0.tapInternalKey.has_value());
            QCOMPARE(in0.tapBip32Derivations.size(), size_t(1));
            QVERIFY(in0.tapBip32Derivations.begin()->second.origin.path == inputPath);
            QVERIFY(in0.bip32Derivations.empty());
        } else {
            QCOMPARE(in0.bip32Derivations.size(), size_t(1));
            QVERIFY(in0.bip32Derivations.begin()->second.path == inputPath);
            QCOMPARE(in0.nonWitnessUtxo.has_value(), true);
        }
        QCOMPARE(in0.redeemScript.has_value(), type == QStringLiteral("p2sh-p2wpkh"));
        int changeOutputsWithOrigin = 0;
        for (const auto& out : psbt->outputs) {
            if (!out.bip32Derivations.empty() || !out.tapBip32Derivations.empty()) ++changeOutputsWithOrigin;
        }
        QCOMPARE(changeOutputsWithOrigin, 1);

        // A wrong password signs nothing; a failed broadcast records nothing.
        auto wrong = client.signAndBroadcast(req.name, *draft, secret("nope"));
        QVERIFY(!wrong.ok());
        QVERIFY2(QString::fromStdString(wrong.message()).contains(QStringLiteral("wrong password")),
                 wrong.message().c_str());
        client.setBroadcastHook([](const QString&) -> util::Result<void> { return util::fail("no peer"); });
        auto failed = client.signAndBroadcast(req.name, *draft, secret("pw"));
        QVERIFY(!failed.ok());
        auto countAfterFailure = store.transactionCount();
        QCOMPARE(countAfterFailure.value(), int64_t(1));
        client.setBroadcastHook([&](const QString& hex) -> util::Result<void> {
            broadcast.append(hex);
            return {};
        });

        // Signed and broadcast: the size is within 1 vbyte of the estimate, the fee is exactly the draft's.
        auto txid = client.signAndBroadcast(req.name, *draft, secret("pw"));
        QVERIFY2(txid.ok(), txid.message().c_str());
        QCOMPARE(broadcast.size(), 1);
        auto tx = primitives::Transaction::parse(util::fromHex(broadcast.last().toStdString()).value());
        QVERIFY2(tx.ok(), tx.message().c_str());
        QCOMPARE(QString::fromStdString(tx->txid().toHex()), *txid);
        // Native segwit: signing does not change the txid; scriptSigs (P2PKH, P2SH-P2WPKH) do.
        if (type == QStringLiteral("p2wpkh") || taproot) QCOMPARE(*txid, draft->txid);
        QVERIFY2(int(tx->vsize()) <= draft->vsize && int(tx->vsize()) >= draft->vsize - 1,
                 qPrintable(QStringLiteral("signed %1 vB, estimated %2 vB").arg(tx->vsize()).arg(draft->vsize)));
        QCOMPARE(feeOf(store, *tx), draft->fee);
        QCOMPARE(tx->inputs[0].sequence, uint32_t(0xfffffffd));
        QVERIFY(tx->lockTime > 100 && tx->lockTime <= 200);

        // Recorded: unconfirmed, the coin spent, the change unconfirmed but the wallet's.
        auto stored = store.transactionByTxid(tx->txid());
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE(int((*stored)->status), int(storage::TxStatus::Unconfirmed));
        auto spent = store.outputByOutpoint(tx->inputs[0].prevout);
        QVERIFY(spent.ok() && spent->has_value() && (*spent)->spentBy.has_value());
        auto balance = client.balance(req.name);
        QVERIFY2(balance.ok(), balance.message().c_str());
        QCOMPARE(balance->confirmed, qint64(0));

        // Bump fee: same inputs, recipients untouched, change reduced; BIP125 rules 3 and 4 hold.
        auto bump = client.bumpFee(req.name, *txid, 12'000);
        QVERIFY2(bump.ok(), bump.message().c_str());
        QCOMPARE(bump->inputs, draft->inputs);
        QCOMPARE(bump->recipients.size(), 1);
        QCOMPARE(bump->recipients[0].amount, qint64(250'000));
        QVERIFY(bump->fee >= draft->fee + bump->vsize);
        QVERIFY(bump->fee >= 12 * bump->vsize);
        auto bumpTxid = client.signAndBroadcast(req.name, *bump, secret("pw"));
        QVERIFY2(bumpTxid.ok(), bumpTxid.message().c_str());
        auto bumped = primitives::Transaction::parse(util::fromHex(broadcast.last().toStdString()).value());
        QVERIFY(bumped.ok());
        QVERIFY(int(bumped->vsize()) <= bump->vsize && int(bumped->vsize()) >= bump->vsize - 1);
        auto original = store.transactionByTxid(tx->txid());
        QVERIFY(original.ok() && original->has_value());
        QCOMPARE(int((*original)->status), int(storage::TxStatus::Conflicted));
        // A replaced transaction cannot be bumped again.
        QVERIFY(!client.bumpFee(req.name, *txid, 20'000).ok());

        // CPFP on the replacement's change: parent + child reach the package rate.
        auto child = client.cpfp(req.name, *bumpTxid, 30'000);
        QVERIFY2(child.ok(), child.message().c_str());
        QCOMPARE(child->inputs.size(), 1);
        QVERIFY(child->inputs[0].startsWith(*bumpTxid));
        const qint64 packageFee = bump->fee + child->fee;
        const qint64 packageVsize = qint64(bumped->vsize()) + child->vsize;
        QVERIFY2(packageFee * 1000 >= 30'000 * packageVsize,
                 qPrintable(QStringLiteral("package %1 sat for %2 vB").arg(packageFee).arg(packageVsize)));
        auto childTxid = client.signAndBroadcast(req.name, *child, secret("pw"));
        QVERIFY2(childTxid.ok(), childTxid.message().c_str());
        QCOMPARE(broadcast.size(), 3);
    }

    void psbtSignedByTheWalletIsComplete() {
        const QString dir = test::freshTempDir(QStringLiteral("send-psbt"));
        service::WalletClient client(Network::Regtest, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.scryptN = 1024;
        util::SecureBytes words;
        QVERIFY(client.createWallet(req, secret("pw"), words).ok());
        auto addr = client.newAddress(req.name, false);
        QVERIFY(addr.ok());
        auto w = client.openWallet(req.name);
        QVERIFY(w.ok());
        fund((*w)->store(), addr->scriptPubKey, kFunding);
        service::SendRequest send;
        send.recipients.append(service::SendRecipient{kRecipient, 0, false});
        send.sendAll = true;
        send.feeRateSatPerKvb = 2000;
        auto draft = client.draftSend(req.name, send);
        QVERIFY2(draft.ok(), draft.message().c_str());
        QCOMPARE(draft->change, qint64(0));
        QCOMPARE(draft->recipients[0].amount, kFunding - draft->fee);
        auto unsignedPsbt = client.psbtFromDraft(req.name, *draft);
        QVERIFY(unsignedPsbt.ok());
        auto signedPsbt = client.signPsbt(req.name, *unsignedPsbt, secret("pw"));
        QVERIFY2(signedPsbt.ok(), signedPsbt.message().c_str());
        QVERIFY(signedPsbt->second);
        // Garbage is refused with a reason; an unsigned PSBT cannot be broadcast.
        QVERIFY(!client.signPsbt(req.name, QStringLiteral("cHNidP8="), secret("pw")).ok());
        auto unsent = client.broadcastPsbt(req.name, *unsignedPsbt);
        QVERIFY(!unsent.ok());
        QVERIFY2(QString::fromStdString(unsent.message()).contains(QStringLiteral("cannot be finalized")),
                 unsent.message().c_str());
    }

    void coinControlFreezeAndMessages() {
        const QString dir = test::freshTempDir(QStringLiteral("send-freeze"));
        service::WalletClient client(Network::Regtest, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.scryptN = 1024;
        util::SecureBytes words;
        QVERIFY(client.createWallet(req, secret("pw"), words).ok());
        auto addr = client.newAddress(req.name, false);
        QVERIFY(addr.ok());
        auto w = client.openWallet(req.name);
        QVERIFY(w.ok());
        fund((*w)->store(), addr->scriptPubKey, kFunding);
        auto utxos = client.listUnspent(req.name);
        QVERIFY(utxos.ok() && utxos->size() == 1);
        const QString coin = utxos->at(0).txid + QStringLiteral(":0");
        QVERIFY(client.setFrozen(req.name, coin, true).ok());
        service::SendRequest send;
        send.recipients.append(service::SendRecipient{kRecipient, 100'000, false});
        QVERIFY(!client.draftSend(req.name, send).ok());  // the only coin is frozen
        QVERIFY(client.setFrozen(req.name, coin, false).ok());
        QVERIFY(client.draftSend(req.name, send).ok());
        QVERIFY(!client.setFrozen(req.name, QString(64, QLatin1Char('0')) + QStringLiteral(":5"), true).ok());

        // Message signing with a wallet address; the signature verifies, a changed message does not.
        auto sig = client.signMessage(req.name, addr->address, QStringLiteral("hello"), secret("pw"));
        QVERIFY2(sig.ok(), sig.message().c_str());
        QVERIFY(client.verifyMessage(addr->address, QStringLiteral("hello"), *sig).ok());
        QVERIFY(!client.verifyMessage(addr->address, QStringLiteral("hellO"), *sig).ok());
        QVERIFY(!client.signMessage(req.name, kRecipient, QStringLiteral("hello"), secret("pw")).ok());
    }

    // The GUI's asynchronous facade: results arrive by signal with the request id.
    void serviceSignalsCarryResults() {
        const QString dir = test::freshTempDir(QStringLiteral("send-service"));
        QString address;
        {
            service::WalletClient client(Network::Regtest, dir);
            service::WalletCreateRequest req;
            req.name = QStringLiteral("w");
            req.scryptN = 1024;
            util::SecureBytes words;
            QVERIFY(client.createWallet(req, secret("pw"), words).ok());
            auto addr = client.newAddress(req.name, false);
            QVERIFY(addr.ok());
            address = addr->address;
        }
        service::WalletService svc(Network::Regtest, dir);
        QSignalSpy signedSpy(&svc, &service::WalletService::messageSigned);
        QSignalSpy verifiedSpy(&svc, &service::WalletService::messageVerified);
        QSignalSpy failedSpy(&svc, &service::WalletService::requestFailed);
        const quint64 signId = svc.signMessage(QStringLiteral("w"), address, QStringLiteral("hi"), secret("pw"));
        QTRY_COMPARE_WITH_TIMEOUT(signedSpy.count(), 1, 10'000);
        QCOMPARE(signedSpy.at(0).at(0).toULongLong(), signId);
        const QString signature = signedSpy.at(0).at(1).toString();
        svc.verifyMessage(address, QStringLiteral("hi"), signature);
        svc.verifyMessage(address, QStringLiteral("ho"), signature);
        QTRY_COMPARE_WITH_TIMEOUT(verifiedSpy.count(), 2, 10'000);
        QCOMPARE(verifiedSpy.at(0).at(1).toBool(), true);
        QCOMPARE(verifiedSpy.at(1).at(1).toBool(), false);
        QVERIFY(!verifiedSpy.at(1).at(2).toString().isEmpty());
        const quint64 frozenId = svc.setFrozen(QStringLiteral("w"), QString(64, QLatin1Char('1')) + QStringLiteral(":0"), true);
        QTRY_COMPARE_WITH_TIMEOUT(failedSpy.count(), 1, 10'000);
        QCOMPARE(failedSpy.at(0).at(0).toULongLong(), frozenId);
    }
};

QTEST_GUILESS_MAIN(TestWalletSend)
#include "test_wallet_send.moc"
