// SPDX-License-Identifier: MIT
// P2P codec: frame header checks, every message type round-trips, malformed payloads are rejected
// (counts over limits, trailing bytes, truncation), a real bcoin version payload decodes, and the BIP37
// bloom filter reproduces Bitcoin Core's published MurmurHash3 and filter bytes.
#include "common/test_paths.h"
#include "net/bloom_filter.h"
#include "net/frame.h"
#include "net/messages.h"
#include "util/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cairn;
using namespace cairn::net;

namespace {

const Magic kRegtest{0xfa, 0xbf, 0xb5, 0xda};

Bytes hexBytes(const QString& hex) {
    auto b = util::fromHex(hex.toStdString());
    return b.ok() ? *b : Bytes{};
}

crypto::Hash256 filledHash(uint8_t v) {
    crypto::Hash256 h{};
    h.fill(v);
    return h;
}

primitives::BlockHeader sampleHeader(uint32_t nonce) {
    primitives::BlockHeader h;
    h.version = 0x20000000;
    h.prevBlock = primitives::BlockHash(filledHash(1));
    h.merkleRoot = filledHash(2);
    h.time = 1700000000;
    h.bits = 0x207fffff;
    h.nonce = nonce;
    return h;
}

primitives::Transaction sampleTx() {
    primitives::Transaction tx;
    primitives::TxIn in;
    in.prevout.txid = primitives::Txid(filledHash(7));
    in.prevout.index = 1;
    in.scriptSig = {0x51};
    in.witness = {{0x01, 0x02}, {0x03}};
    tx.inputs.push_back(in);
    tx.outputs.push_back(primitives::TxOut{primitives::Amount::fromSats(5000), {0x00, 0x14, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}});
    return tx;
}

NetAddress addr(NetAddress::Type type, size_t len, uint8_t fill, uint16_t port) {
    NetAddress a;
    a.type = type;
    a.addr.assign(len, fill);
    if (type == NetAddress::Type::Cjdns) a.addr[0] = 0xfc;
    a.port = port;
    a.services = kNodeNetwork | kNodeWitness;
    a.time = 1700000000;
    return a;
}

/// A count prefix (CompactSize) followed by `n` copies of `item`.
Bytes repeated(uint64_t n, const Bytes& item) {
    primitives::Writer w;
    w.compactSize(n);
    for (uint64_t i = 0; i < n; ++i) w.raw(item);
    return w.take();
}

}  // namespace

Q_DECLARE_METATYPE(cairn::net::Message)

