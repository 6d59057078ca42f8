#include "localcluster/Cluster.h"

#include "localcluster/AgentApi.h"
#include "localcluster/HttpServer.h"
#include "localcluster/Logging.h"
#include "localcluster/Marathon.h"
#include "localcluster/MasterApi.h"
#include "localcluster/MesosJson.h"
#include "localcluster/ScaleChurn.h"
#include "localcluster/TaskRunner.h"
#include "localcluster/ZooKeeperContender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <utility>

namespace mc::localcluster {

namespace {
QString url(const QString &host, quint16 port)
{
    return QStringLiteral("http://%1:%2").arg(host, QString::number(port));
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

quint16 portFor(const Options &o, int offset)
{
    return o.basePort == 0 ? quint16(0) : quint16(o.basePort + offset);
}

// An admin call's answer: `o` as JSON with `status`.
void respond(HttpConnection *connection, const QJsonObject &o, int status = 200)
{
    connection->respond(HttpResponse::json(jsonBytes(o), status));
}

// An admin call refused or failed: {"message": ...} with `status`.
void respondMessage(HttpConnection *connection, const QString &message, int status)
{
    respond(connection, { { QStringLiteral("message"), message } }, status);
}

} // namespace

Cluster::Cluster(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clusterId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_options.masters = qBound(1, m_options.masters, 9);
    m_options.agents = qMax(0, m_options.agents);
    m_masterApi = new MasterApi(*this, this);
    m_agentApi = new AgentApi(*this, this);
    m_runner = new TaskRunner(*this, this);
    m_marathon = new Marathon(*this, this);
}

Cluster::~Cluster()
{
    shutdown();
}

double Cluster::now() const
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QString Cluster::hostname() const
{
    return m_options.address.toString();
}

bool Cluster::start(QString *error)
{
    if (ZkAddress zk; !m_options.zkUrl.isEmpty() && !ZkAddress::parse(m_options.zkUrl, &zk, error))
        return false;
    if (m_options.workDir.isEmpty()) {
        m_tempDir
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/localcluster-XXXXXX"));
        if (!m_tempDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary work directory: %1")
                         .arg(m_tempDir->errorString());
            return false;
        }
        m_workDir = m_tempDir->path();
    } else {
        m_workDir = QDir(m_options.workDir).absolutePath();
        if (!QDir().mkpath(m_workDir)) {
            *error = QStringLiteral("cannot create the work directory %1").arg(m_workDir);
            return false;
        }
    }

    const double t = now();
    for (int i = 0; i < m_options.masters; ++i) {
        MasterNode m;
        m.index = i;
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.startTime = t;
        m.server
            = new HttpServer([this, i](const HttpRequest &r,
                                       HttpConnection *c) { dispatch(QStringLiteral("master"), i, r, c); },
                             this);
        if (!m.server->listen(m_options.address, portFor(m_options, i))) {
            *error = QStringLiteral("master %1 cannot listen: %2").arg(i).arg(m.server->errorString());
            return false;
        }
        m.port = m.server->port();
        m_masters.push_back(m);
    }

    createAgents();
    if (m_options.scale.enabled())
        synthesizeScale();
    for (AgentNode &a : m_agents) {
        if (a.synthetic)
            continue;
        const int i = a.index;
        a.server
            = new HttpServer([this, i](const HttpRequest &r,
                                       HttpConnection *c) { dispatch(QStringLiteral("agent"), i, r, c); },
                             this);
        if (!a.server->listen(m_options.address, portFor(m_options, m_options.masters + i))) {
            *error = QStringLiteral("agent %1 cannot listen: %2").arg(i).arg(a.server->errorString());
            return false;
        }
        a.port = a.server->port();
    }

    m_marathonServer = new HttpServer(
        [this](const HttpRequest &r, HttpConnection *c) { dispatch(QStringLiteral("marathon"), 0, r, c); },
        this);
    const int marathonOffset = m_options.masters + m_options.agents;
    if (!m_marathonServer->listen(m_options.address, portFor(m_options, marathonOffset))) {
        *error = QStringLiteral("marathon cannot listen: %1").arg(m_marathonServer->errorString());
        return false;
    }

    if (m_options.zkUrl.isEmpty()) {
        // The first master wins the first election at once.
        m_leader = 0;
        m_masters[0].electedTime = now();
        m_everElected = true;
        qCInfo(lcLocalCluster) << "Master 0 leads, on port" << m_masters[0].port;
    } else {
        // Every master joins the ZooKeeper group; the first to register leads.
        m_contenders.assign(m_masters.size(), nullptr);
        for (const MasterNode &m : m_masters)
            contend(m.index);
    }
    m_frameworkRegistered = now();
    m_frameworkReregistered = m_frameworkRegistered;
    touch();

    m_marathon->start();
    if (m_options.secondFrameworkTasks > 0)
        startSecondFramework();
    if (m_options.scale.enabled())
        m_marathon->synthesizeScale(m_options.scale);
    else if (m_options.demoApps)
        m_marathon->createDemoApps();
    if (m_options.scale.enabled())
        m_masterApi->warmCache();
    if (m_options.scale.enabled() && m_options.scale.churn > 0)
        new ScaleChurn(*this, m_options.scale.churn, this);
    return true;
}

void Cluster::createAgents()
{
    const int count
        = m_options.scale.enabled() ? qMax(m_options.scale.agents, m_options.agents) : m_options.agents;
    int base = m_options.taskPortBase;
    if (base == 0)
        base = 20000 + int(QRandomGenerator::global()->bounded(10)) * 1000;
    const double t = now();
    for (int i = 0; i < count; ++i) {
        AgentNode a;
        a.index = i;
        a.id = QStringLiteral("%1-S%2").arg(m_clusterId).arg(i);
        a.synthetic = i >= m_options.agents;
        a.hostname = a.synthetic ? QStringLiteral("agent-%1.scale.test").arg(i)
                                 : m_options.agentHostnames.value(i, hostname());
        a.port = a.synthetic ? 5051 : 0;
        a.ip = a.synthetic
            ? QStringLiteral("127.%1.%2.%3").arg(1 + i / 62500).arg((i / 250) % 250).arg(i % 250 + 1)
            : hostname();
        a.portBegin = a.synthetic ? 31000 : base + i * m_options.portsPerAgent;
        a.portEnd = a.synthetic ? 32000 : a.portBegin + m_options.portsPerAgent - 1;
        a.startTime = t;
        a.registeredTime = t;
        a.workDir = m_workDir + QStringLiteral("/agent-%1").arg(i);
        a.attributes = { { QStringLiteral("rack"), QStringLiteral("r%1").arg(i % 4 + 1) },
                         { QStringLiteral("zone"), QString(QLatin1Char(char('a' + i % 3))) } };
        m_agents.push_back(a);
    }
}

void Cluster::synthesizeScale()
{
    // Agents are made by createAgents(); tasks come with the apps (Marathon).
    for (AgentNode &a : m_agents) {
        if (a.synthetic) {
            a.cpus = 32;
            a.mem = 131072;
            a.disk = 1048576;
        }
    }
}

void Cluster::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_marathon)
        m_marathon->stop();
    if (m_runner)
        m_runner->stopAll();
    // Leave the ZooKeeper group now, not after the session timeout (the tasks first: closing a
    // session waits for the ensemble's answer).
    for (ZooKeeperContender *&contender : m_contenders)
        delete std::exchange(contender, nullptr);
}

