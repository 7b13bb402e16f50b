// SPDX-License-Identifier: MIT
// Network parameters: genesis headers hash to the published genesis hashes and meet their own proof of
// work; signet's magic derives from its challenge; checkpoints are ordered; Electrum's per-period
// targets survive the compact encoding and agree with a real header's bits.
#include "chain/params.h"
#include "chain/pow.h"
#include "common/test_paths.h"
#include "primitives/block.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cairn;
using chain::chainParams;
using primitives::Uint256;

Q_DECLARE_METATYPE(cairn::Network)

class TestChainParams : public QObject {
    Q_OBJECT
private slots:
    void genesisHashesMatch_data() {
        QTest::addColumn<Network>("network");
        QTest::addColumn<QString>("hash");
        // Published genesis hashes (Bitcoin Core chainparams.cpp asserts).
        QTest::newRow("main") << Network::Main
                              << "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
        QTest::newRow("testnet3") << Network::Testnet3
                                  << "000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943";
        QTest::newRow("testnet4") << Network::Testnet4
                                  << "00000000da84f2bafbbc53dee25a72ae507ff4914b867c565be350b0da8bf043";
        QTest::newRow("signet") << Network::Signet
                                << "00000008819873e925422c1ff0f99f7cc9bbb232af63a077a480a3633bee1ef6";
        QTest::newRow("regtest") << Network::Regtest
                                 << "0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206";
    }
    void genesisHashesMatch() {
        QFETCH(Network, network);
        QFETCH(QString, hash);
        const auto& p = chainParams(network);
        QCOMPARE(QString::fromStdString(p.genesisHeader.hash().toHex()), hash);
        QCOMPARE(QString::fromStdString(p.genesisHash.toHex()), hash);
        QVERIFY(p.genesisHeader.prevBlock.isNull());
        QCOMPARE(chain::checkProofOfWork(p.genesisHash, p.genesisHeader.bits, p), chain::PowStatus::Ok);
        QCOMPARE(p.powLimitBits, p.powLimit.toCompact());
        QVERIFY(p.minimumChainWork.isZero() == (network == Network::Regtest));
    }

    void networkConstants_data() {
        QTest::addColumn<Network>("network");
        QTest::addColumn<QString>("magic");
        QTest::addColumn<int>("port");
        QTest::newRow("main") << Network::Main << "f9beb4d9" << 8333;
        QTest::newRow("testnet3") << Network::Testnet3 << "0b110907" << 18333;
        QTest::newRow("testnet4") << Network::Testnet4 << "1c163f28" << 48333;
        QTest::newRow("signet (derived from the challenge)") << Network::Signet << "0a03cf40" << 38333;
        QTest::newRow("regtest") << Network::Regtest << "fabfb5da" << 18444;
    }
    void networkConstants() {
        QFETCH(Network, network);
        QFETCH(QString, magic);
        QFETCH(int, port);
        const auto& p = chainParams(network);
        QCOMPARE(QString::fromStdString(util::toHex(p.messageStart)), magic);
        QCOMPARE(int(p.defaultPort), port);
        for (size_t i = 1; i < p.checkpoints.size(); ++i) QVERIFY(p.checkpoints[i - 1].height < p.checkpoints[i].height);
        for (const auto& seed : p.fixedSeeds) QCOMPARE(int(seed.port), port);
    }

    void ruleFlags() {
        QVERIFY(!chainParams(Network::Main).powAllowMinDifficultyBlocks);
        QVERIFY(chainParams(Network::Testnet3).powAllowMinDifficultyBlocks);
        QVERIFY(chainParams(Network::Testnet4).powAllowMinDifficultyBlocks);
        QVERIFY(chainParams(Network::Testnet4).enforceBip94);
        QVERIFY(!chainParams(Network::Testnet3).enforceBip94);
        QVERIFY(chainParams(Network::Regtest).powNoRetargeting);
        QVERIFY(!chainParams(Network::Signet).signetChallenge.empty());
        QCOMPARE(chainParams(Network::Main).bip34Height, 227931);
        QCOMPARE(chainParams(Network::Main).difficultyAdjustmentInterval(), int64_t(2016));
        QVERIFY(chainParams(Network::Main).checkpointAt(11111) != nullptr);
        QVERIFY(chainParams(Network::Main).checkpointAt(11112) == nullptr);
    }

    // Electrum's checkpoint file: [hash, target] for the last block of each period. The file has no
    // timestamps, so the retarget formula cannot be replayed; instead every target must be exactly
    // representable in compact form (targets always come from bits) and lie within the pow limit, and
    // every hash must be one of our mainnet checkpoints at height 2016 * (i + 1) - 1.
    void electrumCheckpoints_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("target");
        const auto doc = QJsonDocument::fromJson(test::readData(QStringLiteral("mainnet/electrum_checkpoints.json")));
        const QJsonArray rows = doc.array();
        QVERIFY(rows.size() == 371);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonArray row = rows[i].toArray();
            // The targets exceed double precision, so read them from the raw text below.
            QTest::addRow("period %d (height %d)", i, 2016 * (i + 1) - 1) << i << row[0].toString() << QString();
        }
    }
    void electrumCheckpoints() {
        QFETCH(int, index);
        QFETCH(QString, hash);
        const Uint256 target = electrumTarget(index);
        const auto& p = chainParams(Network::Main);
        const Uint256::Compact back = Uint256::fromCompact(target.toCompact());
        QVERIFY(!back.negative && !back.overflow);
        QCOMPARE(QString::fromStdString(back.target.toHex()), QString::fromStdString(target.toHex()));
        QVERIFY(target <= p.powLimit);
        const auto* cp = p.checkpointAt(2016 * (index + 1) - 1);
        QVERIFY(cp != nullptr);
        QCOMPARE(QString::fromStdString(cp->hash.toHex()), hash);
    }

    // Block 357238 lies in the period whose target Electrum stores with block 356831 (entry 176):
    // its bits must decode to exactly that target.
    void electrumTargetMatchesRealHeader() {
        const QByteArray hex = test::readData(QStringLiteral("mainnet/block_357238.hex")).trimmed();
        auto raw = util::fromHex(hex.toStdString());
        QVERIFY(raw.ok());
        auto header = primitives::BlockHeader::parse(ByteView(raw->data(), 80));
        QVERIFY(header.ok());
        QCOMPARE(357238 / 2016, 177);
        QCOMPARE(QString::fromStdString(Uint256::fromCompact(header->bits).target.toHex()),
                 QString::fromStdString(electrumTarget(176).toHex()));
    }

private:
    // Decimal target of entry `index`, parsed from the file's text (JSON numbers this large lose
    // precision as doubles).
    static Uint256 electrumTarget(int index) {
        static const std::vector<std::string> targets = [] {
            std::vector<std::string> out;
            const QByteArray text = test::readData(QStringLiteral("mainnet/electrum_checkpoints.json"));
            qsizetype pos = 0;
            while ((pos = text.indexOf("\",", pos)) >= 0) {
                pos += 2;
                while (pos < text.size() && !std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
                qsizetype end = pos;
                while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
                out.push_back(text.mid(pos, end - pos).toStdString());
                pos = end;
            }
            return out;
        }();
        Uint256 v;
        for (char c : targets.at(static_cast<size_t>(index))) {
            v *= uint32_t(10);
            v += Uint256(static_cast<uint64_t>(c - '0'));
        }
        return v;
    }
};

QTEST_GUILESS_MAIN(TestChainParams)
#include "test_chain_params.moc"
