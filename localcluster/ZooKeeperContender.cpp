#include "localcluster/ZooKeeperContender.h"

#include <QMetaObject>
#include <QRegularExpression>

// The asynchronous API with its own I/O and completion threads.
#define THREADED
#include <zookeeper/zookeeper.h>

#include <cstdio>
#include <mutex>

namespace mc::localcluster {

namespace {

// The C client reports every refused connect on stderr; problems reach
// localcluster's own stderr once, through problem().
void silenceClientLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        zoo_set_debug_level(ZOO_LOG_LEVEL_ERROR);
        if (FILE *null = std::fopen("/dev/null", "w"))
            zoo_set_log_stream(null);
    });
}

QString zkMessage(int rc)
{
    return QString::fromUtf8(zerror(rc));
}

} // namespace

bool ZkAddress::parse(const QString &url, ZkAddress *out, QString *error)
{
    static const QRegularExpression shape(QStringLiteral("^zk://([^/@]+)(/[^\\s]*[^/\\s])\\z"));
    const QRegularExpressionMatch m = shape.match(url);
    if (url.startsWith(QLatin1String("zk://")) && url.mid(5).section(QLatin1Char('/'), 0, 0).contains(u'@')) {
        *error = QStringLiteral("--zk '%1': credentials (user:password@) are not supported").arg(url);
        return false;
    }
    if (!m.hasMatch()) {
        *error = QStringLiteral("--zk '%1' is not zk://host:port[,host:port...]/path, e.g. "
                                "zk://127.0.0.1:2181/mesos")
                     .arg(url);
        return false;
    }
    for (const QString &host : m.captured(1).split(QLatin1Char(','))) {
        bool ok = false;
        const int port = host.section(QLatin1Char(':'), 1).toInt(&ok);
        if (host.count(QLatin1Char(':')) != 1 || host.startsWith(QLatin1Char(':')) || !ok || port <= 0
            || port > 65535) {
            *error = QStringLiteral("--zk '%1': '%2' is not host:port").arg(url, host);
            return false;
        }
    }
    out->hosts = m.captured(1);
    out->path = m.captured(2);
    return true;
}

struct ZooKeeperContender::Session
{
    ZooKeeperContender *owner = nullptr;
    zhandle_t *zh = nullptr;
    bool registering = false;
    int parentDepth = 0;

    // Runs `what` on the owner's thread if this is still the owner's session.
    template<typename F> void post(F what)
    {
        QMetaObject::invokeMethod(
            owner,
            [self = this, what = std::move(what)] {
                if (self->owner->m_session.get() == self)
                    what();
            },
            Qt::QueuedConnection);
    }

    static void watcher(zhandle_t *, int type, int state, const char *, void *context)
    {
        auto *self = static_cast<Session *>(context);
        if (type == ZOO_SESSION_EVENT)
            self->post([self, state] { self->owner->onSessionState(self, state); });
        else if (type == ZOO_CHILD_EVENT)
            self->post([self] { self->owner->listChildren(self); });
    }

    static Session *from(const void *data) { return static_cast<Session *>(const_cast<void *>(data)); }

    static void parentCreated(int rc, const char *, const void *data)
    {
        Session *self = from(data);
        self->post([self, rc] {
            if (rc != ZOK && rc != ZNODEEXISTS) {
                self->owner->setProblem(QStringLiteral("cannot create %1 in ZooKeeper: %2")
                                            .arg(self->owner->m_address.path, zkMessage(rc)));
                return;
            }
            self->owner->createParents(self, self->parentDepth + 1);
        });
    }

    static void nodeCreated(int rc, const char *value, const void *data)
    {
        Session *self = from(data);
        const QString path = rc == ZOK && value ? QString::fromUtf8(value) : QString();
        self->post([self, rc, path] {
            if (rc != ZOK) {
                self->owner->setProblem(QStringLiteral("cannot register in ZooKeeper under %1: %2")
                                            .arg(self->owner->m_address.path, zkMessage(rc)));
                return;
            }
            self->owner->m_node = path.section(QLatin1Char('/'), -1);
            self->owner->setProblem({});
            self->owner->listChildren(self);
            Q_EMIT self->owner->changed();
        });
    }