QString Cluster::masterPid(int index) const
{
    return QStringLiteral("master@%1:%2").arg(hostname()).arg(m_masters[size_t(index)].port);
}

QString Cluster::agentPid(int index) const
{
    const AgentNode &a = m_agents[size_t(index)];
    if (a.synthetic) {
        return QStringLiteral("slave(1)@%1:5051").arg(a.ip);
    }
    return QStringLiteral("slave(1)@%1:%2").arg(hostname()).arg(a.port);
}

quint16 Cluster::marathonPort() const
{
    return m_marathonServer ? m_marathonServer->port() : 0;
}

QJsonObject Cluster::endpoints() const
{
    QJsonArray masters;
    QJsonArray masterUrls;
    for (const MasterNode &m : m_masters) {
        masters.append(QJsonObject { { QStringLiteral("index"), m.index },
                                     { QStringLiteral("url"), url(hostname(), m.port) },
                                     { QStringLiteral("port"), m.port },
                                     { QStringLiteral("running"), m.running },
                                     { QStringLiteral("leader"), m.index == m_leader } });
        masterUrls.append(url(hostname(), m.port));
    }
    QJsonArray agents;
    for (const AgentNode &a : m_agents) {
        if (a.synthetic)
            continue;
        agents.append(QJsonObject {
            { QStringLiteral("index"), a.index },
            { QStringLiteral("id"), a.id },
            { QStringLiteral("url"), url(hostname(), a.port) },
            { QStringLiteral("port"), a.port },
            { QStringLiteral("connected"), a.connected },
            { QStringLiteral("ports"), QStringLiteral("[%1-%2]").arg(a.portBegin).arg(a.portEnd) },
            { QStringLiteral("workDir"), a.workDir } });
    }
    QJsonObject o { { QStringLiteral("masters"), masters },
                    { QStringLiteral("masterUrls"), masterUrls },
                    { QStringLiteral("agents"), agents },
                    { QStringLiteral("marathon"), url(hostname(), marathonPort()) },
                    { QStringLiteral("workDir"), m_workDir },
                    { QStringLiteral("frameworkId"), frameworkId() },
                    { QStringLiteral("pid"), QCoreApplication::applicationPid() } };
    o.insert(QStringLiteral("leader"),
             m_leader >= 0 ? QJsonValue(url(hostname(), m_masters[size_t(m_leader)].port)) : QJsonValue());
    if (!m_options.zkUrl.isEmpty())
        o.insert(QStringLiteral("zk"), m_options.zkUrl);
    return o;
}

bool Cluster::killMaster(int index)
{
    if (index < 0 || index >= int(m_masters.size()) || !m_masters[size_t(index)].running)
        return false;
    MasterNode &m = m_masters[size_t(index)];
    qCInfo(lcLocalCluster) << "Master" << index << "killed" << (m_leader == index ? "(it led)" : "");
    m.running = false;
    m.electedTime = 0;
    m.server->close();
    if (!m_options.zkUrl.isEmpty()) {
        // Its session closes and its node goes: the other masters' watches elect the next one.
        delete std::exchange(m_contenders[size_t(index)], nullptr);
        if (m_leader == index)
            setLeader(-1);
        return true;
    }
    if (m_leader == index) {
        setLeader(-1);
        scheduleElection();
    }
    return true;
}

bool Cluster::restartMaster(int index)
{
    if (index < 0 || index >= int(m_masters.size()) || m_masters[size_t(index)].running)
        return false;
    MasterNode &m = m_masters[size_t(index)];
    if (!m.server->listen(m_options.address, m.port))
        return false;
    qCInfo(lcLocalCluster) << "Master" << index << "restarted";
    m.running = true;
    m.startTime = now();
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_options.zkUrl.isEmpty())
        contend(index); // a new node, behind the others: a standby
    else if (m_leader < 0)
        scheduleElection();
    return true;
}

void Cluster::contend(int index)
{
    ZkAddress address;
    QString error;
    ZkAddress::parse(m_options.zkUrl, &address, &error); // checked in start()
    auto *contender = new ZooKeeperContender(address, MesosJson(*this).masterInfo(index),
                                             m_options.zkSessionTimeoutMs, this);
    m_contenders[size_t(index)] = contender;
    connect(contender, &ZooKeeperContender::changed, this, [this, index, contender] {
        // A session without a view (it expired) only tells that its own master no longer leads.
        if (contender->children().isEmpty()) {
            if (m_leader == index)
                setLeader(-1);
            return;
        }
        electFromZooKeeper(contender->children());
    });
    contender->start();
}

