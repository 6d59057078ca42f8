#pragma once

#include "localcluster/Cluster.h"

#include <QObject>

namespace mc::localcluster {

// The HTTP endpoints of one Mesos master (leader or standby).
class OperatorApi;

class MasterApi : public QObject
{
    Q_OBJECT

public:
    MasterApi(Cluster &cluster, QObject *parent = nullptr);

    void handle(int master, const HttpRequest &request, HttpConnection *connection);
    // Renders /master/state now so the first request is quick (scale mode).
    void warmCache();

    [[nodiscard]] QByteArray metrics(int master) const;
    [[nodiscard]] OperatorApi *operatorApi() const { return m_operatorApi; }

private:
    [[nodiscard]] const QByteArray &cachedState(int leader);

    Cluster &m_cluster;
    OperatorApi *m_operatorApi;
    quint64 m_stateGeneration = 0;
    int m_stateMaster = -1;
    QByteArray m_state;
};

} // namespace mc::localcluster
