// SPDX-License-Identifier: MIT
// The explorer and network pages against headers synced from a real bcoin regtest node (~200 blocks, one
// of them with a wallet payment): the block list, block / transaction / Merkle proof views, search, history,
// charts, the peers table and the status bar. Plus the Merkle tree drawing against real mainnet blocks.
// Set CAIRN_SCREENSHOT_DIR to save a PNG of every view.
#include "chain/merkle_proof.h"
#include "common/bcoin_node.h"
#include "common/test_paths.h"
#include "primitives/block.h"
#include "service/node_service.h"
#include "ui/main_window.h"
#include "ui/models/header_list_model.h"
#include "ui/models/peer_table_model.h"
#include "ui/pages/explorer_page.h"
#include "ui/pages/network_page.h"
#include "ui/theme.h"
#include "ui/widgets/block_view.h"
#include "ui/widgets/difficulty_chart.h"
#include "ui/widgets/hash_label.h"
#include "ui/widgets/interval_histogram.h"
#include "ui/widgets/merkle_proof_view.h"
#include "ui/widgets/merkle_tree_widget.h"
#include "ui/widgets/sync_status_widget.h"
#include "ui/widgets/tx_view.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QtEndian>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace cairn;
using cairn::test::BcoinNode;

namespace {

const QString kMinerScript = QStringLiteral("0014751e76e8199196d454941c45d1b3a323f1433bd6");
constexpr int kChainHeight = 200;

QString hexOf(const crypto::Hash256& h) { return QString::fromStdString(util::toHexReversed(h)); }

}  // namespace

class TestExplorer : public QObject {
    Q_OBJECT
    BcoinNode m_bcoin{QStringLiteral("bcoin-explorer")};
    std::unique_ptr<service::NodeService> m_node;
    QString m_txid;       // the wallet payment
    QString m_txBlock;    // the block that mined it
    int m_txHeight = -1;
    QString m_shots;

    void shoot(QWidget* w, const QString& name) {
        if (m_shots.isEmpty()) return;
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
    }

