// SPDX-License-Identifier: MIT
#include "chain/params.h"

#include "chain/mainnet_checkpoints.h"
#include "crypto/hash.h"
#include "primitives/serialize.h"
#include "util/hex.h"

#include <algorithm>
#include <cassert>

namespace cairn::chain {
namespace {

using primitives::BlockHash;
using primitives::BlockHeader;
using primitives::Uint256;

// Sources, unless noted on the line:
//  [core27] Bitcoin Core src/kernel/chainparams.cpp at commit 0083e015 (the v27 cycle): magic bytes,
//           ports, genesis parameters and hashes, DNS seeds, checkpoints, nMinimumChainWork,
//           BIP34/65/66 heights, powLimit, fPow* flags.
//  [core28] Bitcoin Core v28.0 src/kernel/chainparams.cpp (CTestNet4Params, added in v28).
//  [seeds]  Bitcoin Core contrib/seeds/nodes_main.txt, nodes_testnet4.txt, nodes_signet.txt (IPv4 entries).

BlockHash hashFromHex(const char* hex) {
    auto h = BlockHash::fromHex(hex);
    assert(h.ok());
    return *h;
}

Uint256 numFromHex(const char* hex) {
    auto v = Uint256::fromHex(hex);
    assert(v.ok());
    return *v;
}

BlockHeader genesis(int32_t version, const char* merkleRootHex, uint32_t time, uint32_t bits, uint32_t nonce) {
    BlockHeader h;
    h.version = version;
    auto root = primitives::hash32FromDisplayHex(merkleRootHex);
    assert(root.ok());
    h.merkleRoot = *root;
    h.time = time;
    h.bits = bits;
    h.nonce = nonce;
    return h;
}

// The coinbase of the 2009 genesis block ("The Times 03/Jan/2009 ..."), shared by main, testnet3,
// signet and regtest. [core27]
constexpr const char* kSatoshiMerkleRoot = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b";

void finish(ChainParams& p) {
    p.powLimitBits = p.powLimit.toCompact();
    std::sort(p.checkpoints.begin(), p.checkpoints.end(),
              [](const Checkpoint& a, const Checkpoint& b) { return a.height < b.height; });
}

ChainParams makeMain() {
    ChainParams p;
    p.network = Network::Main;
    p.messageStart = {0xf9, 0xbe, 0xb4, 0xd9};  // [core27]
    p.defaultPort = 8333;
    p.genesisHeader = genesis(1, kSatoshiMerkleRoot, 1231006505, 0x1d00ffff, 2083236893);
    p.genesisHash = hashFromHex("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f");
    p.dnsSeeds = {"seed.bitcoin.sipa.be",          "dnsseed.bluematt.me",     "dnsseed.bitcoin.dashjr.org",
                  "seed.bitcoinstats.com",         "seed.bitcoin.jonasschnelli.ch", "seed.btc.petertodd.net",
                  "seed.bitcoin.sprovoost.nl",     "dnsseed.emzy.de",         "seed.bitcoin.wiz.biz"};  // [core27]
    p.fixedSeeds = {{"188.138.88.47", 8333}, {"192.3.11.20", 8333}, {"195.154.172.177", 8333},
                    {"209.141.37.57", 8333}, {"212.51.129.60", 8333}};  // [seeds]
    // [core27] checkpointData, then one checkpoint per difficulty period from Electrum's list.
    p.checkpoints = {
        {11111, hashFromHex("0000000069e244f73d78e8fd29ba2fd2ed618bd6fa2ee92559f542fdb26e7c1d")},
        {33333, hashFromHex("000000002dd5588a74784eaa7ab0507a18ad16a236e7b1ce69f00d7ddfb5d0a6")},
        {74000, hashFromHex("0000000000573993a3c9e41ce34471c079dcf5f52a0e824a81e7f953b8661a20")},
        {105000, hashFromHex("00000000000291ce28027faea320c8d2b054b2e0fe44a773f3eefb151d6bdc97")},
        {134444, hashFromHex("00000000000005b12ffd4cd315cd34ffd4a594f430ac814c91184a0d42d2b0fe")},
        {168000, hashFromHex("000000000000099e61ea72015e79632f216fe6cb33d7899acb35b75c8303b763")},
        {193000, hashFromHex("000000000000059f452a5f7340de6682a977387c17010ff6e6c3bd83ca8b1317")},
        {210000, hashFromHex("000000000000048b95347e83192f69cf0366076336c639f9b7228e9ba171342e")},
        {216116, hashFromHex("00000000000001b4f4b433e81ee46494af945cf96014816a4e2370f11b23df4e")},
        {225430, hashFromHex("00000000000001c108384350f74090433e7fcf79a606b8e797f065b130575932")},
        {250000, hashFromHex("000000000000003887df1f29024b06fc2200b55f8af8f35453d7be294df2d214")},
        {279000, hashFromHex("0000000000000001ae8c72a0b0c301f67e3afca10e819efa9041e458e9bd7e40")},
        {295000, hashFromHex("00000000000000004d9b4ef50f0f9d686fd69db2e03af35a100370c64632a983")},
    };
    for (const CheckpointText& c : electrumMainnetCheckpoints()) p.checkpoints.push_back({c.height, hashFromHex(c.hash)});
    // [core27] nMinimumChainWork (defaultAssumeValid is block 824000).
    p.minimumChainWork = numFromHex("000000000000000000000000000000000000000063c4ebd298db40af57541800");
    p.bip34Height = 227931;  // [core27]
    p.bip66Height = 363725;
    p.bip65Height = 388381;
    p.powLimit = numFromHex("00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    finish(p);
    return p;
}

ChainParams makeTestnet3() {
    ChainParams p;
    p.network = Network::Testnet3;
    p.messageStart = {0x0b, 0x11, 0x09, 0x07};  // [core27]
    p.defaultPort = 18333;
    p.genesisHeader = genesis(1, kSatoshiMerkleRoot, 1296688602, 0x1d00ffff, 414098458);
    p.genesisHash = hashFromHex("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943");
    p.dnsSeeds = {"testnet-seed.bitcoin.jonasschnelli.ch", "seed.tbtc.petertodd.net",
                  "seed.testnet.bitcoin.sprovoost.nl", "testnet-seed.bluematt.me"};  // [core27]
    // Bitcoin Core ships no IPv4 fixed seeds for testnet3 (contrib/seeds/nodes_test.txt lists none).
    p.checkpoints = {{546, hashFromHex("000000002a936ca763904c3c35fce2f3556c559c0214345d31b1bcebf76acb70")}};  // [core27]
    // [core27] nMinimumChainWork (defaultAssumeValid is block 2550000).
    p.minimumChainWork = numFromHex("000000000000000000000000000000000000000000000c59b14e264ba6c15db9");
    p.bip34Height = 21111;  // [core27]
    p.bip66Height = 330776;
    p.bip65Height = 581885;
    p.powLimit = numFromHex("00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    p.powAllowMinDifficultyBlocks = true;
    finish(p);
    return p;
}

ChainParams makeTestnet4() {
    ChainParams p;
    p.network = Network::Testnet4;
    p.messageStart = {0x1c, 0x16, 0x3f, 0x28};  // [core28]
    p.defaultPort = 48333;
    // Coinbase message "03/May/2024 000000000000000000001ebd58c244970b3aa9d783bb001011fbe8ea8e98e00e". [core28]
    p.genesisHeader = genesis(1, "7aa0a7ae1e223414cb807e40cd57e667b718e42aaf9306db9102fe28912b7b4e", 1714777860,
                              0x1d00ffff, 393743547);
    p.genesisHash = hashFromHex("00000000da84f2bafbbc53dee25a72ae507ff4914b867c565be350b0da8bf043");
    p.dnsSeeds = {"seed.testnet4.bitcoin.sprovoost.nl", "seed.testnet4.wiz.biz"};  // [core28]
    p.fixedSeeds = {{"2.59.134.244", 48333}, {"51.158.61.33", 48333}, {"65.108.143.22", 48333},
                    {"195.154.199.2", 48333}};  // [seeds]
    // Bitcoin Core v28 has no testnet4 checkpoints.
    // [core28] nMinimumChainWork (defaultAssumeValid is block 39550).
    p.minimumChainWork = numFromHex("00000000000000000000000000000000000000000000005faa15d02e6202f3ba");
    p.bip34Height = 1;  // [core28]
    p.bip66Height = 1;
    p.bip65Height = 1;
    p.powLimit = numFromHex("00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    p.powAllowMinDifficultyBlocks = true;
    p.enforceBip94 = true;
    finish(p);
    return p;
}

ChainParams makeSignet() {
    ChainParams p;
    p.network = Network::Signet;
    // [core27] default signet challenge (a 1-of-2 multisig); the magic is the first 4 bytes of
    // sha256d(compact-size-prefixed challenge), computed below.
    auto challenge = util::fromHex(
        "512103ad5e0edad18cb1f0fc0d28a3d4f1f3e445640337489abb10404f2d1e086be430210359ef5021964fe22d6f8e05b2463c954"
        "0ce96883fe3b278760f048f5189f2e6c452ae");
    assert(challenge.ok());
    p.signetChallenge = *challenge;
    primitives::Writer w;
    w.varBytes(p.signetChallenge);
    const crypto::Hash256 h = crypto::sha256d(w.data());
    std::copy_n(h.begin(), 4, p.messageStart.begin());
    p.defaultPort = 38333;
    p.genesisHeader = genesis(1, kSatoshiMerkleRoot, 1598918400, 0x1e0377ae, 52613770);
    p.genesisHash = hashFromHex("00000008819873e925422c1ff0f99f7cc9bbb232af63a077a480a3633bee1ef6");
    p.dnsSeeds = {"seed.signet.bitcoin.sprovoost.nl", "seed.signet.achownodes.xyz"};  // [core28]
    // 178.128.221.177 is the hard-coded signet node of [core27]; the others are from [seeds].
    p.fixedSeeds = {{"178.128.221.177", 38333}, {"34.135.189.101", 38333}, {"89.58.37.164", 38333},
                    {"176.9.62.27", 38333}};
    // [core27] nMinimumChainWork (defaultAssumeValid is block 180000). No checkpoints.
    p.minimumChainWork = numFromHex("00000000000000000000000000000000000000000000000000000206e86f08e8");
    p.bip34Height = 1;  // [core27]
    p.bip66Height = 1;
    p.bip65Height = 1;
    p.powLimit = numFromHex("00000377ae000000000000000000000000000000000000000000000000000000");
    finish(p);
    return p;
}

ChainParams makeRegtest() {
    ChainParams p;
    p.network = Network::Regtest;
    p.messageStart = {0xfa, 0xbf, 0xb5, 0xda};  // [core27]
    p.defaultPort = 18444;
    p.genesisHeader = genesis(1, kSatoshiMerkleRoot, 1296688602, 0x207fffff, 2);
    p.genesisHash = hashFromHex("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206");
    // No seeds; the only checkpoint is genesis, and the minimum chain work is zero. [core27]
    p.checkpoints = {{0, p.genesisHash}};
    p.bip34Height = 1;  // [core27] "always active unless overridden"
    p.bip66Height = 1;
    p.bip65Height = 1;
    p.powLimit = numFromHex("7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    p.powAllowMinDifficultyBlocks = true;
    p.powNoRetargeting = true;
    finish(p);
    return p;
}

}  // namespace

const Checkpoint* ChainParams::checkpointAt(int height) const {
    auto it = std::lower_bound(checkpoints.begin(), checkpoints.end(), height,
                               [](const Checkpoint& c, int h) { return c.height < h; });
    return (it != checkpoints.end() && it->height == height) ? &*it : nullptr;
}

const ChainParams& chainParams(Network network) {
    static const ChainParams main = makeMain();
    static const ChainParams testnet3 = makeTestnet3();
    static const ChainParams testnet4 = makeTestnet4();
    static const ChainParams signet = makeSignet();
    static const ChainParams regtest = makeRegtest();
    switch (network) {
    case Network::Main: return main;
    case Network::Testnet3: return testnet3;
    case Network::Testnet4: return testnet4;
    case Network::Signet: return signet;
    case Network::Regtest: return regtest;
    }
    return main;
}

}  // namespace cairn::chain
