// SandboxModel over an in-memory sandbox (and the /files/browse fixture's parse):
// lazy directories, a refresh applied as row changes (expansion survives), a
// failed listing said; checked by QAbstractItemModelTester throughout.

#include "core/logs/SandboxBrowser.h"
#include "models/logs/SandboxModel.h"
#include "tests/support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using mc::logs::SandboxEntry;
using mc::models::SandboxModel;

namespace {
SandboxEntry entry(const QString &dir, const QString &name, qint64 size, bool directory = false)
{
    SandboxEntry e;
    e.name = name;
    e.relativePath = dir.isEmpty() ? name : dir + u'/' + name;
    e.size = size;
    e.mtime = 1700000000;
    e.directory = directory;
    e.mode = directory ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--");
    return e;
}
} // namespace

class tst_SandboxModel : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheAgentsListing()
    {
        QFile file(
            mc::test::fixturePath(QStringLiteral("mesos/browse.web-sandbox.real-path.assembled.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto entries = SandboxEntry::parseListing(file.readAll(), QStringLiteral("logs"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).name, QStringLiteral("stderr"));
        QCOMPARE(entries->at(0).relativePath, QStringLiteral("logs/stderr"));
        QCOMPARE(entries->at(1).size, 2573);
        QCOMPARE(entries->at(1).mtime, 1709287380);
        QVERIFY(!entries->at(1).directory);
        QCOMPARE(entries->at(1).uid, QStringLiteral("root"));
        QVERIFY(!SandboxEntry::parseListing("not json", {}).ok());
    }

    void listsLazilyAndRefreshesByDiff()
    {
        // The sandbox as the fake agent has it now.
        QHash<QString, QList<SandboxEntry>> disk {
            { QString(),
              { entry({}, QStringLiteral("conf"), 0, true), entry({}, QStringLiteral("stdout"), 10) } },
            { QStringLiteral("conf"), { entry(QStringLiteral("conf"), QStringLiteral("app.yaml"), 21) } }
        };
        QStringList asked;
        SandboxModel model([&](const QString &dir, QObject *, mc::logs::SandboxBrowser::Listed done) {
            asked << dir;
            if (dir == u"gone")
                done(mc::Error { QStringLiteral("The sandbox of t1 is gone."), {} });
            else
                done(disk.value(dir));
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(asked.first(), QString()); // the root first (the tester then fetches what it can)
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex conf = model.indexOf(QStringLiteral("conf"));
        QVERIFY(model.hasChildren(conf));
        model.fetchMore(conf);
        QVERIFY(!model.canFetchMore(conf));
        QCOMPARE(model.rowCount(conf), 1);
        QCOMPARE(model.index(0, SandboxModel::Size, conf).data(SandboxModel::RawValueRole),
                 QVariant(qint64(21)));

        // stdout grew, a file appeared, app.yaml went: rows change, nothing is reset.
        disk[QString()]
            = { entry({}, QStringLiteral("conf"), 0, true), entry({}, QStringLiteral("new.log"), 5),
                entry({}, QStringLiteral("stdout"), 99) };
        disk[QStringLiteral("conf")] = {};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        asked.clear();
        model.reload();
        QVERIFY(asked.contains(QString())
                && asked.contains(QStringLiteral("conf"))); // every listed directory
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOf(QStringLiteral("stdout"))
                     .siblingAtColumn(SandboxModel::Size)
                     .data(SandboxModel::RawValueRole),
                 QVariant(qint64(99)));
        QVERIFY(model.indexOf(QStringLiteral("conf")) == conf); // the same row: a view keeps it expanded
        QCOMPARE(model.rowCount(conf), 0);
        QVERIFY(!model.hasChildren(conf)); // listed and empty
    }

    void aFailedListingIsSaid()
    {
        SandboxModel model([](const QString &, QObject *, mc::logs::SandboxBrowser::Listed done) {
            done(mc::Error { QStringLiteral("The sandbox of t1 is gone."), {} });
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &SandboxModel::failed);
        model.reload();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("The sandbox of t1 is gone."));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_SandboxModel)
#include "tst_SandboxModel.moc"