void Cluster::electFromZooKeeper(const QStringList &children)
{
    QStringList nodes;
    for (const QString &child : children) {
        if (child.startsWith(QLatin1String("json.info_")))
            nodes << child;
    }
    // The zero-padded sequence makes the lowest name the lowest sequence.
    std::sort(nodes.begin(), nodes.end());
    int next = -1;
    if (!nodes.isEmpty()) {
        // Lowest of all, ours or not: a lower node of another process (a localcluster killed
        // with -9, until its session expires) leads, and ours wait.
        for (size_t i = 0; i < m_contenders.size(); ++i) {
            if (m_contenders[i] && m_masters[i].running && m_contenders[i]->node() == nodes.constFirst())
                next = int(i);
        }
    }
    setLeader(next);
}

QString Cluster::zooKeeperProblem() const
{
    QStringList problems;
    for (const ZooKeeperContender *contender : m_contenders) {
        if (contender && !contender->problem().isEmpty() && !problems.contains(contender->problem()))
            problems << contender->problem();
    }
    return problems.join(QStringLiteral("; "));
}

void Cluster::setLeader(int index)
{
    if (index == m_leader)
        return;
    if (m_leader >= 0)
        m_masters[size_t(m_leader)].electedTime = 0;
    m_leader = index;
    if (index >= 0) {
        MasterNode &m = m_masters[size_t(index)];
        m.electedTime = now();
        // Agents re-register with a new leader.
        if (m_everElected) {
            for (AgentNode &a : m_agents) {
                if (a.connected)
                    a.reregisteredTime = m.electedTime;
            }
        }
    }
    touch();
    if (index >= 0)
        qCInfo(lcLocalCluster) << "Master" << index << "elected leader on port"
                               << m_masters[size_t(index)].port;
    else
        qCInfo(lcLocalCluster) << "No leading master: electing";
    Q_EMIT leaderChanged(m_leader);
    if (index >= 0 && !m_everElected) {
        m_everElected = true;
        Q_EMIT firstLeaderElected();
    }
}

void Cluster::scheduleElection()
{
    if (m_electionPending)
        return;
    m_electionPending = true;
    QTimer::singleShot(m_options.electionDelayMs, this, &Cluster::elect);
}

void Cluster::elect()
{
    m_electionPending = false;
    if (m_leader >= 0)
        return;
    for (const MasterNode &m : m_masters) {
        if (m.running) {
            setLeader(m.index);
            return;
        }
    }
}

QList<FrameworkNode> Cluster::frameworks() const
{
    FrameworkNode marathon;
    marathon.id = frameworkId();
    marathon.name = QStringLiteral("marathon");
    marathon.role = QStringLiteral("*");
    marathon.principal = QStringLiteral("marathon");
    marathon.pid = QStringLiteral("scheduler-%1@%2:%3").arg(m_clusterId, hostname()).arg(marathonPort());
    marathon.webuiUrl = QStringLiteral("http://%1:%2").arg(hostname()).arg(marathonPort());
    marathon.hostname = hostname();
    marathon.marathon = true;
    marathon.active = m_frameworkConnected;
    marathon.connected = m_frameworkConnected;
    marathon.registeredTime = m_frameworkRegistered;
    marathon.reregisteredTime = m_frameworkReregistered;
    QList<FrameworkNode> list { marathon };
    if (m_second)
        list.append(*m_second);
    return list;
}

void Cluster::startSecondFramework()
{
    FrameworkNode fw;
    fw.id = m_clusterId + QStringLiteral("-0001");
    fw.name = QStringLiteral("batch");
    fw.role = QStringLiteral("analytics");
    fw.principal = QStringLiteral("batch");
    fw.pid = QStringLiteral("scheduler-batch@%1:0").arg(hostname());
    fw.hostname = hostname();
    fw.registeredTime = now();
    fw.reregisteredTime = fw.registeredTime;
    m_second = fw;
    for (int i = 0; i < m_options.secondFrameworkTasks; ++i) {
        Task spec;
        spec.id = QStringLiteral("batch-%1.%2").arg(i).arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        spec.name = QStringLiteral("batch-%1").arg(i);
        spec.frameworkId = fw.id;
        spec.cpus = 0.2;
        spec.mem = 32;
        spec.agent = placeTask(spec.cpus, spec.mem, 0, 0, nullptr);
        if (spec.agent < 0)
            break;
        LaunchSpec launch;
        launch.shell = QStringLiteral("while true; do sleep 1; done");
        spec.command = launch.shell;
        launchTask(std::move(spec), launch);
    }
    touch();
}

QString Cluster::teardownFramework(const QString &id)
{
    if (id == frameworkId())
        return QStringLiteral("localcluster does not tear down Marathon's framework (its scheduler would "
                              "abort); tear down the second framework (--second-framework)");
    if (!m_second || m_second->id != id || m_second->completed)
        return QStringLiteral("No framework found with specified ID");
    m_second->active = false;
    m_second->connected = false;
    m_second->completed = true;
    m_second->unregisteredTime = now();
    QList<TaskPtr> tasks;
    for (const TaskPtr &t : std::as_const(m_active)) {
        if (t->frameworkId == id)
            tasks.append(t);
    }
    for (const TaskPtr &t : std::as_const(tasks))
        killTask(t->id);
    touch();
    Q_EMIT frameworkRemoved(id);
    return {};
}

bool Cluster::setFrameworkConnected(bool connected)
{
    if (m_frameworkConnected == connected)
        return false;
    m_frameworkConnected = connected;
    if (connected)
        m_frameworkReregistered = now();
    touch();
    Q_EMIT frameworkChanged();
    return true;
}

bool Cluster::loseAgent(int index)
{
    if (index < 0 || index >= int(m_agents.size()) || !m_agents[size_t(index)].connected)
        return false;
    AgentNode &a = m_agents[size_t(index)];
    qCInfo(lcLocalCluster).noquote() << "Agent" << a.id << "lost: its tasks become unreachable";
    a.connected = false;
    if (a.server)
        a.server->close();
    const QList<TaskPtr> onAgent = [&] {
        QList<TaskPtr> list;
        for (const TaskPtr &t : m_active) {
            if (t->agent == index)
                list.append(t);
        }
        return list;
    }();
    for (const TaskPtr &t : onAgent) {
        m_runner->forget(t->id);
        setTaskState(t, TaskState::Unreachable, QStringLiteral("Agent %1 is unreachable").arg(a.id));
    }
    touch();
    Q_EMIT agentRemoved(index);
    return true;
}

