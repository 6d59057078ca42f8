// SandboxBrowser against a real localcluster agent: a running task's sandbox
// listed under the 1.5+ virtual path, a file other than stdout opened in a log
// source and downloaded byte for byte, a completed task's sandbox, and one the
// agent has garbage-collected.

#include "core/http/HttpClient.h"
#include "core/logs/FileDownload.h"
#include "core/logs/SandboxBrowser.h"
#include "core/logs/TaskLogSource.h"

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mc::logs;
using mc::test::LocalClusterProcess;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mc::Result<QList<SandboxEntry>> listNow(SandboxBrowser &browser, const QString &dir)
{
    std::optional<mc::Result<QList<SandboxEntry>>> result;
    QObject context;
    browser.list(dir, &context, [&result](mc::Result<QList<SandboxEntry>> r) { result = std::move(r); });
    QDeadlineTimer deadline(15000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(20);
    return result.value_or(mc::Error { QStringLiteral("no answer"), {} });
}

const SandboxEntry *find(const QList<SandboxEntry> &entries, const QString &name)
{
    for (const SandboxEntry &e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class tst_SandboxBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalClusterProcess> m_cluster;
    mc::http::HttpClient *m_http = nullptr;
    QString m_frameworkId;
    QTemporaryDir m_dir;

    // Launches an app and returns the id of its first task in `state`.
    QString launch(const QString &appId, const QString &cmd, const QString &state)
    {
        const QJsonObject app {
            { QStringLiteral("id"), appId },    { QStringLiteral("cmd"), cmd },
            { QStringLiteral("instances"), 1 }, { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 16 },      { QStringLiteral("backoffSeconds"), 600 }
        };
        return m_cluster->launchApp(app, state).value(QStringLiteral("id")).toString();
    }

    TaskRef ref(const QString &taskId) const { return { taskId, m_frameworkId, {} }; }
    QUrl agent() const { return QUrl(m_cluster->agentUrls().value(0)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<LocalClusterProcess>(
            QStringList { QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        m_frameworkId = m_cluster->endpoints().value(QStringLiteral("frameworkId")).toString();
        m_http = new mc::http::HttpClient({}, this);
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void listsARunningSandboxOpensAndDownloadsAFile()
    {
        const QString taskId
            = launch(QStringLiteral("/files"),
                     QStringLiteral("mkdir -p conf && printf 'port: 8080\\nname: web\\n' > conf/app.yaml"
                                    " && head -c 300000 /dev/urandom > blob.bin && exec sleep 600"),
                     QStringLiteral("TASK_RUNNING"));
        QVERIFY(!taskId.isEmpty());
        SandboxBrowser browser(m_http, agent(), ref(taskId));
        mc::Result<QList<SandboxEntry>> root = mc::Error {};
        QVERIFY(QTest::qWaitFor(
            [&] {
                root = listNow(browser, {});
                return root.ok() && find(*root, QStringLiteral("blob.bin"))
                    && find(*root, QStringLiteral("blob.bin"))->size == 300000;
            },
            10000));
        // A 1.11 agent: the virtual path of the latest run.
        QVERIFY2(browser.remotePath({}).startsWith(QStringLiteral("/frameworks/") + m_frameworkId),
                 qPrintable(browser.remotePath({})));
        const SandboxEntry *conf = find(*root, QStringLiteral("conf"));
        QVERIFY(conf && conf->directory);
        QCOMPARE(root->first().name, QStringLiteral("conf")); // directories first
        QVERIFY(find(*root, QStringLiteral("stdout")) && find(*root, QStringLiteral("stderr")));
        QVERIFY(find(*root, QStringLiteral("stdout"))->mtime > 1600000000);

        const auto inConf = listNow(browser, QStringLiteral("conf"));
        QVERIFY2(inConf.ok(), qPrintable(inConf.ok() ? QString() : inConf.error().message));
        QCOMPARE(inConf->size(), 1);
        QCOMPARE(inConf->first().relativePath, QStringLiteral("conf/app.yaml"));
        QCOMPARE(inConf->first().size, 21);

        // Open a file other than stdout in a log source.
        TaskLogSource source(m_http, agent(), ref(taskId), QStringLiteral("conf/app.yaml"));
        QByteArray text;
        connect(&source, &LogSource::dataReceived, this, [&text](qint64, const QByteArray &b) { text += b; });
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(text, QByteArray("port: 8080\nname: web\n"), 10000);
        source.stop();

        // Download the binary file byte for byte.
        const QString out = m_dir.filePath(QStringLiteral("blob.bin"));
        FileDownload download(m_http, browser.downloadUrl(QStringLiteral("blob.bin")), out);
        std::optional<mc::Status> status;
        connect(&download, &FileDownload::finished, this, [&status](const mc::Status &s) { status = s; });
        download.start();
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 15000);
        QVERIFY2(status->ok(), qPrintable(status->ok() ? QString() : status->error().message));
        const QByteArray original = readFile(browser.sandbox()->directory + QStringLiteral("/blob.bin"));
        QCOMPARE(original.size(), 300000);
        QVERIFY(readFile(out) == original);
    }

    void listsACompletedTasksSandboxUntilItIsGone()
    {
        const QString taskId
            = launch(QStringLiteral("/oneshot"), QStringLiteral("echo result > result.txt; echo bye"),
                     QStringLiteral("TASK_FINISHED"));
        QVERIFY(!taskId.isEmpty());
        SandboxBrowser browser(m_http, agent(), ref(taskId));
        const auto root = listNow(browser, {});
        QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().message));
        QVERIFY(find(*root, QStringLiteral("result.txt")));
        QVERIFY(browser.sandbox()->taskEnded);

        // The agent's garbage collection removes it: the sandbox is said to be gone.
        QCOMPARE(mc::test::httpRequest("POST",
                                       agent().toString() + QStringLiteral("/__admin/tasks/") + taskId
                                           + QStringLiteral("/gc"))
                     .status,
                 200);
        SandboxBrowser later(m_http, agent(), ref(taskId));
        const auto gone = listNow(later, {});
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(QStringLiteral("gone")), qPrintable(gone.error().message));
    }

    void aTaskTheAgentDoesNotKnowIsSaidSo()
    {
        SandboxBrowser browser(m_http, agent(), ref(QStringLiteral("nothere.1234")));
        const auto listed = listNow(browser, {});
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().message.contains(QStringLiteral("nothere.1234")),
                 qPrintable(listed.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxBrowser)
#include "tst_SandboxBrowser.moc"
