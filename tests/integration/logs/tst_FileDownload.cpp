#include "core/http/HttpClient.h"
#include "core/logs/FileDownload.h"
#include "core/logs/TaskLogSource.h"

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TinyHttpServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>

#include <functional>
#include <optional>

using namespace mc::logs;
using mc::test::LocalClusterProcess;
using mc::test::TinyHttpServer;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Runs a download to its end and returns its status.
mc::Status download(mc::http::HttpClient *http, const QUrl &url, const QString &path,
                    const std::function<void(FileDownload &)> &whileRunning = {})
{
    FileDownload d(http, url, path);
    std::optional<mc::Status> result;
    QObject::connect(&d, &FileDownload::finished, &d,
                     [&result](const mc::Status &status) { result = status; });
    d.start();
    if (whileRunning)
        whileRunning(d);
    QDeadlineTimer deadline(20000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(20);
    return result.value_or(mc::Error { QStringLiteral("the download never finished"), {} });
}

// A 200 with a Content-Length larger than what is sent: the first `sent` bytes, then
// nothing more (the test closes the connection, or lets it stall).
TinyHttpServer::Reply cutOffReply(const QByteArray &sent, qint64 announced)
{
    TinyHttpServer::Reply reply;
    reply.stream = true;
    reply.headers = { { "Content-Type", "application/octet-stream" },
                      { "Content-Length", QByteArray::number(announced) } };
    reply.body = sent;
    return reply;
}

} // namespace

