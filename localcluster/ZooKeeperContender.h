#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace mc::localcluster {

// Where the masters register: `zk://h1:2181,h2:2181/mesos` split into the C
// client's connect string and the group's znode.
struct ZkAddress
{
    QString hosts; // h1:2181,h2:2181
    QString path; // /mesos
    // Parses a zk:// URL as Mesos' --zk takes it (without credentials); false and `error` otherwise.
    static bool parse(const QString &url, ZkAddress *out, QString *error);
};

// One master's membership in the ZooKeeper group, as a Mesos master contends:
// its own session, an ephemeral sequential `json.info_<seq>` child of the
// group's znode holding its MasterInfo as JSON, and a watch on the group's
// children. Destroying it closes the session, so the node goes at once; a
// session that expires (ZooKeeper lost us for longer than the session
// timeout) is replaced by a new one with a new node, as a master restarted by
// its supervisor would. Uses the asynchronous API of libzookeeper-mt; its
// callbacks run on the client's thread and are handed to this object's thread.
class ZooKeeperContender : public QObject
{
    Q_OBJECT

public:
    ZooKeeperContender(ZkAddress address, QByteArray masterInfo, int sessionTimeoutMs,
                       QObject *parent = nullptr);
    ~ZooKeeperContender() override;

    void start();
    // json.info_0000000003 once created, else empty.
    [[nodiscard]] QString node() const { return m_node; }
    // The group's children as last seen by this session (unsorted, as ZooKeeper lists them).
    [[nodiscard]] QStringList children() const { return m_children; }
    // Why the node is not (yet) there; empty when all is well.
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    // The node was created or lost, or the group's children changed.
    void changed();

private:
    struct Session;
    void openSession();
    void onSessionState(Session *session, int state);
    void createParents(Session *session, int depth);
    void createNode(Session *session);
    void listChildren(Session *session);
    void setProblem(const QString &problem);

    ZkAddress m_address;
    QByteArray m_masterInfo;
    int m_sessionTimeoutMs;
    std::unique_ptr<Session> m_session;
    std::vector<std::unique_ptr<Session>> m_retired; // expired sessions: late callbacks compare against them
    QString m_node;
    QStringList m_children;
    QString m_problem;
};

} // namespace mc::localcluster
