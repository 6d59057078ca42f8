// ActionGate: the cluster's mode decides, the front end confirms on a protected
// cluster, every change (refused ones too) is one audit line; MarathonClient's
// changes pass it and a refused one is never sent.

#include "core/audit/ActionGate.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace mc::audit;
using namespace Qt::StringLiterals;

class tst_ActionGate : public QObject
{
    Q_OBJECT

private slots:
    void modesByName();
    void readWriteAdmitsAndLogsTheOutcome();
    void readOnlyRefusesAndLogsTheRefusal();
    void protectedAsksForTheClustersName();
    void aLogThatCannotBeWrittenIsSaid();
    void marathonClientSendsNoRefusedChange();
};

namespace {
ActionGate::Scope scope(ClusterMode mode)
{
    return { u"prod"_s, u"/home/op/prod.mcw.yaml"_s, mode, u"gui"_s };
}
Action scale()
{
    return { u"app.scale"_s, { u"/web"_s }, { { u"instances"_s, 3 } } };
}
} // namespace

void tst_ActionGate::modesByName()
{
    for (ClusterMode m : { ClusterMode::ReadWrite, ClusterMode::Protected, ClusterMode::ReadOnly })
        QCOMPARE(clusterModeFromName(clusterModeName(m)), m);
    QCOMPARE(clusterModeFromName(u"readonly"_s), std::nullopt);
}

void tst_ActionGate::readWriteAdmitsAndLogsTheOutcome()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    const ActionGate gate(scope(ClusterMode::ReadWrite), log);
    const auto ticket = gate.admit(scale());
    QVERIFY(ticket.ok());
    QCOMPARE(log.read()->entries.size(), 0); // logged once its outcome is known
    gate.finish(ticket.value(), {});
    const auto failed = gate.admit(scale());
    QVERIFY(failed.ok());
    gate.finish(failed.value(), mc::Error { u"Marathon answered 500"_s, {} });
    const auto entries = log.read()->entries;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Ok);
    QCOMPARE(entries.at(0).cluster, u"prod"_s);
    QCOMPARE(entries.at(0).workspace, u"/home/op/prod.mcw.yaml"_s);
    QCOMPARE(entries.at(0).frontEnd, u"gui"_s);
    QCOMPARE(entries.at(0).targets, QStringList { u"/web"_s });
    QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Failed);
    QCOMPARE(entries.at(1).error, u"Marathon answered 500"_s);
}

void tst_ActionGate::readOnlyRefusesAndLogsTheRefusal()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    ActionGate gate(scope(ClusterMode::ReadOnly), log);
    gate.setConfirm([](const Action &, const QString &) { return true; }); // no confirmation opens it
    const auto refused = gate.admit(scale());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"read-only"_s), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"prod"_s));
    const auto entries = log.read()->entries;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().outcome, AuditEntry::Outcome::Refused);
}

void tst_ActionGate::protectedAsksForTheClustersName()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    ActionGate gate(scope(ClusterMode::Protected), log);
    QVERIFY(!gate.admit(scale()).ok()); // nobody to ask: refused

    QString typed;
    QStringList asked;
    gate.setConfirm([&](const Action &action, const QString &cluster) {
        asked << action.name + u' ' + action.targets.join(u',');
        return typed == cluster;
    });
    typed = u"staging"_s;
    QVERIFY(!gate.admit(scale()).ok());
    typed = u"prod"_s;
    const auto ticket = gate.admit(scale());
    QVERIFY(ticket.ok());
    gate.finish(ticket.value(), {});
    QCOMPARE(asked, (QStringList { u"app.scale /web"_s, u"app.scale /web"_s }));
    const auto entries = log.read()->entries;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Refused);
    QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Refused);
    QCOMPARE(entries.at(2).outcome, AuditEntry::Outcome::Ok);
}

void tst_ActionGate::aLogThatCannotBeWrittenIsSaid()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ActionGate gate(scope(ClusterMode::ReadWrite), AuditLog(dir.filePath(u"file/audit.jsonl"_s)));
    QStringList said;
    gate.setLogFailed([&](const mc::Error &e) { said << e.message; });
    const auto ticket = gate.admit(scale());
    QVERIFY(ticket.ok()); // the change itself may go ahead
    gate.finish(ticket.value(), {});
    QCOMPARE(said.size(), 1);
    QVERIFY(said.front().contains(u"audit log"_s));
}

void tst_ActionGate::marathonClientSendsNoRefusedChange()
{
    QTemporaryDir dir;
    QTcpServer server; // Marathon stand-in: counts the connections it is asked for
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            ++connections;
            s->close();
        }
    });
    mc::http::HttpClient http;
    mc::marathon::MarathonClient client(&http, QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
    client.setGate(
        std::make_shared<ActionGate>(scope(ClusterMode::ReadOnly), AuditLog(dir.filePath(u"audit.jsonl"_s))));
    std::optional<mc::marathon::ActionResult> result;
    client.scaleApp(u"/web"_s, 3, false, this, [&](mc::marathon::ActionResult r) { result = std::move(r); });
    QVERIFY(!result); // answered later, as a sent change would be
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->outcome.error().message.contains(u"read-only"_s));
    client.killTasks({ u"web.1"_s }, false, false, this,
                     [&](mc::marathon::ActionResult r) { result = std::move(r); });
    QTRY_VERIFY(!result->ok() && result->outcome.error().message.contains(u"task.kill"_s));
    QTest::qWait(200);
    QCOMPARE(connections, 0);
    QCOMPARE(AuditLog(dir.filePath(u"audit.jsonl"_s)).read()->entries.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ActionGate)
#include "tst_ActionGate.moc"