class TestNetMessages : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data() {
        QTest::addColumn<Message>("message");
        Version v;
        v.services = kNodeNetwork | kNodeWitness;
        v.timestamp = 1700000000;
        v.receiver = NetAddress::ipv4(127, 0, 0, 1, 18444);
        v.sender = NetAddress::ipv4(0, 0, 0, 0, 0);
        v.nonce = 0x1122334455667788ULL;
        v.userAgent = "/Cairn:0.1.0/";
        v.startHeight = 2500;
        v.relay = false;
        QTest::newRow("version") << Message(v);
        QTest::newRow("verack") << Message(Verack{});
        QTest::newRow("ping") << Message(Ping{42});
        QTest::newRow("pong") << Message(Pong{43});
        QTest::newRow("sendheaders") << Message(SendHeaders{});
        GetHeaders gh;
        gh.locator = {primitives::BlockHash(filledHash(3)), primitives::BlockHash(filledHash(4))};
        QTest::newRow("getheaders") << Message(gh);
        Headers hs;
        for (uint32_t i = 0; i < 3; ++i) hs.headers.push_back(sampleHeader(i));
        QTest::newRow("headers") << Message(hs);
        Inv inv;
        inv.items = {{InvType::WitnessBlock, filledHash(5)}, {InvType::WTx, filledHash(6)}, {InvType::Tx, filledHash(9)}};
        QTest::newRow("inv") << Message(inv);
        GetData gd;
        gd.items = {{InvType::FilteredBlock, filledHash(5)}, {InvType::WitnessTx, filledHash(6)}};
        QTest::newRow("getdata") << Message(gd);
        QTest::newRow("notfound") << Message(NotFound{{{InvType::Block, filledHash(8)}}});
        primitives::Block block;
        block.transactions.push_back(sampleTx());
        block.header = sampleHeader(9);
        QTest::newRow("block") << Message(BlockMessage{block});
        QTest::newRow("tx") << Message(TxMessage{sampleTx()});
        FilterLoad fl;
        fl.filter = {0x61, 0x4e, 0x9b};
        fl.hashFuncs = 5;
        fl.flags = 1;
        QTest::newRow("filterload") << Message(fl);
        QTest::newRow("filteradd") << Message(FilterAdd{Bytes(20, 0xab)});
        QTest::newRow("filterclear") << Message(FilterClear{});
        Addr a;
        a.addresses = {addr(NetAddress::Type::IPv4, 4, 8, 8333), addr(NetAddress::Type::IPv6, 16, 0x20, 8333)};
        QTest::newRow("addr") << Message(a);
        AddrV2 a2;
        a2.addresses = {addr(NetAddress::Type::IPv4, 4, 8, 8333), addr(NetAddress::Type::IPv6, 16, 0x20, 8333),
                        addr(NetAddress::Type::TorV3, 32, 0x33, 8333), addr(NetAddress::Type::I2P, 32, 0x44, 0),
                        addr(NetAddress::Type::Cjdns, 16, 0x55, 8333)};
        QTest::newRow("addrv2") << Message(a2);
        QTest::newRow("sendaddrv2") << Message(SendAddrV2{});
        QTest::newRow("getaddr") << Message(GetAddr{});
        QTest::newRow("feefilter") << Message(FeeFilter{1000});
        QTest::newRow("wtxidrelay") << Message(WtxidRelay{});
        GetCFilters gcf;
        gcf.startHeight = 100;
        gcf.stopHash = primitives::BlockHash(filledHash(10));
        QTest::newRow("getcfilters") << Message(gcf);
        QTest::newRow("cfilter") << Message(CFilter{0, primitives::BlockHash(filledHash(11)), {0x01, 0x02, 0x03}});
        GetCFHeaders gcfh;
        gcfh.startHeight = 7;
        QTest::newRow("getcfheaders") << Message(gcfh);
        QTest::newRow("cfheaders") << Message(CFHeaders{0, primitives::BlockHash(filledHash(12)), filledHash(13), {filledHash(14)}});
        QTest::newRow("getcfcheckpt") << Message(GetCFCheckpt{0, primitives::BlockHash(filledHash(15))});
        QTest::newRow("cfcheckpt") << Message(CFCheckpt{0, primitives::BlockHash(filledHash(15)), {filledHash(16), filledHash(17)}});
        QTest::newRow("reject") << Message(Reject{"tx", 0x10, "bad-txns", Bytes(32, 0x99)});
    }

    void roundTrip() {
        QFETCH(Message, message);
        const std::string command = commandOf(message);
        QCOMPARE(QString::fromStdString(command), QString::fromLatin1(QTest::currentDataTag()));
        const Bytes payload = encodePayload(message);
        auto decoded = decodeMessage(command, payload);
        QVERIFY2(decoded.ok(), decoded.message().c_str());
        QVERIFY(decoded->has_value());
        QCOMPARE((*decoded)->index(), message.index());
        QCOMPARE(encodePayload(**decoded), payload);
        // Framed and read back through the stream splitter, fed one byte at a time.
        const Bytes framed = encodeMessage(kRegtest, message);
        FrameReader reader(kRegtest);
        std::optional<RawMessage> got;
        for (uint8_t byte : framed) {
            reader.append(ByteView(&byte, 1));
            auto next = reader.next();
            QVERIFY2(next.ok(), next.message().c_str());
            if (next->has_value()) got = **next;
        }
        QVERIFY(got.has_value());
        QCOMPARE(got->command, command);
        QCOMPARE(got->payload, payload);
        // Empty-payload messages reject any byte; others reject a trailing byte too.
        Bytes extra = payload;
        extra.push_back(0);
        if (command != "version" && command != "block" && command != "tx" && command != "reject")
            QVERIFY(!decodeMessage(command, extra).ok());
    }

    void malformedIsRejected_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("why");
        auto row = [](const char* name, const char* cmd, const Bytes& p, const char* why) {
            QTest::newRow(name) << QString::fromLatin1(cmd) << QByteArray(reinterpret_cast<const char*>(p.data()), static_cast<qsizetype>(p.size()))
                                << QString::fromLatin1(why);
        };
        Bytes header81 = sampleHeader(1).serialize();
        header81.push_back(0);
        row("headers: 2,001 headers", "headers", repeated(2001, header81), "exceeds the limit");
        Bytes withTx = sampleHeader(1).serialize();
        withTx.push_back(1);
        row("headers: non-zero tx count", "headers", repeated(1, withTx), "non-zero transaction count");
        row("headers: count larger than data", "headers", repeated(2, {}), "does not fit");
        Bytes trailing = repeated(1, header81);
        trailing.push_back(0);
        row("headers: trailing byte", "headers", trailing, "trailing bytes");
        Bytes invItem(36, 0);
        invItem[0] = 2;
        row("inv: 50,001 entries", "inv", repeated(50001, invItem), "exceeds the limit");
        Bytes badType(36, 0);
        badType[0] = 0x77;
        row("getdata: unknown type", "getdata", repeated(1, badType), "unknown type");
        row("inv: truncated entry", "inv", Bytes{1, 2, 0, 0, 0}, "does not fit");
        Bytes addrItem(30, 0);
        row("addr: 1,001 entries", "addr", repeated(1001, addrItem), "exceeds the limit");
        row("addrv2: IPv4 with 5 bytes", "addrv2", hexBytes(QStringLiteral("01") + "00000000" + "01" + "01" + "05" + "0102030405" + "208d"), "expected 4");
        row("addrv2: CJDNS without fc", "addrv2", hexBytes(QStringLiteral("01") + "00000000" + "01" + "06" + "10" + QString(32, QLatin1Char('1')) + "208d"), "0xfc");
        row("addrv2: address over 512 bytes", "addrv2", hexBytes(QStringLiteral("01") + "00000000" + "01" + "07" + "fd0102" + QString(1026, QLatin1Char('0')) + "208d"), "exceeds the limit");
        row("filterload: 36,001 bytes", "filterload", [] { primitives::Writer w; w.varBytes(Bytes(36001, 0)).u32(1).u32(0).u8(0); return w.take(); }(), "exceeds the limit");
        row("filterload: 51 hash functions", "filterload", [] { primitives::Writer w; w.varBytes(Bytes(10, 0)).u32(51).u32(0).u8(0); return w.take(); }(), "hash functions");
        row("filteradd: 521 bytes", "filteradd", [] { primitives::Writer w; w.varBytes(Bytes(521, 0)); return w.take(); }(), "exceeds the limit");
        row("getheaders: 102 locator hashes", "getheaders", [] { primitives::Writer w; w.u32(70016).compactSize(102); for (int i = 0; i < 102; ++i) w.raw(Bytes(32, 1)); w.raw(Bytes(32, 0)); return w.take(); }(), "exceeds the limit");
        row("version: user agent of 257 bytes", "version", [] { Version v; v.userAgent = std::string(256, 'a'); Bytes p = encodePayload(Message(v)); return p; }(), "");
        row("version: truncated", "version", Bytes{0x7f, 0x11, 0x01}, "unexpected end");
        row("verack: one byte", "verack", Bytes{0}, "trailing bytes");
        row("ping: truncated nonce", "ping", Bytes{1, 2, 3}, "unexpected end");
        row("feefilter: negative", "feefilter", Bytes{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, "out of range");
        row("cfheaders: 2,001 hashes", "cfheaders", [] { primitives::Writer w; w.u8(0).raw(Bytes(64, 0)).compactSize(2001); return w.take(); }(), "exceeds the limit");
        row("block: empty", "block", Bytes{}, "");
        row("tx: truncated", "tx", Bytes{2, 0, 0, 0, 1}, "");
        row("merkleblock: zero transactions", "merkleblock", [] { primitives::Writer w; sampleHeader(0).write(w); w.u32(0).compactSize(0).compactSize(0); return w.take(); }(), "");
    }

    void malformedIsRejected() {
        QFETCH(QString, command);
        QFETCH(QByteArray, payload);
        QFETCH(QString, why);
        Bytes bytes(payload.begin(), payload.end());
        if (QByteArray(QTest::currentDataTag()).startsWith("version: user agent")) {
            // Grow the 256-byte agent (its CompactSize prefix is fd 00 01 at offset 80) to 257 bytes.
            bytes[81] = 0x01;
            bytes[82] = 0x01;
            bytes.insert(bytes.begin() + 83, 'a');
            why = QStringLiteral("exceeds the limit");
        }
        auto r = decodeMessage(command.toStdString(), bytes);
        QVERIFY2(!r.ok(), "decoded a malformed payload");
        QVERIFY2(QString::fromStdString(r.message()).contains(why), r.message().c_str());
    }

    void unknownCommandIsIgnored() {
        auto r = decodeMessage("sendcmpct", Bytes{0, 1, 0, 0, 0, 0, 0, 0, 0});
        QVERIFY(r.ok());
        QVERIFY(!r->has_value());
    }

    void addrv2TorV3IsAnOnionName() {
        // BIP155 TORv3 entry: network id 4, 32-byte service key (the key and name Bitcoin Core's net tests use).
        const Bytes p = hexBytes(QStringLiteral("01") + "00000000" + "01" + "04" + "20" +
                                 "79bcc625184b05194975c28b66b66b0469f7f6556fb1ac3189a79b40dda32f1f" + "208d");
        auto r = decodeMessage("addrv2", p);
        QVERIFY2(r.ok(), r.message().c_str());
        const auto& list = std::get<AddrV2>(**r).addresses;
        QCOMPARE(list.size(), size_t{1});
        QCOMPARE(QString::fromStdString(list[0].hostString()),
                 QStringLiteral("pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion"));
        QCOMPARE(QString::fromStdString(list[0].toString()),
                 QStringLiteral("pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion:8333"));
        QVERIFY(list[0].isRoutable());
    }

    void addrv2SkipsUnknownNetworks() {
        // One entry of network id 9 (unknown: skipped) then one IPv4 entry.
        const Bytes p = hexBytes(QStringLiteral("02") + "00000000" + "01" + "09" + "03" + "aabbcc" + "208d" +
                                 "00000000" + "01" + "01" + "04" + "01020304" + "208d");
        auto r = decodeMessage("addrv2", p);
        QVERIFY2(r.ok(), r.message().c_str());
        const auto& list = std::get<AddrV2>(**r).addresses;
        QCOMPARE(list.size(), size_t{1});
        QCOMPARE(QString::fromStdString(list[0].toString()), QStringLiteral("1.2.3.4:8333"));
    }

    void frameHeaderChecks_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("why");
        const Bytes good = frameMessage(kRegtest, "ping", Bytes(8, 0));
        auto row = [&](const char* name, std::function<void(Bytes&)> mutate, const char* why) {
            Bytes h(good.begin(), good.begin() + 24);
            mutate(h);
            QTest::newRow(name) << QByteArray(reinterpret_cast<const char*>(h.data()), 24) << QString::fromLatin1(why);
        };
        row("wrong magic", [](Bytes& h) { h[0] = 0xf9; }, "wrong network magic");
        row("length over 4,000,000", [](Bytes& h) { h[16] = 0x01; h[17] = 0x09; h[18] = 0x3d; h[19] = 0x00; }, "exceeds the limit");
        row("byte after NUL padding", [](Bytes& h) { h[12] = 'x'; }, "after its NUL padding");
        row("non-printable command", [](Bytes& h) { h[5] = 0x01; }, "non-printable");
        row("empty command", [](Bytes& h) { std::fill(h.begin() + 4, h.begin() + 16, 0); }, "empty message command");
    }

    void frameHeaderChecks() {
        QFETCH(QByteArray, header);
        QFETCH(QString, why);
        auto r = parseFrameHeader(ByteView(reinterpret_cast<const uint8_t*>(header.constData()), 24), kRegtest);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.message()).contains(why), r.message().c_str());
    }

    void badChecksumFailsTheStream() {
        Bytes framed = frameMessage(kRegtest, "ping", Bytes(8, 1));
        framed[20] ^= 0xff;
        FrameReader reader(kRegtest);
        reader.append(framed);
        auto r = reader.next();
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.message()).contains(QStringLiteral("bad checksum")));
        QVERIFY(!reader.next().ok());  // the stream stays failed
    }

    void bcoinVersionPayloadDecodes() {
        const QByteArray hex = cairn::test::readData(QStringLiteral("p2p/bcoin_version.hex")).trimmed();
        const Bytes payload = hexBytes(QString::fromLatin1(hex));
        auto r = decodeMessage("version", payload);
        QVERIFY2(r.ok(), r.message().c_str());
        const auto& v = std::get<Version>(**r);
        QCOMPARE(v.version, 70015);
        QCOMPARE(v.services, uint64_t{kNodeNetwork | kNodeBloom | kNodeWitness});
        QCOMPARE(QString::fromStdString(v.userAgent), QStringLiteral("/bcoin:v1.0.2/"));
        QCOMPARE(v.startHeight, 0);
        QCOMPARE(v.relay, true);
        QCOMPARE(QString::fromStdString(v.receiver.toString()), QStringLiteral("127.0.0.1:60904"));
        QCOMPARE(encodePayload(Message(v)), payload);
    }

    void murmur3Vectors_data() {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("data");
        const auto doc = QJsonDocument::fromJson(cairn::test::readData(QStringLiteral("p2p/bloom_vectors.json")));
        for (const QJsonValue& v : doc[QStringLiteral("murmur3")].toArray()) {
            const QString name = QStringLiteral("seed %1 data '%2'").arg(v[QStringLiteral("seed")].toString(), v[QStringLiteral("data")].toString());
            QTest::newRow(qPrintable(name)) << v[QStringLiteral("expected")].toString() << v[QStringLiteral("seed")].toString()
                                            << v[QStringLiteral("data")].toString();
        }
    }

    void murmur3Vectors() {
        QFETCH(QString, expected);
        QFETCH(QString, seed);
        QFETCH(QString, data);
        const uint32_t got = murmurHash3(seed.toUInt(nullptr, 16), hexBytes(data));
        QCOMPARE(got, expected.toUInt(nullptr, 16));
    }

    void bloomFilterVectors_data() {
        QTest::addColumn<QJsonObject>("vector");
        const auto doc = QJsonDocument::fromJson(cairn::test::readData(QStringLiteral("p2p/bloom_vectors.json")));
        for (const QJsonValue& v : doc[QStringLiteral("filters")].toArray())
            QTest::newRow(qPrintable(v[QStringLiteral("name")].toString())) << v.toObject();
    }

    void bloomFilterVectors() {
        QFETCH(QJsonObject, vector);
        BloomFilter f(static_cast<uint32_t>(vector[QStringLiteral("elements")].toInt()), vector[QStringLiteral("fpRate")].toDouble(),
                      static_cast<uint32_t>(vector[QStringLiteral("tweak")].toInteger()),
                      static_cast<BloomFilter::Update>(vector[QStringLiteral("flags")].toInt()));
        for (const QJsonValue& e : vector[QStringLiteral("insert")].toArray()) {
            f.insert(hexBytes(e.toString()));
            QVERIFY(f.contains(hexBytes(e.toString())));
        }
        for (const QJsonValue& e : vector[QStringLiteral("absent")].toArray()) QVERIFY(!f.contains(hexBytes(e.toString())));
        QCOMPARE(QString::fromStdString(util::toHex(f.serialize())), vector[QStringLiteral("serialized")].toString());
        // The filterload payload decodes back to a filter that answers the same.
        auto decoded = decodeMessage("filterload", f.serialize());
        QVERIFY(decoded.ok());
        const BloomFilter back(std::get<FilterLoad>(**decoded));
        for (const QJsonValue& e : vector[QStringLiteral("insert")].toArray()) QVERIFY(back.contains(hexBytes(e.toString())));
    }
};

QTEST_GUILESS_MAIN(TestNetMessages)
#include "test_net_messages.moc"