    static void childrenListed(int rc, const String_vector *strings, const void *data)
    {
        Session *self = from(data);
        QStringList names;
        if (rc == ZOK && strings) {
            for (int i = 0; i < strings->count; ++i)
                names << QString::fromUtf8(strings->data[i]);
        }
        self->post([self, rc, names] {
            if (rc != ZOK)
                return; // the session event that follows says what happened
            self->owner->m_children = names;
            Q_EMIT self->owner->changed();
        });
    }
};

ZooKeeperContender::ZooKeeperContender(ZkAddress address, QByteArray masterInfo, int sessionTimeoutMs,
                                       QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_masterInfo(std::move(masterInfo))
    , m_sessionTimeoutMs(sessionTimeoutMs)
{ }

ZooKeeperContender::~ZooKeeperContender()
{
    // Closing the session removes the ephemeral node now rather than after the session timeout.
    // zookeeper_close() joins the client's threads: no callback runs after it.
    if (m_session && m_session->zh)
        zookeeper_close(m_session->zh);
}

void ZooKeeperContender::start()
{
    silenceClientLog();
    openSession();
}

void ZooKeeperContender::openSession()
{
    if (m_session) {
        if (m_session->zh)
            zookeeper_close(m_session->zh);
        m_session->zh = nullptr;
        m_retired.push_back(std::move(m_session));
    }
    m_session = std::make_unique<Session>();
    m_session->owner = this;
    const QByteArray hosts = m_address.hosts.toUtf8();
    m_session->zh = zookeeper_init(hosts.constData(), &Session::watcher, m_sessionTimeoutMs, nullptr,
                                   m_session.get(), 0);
    if (!m_session->zh)
        setProblem(QStringLiteral("cannot start a ZooKeeper session with %1").arg(m_address.hosts));
}

void ZooKeeperContender::onSessionState(Session *session, int state)
{
    if (state == ZOO_CONNECTED_STATE) {
        if (!session->registering) {
            session->registering = true;
            createParents(session, 0);
        }
    } else if (state == ZOO_EXPIRED_SESSION_STATE) {
        // The ensemble dropped our node with the session: contend again with a new one.
        m_node.clear();
        m_children.clear();
        setProblem(QStringLiteral("the ZooKeeper session expired; registering again"));
        Q_EMIT changed();
        openSession();
    } else if (state == ZOO_AUTH_FAILED_STATE) {
        setProblem(QStringLiteral("ZooKeeper refused the session (authentication failed)"));
    }
}

void ZooKeeperContender::createParents(Session *session, int depth)
{
    const QStringList parts = m_address.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (depth >= parts.size()) {
        createNode(session);
        return;
    }
    session->parentDepth = depth;
    const QByteArray parent = (QLatin1Char('/') + parts.mid(0, depth + 1).join(QLatin1Char('/'))).toUtf8();
    const int rc = zoo_acreate(session->zh, parent.constData(), nullptr, -1, &ZOO_OPEN_ACL_UNSAFE,
                               ZOO_PERSISTENT, &Session::parentCreated, session);
    if (rc != ZOK)
        setProblem(QStringLiteral("cannot create %1 in ZooKeeper: %2").arg(m_address.path, zkMessage(rc)));
}

void ZooKeeperContender::createNode(Session *session)
{
    // World-readable, as Mesos creates it: any client may find the leader.
    const QByteArray path = (m_address.path + QStringLiteral("/json.info_")).toUtf8();
    const int rc
        = zoo_acreate(session->zh, path.constData(), m_masterInfo.constData(), int(m_masterInfo.size()),
                      &ZOO_OPEN_ACL_UNSAFE, ZOO_EPHEMERAL_SEQUENTIAL, &Session::nodeCreated, session);
    if (rc != ZOK)
        setProblem(QStringLiteral("cannot register in ZooKeeper: %1").arg(zkMessage(rc)));
}

void ZooKeeperContender::listChildren(Session *session)
{
    const QByteArray path = m_address.path.toUtf8();
    zoo_aget_children(session->zh, path.constData(), 1, &Session::childrenListed, session);
}

void ZooKeeperContender::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty()) {
        const QByteArray line = QStringLiteral("localcluster: %1\n").arg(problem).toLocal8Bit();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
}

} // namespace mc::localcluster
