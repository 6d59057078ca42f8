#pragma once

#include "localcluster/Cluster.h"

#include <QObject>

namespace mc::localcluster {

// The HTTP endpoints of one Mesos agent: state, sandbox files, metrics.
class AgentApi : public QObject
{
    Q_OBJECT

public:
    AgentApi(Cluster &cluster, QObject *parent = nullptr);

    void handle(int agent, const HttpRequest &request, HttpConnection *connection);
    [[nodiscard]] QByteArray metrics(int agent) const;

    // Largest /files/read answer, as Mesos: 16 pages of 4 KiB.
    static constexpr qint64 kMaxReadLength = 64 * 1024;

private:
    // Real path of a /files path, or empty when it is not under a sandbox of
    // this agent (virtual /frameworks/<fw>/executors/<ex>/runs/latest too).
    [[nodiscard]] QString resolve(int agent, const QString &path) const;
    [[nodiscard]] HttpResponse browse(int agent, const HttpRequest &request) const;
    [[nodiscard]] HttpResponse read(int agent, const HttpRequest &request) const;
    [[nodiscard]] HttpResponse download(int agent, const HttpRequest &request) const;

    Cluster &m_cluster;
};

} // namespace mc::localcluster
