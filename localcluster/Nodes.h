#pragma once

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace mc::localcluster {

class HttpServer;

struct MasterNode
{
    int index = 0;
    QString id;
    quint16 port = 0;
    bool running = true;
    double startTime = 0;
    double electedTime = 0; // 0 while not the leader
    HttpServer *server = nullptr;
};

struct AgentNode
{
    int index = 0;
    QString id;
    QString hostname;
    QString ip; // what task statuses report as the task's address
    quint16 port = 0;
    int portBegin = 0;
    int portEnd = 0;
    double cpus = 4;
    double mem = 7680;
    double disk = 51200;
    double gpus = 0;
    // Sums over the active tasks on this agent (kept up to date, not computed).
    double usedCpus = 0;
    double usedMem = 0;
    double usedDisk = 0;
    QSet<int> usedPorts;
    bool connected = true;
    bool synthetic = false; // scale mode: no server, no processes
    double startTime = 0;
    double registeredTime = 0;
    double reregisteredTime = 0;
    QString workDir;
    QList<QPair<QString, QString>> attributes;
    HttpServer *server = nullptr;
};

} // namespace mc::localcluster
