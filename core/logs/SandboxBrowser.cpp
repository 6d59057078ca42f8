#include "core/logs/SandboxBrowser.h"

#include "core/http/HttpClient.h"
#include "core/logs/SandboxFetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace mc::logs {

Result<QList<SandboxEntry>> SandboxEntry::parseListing(const QByteArray &body, const QString &relativeDir)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull() && error.error == QJsonParseError::IllegalUTF8String) // raw bytes in file names
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error);
    if (!doc.isArray())
        return Error { SandboxBrowser::tr("The agent's listing of the sandbox is not a JSON array."),
                       error.errorString() };
    QList<SandboxEntry> entries;
    const QJsonArray list = doc.array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SandboxEntry e;
        e.name = o.value(QLatin1String("path")).toString().section(u'/', -1);
        if (e.name.isEmpty())
            continue;
        e.relativePath = relativeDir.isEmpty() ? e.name : relativeDir + u'/' + e.name;
        e.size = qint64(o.value(QLatin1String("size")).toDouble());
        e.mtime = qint64(o.value(QLatin1String("mtime")).toDouble());
        e.mode = o.value(QLatin1String("mode")).toString();
        e.directory = e.mode.startsWith(u'd');
        e.uid = o.value(QLatin1String("uid")).toString();
        e.gid = o.value(QLatin1String("gid")).toString();
        entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const SandboxEntry &a, const SandboxEntry &b) {
        if (a.directory != b.directory)
            return a.directory;
        return a.name < b.name;
    });
    return entries;
}

SandboxBrowser::SandboxBrowser(http::HttpClient *http, QUrl agentUrl, TaskRef task, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_agentUrl(std::move(agentUrl))
    , m_task(std::move(task))
{ }

void SandboxBrowser::refresh()
{
    m_sandbox.reset();
}

QString SandboxBrowser::root() const
{
    if (!m_sandbox)
        return {};
    const QString virtualPath = m_realPath ? QString() : m_sandbox->virtualPath(m_task.taskId);
    return virtualPath.isEmpty() ? m_sandbox->directory : virtualPath;
}

QUrl SandboxBrowser::filesUrl(const QString &endpoint, const QString &path) const
{
    QUrl url = m_agentUrl;
    url.setPath(QStringLiteral("/files/") + endpoint + (m_legacy ? QStringLiteral(".json") : QString()));
    url.setQuery(QStringLiteral("path=") + QString::fromLatin1(QUrl::toPercentEncoding(path)));
    return url;
}

QString SandboxBrowser::remotePath(const QString &relativePath) const
{
    return relativePath.isEmpty() ? root() : root() + u'/' + relativePath;
}

QUrl SandboxBrowser::downloadUrl(const QString &relativePath) const
{
    return filesUrl(QStringLiteral("download"), remotePath(relativePath));
}

void SandboxBrowser::list(const QString &relativeDir, QObject *context, Listed done)
{
    if (m_sandbox) {
        browse(relativeDir, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    fetchSandbox(m_http, m_agentUrl, m_task, m_legacy, this,
                 [this, relativeDir, guard, done](Result<Sandbox> sandbox, bool reachable, bool legacy) {
                     if (!guard)
                         return;
                     m_legacy = legacy;
                     if (!sandbox) {
                         done(reachable ? sandbox.error()
                                        : Error { tr("The agent %1 did not answer: %2")
                                                      .arg(m_agentUrl.authority(), sandbox.error().message),
                                                  sandbox.error().detail });
                         return;
                     }
                     m_sandbox = *sandbox;
                     browse(relativeDir, guard, done);
                 });
}

void SandboxBrowser::browse(const QString &relativeDir, QObject *context, Listed done)
{
    const QUrl url = filesUrl(QStringLiteral("browse"), remotePath(relativeDir));
    QPointer<QObject> guard(context);
    m_http->get(url, this, [this, relativeDir, guard, done](Result<http::HttpResponse> response) {
        if (!guard)
            return;
        if (!response.ok()) {
            done(Error {
                tr("The agent %1 did not answer: %2").arg(m_agentUrl.authority(), response.error().message),
                response.error().detail });
            return;
        }
        if (response->status == 404 && !m_realPath && m_sandbox && m_sandbox->hasVirtualPath()) {
            m_realPath = true; // an agent that does not serve this run under its virtual path
            browse(relativeDir, guard, done);
            return;
        }
        if (response->status == 404) {
            const bool ended = m_sandbox && m_sandbox->taskEnded;
            if (relativeDir.isEmpty())
                done(Error { ended ? tr("The sandbox of %1 is gone: the agent %2 has removed it (garbage "
                                        "collection of completed tasks' sandboxes).")
                                         .arg(m_task.taskId, m_agentUrl.authority())
                                   : tr("The sandbox of %1 is gone from the agent %2.")
                                         .arg(m_task.taskId, m_agentUrl.authority()),
                             QString::fromUtf8(response->body.left(200)) });
            else
                done(Error { tr("%1 is no longer in the sandbox of %2.").arg(relativeDir, m_task.taskId),
                             QString::fromUtf8(response->body.left(200)) });
            return;
        }
        if (!response->isSuccess()) {
            done(Error { tr("The agent %1 answered %2 to the listing of %3.")
                             .arg(m_agentUrl.authority(), QString::number(response->status),
                                  relativeDir.isEmpty() ? m_task.taskId : relativeDir),
                         QString::fromUtf8(response->body.left(200)) });
            return;
        }
        done(SandboxEntry::parseListing(response->body, relativeDir));
    });
}

} // namespace mc::logs