bool Cluster::restoreAgent(int index)
{
    if (index < 0 || index >= int(m_agents.size()) || m_agents[size_t(index)].connected
        || m_agents[size_t(index)].gone || m_agents[size_t(index)].down)
        return false;
    AgentNode &a = m_agents[size_t(index)];
    if (a.server && !a.server->listen(m_options.address, a.port))
        return false;
    a.connected = true;
    a.reregisteredTime = now();
    qCInfo(lcLocalCluster).noquote() << "Agent" << a.id << "back";
    Q_EMIT agentAdded(index);
    const QList<TaskPtr> gone = [&] {
        QList<TaskPtr> list;
        for (const TaskPtr &t : m_unreachable) {
            if (t->agent == index)
                list.append(t);
        }
        return list;
    }();
    for (const TaskPtr &t : gone)
        setTaskState(t, TaskState::Gone, QStringLiteral("Agent %1 re-registered without the task").arg(a.id));
    touch();
    return true;
}

int Cluster::placeTask(double cpus, double mem, double disk, int portCount, QString *reason) const
{
    // Spread: the agent with the most free CPU that fits.
    int best = -1;
    double bestFree = -1;
    QString why = QStringLiteral("NoAgents");
    for (const AgentNode &a : m_agents) {
        // Deactivated (also draining or drained) agents get no offers.
        if (!a.connected || a.synthetic || a.deactivated)
            continue;
        if (a.cpus - a.usedCpus + 1e-9 < cpus) {
            why = QStringLiteral("InsufficientCpus");
            continue;
        }
        if (a.mem - a.usedMem + 1e-9 < mem) {
            why = QStringLiteral("InsufficientMemory");
            continue;
        }
        if (a.disk - a.usedDisk + 1e-9 < disk) {
            why = QStringLiteral("InsufficientDisk");
            continue;
        }
        if (a.portEnd - a.portBegin + 1 - a.usedPorts.size() < portCount) {
            why = QStringLiteral("InsufficientPorts");
            continue;
        }
        const double free = a.cpus - a.usedCpus;
        if (free > bestFree) {
            best = a.index;
            bestFree = free;
        }
    }
    if (best < 0 && reason)
        *reason = why;
    return best;
}

TaskPtr Cluster::launchTask(Task spec, const LaunchSpec &launch)
{
    AgentNode &a = m_agents[size_t(spec.agent)];
    auto task = std::make_shared<Task>(std::move(spec));
    // Host ports: free in the agent's range and free on this machine.
    QList<int> ports;
    const int want = int(task->ports.size());
    for (int p = a.portBegin; p <= a.portEnd && ports.size() < want; ++p) {
        if (a.usedPorts.contains(p) || !TaskRunner::portIsFree(m_options.address, p))
            continue;
        ports.append(p);
    }
    task->ports = ports;
    for (PortMapping &pm : task->portMappings) {
        const qsizetype i = &pm - task->portMappings.data();
        if (i < ports.size())
            pm.hostPort = ports[i];
    }
    for (int p : ports)
        a.usedPorts.insert(p);
    a.usedCpus += task->cpus;
    a.usedMem += task->mem;
    a.usedDisk += task->disk;
    task->containerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    task->stagedAtMs = QDateTime::currentMSecsSinceEpoch();
    task->state = TaskState::Staging;
    task->sandbox = QStringLiteral("%1/slaves/%2/frameworks/%3/executors/%4/runs/%5")
                        .arg(a.workDir, a.id, frameworkIdOf(*task), task->id, task->containerId);
    m_active.append(task);
    m_byId.insert(task->id, task);
    touch();
    Q_EMIT taskAdded(task);
    Q_EMIT taskChanged(task, TaskState::Staging);
    m_runner->start(task, launch);
    return task;
}

TaskPtr Cluster::launchSyntheticTask(Task spec)
{
    // Round robin over the synthetic agents, the first one with room.
    const int count = int(m_agents.size());
    int chosen = -1;
    int port = 0;
    for (int tried = 0; tried < count && chosen < 0; ++tried) {
        AgentNode &a = m_agents[size_t(m_nextSyntheticAgent)];
        m_nextSyntheticAgent = (m_nextSyntheticAgent + 1) % count;
        if (!a.synthetic || !a.connected || a.deactivated || a.cpus - a.usedCpus + 1e-9 < spec.cpus
            || a.mem - a.usedMem + 1e-9 < spec.mem)
            continue;
        for (int p = a.portBegin; p <= a.portEnd && spec.ports.size() > 0; ++p) {
            if (!a.usedPorts.contains(p)) {
                port = p;
                break;
            }
        }
        if (spec.ports.isEmpty() || port > 0)
            chosen = a.index;
    }
    if (chosen < 0)
        return nullptr;
    spec.agent = chosen;
    if (!spec.ports.isEmpty())
        spec.ports = { port };
    spec.containerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.stagedAtMs = QDateTime::currentMSecsSinceEpoch();
    spec.state = TaskState::Staging;
    spec.statuses.clear();
    addSyntheticTask(std::move(spec));
    TaskPtr task = m_active.constLast();
    touch();
    Q_EMIT taskAdded(task);
    Q_EMIT taskChanged(task, TaskState::Staging);
    const int staging = m_options.stagingDelayMs;
    QTimer::singleShot(staging, this, [this, task] { setTaskState(task, TaskState::Starting); });
    QTimer::singleShot(staging + m_options.startingDelayMs, this,
                       [this, task] { setTaskState(task, TaskState::Running); });
    return task;
}

