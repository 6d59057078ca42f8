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
    // Operator state (Mesos 1.9+ DEACTIVATE_AGENT / DRAIN_AGENT, 1.5+ MARK_AGENT_GONE, maintenance
    // `machine/down`): a deactivated agent gets no offers; a draining one also has its tasks killed.
    bool deactivated = false;
    enum class Drain { None, Draining, Drained } drain = Drain::None;
    qint64 drainMaxGraceNs = -1; // -1: no max_grace_period given
    bool drainMarkGone = false;
    bool gone = false; // marked gone: removed for good, never re-registers
    bool down = false; // its machine is DOWN (maintenance)
    bool synthetic = false; // scale mode: no server, no processes
    double startTime = 0;
    double registeredTime = 0;
    double reregisteredTime = 0;
    QString workDir;
    QList<QPair<QString, QString>> attributes;
    HttpServer *server = nullptr;
};

// A framework as the master sees it: Marathon, and with --second-framework a batch scheduler.
struct FrameworkNode
{
    QString id;
    QString name;
    QString role;
    QString principal;
    QString pid; // scheduler UPID
    QString webuiUrl;
    QString hostname;
    bool marathon = false; // its tasks are those with no frameworkId of their own
    bool active = true;
    bool connected = true;
    bool completed = false; // torn down
    double registeredTime = 0;
    double reregisteredTime = 0;
    double unregisteredTime = 0;
};

} // namespace mc::localcluster
