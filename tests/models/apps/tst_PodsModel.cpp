#include "models/apps/PodsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

marathon::PodStatus pod(const QString &id, int wanted, int stable, const QString &status)
{
    marathon::PodStatus p;
    p.spec.id = id;
    p.spec.instances = wanted;
    p.status = status;
    marathon::PodContainer web;
    web.name = u"web"_s;
    web.cpus = 0.25;
    web.mem = 64;
    web.endpoints = { marathon::PodEndpoint { u"http"_s, -1, 0, 0, {} } };
    p.spec.containers = { web };
    for (int i = 0; i < stable; ++i) {
        marathon::PodInstanceStatus instance;
        instance.id = u"%1.instance-%2"_s.arg(id.mid(1)).arg(i);
        instance.status = u"STABLE"_s;
        marathon::PodContainerStatus c;
        c.name = u"web"_s;
        c.containerId = instance.id + u".web"_s;
        c.endpoints = { marathon::PodEndpoint { u"http"_s, -1, 0, 31000 + i, {} } };
        instance.containers = { c };
        p.instances.append(instance);
    }
    return p;
}

} // namespace

class tst_PodsModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEachPodAndUpdatesByDiff()
    {
        models::PodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPods({ pod(u"/a"_s, 2, 1, u"DEGRADED"_s), pod(u"/b"_s, 1, 1, u"STABLE"_s) });
        QCOMPARE(model.rowCount(), 2);
        const int a = model.rowOf(u"/a"_s);
        QCOMPARE(model.index(a, models::PodsModel::Instances).data().toString(), u"1 / 2"_s);
        QCOMPARE(model.index(a, models::PodsModel::Instances).data(models::RawValueRole).toInt(), 1);
        QCOMPARE(model.index(a, models::PodsModel::Status).data().toString(), u"DEGRADED"_s);
        QCOMPARE(model.index(a, models::PodsModel::Containers).data().toString(), u"web"_s);
        QCOMPARE(model.index(a, models::PodsModel::Endpoints).data().toString(), u"http:31000"_s);

        // /a gets its second instance, /b goes, /c comes: no reset, /a keeps its row.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPods({ pod(u"/a"_s, 2, 2, u"STABLE"_s), pod(u"/c"_s, 0, 0, u"STABLE"_s) });
        QCOMPARE(resets.size(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"/a"_s), a);
        QCOMPARE(model.rowOf(u"/b"_s), -1);
        QCOMPARE(model.index(a, models::PodsModel::Endpoints).data().toString(), u"http:31000, http:31001"_s);
        // No instance yet: the endpoints the definition asks for.
        QCOMPARE(model.index(model.rowOf(u"/c"_s), models::PodsModel::Endpoints).data().toString(),
                 u"http"_s);
        QVERIFY(model.pod(u"/c"_s));
        QVERIFY(!model.pod(u"/b"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PodsModel)
#include "tst_PodsModel.moc"
