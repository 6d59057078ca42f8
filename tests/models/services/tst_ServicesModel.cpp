#include "models/services/ServicesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mc::cluster;
using mc::models::ServicesModel;

class TestServicesModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughChanges()
    {
        ServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHosts({ QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3") });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 6);
        model.setStatus(QStringLiteral("m2"), Service::ZooKeeper, ServiceStatus::Active);
        model.setHosts({ QStringLiteral("m2"), QStringLiteral("m4") });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("m2"));
        QCOMPARE(model.status(QStringLiteral("m2"), Service::ZooKeeper), ServiceStatus::Active); // kept
        model.setServices({ Service::ZooKeeper, Service::MesosMaster });
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("mesos-master"));
    }

    void statusChangeIsOneCellDataChanged()
    {
        ServicesModel model;
        model.setHosts({ QStringLiteral("m1"), QStringLiteral("m2") });
        QSignalSpy changed(&model, &ServicesModel::dataChanged);
        QSignalSpy reset(&model, &ServicesModel::modelReset);
        model.setStatus(QStringLiteral("m2"), Service::Marathon, ServiceStatus::Failed,
                        QStringLiteral("exit 1"));
        QCOMPARE(changed.size(), 1);
        const QModelIndex cell = model.indexFor(QStringLiteral("m2"), Service::Marathon);
        QCOMPARE(changed[0][0].toModelIndex(), cell);
        QCOMPARE(changed[0][1].toModelIndex(), cell);
        QCOMPARE(cell.data().toString(), QStringLiteral("failed"));
        QCOMPARE(cell.data(ServicesModel::StatusRole).toInt(), int(ServiceStatus::Failed));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("exit 1")));
        // The same status again changes nothing.
        model.setStatus(QStringLiteral("m2"), Service::Marathon, ServiceStatus::Failed,
                        QStringLiteral("exit 1"));
        QCOMPARE(changed.size(), 1);
        model.setBusy(QStringLiteral("m2"), Service::Marathon, true, QStringLiteral("restart"));
        QCOMPARE(cell.data().toString(), QStringLiteral("restart…"));
        QVERIFY(cell.data(ServicesModel::BusyRole).toBool());
        QCOMPARE(reset.size(), 0);
        // Unknown host / service: ignored.
        model.setStatus(QStringLiteral("nope"), Service::Marathon, ServiceStatus::Active);
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServicesModel)
#include "tst_ServicesModel.moc"
