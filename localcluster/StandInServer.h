#pragma once

#include <QObject>
#include <QString>

namespace mc::localcluster {

class HttpServer;

// What a Docker task runs when no engine is there (`localcluster
// --serve-http PORT`): answers every request with its task id and logs an
// access line to stdout, so load balancing across tasks is visible.
class StandInServer : public QObject
{
    Q_OBJECT

public:
    StandInServer(QString taskId, QObject *parent = nullptr);

    bool listen(quint16 port, QString *error);
    [[nodiscard]] quint16 port() const;

private:
    QString m_taskId;
    HttpServer *m_server;
};

} // namespace mc::localcluster
