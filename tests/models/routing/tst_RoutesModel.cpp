#include "models/routing/RoutesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using mc::haproxy::Route;
using mc::models::RoutesModel;

namespace {
Route route(const QString &id, QStringList servers, int excluded = 0)
{
    Route r;
    r.appId = id;
    r.name = id.mid(1);
    r.hostName = id.mid(1) + QStringLiteral(".example.test");
    r.servicePorts = { 10000 };
    r.servers = std::move(servers);
    r.excludedTasks = excluded;
    return r;
}
} // namespace

class tst_RoutesModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void updatesByDiffNotReset();
};

void tst_RoutesModel::passesModelTester()
{
    RoutesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoutes(
        { route(QStringLiteral("/a"), { QStringLiteral("h1:1") }), route(QStringLiteral("/b"), {}) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RoutesModel::Url).data().toString(), QStringLiteral("http://a.example.test/"));
    QCOMPARE(model.index(1, RoutesModel::Servers).data().toString(), QStringLiteral("none"));
    model.setRoutes({ route(QStringLiteral("/b"), { QStringLiteral("h2:2") }) });
    QCOMPARE(model.rowCount(), 1);
}

void tst_RoutesModel::updatesByDiffNotReset()
{
    RoutesModel model;
    model.setRoutes(
        { route(QStringLiteral("/a"), { QStringLiteral("h1:1") }), route(QStringLiteral("/b"), {}) });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setRoutes({ route(QStringLiteral("/a"), { QStringLiteral("h1:1"), QStringLiteral("h3:3") }),
                      route(QStringLiteral("/b"), {}), route(QStringLiteral("/c"), {}) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0, RoutesModel::Servers, {}).data(mc::models::RawValueRole).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_RoutesModel)
#include "tst_RoutesModel.moc"