void Cluster::addSyntheticTask(Task spec)
{
    auto task = std::make_shared<Task>(std::move(spec));
    task->synthetic = true;
    AgentNode &a = m_agents[size_t(task->agent)];
    a.usedCpus += task->cpus;
    a.usedMem += task->mem;
    a.usedDisk += task->disk;
    for (int p : std::as_const(task->ports))
        a.usedPorts.insert(p);
    m_active.append(task);
    m_byId.insert(task->id, task);
}

void Cluster::killTask(const QString &id)
{
    const TaskPtr t = task(id);
    if (!t || isTerminal(t->state))
        return;
    t->killRequested = true;
    if (t->synthetic || t->state == TaskState::Unreachable) {
        setTaskState(t, TaskState::Killed, QStringLiteral("Killed"));
        return;
    }
    m_runner->kill(t);
}

void Cluster::releaseResources(const TaskPtr &task)
{
    if (task->agent < 0 || task->agent >= int(m_agents.size()))
        return;
    AgentNode &a = m_agents[size_t(task->agent)];
    a.usedCpus = qMax(0.0, a.usedCpus - task->cpus);
    a.usedMem = qMax(0.0, a.usedMem - task->mem);
    a.usedDisk = qMax(0.0, a.usedDisk - task->disk);
    for (int p : std::as_const(task->ports))
        a.usedPorts.remove(p);
}

void Cluster::setTaskState(const TaskPtr &task, TaskState state, const QString &message)
{
    const TaskState previous = task->state;
    if (previous == state)
        return;
    if (isTerminal(previous))
        return;
    task->state = state;
    task->message = message;
    TaskStatusEntry status;
    status.state = state;
    status.timestamp = now();
    if (!task->statuses.isEmpty())
        status.healthy = task->statuses.constLast().healthy;
    task->statuses.append(status);
    if (state == TaskState::Running && task->startedAtMs == 0)
        task->startedAtMs = QDateTime::currentMSecsSinceEpoch();

    if (isTerminal(state) || state == TaskState::Unreachable) {
        if (previous != TaskState::Unreachable) {
            m_active.removeOne(task);
            releaseResources(task);
        }
        if (state == TaskState::Unreachable) {
            m_unreachable.append(task);
        } else {
            m_unreachable.removeOne(task);
            m_completed.append(task);
            m_terminalCounts[int(state)] += 1;
            constexpr qsizetype kMaxCompleted = 1000;
            while (m_completed.size() > kMaxCompleted)
                m_byId.remove(m_completed.takeFirst()->id);
        }
    }
    touch();
    Q_EMIT taskStatusAdded(task);
    Q_EMIT taskChanged(task, previous);
    if (isTerminal(state) && task->agent >= 0 && task->agent < int(m_agents.size()))
        checkDrained(task->agent);
}

void Cluster::setTaskHealth(const TaskPtr &task, std::optional<bool> healthy)
{
    if (task->statuses.isEmpty() || task->statuses.constLast().healthy == healthy)
        return;
    // Mesos appends a status update carrying the new health.
    TaskStatusEntry status = task->statuses.constLast();
    status.timestamp = now();
    status.healthy = healthy;
    task->statuses.append(status);
    touch();
    Q_EMIT taskStatusAdded(task);
}

QList<TaskPtr> Cluster::activeTasksOn(int agent) const
{
    QList<TaskPtr> list;
    for (const TaskPtr &t : m_active) {
        if (t->agent == agent)
            list.append(t);
    }
    return list;
}

int Cluster::agentIndex(const QString &id) const
{
    for (const AgentNode &a : m_agents) {
        if (a.id == id)
            return a.index;
    }
    return -1;
}

QString Cluster::drainAgent(int index, qint64 maxGraceNs, bool markGone)
{
    if (index < 0 || m_agents[size_t(index)].gone || m_agents[size_t(index)].down)
        return QStringLiteral("Unknown agent");
    AgentNode &a = m_agents[size_t(index)];
    a.deactivated = true;
    a.drain = AgentNode::Drain::Draining;
    a.drainMaxGraceNs = maxGraceNs;
    a.drainMarkGone = markGone;
    touch();
    Q_EMIT agentUpdated(index);
    // Every task gets a kill at once; the scheduler (Marathon) sees TASK_KILLED it did not ask
    // for and launches replacements elsewhere.
    for (const TaskPtr &t : activeTasksOn(index)) {
        if (maxGraceNs >= 0) {
            const int graceMs = int(qMin<qint64>(maxGraceNs / 1000000, std::numeric_limits<int>::max()));
            const int own = t->killGracePeriodMs >= 0 ? t->killGracePeriodMs : m_options.killGracePeriodMs;
            t->killGracePeriodMs = qMin(own, graceMs);
        }
        t->killedByDrain = true;
        if (t->synthetic || t->state == TaskState::Unreachable)
            setTaskState(t, TaskState::Killed, QStringLiteral("Agent is draining"));
        else
            m_runner->kill(t);
    }
    // As the agent reports its (possibly empty) task list to the master a moment later.
    QTimer::singleShot(0, this, [this, index] { checkDrained(index); });
    return {};
}

void Cluster::checkDrained(int index)
{
    AgentNode &a = m_agents[size_t(index)];
    if (a.drain != AgentNode::Drain::Draining || !activeTasksOn(index).isEmpty())
        return;
    a.drain = AgentNode::Drain::Drained;
    touch();
    Q_EMIT agentUpdated(index);
    if (a.drainMarkGone)
        markAgentGone(index);
}

QString Cluster::deactivateAgent(int index)
{
    if (index < 0 || m_agents[size_t(index)].gone || m_agents[size_t(index)].down)
        return QStringLiteral("Unknown agent");
    if (!m_agents[size_t(index)].deactivated) {
        m_agents[size_t(index)].deactivated = true;
        touch();
        Q_EMIT agentUpdated(index);
    }
    return {};
}

