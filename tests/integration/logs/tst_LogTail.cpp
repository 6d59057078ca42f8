#include "core/http/HttpClient.h"
#include "core/logs/LogTail.h"
#include "core/logs/TaskLogSource.h"

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TinyHttpServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mc::logs;
using mc::test::LocalClusterProcess;
using mc::test::TinyHttpServer;

namespace {

TailOptions quickOptions()
{
    TailOptions options;
    options.fastPollMs = 50;
    options.idlePollMaxMs = 200;
    options.retryMinMs = 200;
    options.retryMaxMs = 400;
    return options;
}

// Everything a source delivered, in order, and what happened to it.
struct Collector
{
    QByteArray bytes; // since the last restart
    QByteArray beforeRestart;
    qint64 nextOffset = 0;
    bool offsetsContiguous = true;
    QList<LogState> states;
    QStringList messages;
    int restarts = 0;

    void attach(LogSource *source)
    {
        QObject::connect(source, &LogSource::dataReceived, source,
                         [this](qint64 offset, const QByteArray &data) {
                             if (offset != nextOffset)
                                 offsetsContiguous = false;
                             nextOffset = offset + data.size();
                             bytes += data;
                         });
        QObject::connect(source, &LogSource::restarted, source, [this](const QString &) {
            ++restarts;
            beforeRestart += bytes;
            bytes.clear();
            nextOffset = 0;
        });
        QObject::connect(source, &LogSource::stateChanged, source,
                         [this](LogState state, const QString &message) {
                             states << state;
                             messages << message;
                         });
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Bytes the way Mesos 0.19-0.23 put them into JSON: \/ and one \u00XX per byte >= 0x7F.
QByteArray legacyJsonString(const QByteArray &bytes)
{
    QByteArray out = "\"";
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (c == '/')
            out += "\\/";
        else if (u < 0x20 || u >= 0x7F)
            out += QByteArray("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out + '"';
}

} // namespace

class tst_LogTail : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalClusterProcess> m_cluster;
    QTemporaryDir m_dir;
    mc::http::HttpClient *m_http = nullptr;
    QString m_agentUrl;
    QString m_frameworkId;

    // Launches a one-instance app and returns its first task id (running or already ended).
    QString launch(const QString &appId, const QString &cmd)
    {
        const QJsonObject app {
            { QStringLiteral("id"), appId },    { QStringLiteral("cmd"), cmd },
            { QStringLiteral("instances"), 1 }, { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 16 },      { QStringLiteral("backoffSeconds"), 60 }
        };
        const auto created
            = mc::test::httpRequest("POST", m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
                                    QJsonDocument(app).toJson(), { { "Content-Type", "application/json" } });
        if (created.status != 201)
            qWarning() << "app not created" << created.status << created.body;
        QString found;
        QDeadlineTimer deadline(15000);
        while (found.isEmpty() && !deadline.hasExpired()) {
            const auto tasks
                = mc::test::httpGet(m_cluster->leaderUrl() + QStringLiteral("/master/tasks?limit=1000"));
            const QJsonArray taskList = tasks.json().object().value(QStringLiteral("tasks")).toArray();
            for (const QJsonValue &t : taskList) {
                const QJsonObject task = t.toObject();
                const QString state = task.value(QStringLiteral("state")).toString();
                if (task.value(QStringLiteral("id")).toString().startsWith(appId.mid(1) + u'.')
                    && state != u"TASK_STAGING" && state != u"TASK_STARTING")
                    found = task.value(QStringLiteral("id")).toString();
            }
            if (found.isEmpty())
                QTest::qWait(100);
        }
        return found;
    }

    std::unique_ptr<TaskLogSource> source(const QString &taskId,
                                          const QString &file = QStringLiteral("stdout"))
    {
        auto s = std::make_unique<TaskLogSource>(
            m_http, QUrl(m_agentUrl), TaskRef { taskId, m_frameworkId, QString() }, file, quickOptions());
        s->setWatchIntervalMs(300);
        return s;
    }

    QByteArray writePart(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(bytes);
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<LocalClusterProcess>(
            QStringList { QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        m_agentUrl = m_cluster->agentUrls().value(0);
        m_frameworkId = m_cluster->endpoints().value(QStringLiteral("frameworkId")).toString();
        mc::http::HttpOptions options;
        options.timeoutMs = 2000;
        m_http = new mc::http::HttpClient(options, this);
    }

    void cleanupTestCase() { m_cluster.reset(); }

    // Multi-byte characters cut by chunk boundaries, invalid UTF-8, a line far longer
    // than a chunk, written in three bursts while the tail follows.
    void followsExactBytesInOrder()
    {
        QByteArray p1;
        for (int i = 0; i < 3000; ++i)
            p1 += "line " + QByteArray::number(i) + " Grüße € 😀 \xff\xfe\xc3 end\n";
        QByteArray p2(qsizetype(200) * 1024, 'x'); // one very long line
        p2 += "\n";
        QByteArray p3 = "tail \xe2\x82 cut-char then done\n";
        writePart(QStringLiteral("p1"), p1);
        writePart(QStringLiteral("p2"), p2);
        writePart(QStringLiteral("p3"), p3);
        const QString d = m_dir.path();
        const QString taskId = launch(
            QStringLiteral("/exact"),
            QStringLiteral("cat %1/p1; sleep 1; cat %1/p2; sleep 1; cat %1/p3; exec sleep 600").arg(d));
        QVERIFY(!taskId.isEmpty());

        const auto s = source(taskId);
        Collector c;
        c.attach(s.get());
        s->start();
        QTRY_VERIFY_WITH_TIMEOUT(c.bytes.endsWith(p3), 15000);
        QVERIFY(s->tail());
        const QByteArray onDisk = readFile(s->tail()->path());
        QCOMPARE(c.bytes.size(), onDisk.size());
        QVERIFY(c.bytes == onDisk);
        QVERIFY(c.bytes.contains(QByteArray(p1 + p2 + p3)));
        QVERIFY(c.offsetsContiguous);
        QCOMPARE(c.restarts, 0);
        QCOMPARE(s->state(), LogState::Following);
        QVERIFY(s->tail()->requestsMade() >= onDisk.size() / TailOptions::kMesosReadCap);
        s->stop();
    }

    void restartsFromTheStartAfterTruncation()
    {
        const QString taskId
            = launch(QStringLiteral("/rotating"),
                     QStringLiteral("i=0; while true; do echo \"line $i\"; i=$((i+1)); sleep 0.02; done"));
        const auto s = source(taskId);
        Collector c;
        c.attach(s.get());
        QSignalSpy restarted(s.get(), &LogSource::restarted);
        s->start();
        QTRY_VERIFY_WITH_TIMEOUT(c.bytes.size() > 2000, 10000);
        const auto truncate = mc::test::httpRequest(
            "POST", m_cluster->leaderUrl() + QStringLiteral("/__admin/tasks/%1/truncate/stdout").arg(taskId));
        QCOMPARE(truncate.status / 100, 2);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.count(), 1, 5000);
        QVERIFY(c.states.contains(LogState::Truncated));
        QVERIFY(restarted.first().first().toString().contains(QStringLiteral("truncated")));
        QTRY_VERIFY_WITH_TIMEOUT(c.bytes.count('\n') >= 5, 5000);
        s->setPaused(true);
        QCOMPARE(s->state(), LogState::Paused);
        QTest::qWait(100);
        const QByteArray onDisk = readFile(s->tail()->path());
        QVERIFY2(onDisk.startsWith(c.bytes), "data after the truncation is not the file read from its start");
        QVERIFY(c.beforeRestart.startsWith(c.beforeRestart.left(c.beforeRestart.indexOf('\n') + 1)));
        QVERIFY(c.offsetsContiguous);
        // Paused: nothing more arrives; resumed: the rest comes, nothing lost.
        const qsizetype pausedSize = c.bytes.size();
        QTest::qWait(300);
        QCOMPARE(c.bytes.size(), pausedSize);
        s->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(c.bytes.size() > pausedSize + 50, 5000);
        QVERIFY(readFile(s->tail()->path()).startsWith(c.bytes));
        s->stop();
    }

    void finishedTaskIsReadToTheEndThenStops()
    {
        QByteArray p(qsizetype(100) * 1024, 'f');
        p += "\nlast line without newline";
        writePart(QStringLiteral("fin"), p);
        const QString taskId = launch(QStringLiteral("/finishing"),
                                      QStringLiteral("sleep 1; cat %1/fin; exit 0").arg(m_dir.path()));
        const auto s = source(taskId);
        Collector c;
        c.attach(s.get());
        s->start();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), LogState::Finished, 15000);
        QVERIFY(c.bytes.contains(p));
        QVERIFY(c.bytes == readFile(s->tail()->path()));
        QVERIFY(s->stateMessage().contains(QStringLiteral("finished")));
        const int requests = s->tail()->requestsMade();
        QTest::qWait(500);
        QCOMPARE(s->tail()->requestsMade(), requests); // no more polling
    }