    template <typename T>
    static T* child(QObject* parent, const QString& name) {
        T* w = parent->findChild<T*>(name);
        if (!w) qWarning("no child %s", qPrintable(name));
        return w;
    }

private slots:
    void initTestCase() {
        m_shots = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR");
        // Thousands separators in the expected texts are the English ones.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString problem = BcoinNode::installProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_bcoin.start(), qPrintable(m_bcoin.lastError()));
        // 101 blocks to bcoin's wallet, a payment, the block that mines it, then more blocks up to 200.
        QVERIFY2(!m_bcoin.fundWallet().isEmpty(), qPrintable(m_bcoin.lastError()));
        m_txid = m_bcoin.sendFromWallet(m_bcoin.bcoinAddressForScript(kMinerScript), 1.25);
        QVERIFY2(m_txid.size() == 64, qPrintable(m_bcoin.lastError()));
        const QStringList mined = m_bcoin.mine(1, kMinerScript);
        QVERIFY2(mined.size() == 1, qPrintable(m_bcoin.lastError()));
        m_txBlock = mined.first();
        m_txHeight = m_bcoin.tipHeight();
        QVERIFY2(m_bcoin.mine(kChainHeight - m_txHeight, kMinerScript).size() == kChainHeight - m_txHeight,
                 qPrintable(m_bcoin.lastError()));
        QCOMPARE(m_bcoin.tipHeight(), kChainHeight);

        m_node = std::make_unique<service::NodeService>(Network::Regtest, test::freshTempDir(QStringLiteral("explorer")));
        m_node->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_node->status().state, service::NodeStatus::State::Ready, 30000);
        service::NetworkConfig config;
        config.connect = {QStringLiteral("127.0.0.1:%1").arg(m_bcoin.p2pPort())};
        m_node->startNetwork(config);
        QTRY_VERIFY_WITH_TIMEOUT(m_node->syncProgress().state == service::SyncProgress::State::Synced &&
                                     m_node->syncProgress().headerHeight == kChainHeight,
                                 120000);
    }

    void cleanupTestCase() {
        if (m_node) m_node->stop();
    }

    void listShowsTheSyncedHeaders() {
        ui::ExplorerPage page(m_node.get());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* model = page.headerModel();
        QCOMPARE(model->rowCount(), kChainHeight + 1);
        QCOMPARE(model->heightForRow(0), kChainHeight);
        const QModelIndex top = model->index(0, ui::HeaderListModel::HashColumn);
        QTRY_COMPARE(top.data().toString(), m_bcoin.tipHash());
        QCOMPARE(model->index(0, ui::HeaderListModel::HeightColumn).data().toInt(), kChainHeight);
        // The oldest rows load when scrolled to.
        auto* table = child<QTableView>(&page, QStringLiteral("blockTable"));
        QVERIFY(table);
        table->scrollToBottom();
        const QModelIndex genesisRow = model->index(kChainHeight, ui::HeaderListModel::HashColumn);
        QTRY_COMPARE(genesisRow.data().toString(), m_bcoin.rpc(QStringLiteral("getblockhash"), {0}).toString());
        const QModelIndex row50 = model->index(kChainHeight - 50, ui::HeaderListModel::HashColumn);
        table->scrollTo(row50);
        QTRY_COMPARE(row50.data().toString(), m_bcoin.rpc(QStringLiteral("getblockhash"), {50}).toString());
        table->scrollToTop();
        shoot(&page, QStringLiteral("explorer_list"));
    }

    // A page made before its node opened the store (as the main window does at start-up) shows the chain
    // once the node is ready.
    void listFillsWhenTheNodeOpensLater() {
        service::NodeService late(Network::Regtest, m_node->status().dataDir);
        ui::ExplorerPage page(&late);
        QCOMPARE(page.headerModel()->rowCount(), 0);
        late.start();
        QTRY_COMPARE_WITH_TIMEOUT(page.headerModel()->rowCount(), kChainHeight + 1, 30000);
        QCOMPARE(page.headerModel()->index(0, ui::HeaderListModel::HashColumn).data().toString(), m_bcoin.tipHash());
        late.stop();
    }

    void blockTransactionAndProofViews() {
        ui::ExplorerPage page(m_node.get());
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* search = child<QLineEdit>(&page, QStringLiteral("explorerSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QString::number(m_txHeight));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(page.currentView(), ui::ExplorerPage::View::Block);

        // Every header field, as bcoin reports it.
        const QJsonObject bh = m_bcoin.rpc(QStringLiteral("getblockheader"), {m_txBlock}).toObject();
        auto* blockHash = child<ui::HashLabel>(&page, QStringLiteral("blockHash"));
        QVERIFY(blockHash);
        QCOMPARE(blockHash->text(), m_txBlock);
        QTRY_COMPARE(child<ui::HashLabel>(&page, QStringLiteral("blockMerkleRoot"))->text(),
                     bh[QStringLiteral("merkleroot")].toString());
        QCOMPARE(child<QLabel>(&page, QStringLiteral("blockHeight"))->text(), QString::number(m_txHeight));
        QCOMPARE(child<ui::HashLabel>(&page, QStringLiteral("blockPrev"))->text(),
                 bh[QStringLiteral("previousblockhash")].toString());
        QCOMPARE(child<QLabel>(&page, QStringLiteral("blockConfirmations"))->text(),
                 QString::number(kChainHeight - m_txHeight + 1));
        // Nonce and bits from the raw 80-byte header (bcoin's JSON "nonce" reads 0 on regtest).
        const QByteArray raw80 =
            QByteArray::fromHex(m_bcoin.rpc(QStringLiteral("getblockheader"), {m_txBlock, false}).toString().toLatin1());
        QCOMPARE(raw80.size(), 80);
        const auto le32 = [&](int at) { return qFromLittleEndian<quint32>(raw80.constData() + at); };
        QCOMPARE(child<QLabel>(&page, QStringLiteral("blockNonce"))->text(), QString::number(le32(76)));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("blockBits"))->text(),
                 QStringLiteral("0x%1").arg(le32(72), 8, 16, QLatin1Char('0')));
        QVERIFY(child<QLabel>(&page, QStringLiteral("blockTime"))->text().contains(
            QString::number(bh[QStringLiteral("time")].toInteger())));
        QVERIFY(!child<ui::HashLabel>(&page, QStringLiteral("blockChainWork"))->text().isEmpty());

        // Fetched automatically: the coinbase and the payment, in bcoin's order.
        auto* txs = child<QTableWidget>(&page, QStringLiteral("blockTxTable"));
        QVERIFY(txs);
        QTRY_COMPARE_WITH_TIMEOUT(txs->rowCount(), 2, 60000);
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("fetchBlockButton"))->isEnabled());  // already fetched
        const QJsonArray bcoinTxids = m_bcoin.rpc(QStringLiteral("getblock"), {m_txBlock})[QStringLiteral("tx")].toArray();
        for (int i = 0; i < txs->rowCount(); ++i) QCOMPARE(txs->item(i, 1)->text(), bcoinTxids[i].toString());
        const QJsonObject bb = m_bcoin.rpc(QStringLiteral("getblock"), {m_txBlock}).toObject();
        QVERIFY(child<QLabel>(&page, QStringLiteral("blockSize"))->text().startsWith(
            QString::number(bb[QStringLiteral("size")].toInt())));
        shoot(&page, QStringLiteral("explorer_block"));

        // The transaction: activate its row, as a double click does.
        const int payRow = txs->item(0, 1)->text() == m_txid ? 0 : 1;
        QCOMPARE(txs->item(payRow, 1)->text(), m_txid);
        emit txs->cellActivated(payRow, 1);
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Transaction);
        const QJsonObject raw = m_bcoin.rpc(QStringLiteral("getrawtransaction"), {m_txid, 1}).toObject();
        auto* inputs = child<QTableWidget>(&page, QStringLiteral("txInputs"));
        auto* outputs = child<QTableWidget>(&page, QStringLiteral("txOutputs"));
        QVERIFY(inputs && outputs);
        const QJsonArray vin = raw[QStringLiteral("vin")].toArray();
        const QJsonArray vout = raw[QStringLiteral("vout")].toArray();
        QCOMPARE(inputs->rowCount(), vin.size());
        QCOMPARE(outputs->rowCount(), vout.size());
        for (int i = 0; i < vin.size(); ++i)
            QCOMPARE(inputs->item(i, 1)->text(), QStringLiteral("%1:%2").arg(vin[i][QStringLiteral("txid")].toString())
                                                     .arg(vin[i][QStringLiteral("vout")].toInt()));
        bool paid = false;
        for (int i = 0; i < vout.size(); ++i) {
            QVERIFY(outputs->item(i, 1)->text().endsWith(QStringLiteral(" BTC")));
            QVERIFY(!outputs->item(i, 4)->text().isEmpty());  // disassembled scriptPubKey
            paid |= outputs->item(i, 1)->text() == QStringLiteral("1.25000000 BTC");
        }
        QVERIFY2(paid, "the 1.25 BTC payment is listed");
        QCOMPARE(child<ui::HashLabel>(&page, QStringLiteral("txId"))->text(), m_txid);
        QVERIFY(child<QLabel>(&page, QStringLiteral("txPosition"))->text().contains(QString::number(m_txHeight)));
        QVERIFY(child<QLabel>(&page, QStringLiteral("txSize"))->text().contains(QString::number(raw[QStringLiteral("size")].toInt())));
        shoot(&page, QStringLiteral("explorer_tx"));

        // Its Merkle proof: verified against our header at the block's height; the drawn path reaches the root.
        auto* proofButton = child<QPushButton>(&page, QStringLiteral("showProofButton"));
        QVERIFY(proofButton && proofButton->isEnabled());
        QTest::mouseClick(proofButton, Qt::LeftButton);
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Proof);
        auto* verdict = child<QLabel>(&page, QStringLiteral("proofVerdict"));
        QVERIFY(verdict);
        QTRY_VERIFY2_WITH_TIMEOUT(verdict->text().contains(QStringLiteral("Verified against header at height %1").arg(m_txHeight)),
                                  qPrintable(verdict->text()), 60000);
        auto* tree = child<ui::MerkleTreeWidget>(&page, QStringLiteral("merkleTree"));
        QVERIFY(tree);
        QCOMPARE(tree->levelCount(), 1);
        QCOMPARE(tree->computedRoot(), bh[QStringLiteral("merkleroot")].toString());
        // Captions fit their boxes: two boxes side by side, each as wide as the longest caption.
        const QFontMetrics treeFont(tree->font());
        QVERIFY(tree->sizeHint().width() >= 2 * treeFont.horizontalAdvance(QStringLiteral("sibling from the proof")));
        QVERIFY(tree->sizeHint().width() >= treeFont.horizontalAdvance(QStringLiteral("Merkle root (computed)")));
        // The sibling list comes from the service's proof (BIP37 tree from bcoin): in a block of two
        // transactions the payment's only sibling is the other one, as bcoin's getblock lists them.
        auto* siblings = child<QTableWidget>(&page, QStringLiteral("proofSiblings"));
        QCOMPARE(siblings->rowCount(), 1);
        const QString otherTx = bcoinTxids[0].toString() == m_txid ? bcoinTxids[1].toString() : bcoinTxids[0].toString();
        QCOMPARE(siblings->item(0, 2)->text(), otherTx);
        shoot(&page, QStringLiteral("explorer_proof"));
        if (!m_shots.isEmpty()) {
            page.setPalette(ui::darkPalette());
            shoot(&page, QStringLiteral("explorer_proof_dark"));
            page.setPalette(ui::lightPalette());
        }

        // History: back to the transaction and the block, forward again.
        QVERIFY(page.goBack());
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Transaction);
        QVERIFY(page.goBack());
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Block);
        QCOMPARE(blockHash->text(), m_txBlock);
        QCOMPARE(txs->rowCount(), 2);  // from the page's block cache, no refetch
        QVERIFY(page.goForward());
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Transaction);

        // A txid of a fetched block is found by search; unknown ones are reported.
        page.search(m_txid);
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Transaction);
        page.search(m_bcoin.tipHash());
        QTRY_COMPARE(page.currentView(), ui::ExplorerPage::View::Block);
        QTRY_COMPARE(blockHash->text(), m_bcoin.tipHash());
        page.search(QString(64, QLatin1Char('e')));
        QTRY_VERIFY(page.message().startsWith(QStringLiteral("No block")));
        page.search(QString::number(kChainHeight + 1));
        QVERIFY(page.message().contains(QString::number(kChainHeight)));
        page.search(QStringLiteral("hello"));
        QVERIFY(!page.message().isEmpty());
    }

    // A txid of the open wallet is found even before its block was fetched: the wallet names the block's
    // height, the page opens and fetches that block, then shows the transaction.
    void walletTxidSearch() {
        ui::ExplorerPage page(m_node.get());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.search(m_txid);  // without the wallet: no fetched block has it
        QTRY_VERIFY(page.message().startsWith(QStringLiteral("No block")));
        QCOMPARE(page.currentView(), ui::ExplorerPage::View::Blocks);
        const QString unconfirmed(64, QLatin1Char('d'));
        page.setWalletTxLookup([&](const QString& txid) -> std::optional<int> {
            if (txid == m_txid) return m_txHeight;
            if (txid == unconfirmed) return -1;
            return std::nullopt;
        });
        page.search(m_txid.toUpper());
        QTRY_COMPARE_WITH_TIMEOUT(page.currentView(), ui::ExplorerPage::View::Transaction, 60000);
        QCOMPARE(child<ui::HashLabel>(&page, QStringLiteral("txId"))->text(), m_txid);
        page.search(unconfirmed);
        QVERIFY(page.message().contains(QStringLiteral("not in a block yet")));
        page.setWalletTxLookup({});
        page.search(unconfirmed);
        QTRY_VERIFY(page.message().startsWith(QStringLiteral("No block")));
    }

    void chartsPlotDifficultyAndIntervals() {
        ui::ExplorerPage page(m_node.get());
        page.resize(1000, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* difficulty = child<ui::DifficultyChart>(&page, QStringLiteral("difficultyChart"));
        auto* histogram = child<ui::IntervalHistogram>(&page, QStringLiteral("intervalHistogram"));
        QVERIFY(difficulty && histogram);
        QSignalSpy drawn(histogram, &ui::IntervalHistogram::updated);
        page.showBlocks(true);
        QTRY_COMPARE(difficulty->pointCount(), kChainHeight + 1);
        QTRY_VERIFY(drawn.count() >= 1);
        QCOMPARE(histogram->blockCount(), 144);
        QCOMPARE(histogram->intervalCount(), 144);
        int total = 0;
        for (int c : histogram->binCounts()) total += c;
        QCOMPARE(total, 144);
        histogram->setBlockCount(1008);  // more than the chain has: every interval
        QTRY_COMPARE(histogram->intervalCount(), kChainHeight);
        shoot(&page, QStringLiteral("explorer_charts"));
    }

    void networkPageAndStatusBar() {
        ui::NetworkPage page(m_node.get());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* model = page.peerModel();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ui::PeerTableModel::UserAgentColumn).data().toString(), QStringLiteral("/bcoin:v1.0.2/"));
        QCOMPARE(model->index(0, ui::PeerTableModel::AddressColumn).data().toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_bcoin.p2pPort()));
        QVERIFY(model->index(0, ui::PeerTableModel::ServicesColumn).data().toString().contains(QStringLiteral("WITNESS")));
        QCOMPARE(model->index(0, ui::PeerTableModel::HeightColumn).data().toInt(), kChainHeight);
        QVERIFY(model->index(0, ui::PeerTableModel::BytesInColumn).data().toString().contains(QStringLiteral("B")));
        QTRY_COMPARE(child<QProgressBar>(&page, QStringLiteral("syncProgressBar"))->value(), 1000);
        QVERIFY(child<QLabel>(&page, QStringLiteral("syncStateLabel"))->text().contains(QString::number(kChainHeight)));
        QCOMPARE(child<QPushButton>(&page, QStringLiteral("networkToggleButton"))->text(), QStringLiteral("Disconnect"));
        shoot(&page, QStringLiteral("network"));

        ui::MainWindow window(m_node.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = child<ui::SyncStatusWidget>(&window, QStringLiteral("syncStatus"));
        QVERIFY(status);
        QTRY_COMPARE(status->text(), QStringLiteral("Synced"));
        window.showSection(ui::MainWindow::Section::Explorer);
        QTRY_COMPARE(window.findChild<ui::ExplorerPage*>()->headerModel()->rowCount(), kChainHeight + 1);
        shoot(&window, QStringLiteral("main_window_explorer"));
    }

    void syncingStatusText() {
        service::SyncProgress p;
        p.state = service::SyncProgress::State::Syncing;
        p.headerHeight = 12000;
        p.bestPeerHeight = 925000;
        p.headersPerSecond = 4100.4;
        p.etaSeconds = 223;
        p.fraction = 12000.0 / 925000.0;
        QCOMPARE(ui::SyncStatusWidget::describe(p),
                 QStringLiteral("Syncing headers: 12,000 of 925,000 · 4,100 headers/s · ETA 3 min"));
        ui::SyncStatusWidget w(m_node.get());
        w.setProgress(p);
        QCOMPARE(w.text(), QStringLiteral("1.3% · 4,100 headers/s · ETA 3 min"));
        QVERIFY(!w.isHidden());
        p.state = service::SyncProgress::State::Idle;
        w.setProgress(p);
        QVERIFY(w.isHidden());  // nothing to show before the network starts
    }

    // Real mainnet blocks: the branch of every transaction (made by core/chain), drawn and re-hashed by the
    // widget, reaches the Merkle root in the block's header.
    void treeReachesHeaderRoot_data() {
        QTest::addColumn<QString>("txid");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("total");
        QTest::addColumn<QStringList>("siblings");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QStringList>("txids");
        const QJsonArray blocks = QJsonDocument::fromJson(test::readData(QStringLiteral("mainnet/real_blocks_bitcoind.json"))).array();
        QVERIFY(blocks.size() == 5);
        for (const QJsonValue& entry : blocks) {
            auto bytes = util::fromHex(entry[QStringLiteral("data")].toString().toStdString());
            QVERIFY(bytes.ok());
            auto block = primitives::Block::parse(*bytes);
            QVERIFY(block.ok());
            const QString hash = QString::fromStdString(block->hash().toHex());
            QStringList txids;
            for (const auto& tx : block->transactions) txids << QString::fromStdString(tx.txid().toHex());
            for (size_t i = 0; i < block->transactions.size(); ++i) {
                auto branch = chain::merkleBranchFor(*block, i);
                QVERIFY(branch.ok());
                QStringList siblings;
                for (const auto& s : branch->siblings) siblings << hexOf(s);
                QTest::addRow("%s… tx %d of %d", qPrintable(hash.left(16)), static_cast<int>(i),
                              static_cast<int>(block->transactions.size()))
                    << QString::fromStdString(branch->txid.toHex()) << static_cast<int>(i)
                    << static_cast<int>(block->transactions.size()) << siblings << hexOf(block->header.merkleRoot)
                    << txids;
            }
        }
    }

    void treeReachesHeaderRoot() {
        QFETCH(QString, txid);
        QFETCH(int, index);
        QFETCH(int, total);
        QFETCH(QStringList, siblings);
        QFETCH(QString, root);
        QFETCH(QStringList, txids);
        // The UI's own branch from the txid list (used when the service sends no siblings) equals core's.
        QCOMPARE(ui::MerkleTreeWidget::branchFromTxids(txids, index), siblings);
        ui::MerkleTreeWidget tree;
        tree.setProof(txid, index, total, siblings);
        QVERIFY(tree.isConsistent());
        QCOMPARE(tree.computedRoot(), root);
        QCOMPARE(tree.levelCount(), static_cast<int>(siblings.size()));
        // A flipped sibling bit must not reach the root.
        if (!siblings.isEmpty()) {
            QStringList bad = siblings;
            bad[0][0] = bad[0][0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            tree.setProof(txid, index, total, bad);
            QVERIFY(tree.computedRoot() != root);
        }
    }

    void treeRejectsInconsistentProofs() {
        ui::MerkleTreeWidget tree;
        const QString a(64, QLatin1Char('a')), b(64, QLatin1Char('b'));
        tree.setProof(a, 0, 4, {b});  // 4 transactions need 2 levels
        QVERIFY(!tree.isConsistent());
        QVERIFY(tree.computedRoot().isEmpty());
        tree.setProof(a, 5, 4, {b, b});  // index outside the block
        QVERIFY(!tree.isConsistent());
        tree.setProof(QStringLiteral("zz"), 0, 2, {b});  // not a hash
        QVERIFY(!tree.isConsistent());
        tree.setProof(a, 2, 3, {b, b});  // last of an odd level must be paired with itself
        QVERIFY(!tree.isConsistent());
        tree.setProof(a, 0, 1, {});  // a lone coinbase is its own root
        QVERIFY(tree.isConsistent());
        QCOMPARE(tree.computedRoot(), a);
    }

    void histogramBins_data() {
        QTest::addColumn<QList<qint64>>("intervals");
        QTest::addColumn<qint64>("width");
        QTest::addColumn<int>("firstBin");
        QTest::addColumn<int>("lastBin");
        QTest::newRow("ten-minute blocks") << QList<qint64>(100, 600) << qint64(32) << 0 << 0;
        QTest::newRow("regtest zero gaps") << QList<qint64>(50, 0) << qint64(1) << 50 << 0;
        QTest::newRow("negative counts as zero") << QList<qint64>{-30, 0, 5} << qint64(1) << 2 << 0;
        QList<qint64> tail(99, 100);
        tail << 100000;  // one huge gap lands in the overflow bin
        QTest::newRow("overflow bin") << tail << qint64(6) << 0 << 1;
    }

    void histogramBins() {
        QFETCH(QList<qint64>, intervals);
        QFETCH(qint64, width);
        QFETCH(int, firstBin);
        QFETCH(int, lastBin);
        QList<int64_t> in;
        for (qint64 v : intervals) in << v;
        const auto bins = ui::IntervalHistogram::bin(in);
        QCOMPARE(bins.width, width);
        QCOMPARE(bins.counts.size(), ui::IntervalHistogram::kBins);
        QCOMPARE(bins.counts.first(), firstBin);
        QCOMPARE(bins.counts.last(), lastBin);
        int total = 0;
        for (int c : bins.counts) total += c;
        QCOMPARE(total, static_cast<int>(intervals.size()));
    }

    void difficultySampling() {
        QCOMPARE(ui::DifficultyChart::sampleHeights(-1).size(), 0);
        QCOMPARE(ui::DifficultyChart::sampleHeights(0), QList<int>{0});
        QCOMPARE(ui::DifficultyChart::sampleHeights(200).size(), 201);
        const QList<int> big = ui::DifficultyChart::sampleHeights(925000);
        QCOMPARE(big.size(), ui::DifficultyChart::kMaxPoints);
        QCOMPARE(big.first(), 0);
        QCOMPARE(big.last(), 925000);
        QVERIFY(std::is_sorted(big.begin(), big.end()));
    }
};

QTEST_MAIN(TestExplorer)
#include "test_explorer.moc"
