#pragma once

#include "core/logs/SandboxLocator.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace mc::http {
class HttpClient;
}

namespace mc::logs {

// One entry of a sandbox directory (/files/browse).
struct SandboxEntry
{
    QString name;
    QString relativePath; // from the sandbox's root: "stdout", "conf/app.yaml"
    qint64 size = 0;
    qint64 mtime = 0; // seconds since the epoch
    bool directory = false;
    QString mode; // "-rw-r--r--"
    QString uid; // user and group names
    QString gid;

    bool operator==(const SandboxEntry &) const = default;

    // Parses a /files/browse answer for the directory `relativeDir` ("" the root):
    // names come from each entry's path, directories first, then by name.
    [[nodiscard]] static Result<QList<SandboxEntry>> parseListing(const QByteArray &body,
                                                                  const QString &relativeDir);
};

// A task's sandbox on its agent, running or completed: finds it in the agent's
// state (as the logs do), lists its directories (/files/browse; 1.5+ agents under
// the virtual /frameworks/…/runs/latest path, older ones under the real path) and
// names the URLs that read or download a file. A sandbox the agent no longer has
// (garbage-collected, or an agent that forgot the task) is said to be gone.
class SandboxBrowser : public QObject
{
    Q_OBJECT

public:
    using Listed = std::function<void(Result<QList<SandboxEntry>>)>;

    SandboxBrowser(http::HttpClient *http, QUrl agentUrl, TaskRef task, QObject *parent = nullptr);

    // Lists `relativeDir` ("" the root); finds the sandbox first when needed.
    void list(const QString &relativeDir, QObject *context, Listed done);
    // Forgets the sandbox found: the next list() asks the agent's state again (whether the task ended).
    void refresh();

    [[nodiscard]] const TaskRef &task() const { return m_task; }
    [[nodiscard]] QUrl agentUrl() const { return m_agentUrl; }
    // Once found.
    [[nodiscard]] const std::optional<Sandbox> &sandbox() const { return m_sandbox; }
    // The path /files/* take for a file of the sandbox (virtual or real, as listed).
    [[nodiscard]] QString remotePath(const QString &relativePath) const;
    // /files/download of a file (download.json on 0.19-1.7 agents).
    [[nodiscard]] QUrl downloadUrl(const QString &relativePath) const;

private:
    void browse(const QString &relativeDir, QObject *context, Listed done);
    [[nodiscard]] QString root() const;
    // /files/<endpoint>?path=… (<endpoint>.json on 0.19-1.7 agents).
    [[nodiscard]] QUrl filesUrl(const QString &endpoint, const QString &path) const;

    http::HttpClient *m_http;
    QUrl m_agentUrl;
    TaskRef m_task;
    std::optional<Sandbox> m_sandbox;
    bool m_legacy = false; // state.json, browse.json, download.json
    bool m_realPath = false; // the virtual path answered 404: the real one instead
};

} // namespace mc::logs