QString Cluster::reactivateAgent(int index)
{
    if (index < 0 || m_agents[size_t(index)].gone || m_agents[size_t(index)].down)
        return QStringLiteral("Unknown agent");
    AgentNode &a = m_agents[size_t(index)];
    if (a.drain == AgentNode::Drain::Draining)
        return QStringLiteral("Agent is still draining, cannot reactivate it before it is drained");
    if (!a.deactivated)
        return QStringLiteral("Agent is already activated");
    a.deactivated = false;
    a.drain = AgentNode::Drain::None;
    a.drainMaxGraceNs = -1;
    a.drainMarkGone = false;
    touch();
    Q_EMIT agentUpdated(index);
    return {};
}

QString Cluster::markAgentGone(int index)
{
    if (index < 0)
        return QStringLiteral("Unknown agent");
    if (m_agents[size_t(index)].gone)
        return {}; // as Mesos: marking a gone agent gone again succeeds
    m_agents[size_t(index)].gone = true;
    removeAgent(index, TaskState::GoneByOperator, QStringLiteral("Agent was marked gone by the operator"));
    return {};
}

void Cluster::removeAgent(int index, TaskState state, const QString &message)
{
    AgentNode &a = m_agents[size_t(index)];
    const bool wasConnected = a.connected;
    a.connected = false;
    if (a.server)
        a.server->close();
    for (const TaskPtr &t : activeTasksOn(index)) {
        m_runner->forget(t->id);
        setTaskState(t, state, message);
    }
    QList<TaskPtr> unreachable;
    for (const TaskPtr &t : std::as_const(m_unreachable)) {
        if (t->agent == index)
            unreachable.append(t);
    }
    for (const TaskPtr &t : unreachable)
        setTaskState(t, state, message);
    touch();
    if (wasConnected)
        Q_EMIT agentRemoved(index);
}

bool Cluster::isScheduled(const MachineId &machine) const
{
    return std::any_of(m_schedule.cbegin(), m_schedule.cend(),
                       [&](const MaintenanceWindow &w) { return w.machines.contains(machine); });
}

QString Cluster::updateMaintenanceSchedule(const QList<MaintenanceWindow> &schedule)
{
    // As mesos::internal::master::maintenance::validation::schedule.
    QList<MachineId> seen;
    for (const MaintenanceWindow &w : schedule) {
        if (w.machines.isEmpty())
            return QStringLiteral("List of machines is empty");
        if (w.durationNs < -1)
            return QStringLiteral("Unavailability 'duration' is negative");
        for (const MachineId &m : w.machines) {
            if (m.hostname.isEmpty() && m.ip.isEmpty())
                return QStringLiteral("Both 'hostname' and 'ip' for a machine are empty");
            if (!m.ip.isEmpty() && QHostAddress(m.ip).isNull())
                return QStringLiteral("Failed to parse IP '%1'").arg(m.ip);
            if (seen.contains(m))
                return QStringLiteral("Machine '%1' appears more than once in the schedule").arg(m.text());
            seen.append(m);
        }
    }
    for (const MachineId &m : std::as_const(m_down)) {
        if (!seen.contains(m))
            return QStringLiteral("Machine '%1' is deactivated and cannot be removed from the schedule")
                .arg(m.text());
    }
    m_schedule = schedule;
    touch();
    return {};
}

QString Cluster::startMaintenance(const QList<MachineId> &machines)
{
    if (machines.isEmpty())
        return QStringLiteral("List of machines is empty");
    for (const MachineId &m : machines) {
        if (!isScheduled(m) || m_down.contains(m))
            return QStringLiteral("Machine '%1' is not in DRAINING mode and cannot be brought down")
                .arg(m.text());
    }
    for (const MachineId &m : machines) {
        m_down.append(m);
        // The machine's agents are shut down and removed; a partition-aware framework (Marathon)
        // gets TASK_GONE for their tasks.
        for (AgentNode &a : m_agents) {
            if (machineOf(a) == m && !a.down && !a.gone) {
                a.down = true;
                removeAgent(a.index, TaskState::Gone, QStringLiteral("Agent is down for maintenance"));
            }
        }
    }
    touch();
    return {};
}

QString Cluster::stopMaintenance(const QList<MachineId> &machines)
{
    if (machines.isEmpty())
        return QStringLiteral("List of machines is empty");
    for (const MachineId &m : machines) {
        if (!m_down.contains(m))
            return QStringLiteral("Machine '%1' is not in DOWN mode and cannot be brought up").arg(m.text());
    }
    for (const MachineId &m : machines) {
        m_down.removeAll(m);
        for (MaintenanceWindow &w : m_schedule)
            w.machines.removeAll(m);
        // Its agents start again and register.
        for (AgentNode &a : m_agents) {
            if (machineOf(a) == m && a.down) {
                a.down = false;
                restoreAgent(a.index);
            }
        }
    }
    m_schedule.removeIf([](const MaintenanceWindow &w) { return w.machines.isEmpty(); });
    touch();
    return {};
}

void Cluster::setWeight(const QString &role, double weight)
{
    if (weight == 1.0)
        m_weights.remove(role); // the default weight
    else
        m_weights.insert(role, weight);
    touch();
}

QString Cluster::updateQuota(const QList<QuotaConfig> &configs, bool force)
{
    double cpus = 0, mem = 0, disk = 0;
    for (const AgentNode &a : m_agents) {
        if (a.connected) {
            cpus += a.cpus;
            mem += a.mem;
            disk += a.disk;
        }
    }
    const ScalarResources capacity { { QStringLiteral("cpus"), cpus },
                                     { QStringLiteral("mem"), mem },
                                     { QStringLiteral("disk"), disk } };
    QHash<QString, QuotaConfig> next = m_quotas;
    for (const QuotaConfig &c : configs) {
        if (c.role.isEmpty() || c.role == QLatin1String("*"))
            return QStringLiteral("Invalid QuotaConfig: role '%1' cannot have quota").arg(c.role);
        for (auto it = c.guarantees.cbegin(); it != c.guarantees.cend(); ++it) {
            if (it.value() < 0)
                return QStringLiteral("Invalid QuotaConfig: negative guarantee of %1").arg(it.key());
            if (c.limits.contains(it.key()) && c.limits.value(it.key()) < it.value())
                return QStringLiteral("Invalid QuotaConfig: guarantees %1:%2 is not contained within "
                                      "limits %1:%3")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(c.limits.value(it.key()));
        }
        if (c.guarantees.isEmpty() && c.limits.isEmpty())
            next.remove(c.role);
        else
            next.insert(c.role, c);
    }
    if (!force) {
        for (auto cap = capacity.cbegin(); cap != capacity.cend(); ++cap) {
            double sum = 0;
            for (const QuotaConfig &c : std::as_const(next))
                sum += c.guarantees.value(cap.key());
            if (sum > cap.value() + 1e-9)
                return QStringLiteral("Total quota guarantees '%1:%2' exceed cluster capacity '%1:%3' "
                                      "(use 'force' to overcommit)")
                    .arg(cap.key())
                    .arg(sum)
                    .arg(cap.value());
        }
    }
    m_quotas = next;
    touch();
    return {};
}

