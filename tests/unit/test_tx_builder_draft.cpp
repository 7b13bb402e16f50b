// SPDX-License-Identifier: MIT
// WalletClient::draftSend: a wallet with stored coins drafts an unsigned PSBT (coin selection, fee, change of the
// wallet's type); addresses of another network are refused with the network named.
#include "common/test_paths.h"
#include "script/psbt.h"
#include "service/wallet_client.h"
#include "storage/wallet_store.h"
#include "util/hex.h"
#include "wallet/wallet.h"

#include <QtTest>

using namespace cairn;

namespace {

util::SecureBytes secret(const char* s) { return util::SecureBytes(Bytes(s, s + std::strlen(s))); }

}  // namespace

class TestTxBuilderDraft : public QObject {
    Q_OBJECT
private slots:
    void draftsFromStoredCoins() {
        const QString dir = test::freshTempDir(QStringLiteral("draft"));
        service::WalletClient client(Network::Regtest, dir);
        service::WalletCreateRequest req;
        req.name = QStringLiteral("w");
        req.scryptN = 1024;
        util::SecureBytes words;
        auto info = client.createWallet(req, secret("pw"), words);
        QVERIFY2(info.ok(), info.message().c_str());
        auto addr = client.newAddress(req.name, false);
        QVERIFY2(addr.ok(), addr.message().c_str());
        auto w = client.openWallet(req.name);
        QVERIFY(w.ok());
        storage::WalletStore& store = (*w)->store();

        // One confirmed coin of 0.01 BTC at height 10; the wallet was synced to height 200.
        primitives::Transaction funding;
        funding.inputs.push_back(primitives::TxIn{});
        funding.inputs[0].prevout.index = 3;
        funding.outputs.push_back(primitives::TxOut{primitives::Amount::fromSats(1'000'000),
                                                    util::fromHex(addr->scriptPubKey.toStdString()).value()});
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
        out.value = 1'000'000;
        out.script = funding.outputs[0].scriptPubKey;
        out.height = 10;
        auto rec = store.addressByScript(out.script);
        QVERIFY(rec.ok() && rec->has_value());
        out.addressId = (*rec)->id;
        auto put = store.putOutput(out);
        QVERIFY2(put.ok(), put.message().c_str());
        QVERIFY(store.setSyncValue("tip_height", Bytes{200, 0, 0, 0}).ok());

        service::SendRequest send;
        send.recipients.append(
            service::SendRecipient{QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"), 250'000, false});
        send.feeRateSatPerKvb = 5000;
        auto draft = client.draftSend(req.name, send);
        QVERIFY2(draft.ok(), draft.message().c_str());
        QCOMPARE(draft->inputs.size(), 1);
        QCOMPARE(draft->fee, qint64(5 * draft->vsize));
        QCOMPARE(draft->change, qint64(1'000'000 - 250'000 - draft->fee));
        QVERIFY(draft->changeAddress.startsWith(QStringLiteral("bcrt1q")));  // the wallet's own P2WPKH type
        auto psbt = script::Psbt::fromBase64(draft->psbt.toStdString());
        QVERIFY2(psbt.ok(), psbt.message().c_str());
        QCOMPARE(psbt->fee().value().sats(), draft->fee);
        QCOMPARE(psbt->tx.lockTime <= 200 && psbt->tx.lockTime > 100, true);
        QCOMPARE(psbt->tx.inputs[0].sequence, uint32_t(0xfffffffd));

        // A mainnet address is refused, naming the network.
        send.recipients[0].address = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        auto wrong = client.draftSend(req.name, send);
        QVERIFY(!wrong.ok());
        QVERIFY2(QString::fromStdString(wrong.message()).contains(QStringLiteral("mainnet")), wrong.message().c_str());

        // More than the wallet has.
        send.recipients[0].address = QStringLiteral("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080");
        send.recipients[0].amount = 2'000'000;
        auto broke = client.draftSend(req.name, send);
        QVERIFY(!broke.ok());
        QVERIFY2(QString::fromStdString(broke.message()).startsWith(QStringLiteral("insufficient funds: need 0.02")),
                 broke.message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestTxBuilderDraft)
#include "test_tx_builder_draft.moc"
