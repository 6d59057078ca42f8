#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mc::localcluster {

struct ScaleSpec
{
    int agents = 0;
    int apps = 0;
    int tasks = 0;
    int churn = 0; // tasks ended (and replaced by Marathon) per second
    [[nodiscard]] bool enabled() const { return agents > 0 || apps > 0 || tasks > 0; }
};

// How a localcluster is laid out and how fast things happen in it.
struct Options
{
    int masters = 1;
    int agents = 1;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    // 0: every server binds a free port. Otherwise masters take base,
    // base+1, ..., agents follow, then Marathon.
    quint16 basePort = 0;
    // First port of the agents' task port ranges (each agent gets
    // portsPerAgent ports). 0: chosen at random in 20000-29999.
    int taskPortBase = 0;
    int portsPerAgent = 1000;
    QString workDir; // empty: a temporary directory removed on exit
    int electionDelayMs = 1500; // without zkUrl: a standby takes over after this
    // --zk: the masters register in this ZooKeeper group as Mesos masters do and
    // the election follows it (the lowest json.info_ sequence leads). Empty: no ZooKeeper.
    QString zkUrl;
    int zkSessionTimeoutMs = 10000; // Mesos' --zk_session_timeout default
    int stagingDelayMs = 150;
    int startingDelayMs = 250;
    int killGracePeriodMs = 3000;
    int sseHeartbeatMs = 10000;
    int operatorHeartbeatMs = 15000; // v1 SUBSCRIBE heartbeats (Mesos' DEFAULT_HEARTBEAT_INTERVAL)
    // Executable used for the Docker stand-in default (`--serve-http`).
    QString standInExecutable;
    // Docker image -> shell command run instead of the image.
    QHash<QString, QString> dockerStandIns;
    ScaleSpec scale;
    // The Mesos version the masters and agents claim (`--mesos-version`); calls that version lacks
    // are refused as it refuses them (DRAIN_AGENT before 1.9, MARK_AGENT_GONE before 1.5).
    QString mesosVersion = QStringLiteral("1.11.0");
    // Agents' advertised hostnames (`--agent-hostnames`, as each agent's `--hostname` flag); the
    // machine of an agent for maintenance is (hostname, IP). Empty: the address for every agent.
    QStringList agentHostnames;
    // `--second-framework N`: a second framework ("batch", role "analytics") registers and runs
    // N long-running command tasks, so that it can be torn down. 0: Marathon only.
    int secondFrameworkTasks = 0;
    bool demoApps = false;
    QString clusterName = QStringLiteral("localcluster");
    // HTTP authentication on every Mesos and Marathon endpoint (not /__admin):
    // "user:password" for Basic, and/or a DC/OS-style token ("Authorization:
    // token=<t>"). Empty: no authentication, as a default Mesos.
    QByteArray httpCredentials;
    QByteArray httpToken;
};

} // namespace mc::localcluster