void Cluster::dispatch(const QString &role, int index, const HttpRequest &request, HttpConnection *connection)
{
    if (request.path.startsWith(QLatin1String("/__admin/"))) {
        if (!handleAdmin(role, index, request, connection))
            connection->respond(HttpResponse::json(R"({"message":"Unknown admin call"})", 404));
        return;
    }
    requestCounts(role, index).count(request.method, request.path);
    if (!authorized(request)) {
        // As Mesos and Marathon with HTTP authentication on: 401 and a challenge.
        qCDebug(lcLocalCluster).noquote()
            << role << index << request.method << request.path
            << (request.header("authorization").isEmpty() ? "without credentials: 401"
                                                          : "with wrong credentials: 401");
        connection->respond(HttpResponse::text("Unauthorized\n", 401)
                                .withHeader("WWW-Authenticate", "Basic realm=\"localcluster\""));
        return;
    }
    const auto fault = m_faults.take(role, index, request.path);
    if (!fault) {
        route(role, index, request, connection);
        return;
    }
    qCInfo(lcLocalCluster).noquote() << "Injected fault on" << role << index << request.path;
    switch (fault->mode) {
    case Fault::Mode::Slow: {
        QPointer<HttpConnection> guard(connection);
        QTimer::singleShot(fault->delayMs, this, [this, guard, role, index, request] {
            if (guard)
                route(role, index, request, guard.data());
        });
        return;
    }
    case Fault::Mode::Error:
        connection->respond(HttpResponse::text("Injected fault: internal server error\n", 500));
        return;
    case Fault::Mode::Malformed:
        connection->respond(HttpResponse::json(R"({"injected": "malformed", "items": [1, 2, )"));
        return;
    case Fault::Mode::Drop:
        connection->abort();
        return;
    case Fault::Mode::Missing:
        // What Mesos (libprocess) and Marathon (Jetty) answer for a path they do not have.
        connection->respond(HttpResponse::empty(404));
        return;
    default: // stream faults are taken when a SUBSCRIBE stream starts
        route(role, index, request, connection);
        return;
    }
}

bool Cluster::authorized(const HttpRequest &request) const
{
    if (m_options.httpCredentials.isEmpty() && m_options.httpToken.isEmpty())
        return true;
    const QByteArray given = request.header("authorization");
    if (!m_options.httpCredentials.isEmpty() && given == "Basic " + m_options.httpCredentials.toBase64())
        return true;
    return !m_options.httpToken.isEmpty() && given == "token=" + m_options.httpToken;
}

HttpResponse Cluster::operatorCall(const HttpRequest &request) const
{
    return m_agentApi->operatorCall(-1, request);
}

void Cluster::route(const QString &role, int index, const HttpRequest &request, HttpConnection *connection)
{
    if (role == QLatin1String("master"))
        m_masterApi->handle(index, request, connection);
    else if (role == QLatin1String("agent"))
        m_agentApi->handle(index, request, connection);
    else
        m_marathon->handle(request, connection);
}

QByteArray Cluster::requestCountsJson(const QString &role, int index, bool reset)
{
    RequestCounts &counts = requestCounts(role, index);
    QJsonObject requests;
    for (auto it = counts.requests.cbegin(); it != counts.requests.cend(); ++it)
        requests.insert(QString::fromUtf8(it.key()), it.value());
    QJsonObject calls;
    for (auto it = counts.calls.cbegin(); it != counts.calls.cend(); ++it)
        calls.insert(QString::fromUtf8(it.key()), it.value());
    const QJsonObject o {
        { QStringLiteral("server"), role },          { QStringLiteral("index"), index },
        { QStringLiteral("since"), counts.sinceMs }, { QStringLiteral("total"), counts.total },
        { QStringLiteral("requests"), requests },    { QStringLiteral("calls"), calls }
    };
    if (reset)
        counts.reset();
    return jsonBytes(o);
}

