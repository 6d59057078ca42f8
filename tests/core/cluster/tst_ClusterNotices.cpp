#include "core/cluster/ClusterNotices.h"

#include <QTest>

using namespace mc::cluster;
using Kind = Notice::Kind;

namespace {
mc::mesos::MasterInfo master(const QString &host)
{
    mc::mesos::MasterInfo info;
    info.hostname = host;
    info.port = 5050;
    return info;
}

ClusterSnapshot live()
{
    ClusterSnapshot s;
    s.mesos.kind = ConnectionState::Kind::Live;
    s.marathon.kind = ConnectionState::Kind::Live;
    s.leader = master(QStringLiteral("m1"));
    s.masters
        = { { QUrl(QStringLiteral("http://m1:5050")), QStringLiteral("m1:5050"), true, true, {}, {} },
            { QUrl(QStringLiteral("http://m2:5050")), QStringLiteral("m2:5050"), true, false, {}, {} } };
    return s;
}

QList<Kind> kinds(const QList<Notice> &notices)
{
    QList<Kind> k;
    for (const Notice &n : notices)
        k << n.kind;
    return k;
}
} // namespace

class tst_ClusterNotices : public QObject
{
    Q_OBJECT

private slots:
    void firstSnapshotSaysNothing();
    void sameSnapshotSaysNothing();
    void leaderLostThenElected();
    void deploymentLeavingTheListIsFinished();
    void deploymentsVanishingOnFailedReadSayNothing();
    void newTaskFailureIsReportedOnce();
    void masterUnreachableAndBack();
};

void tst_ClusterNotices::firstSnapshotSaysNothing()
{
    QVERIFY(noticesBetween(nullptr, live()).isEmpty());
}

void tst_ClusterNotices::sameSnapshotSaysNothing()
{
    const ClusterSnapshot s = live();
    QVERIFY(noticesBetween(&s, s).isEmpty());
}

void tst_ClusterNotices::leaderLostThenElected()
{
    const ClusterSnapshot a = live();
    ClusterSnapshot b = live();
    b.leader.reset();
    b.electing = true;
    const QList<Notice> lost = noticesBetween(&a, b);
    QCOMPARE(kinds(lost), QList<Kind> { Kind::LeaderLost });
    QVERIFY(lost.first().text.contains(QStringLiteral("m1:5050")));

    ClusterSnapshot c = live();
    c.leader = master(QStringLiteral("m2"));
    const QList<Notice> elected = noticesBetween(&b, c);
    QCOMPARE(kinds(elected), QList<Kind> { Kind::LeaderChanged });
    QVERIFY(elected.first().text.contains(QStringLiteral("m2:5050")));
}

void tst_ClusterNotices::deploymentLeavingTheListIsFinished()
{
    ClusterSnapshot a = live();
    mc::marathon::Deployment d;
    d.id = QStringLiteral("d-1");
    d.affectedApps = { QStringLiteral("/www") };
    a.deployments = std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
    const ClusterSnapshot b = live();
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFinished });
    QVERIFY(n.first().text.contains(QStringLiteral("/www")));
}

void tst_ClusterNotices::deploymentsVanishingOnFailedReadSayNothing()
{
    ClusterSnapshot a = live();
    mc::marathon::Deployment d;
    d.id = QStringLiteral("d-1");
    a.deployments = std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
    ClusterSnapshot b = live();
    b.marathon.kind = ConnectionState::Kind::Error;
    b.marathon.reason = QStringLiteral("timeout");
    QCOMPARE(kinds(noticesBetween(&a, b)), QList<Kind> { Kind::HostUnreachable });
}

void tst_ClusterNotices::newTaskFailureIsReportedOnce()
{
    mc::marathon::App app;
    app.id = QStringLiteral("/www");
    ClusterSnapshot a = live();
    a.apps = std::make_shared<const std::vector<mc::marathon::App>>(std::vector { app });
    app.lastTaskFailure = mc::marathon::TaskFailure { QStringLiteral("www.1"),
                                                      QStringLiteral("TASK_FAILED"),
                                                      QStringLiteral("exit 1"),
                                                      QStringLiteral("agent1"),
                                                      {} };
    ClusterSnapshot b = live();
    b.apps = std::make_shared<const std::vector<mc::marathon::App>>(std::vector { app });
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::TaskFailed });
    QVERIFY(n.first().text.contains(QStringLiteral("exit 1")));
    QVERIFY(noticesBetween(&b, b).isEmpty());
}

void tst_ClusterNotices::masterUnreachableAndBack()
{
    const ClusterSnapshot a = live();
    ClusterSnapshot b = live();
    b.masters[1].reachable = false;
    b.masters[1].error = QStringLiteral("connection refused");
    const QList<Notice> down = noticesBetween(&a, b);
    QCOMPARE(kinds(down), QList<Kind> { Kind::HostUnreachable });
    QVERIFY(down.first().text.contains(QStringLiteral("m2:5050")));
    QCOMPARE(kinds(noticesBetween(&b, a)), QList<Kind> { Kind::HostBack });
}

QTEST_GUILESS_MAIN(tst_ClusterNotices)
#include "tst_ClusterNotices.moc"
