#include "tests/support/LocalClusterProcess.h"

#include "tests/support/HttpFetch.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

#include "core/util/ShellQuote.h"

#include <QFile>
#include <QTest>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace mc::test {

bool startLocalClusterInHost(const SshTestHosts &hosts, int host, const QStringList &arguments,
                             QJsonObject *endpoints, QString *error)
{
    const QString out = hosts.host(host).root + QStringLiteral("/localcluster.out");
    QFile::remove(out);
    const QString cmd = QStringLiteral("nohup %1 --print-endpoints > %2 2>&1 < /dev/null &")
                            .arg(shellJoin(QStringList { executablePath(QStringLiteral("localcluster")) } + arguments),
                                 shellQuote(out));
    const auto r = hosts.runOnHost(host, cmd, 10000);
    if (r.exitCode != 0) {
        *error = r.output;
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QFile f(out);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray line = f.readLine();
            if (line.endsWith('\n')) {
                *endpoints = QJsonDocument::fromJson(line).object();
                if (!endpoints->isEmpty())
                    return true;
            }
        }
        QTest::qWait(50);
    }
    QFile f(out);
    f.open(QIODevice::ReadOnly);
    *error = QStringLiteral("localcluster did not start in the host: ") + QString::fromUtf8(f.readAll());
    return false;
}

LocalClusterProcess::LocalClusterProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{ }

LocalClusterProcess::~LocalClusterProcess()
{
    stop();
}

void LocalClusterProcess::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_environment.append({ name, value });
}

bool LocalClusterProcess::start(int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    if (!m_environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : std::as_const(m_environment))
            env.insert(name, value);
        m_process->setProcessEnvironment(env);
    }
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(executablePath(QStringLiteral("localcluster")),
                     QStringList { QStringLiteral("--print-endpoints"), QStringLiteral("--exit-with-parent") }
                         + m_arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("localcluster did not start: %1").arg(m_process->errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("localcluster printed no endpoints: %1")
                          .arg(QString::fromLocal8Bit(m_process->readAllStandardError()));
            return false;
        }
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    QJsonParseError parseError {};
    m_endpoints = QJsonDocument::fromJson(m_process->readLine(), &parseError).object();
    if (m_endpoints.isEmpty()) {
        m_error = QStringLiteral("localcluster endpoints are not JSON: %1").arg(parseError.errorString());
        return false;
    }
    return true;
}

void LocalClusterProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

qint64 LocalClusterProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList LocalClusterProcess::masterUrls() const
{
    QStringList urls;
    for (const QJsonArray items = m_endpoints.value(QLatin1String("masterUrls")).toArray();
         const QJsonValue &v : items)
        urls.append(v.toString());
    return urls;
}

QString LocalClusterProcess::leaderUrl() const
{
    return m_endpoints.value(QLatin1String("leader")).toString();
}

QJsonArray LocalClusterProcess::currentMasters() const
{
    return httpGet(marathonUrl() + QStringLiteral("/__admin/endpoints"))
        .json()
        .object()
        .value(u"masters")
        .toArray();
}

QJsonObject LocalClusterProcess::launchApp(const QJsonObject &app, const QString &state, int timeoutMs) const
{
    const auto created = httpRequest("POST", marathonUrl() + QStringLiteral("/v2/apps"), QJsonDocument(app).toJson(),
                                     { { "Content-Type", "application/json" } });
    if (created.status != 201)
        qWarning() << "app not created" << created.status << created.body;
    const QString prefix = app.value(QLatin1String("id")).toString().mid(1).replace(u'/', u'_') + u'.';
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto tasks = httpGet(leaderUrl() + QStringLiteral("/master/tasks?limit=1000"));
        const QJsonArray taskList = tasks.json().object().value(QLatin1String("tasks")).toArray();
        for (const QJsonValue &t : taskList) {
            QJsonObject task = t.toObject();
            if (task.value(QLatin1String("id")).toString().startsWith(prefix)
                && task.value(QLatin1String("state")).toString() == state)
                return task;
        }
        QTest::qWait(100);
    }
    return {};
}

QStringList LocalClusterProcess::agentUrls() const
{
    QStringList urls;
    for (const QJsonArray items = m_endpoints.value(QLatin1String("agents")).toArray();
         const QJsonValue &v : items)
        urls.append(v.toObject().value(QLatin1String("url")).toString());
    return urls;
}

QString LocalClusterProcess::marathonUrl() const
{
    return m_endpoints.value(QLatin1String("marathon")).toString();
}

QString LocalClusterProcess::workDir() const
{
    return m_endpoints.value(QLatin1String("workDir")).toString();
}

} // namespace mc::test