    void unknownTaskFails()
    {
        const auto s = source(QStringLiteral("no-such-task"));
        s->start();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), LogState::Failed, 5000);
        QVERIFY(s->stateMessage().contains(QStringLiteral("no-such-task")));
    }

    // Last: the agent goes away (its tasks die with it) and comes back.
    void unreachableAgentIsRetriedWithBackoff()
    {
        const QString taskId
            = launch(QStringLiteral("/steady"), QStringLiteral("while true; do echo tick; sleep 0.1; done"));
        const auto s = source(taskId);
        Collector c;
        c.attach(s.get());
        s->start();
        QTRY_VERIFY_WITH_TIMEOUT(c.bytes.size() > 20, 10000);
        QCOMPARE(
            mc::test::httpRequest("POST", m_cluster->leaderUrl() + QStringLiteral("/__admin/agents/0/lose"))
                    .status
                / 100,
            2);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), LogState::Retrying, 5000);
        QVERIFY(s->stateMessage().contains(QStringLiteral("retrying")));
        // The reason names the request, whose path is percent-encoded ("path=%2Ftmp…"): it stays
        // as it is (a second arg() took its "%2" for a place marker and wrote the delay there).
        QVERIFY2(s->stateMessage().contains(QStringLiteral("path=%2F")), qPrintable(s->stateMessage()));
        QCOMPARE(mc::test::httpRequest("POST",
                                       m_cluster->leaderUrl() + QStringLiteral("/__admin/agents/0/restore"))
                         .status
                     / 100,
                 2);
        QTRY_VERIFY_WITH_TIMEOUT(s->state() != LogState::Retrying, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(s->state() == LogState::Finished || s->state() == LogState::Following,
                                 10000);
        QVERIFY(readFile(s->tail()->path()).startsWith(c.bytes));
        QVERIFY(c.offsetsContiguous);
    }

    // A 0.19/0.20 agent: no /files/read (404), read.json escapes every byte >= 0x7F.
    void oldAgentsAreReadThroughReadJson()
    {
        TinyHttpServer agent;
        QVERIFY(agent.listen());
        QByteArray content = "Grüße aus Köln → ok\n\xff invalid\n";
        for (int i = 0; i < 200; ++i)
            content += "more " + QByteArray::number(i) + " ü\n";
        agent.route("/files/read", [](const TinyHttpServer::Request &) {
            TinyHttpServer::Reply r;
            r.status = 404;
            return r;
        });
        agent.route("/files/read.json", [&content](const TinyHttpServer::Request &request) {
            const QUrlQuery query(QUrl(QString::fromUtf8(request.target)));
            const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
            const qint64 length = query.queryItemValue(QStringLiteral("length")).toLongLong();
            if (offset == -1 || offset >= content.size()) // 0.19-0.23: offset = size
                return TinyHttpServer::jsonReply(R"({"data":"","offset":)"
                                                 + QByteArray::number(content.size()) + "}");
            const QByteArray data = content.mid(offset, std::min<qint64>(length, 333));
            return TinyHttpServer::jsonReply("{\"data\":" + legacyJsonString(data)
                                             + ",\"offset\":" + QByteArray::number(offset) + "}");
        });
        LogTail tail(m_http, agent.url(), QStringLiteral("/sb/stdout"), quickOptions());
        Collector c;
        c.attach(&tail);
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.bytes.size(), content.size(), 5000);
        QVERIFY(c.bytes == content);
        QCOMPARE(tail.downloadUrl().path(), QStringLiteral("/files/download.json"));
        // Stopped and started again: it goes on from where it was, nothing read twice.
        tail.stop();
        QCOMPARE(tail.state(), LogState::Stopped);
        content += "after restart\n";
        tail.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.bytes.size(), content.size(), 5000);
        QVERIFY(c.bytes == content);
        // A smaller file: the old agent answers offset = size < position.
        content = "rotated\n";
        QTRY_COMPARE_WITH_TIMEOUT(c.restarts, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c.bytes, QByteArray("rotated\n"), 5000);
        QVERIFY(c.offsetsContiguous);
    }
};

QTEST_GUILESS_MAIN(tst_LogTail)
#include "tst_LogTail.moc"
