#pragma once

#include "localcluster/Cluster.h"

#include <QObject>

#include <optional>

class QFile;

namespace mc::localcluster {

// The HTTP endpoints of one Mesos agent: state, sandbox files, metrics.
class AgentApi : public QObject
{
    Q_OBJECT

public:
    AgentApi(Cluster &cluster, QObject *parent = nullptr);

    void handle(int agent, const HttpRequest &request, HttpConnection *connection);
    [[nodiscard]] QByteArray metrics(int agent) const;
    // /monitor/statistics: per executor, CPU time and RSS of its process group from /proc.
    [[nodiscard]] QByteArray statistics(int agent) const;

    // POST /api/v1 of the v1 operator API: GET_HEALTH, GET_VERSION, READ_FILE,
    // LIST_FILES (agent) or the first two (master, agent < 0).
    [[nodiscard]] HttpResponse operatorCall(int agent, const HttpRequest &request) const;

    // Largest /files/read answer, as Mesos: 16 pages of 4 KiB.
    static constexpr qint64 kMaxReadLength = qint64(64) * 1024;

private:
    // Real path of a /files path, or empty when it is not under a sandbox of
    // this agent (virtual /frameworks/<fw>/executors/<ex>/runs/latest too).
    [[nodiscard]] QString resolve(int agent, const QString &path) const;
    [[nodiscard]] HttpResponse browse(int agent, const HttpRequest &request) const;
    // Opens the file a /files request's path names into `file`: nullopt, or Mesos' answer when
    // there is none, it is a directory (which cannot be `verb`: read, download) or cannot be read.
    [[nodiscard]] std::optional<HttpResponse> openFile(int agent, const HttpRequest &request,
                                                       const QByteArray &verb, QFile &file) const;
    [[nodiscard]] HttpResponse read(int agent, const HttpRequest &request) const;
    [[nodiscard]] HttpResponse download(int agent, const HttpRequest &request) const;

    Cluster &m_cluster;
};

} // namespace mc::localcluster