// FileDownload (the log viewer's "save the whole file") against a real
// localcluster agent's /files/download, and against a server that cuts the
// transfer off after its HTTP 200.
class tst_FileDownload : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalClusterProcess> m_cluster;
    QTemporaryDir m_dir;
    mc::http::HttpClient *m_http = nullptr;
    QString m_agentUrl;
    QString m_frameworkId;
    QByteArray m_payload;
    QUrl m_stdoutUrl; // the task's stdout through /files/download
    QString m_sandboxFile;

    QString dest(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }
    QStringList outEntries() const
    {
        return QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden);
    }

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
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            const auto tasks
                = mc::test::httpGet(m_cluster->leaderUrl() + QStringLiteral("/master/tasks?limit=1000"));
            const QJsonArray taskList = tasks.json().object().value(QStringLiteral("tasks")).toArray();
            for (const QJsonValue &t : taskList) {
                const QJsonObject task = t.toObject();
                if (task.value(QStringLiteral("id")).toString().startsWith(appId.mid(1) + u'.')
                    && task.value(QStringLiteral("state")).toString() == u"TASK_RUNNING")
                    return task.value(QStringLiteral("id")).toString();
            }
            QTest::qWait(100);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("out")));
        m_cluster = std::make_unique<LocalClusterProcess>(
            QStringList { QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        m_agentUrl = m_cluster->agentUrls().value(0);
        m_frameworkId = m_cluster->endpoints().value(QStringLiteral("frameworkId")).toString();
        mc::http::HttpOptions options;
        options.timeoutMs = 1000;
        m_http = new mc::http::HttpClient(options, this);

        // A task whose stdout is more than one 64 KiB read, with invalid UTF-8 and NUL bytes.
        for (int i = 0; i < 6000; ++i)
            m_payload
                += "line " + QByteArray::number(i) + " Grüße \xff\xfe\xc3 " + QByteArray(1, '\0') + " end\n";
        writeFile(m_dir.filePath(QStringLiteral("payload")), m_payload);
        const QString taskId
            = launch(QStringLiteral("/saved"),
                     QStringLiteral("cat %1; exec sleep 600").arg(m_dir.filePath(QStringLiteral("payload"))));
        QVERIFY(!taskId.isEmpty());
        TaskLogSource source(m_http, QUrl(m_agentUrl), TaskRef { taskId, m_frameworkId, QString() },
                             QStringLiteral("stdout"));
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.downloadUrl().isValid(), 10000);
        m_stdoutUrl = source.downloadUrl();
        m_sandboxFile = source.tail()->path();
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_sandboxFile).endsWith(m_payload), 10000);
        source.stop();
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void init()
    {
        for (const QString &name : outEntries())
            QFile::remove(dest(name));
    }

    // A task's stdout (more than one 64 KiB read, invalid UTF-8, NUL bytes) saved through
    // the agent's /files/download is the sandbox file byte for byte; an existing file is replaced.
    void savesATaskStdoutByteExact()
    {
        writeFile(dest(QStringLiteral("stdout")), "an older save\n");
        qint64 lastReceived = 0;
        qint64 lastTotal = 0;
        FileDownload d(m_http, m_stdoutUrl, dest(QStringLiteral("stdout")));
        connect(&d, &FileDownload::progress, this, [&](qint64 received, qint64 total) {
            lastReceived = received;
            lastTotal = total;
        });
        std::optional<mc::Status> status;
        connect(&d, &FileDownload::finished, this, [&status](const mc::Status &s) { status = s; });
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
        QVERIFY2(status->ok(), qPrintable(status->ok() ? QString() : status->error().message));
        const QByteArray saved = readFile(dest(QStringLiteral("stdout")));
        const QByteArray onDisk = readFile(m_sandboxFile);
        QCOMPARE(saved.size(), onDisk.size());
        QVERIFY(saved == onDisk);
        QVERIFY(saved.endsWith(m_payload));
        QCOMPARE(d.received(), qint64(onDisk.size()));
        QCOMPARE(lastReceived, qint64(onDisk.size()));
        QCOMPARE(lastTotal, qint64(onDisk.size())); // the agent's Content-Length
        QCOMPARE(outEntries(), QStringList { QStringLiteral("stdout") });
    }

    // The agent drops the connection (localcluster's fault; Qt retries a GET once on a
    // dropped keep-alive connection, so it drops every try): the save fails, says so, and
    // the file that was there stays.
    void droppedConnectionKeepsTheFile()
    {
        const auto fault
            = mc::test::httpRequest("POST", m_agentUrl + QStringLiteral("/__admin/faults"),
                                    R"({"target":"agent","path":"/files/download","mode":"drop"})",
                                    { { "Content-Type", "application/json" } });
        QCOMPARE(fault.status, 201);
        writeFile(dest(QStringLiteral("kept")), "precious\n");
        const mc::Status status = download(m_http, m_stdoutUrl, dest(QStringLiteral("kept")));
        QCOMPARE(mc::test::httpRequest("DELETE", m_agentUrl + QStringLiteral("/__admin/faults")).status, 200);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("left as it was")),
                 qPrintable(status.error().message));
        QCOMPARE(readFile(dest(QStringLiteral("kept"))), QByteArray("precious\n"));
        QCOMPARE(outEntries(), QStringList { QStringLiteral("kept") });
    }

    // An HTTP error (no such file) is not saved either.
    void missingFileIsNotSaved()
    {
        QUrl url(m_agentUrl + QStringLiteral("/files/download"));
        url.setQuery(QStringLiteral("path=/no/such/sandbox/stdout"));
        const mc::Status status = download(m_http, url, dest(QStringLiteral("stdout")));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("answered 404")),
                 qPrintable(status.error().message));
        QVERIFY(outEntries().isEmpty());
    }

    // HTTP 200 and part of the body, then the connection closes: not "saved"; the existing
    // file is not replaced and no temporary file is left next to it.
    void transferCutOffAfter200KeepsTheFile()
    {
        TinyHttpServer agent;
        QVERIFY(agent.listen());
        const QByteArray part(1000, 'a');
        agent.route("/files/download",
                    [&part](const TinyHttpServer::Request &) { return cutOffReply(part, 100000); });
        writeFile(dest(QStringLiteral("stdout")), "precious\n");
        const mc::Status status
            = download(m_http, agent.url(QStringLiteral("/files/download?path=/sb/stdout")),
                       dest(QStringLiteral("stdout")), [&agent](FileDownload &d) {
                           QTRY_COMPARE(d.received(), qint64(1000));
                           agent.closeStreams();
                       });
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(QStringLiteral("stdout")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1 of %2 bytes").arg(QLocale().toString(1000), QLocale().toString(100000))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("left as it was")), qPrintable(message));
        QCOMPARE(readFile(dest(QStringLiteral("stdout"))), QByteArray("precious\n"));
        QCOMPARE(outEntries(), QStringList { QStringLiteral("stdout") });
    }

    // HTTP 200, part of the body, then silence: the transfer timeout ends it as a failure,
    // and nothing is created.
    void stalledTransferIsAFailure()
    {
        TinyHttpServer agent;
        QVERIFY(agent.listen());
        agent.route("/files/download",
                    [](const TinyHttpServer::Request &) { return cutOffReply(QByteArray(500, 'b'), 4096); });
        const mc::Status status
            = download(m_http, agent.url(QStringLiteral("/files/download?path=/sb/stderr")),
                       dest(QStringLiteral("stderr")));
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(QStringLiteral("stalled after %1 of %2 bytes").arg(QLocale().toString(500), QLocale().toString(4096))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was saved")), qPrintable(message));
        QVERIFY(outEntries().isEmpty());
    }

    // Cancelled by the user midway: nothing saved, and it says it was cancelled.
    void cancelledTransferSavesNothing()
    {
        TinyHttpServer agent;
        QVERIFY(agent.listen());
        agent.route("/files/download",
                    [](const TinyHttpServer::Request &) { return cutOffReply(QByteArray(300, 'c'), 4096); });
        const mc::Status status
            = download(m_http, agent.url(QStringLiteral("/files/download?path=/sb/stdout")),
                       dest(QStringLiteral("stdout")), [](FileDownload &d) {
                           QTRY_COMPARE(d.received(), qint64(300));
                           d.cancel();
                       });
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("cancelled")),
                 qPrintable(status.error().message));
        QVERIFY(outEntries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileDownload)
#include "tst_FileDownload.moc"