bool Cluster::handleAdmin(const QString &role, int index, const HttpRequest &request,
                          HttpConnection *connection)
{
    const QStringList parts = request.path.mid(QStringLiteral("/__admin/").size()).split(QLatin1Char('/'));
    const QString what = parts.value(0);
    const bool post = request.method == "POST";

    if (what == QLatin1String("endpoints") && request.method == "GET") {
        respond(connection, endpoints());
        return true;
    }
    if (what == QLatin1String("requests") && parts.size() == 1
        && (request.method == "GET" || request.method == "DELETE")) {
        connection->respond(HttpResponse::json(requestCountsJson(role, index, request.method == "DELETE")));
        return true;
    }
    if (what == QLatin1String("masters") && post && parts.size() == 3)
        return adminMaster(parts[1], parts[2], connection);
    if (what == QLatin1String("agents") && post && parts.size() == 3)
        return adminAgent(parts[1].toInt(), parts[2], connection);
    if (what == QLatin1String("frameworks") && post && parts.size() == 3
        && parts[1] == QLatin1String("marathon")
        && (parts[2] == QLatin1String("disconnect") || parts[2] == QLatin1String("reconnect"))) {
        const bool connect = parts[2] == QLatin1String("reconnect");
        if (!setFrameworkConnected(connect))
            respondMessage(connection,
                           QStringLiteral("marathon is %1 already")
                               .arg(connect ? QStringLiteral("connected") : QStringLiteral("disconnected")),
                           409);
        else
            respond(connection, { { QStringLiteral("connected"), connect } });
        return true;
    }
    if (what == QLatin1String("faults"))
        return adminFaults(request, connection);
    if (what == QLatin1String("tasks") && post && parts.size() == 4
        && parts[2] == QLatin1String("truncate")) {
        truncateTaskFile(parts[1], parts[3], connection);
        return true;
    }
    if (what == QLatin1String("tasks") && post && parts.size() == 3 && parts[2] == QLatin1String("gc")) {
        collectSandbox(parts[1], connection);
        return true;
    }
    if (what == QLatin1String("tasks") && post && parts.size() == 3 && parts[2] == QLatin1String("fail")) {
        crashTask(parts[1], connection);
        return true;
    }
    if (what == QLatin1String("events") && parts.value(1) == QLatin1String("drop") && post) {
        respond(connection, { { QStringLiteral("dropped"), m_marathon->dropEventStreams() } });
        return true;
    }
    return false;
}

bool Cluster::adminMaster(const QString &which, const QString &action, HttpConnection *connection)
{
    const int target = which == QLatin1String("leader") ? m_leader : which.toInt();
    if (action == QLatin1String("kill")) {
        if (!killMaster(target))
            respondMessage(connection, QStringLiteral("master %1 is not running").arg(which), 409);
        else
            respond(connection, { { QStringLiteral("killed"), target } });
        return true;
    }
    if (action == QLatin1String("drop-streams")) {
        // A network fault between the master and its subscribers: the master runs on.
        if (target < 0 || target >= int(m_masters.size()) || !m_masters[size_t(target)].running) {
            respondMessage(connection, QStringLiteral("master %1 is not running").arg(which), 409);
            return true;
        }
        Q_EMIT streamsDropped(target);
        respond(connection, { { QStringLiteral("dropped"), target } });
        return true;
    }
    if (action == QLatin1String("restart")) {
        if (!restartMaster(target))
            respondMessage(connection,
                           QStringLiteral("master %1 is running already or cannot bind its port").arg(which),
                           409);
        else
            respond(connection, { { QStringLiteral("restarted"), target } });
        return true;
    }
    return false;
}

bool Cluster::adminAgent(int target, const QString &action, HttpConnection *connection)
{
    if (action == QLatin1String("lose")) {
        if (!loseAgent(target))
            respondMessage(connection, QStringLiteral("agent %1 is not connected").arg(target), 409);
        else
            respond(connection, { { QStringLiteral("lost"), target } });
        return true;
    }
    if (action == QLatin1String("restore")) {
        if (!restoreAgent(target))
            respondMessage(connection, QStringLiteral("agent %1 is connected already").arg(target), 409);
        else
            respond(connection, { { QStringLiteral("restored"), target } });
        return true;
    }
    return false;
}

bool Cluster::adminFaults(const HttpRequest &request, HttpConnection *connection)
{
    if (request.method == "DELETE") {
        m_faults.clear();
        respond(connection, { { QStringLiteral("cleared"), true } });
        return true;
    }
    if (request.method == "GET") {
        QJsonArray list;
        for (const Fault &f : m_faults.faults())
            list.append(f.toJson());
        respond(connection, { { QStringLiteral("faults"), list } });
        return true;
    }
    if (request.method == "POST") {
        QString error;
        const auto fault = Fault::fromJson(QJsonDocument::fromJson(request.body).object(), &error);
        if (!fault) {
            respondMessage(connection, error, 400);
            return true;
        }
        const int id = m_faults.add(*fault);
        respond(connection, { { QStringLiteral("id"), id } }, 201);
        return true;
    }
    return false;
}

void Cluster::truncateTaskFile(const QString &taskId, const QString &file, HttpConnection *connection)
{
    // copytruncate-style log rotation: the task keeps appending at the new end.
    const TaskPtr t = task(taskId);
    if (!t || t->sandbox.isEmpty() || (file != QLatin1String("stdout") && file != QLatin1String("stderr"))) {
        respondMessage(connection, QStringLiteral("no sandbox file %1 of task %2").arg(file, taskId), 404);
        return;
    }
    QFile f(t->sandbox + QLatin1Char('/') + file);
    if (!f.resize(0)) {
        respondMessage(connection, f.errorString(), 500);
        return;
    }
    respond(connection, { { QStringLiteral("truncated"), f.fileName() } });
}

void Cluster::collectSandbox(const QString &taskId, HttpConnection *connection)
{
    // The agent's garbage collection of a completed executor's sandbox (--gc_delay
    // elapsed): the directory goes, the executor stays in completed_executors.
    const TaskPtr t = task(taskId);
    if (!t || t->sandbox.isEmpty() || !isTerminal(t->state)) {
        respondMessage(connection, QStringLiteral("no completed task %1 with a sandbox").arg(taskId), 404);
        return;
    }
    const QString runs = QFileInfo(t->sandbox).absolutePath();
    QFile::remove(runs + QStringLiteral("/latest"));
    if (!QDir(t->sandbox).removeRecursively()) {
        respondMessage(connection, QStringLiteral("cannot remove %1").arg(t->sandbox), 500);
        return;
    }
    respond(connection, { { QStringLiteral("removed"), t->sandbox } });
}

void Cluster::crashTask(const QString &taskId, HttpConnection *connection)
{
    // The task's process dies under it (killed by a signal, as by the OOM killer): TASK_FAILED,
    // lastTaskFailure, and Marathon relaunches it after its back-off, as for any other failure.
    const TaskPtr t = task(taskId);
    if (!t || !m_runner->crash(t)) {
        respondMessage(connection, QStringLiteral("no running task %1").arg(taskId), 404);
        return;
    }
    respond(connection, { { QStringLiteral("failed"), taskId } });
}

} // namespace mc::localcluster
