// SPDX-License-Identifier: MIT
// Storage foundation: WAL mode, schema versions, migrations that roll back on failure, refusal of
// newer or foreign files, and the per-network data directory.
#include "common/test_paths.h"
#include "service/data_dir.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace cairn;
using storage::Database;
using storage::Migration;

namespace {
QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int64_t scalar(Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    if (!st.ok() || !st->step()) return -1;
    return st->columnInt(0);
}

const std::vector<Migration> kTwo{
    {1, "items", "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"},
    {2, "item tags", "ALTER TABLE items ADD COLUMN tag TEXT;"},
};
}  // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void freshFileIsMigratedInWalMode() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/a.sqlite");
        auto db = Database::open(path.toStdString(), kTwo);
        QVERIFY2(db.ok(), db.message().c_str());
        QCOMPARE((*db)->schemaVersion(), 2);
        auto mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(mode.ok() && mode->step());
        QCOMPARE(QString::fromStdString(mode->columnText(0)), QStringLiteral("wal"));
        QVERIFY((*db)->exec("INSERT INTO items(name, tag) VALUES('x', 'y')").ok());
    }

    void reopenKeepsDataAndSkipsAppliedMigrations() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/b.sqlite");
        {
            auto db = Database::open(path.toStdString(), {kTwo[0]});
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("INSERT INTO items(name) VALUES('kept')").ok());
        }
        auto db = Database::open(path.toStdString(), kTwo);
        QVERIFY2(db.ok(), db.message().c_str());
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(scalar(**db, "SELECT count(*) FROM items WHERE name='kept'"), int64_t(1));
    }

    void migrationBelowTheCurrentMaximumStillRuns() {
        // A file made by a release that knew versions 1 and 20; the next release adds version 2 (another range).
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/gap.sqlite");
        const Migration twenty{20, "notes", "CREATE TABLE notes(id INTEGER PRIMARY KEY);"};
        {
            auto db = Database::open(path.toStdString(), {kTwo[0], twenty});
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), 20);
        }
        auto db = Database::open(path.toStdString(), {kTwo[0], kTwo[1], twenty});
        QVERIFY2(db.ok(), db.message().c_str());
        QVERIFY((*db)->exec("INSERT INTO items(name, tag) VALUES('x', 'y')").ok());  // column from version 2
        QCOMPARE(scalar(**db, "SELECT count(*) FROM schema_version"), int64_t(3));
        QCOMPARE((*db)->schemaVersion(), 20);
    }

    void failingMigrationRollsBackAndLeavesDataUntouched() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/c.sqlite");
        {
            auto db = Database::open(path.toStdString(), {kTwo[0]});
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("INSERT INTO items(name) VALUES('one'); PRAGMA wal_checkpoint(TRUNCATE);").ok());
        }
        const QByteArray before = fileHash(path);
        // The first statement would succeed on its own; the second fails, so both must be undone.
        std::vector<Migration> bad = {kTwo[0], {2, "broken", "CREATE TABLE extra(x); INSERT INTO nowhere VALUES(1);"}};
        auto db = Database::open(path.toStdString(), bad);
        QVERIFY(!db.ok());
        QVERIFY2(QString::fromStdString(db.message()).contains(QStringLiteral("rolled back")), db.message().c_str());
        QVERIFY(QString::fromStdString(db.message()).contains(QStringLiteral("broken")));
        auto again = Database::open(path.toStdString(), {kTwo[0]});
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), 1);
        QCOMPARE(scalar(**again, "SELECT count(*) FROM sqlite_master WHERE name='extra'"), int64_t(0));
        QCOMPARE(scalar(**again, "SELECT count(*) FROM items"), int64_t(1));
        QVERIFY((*again)->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        again = util::fail("closed");
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefused() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/d.sqlite");
        { QVERIFY(Database::open(path.toStdString(), kTwo).ok()); }
        auto db = Database::open(path.toStdString(), {kTwo[0]});
        QVERIFY(!db.ok());
        QVERIFY(QString::fromStdString(db.message()).contains(QStringLiteral("newer")));
    }

    void foreignFileIsRefusedAndNotOverwritten() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/e.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, 'j');
        f.write(junk);
        f.close();
        auto db = Database::open(path.toStdString(), kTwo);
        QVERIFY(!db.ok());
        QVERIFY(QString::fromStdString(db.message()).contains(QStringLiteral("not a valid")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), junk);
    }

    void transactionRollsBackOnError() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/f.sqlite");
        auto db = Database::open(path.toStdString(), kTwo);
        QVERIFY(db.ok());
        auto r = (*db)->transaction([&]() -> util::Result<void> {
            if (auto e = (*db)->exec("INSERT INTO items(name) VALUES('gone')"); !e.ok()) return e;
            return util::fail("abort on purpose");
        });
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.message()), QStringLiteral("abort on purpose"));
        QCOMPARE(scalar(**db, "SELECT count(*) FROM items"), int64_t(0));
    }

    void nodeSchemaApplies() {
        const QString path = test::freshTempDir(QStringLiteral("db")) + QStringLiteral("/node.sqlite");
        auto db = Database::open(path.toStdString(), storage::nodeMigrations());
        QVERIFY2(db.ok(), db.message().c_str());
        QCOMPARE((*db)->schemaVersion(), storage::nodeMigrations().back().version);
    }

    void dataDirIsPerNetwork() {
        const QString base = test::freshTempDir(QStringLiteral("datadir"));
        auto main = service::resolveDataDir(Network::Main, base);
        auto reg = service::resolveDataDir(Network::Regtest, base);
        QVERIFY(main.ok() && reg.ok());
        QVERIFY(*main != *reg);
        QVERIFY(QDir(*reg).exists());
        QCOMPARE(QDir(*reg).dirName(), QStringLiteral("regtest"));
        QCOMPARE(QFileInfo(*reg).dir().absolutePath(), QDir(base).absolutePath());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
