#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mc::zookeeper {

// zk://[user:password@]host1:2181,host2:2181/mesos as Mesos takes it in --zk.
struct ZkUrl
{
    Q_DECLARE_TR_FUNCTIONS(mc::zookeeper::ZkUrl)

public:
    QStringList hosts; // host:port each (port 2181 when left out)
    QString path; // /mesos
    QString user;
    QString password;

    [[nodiscard]] QString connectString() const { return hosts.join(u','); }
    // zk://host1:2181,host2:2181/mesos: no user or password (to show, or to keep in a file).
    [[nodiscard]] QString withoutCredentials() const { return QStringLiteral("zk://") + connectString() + path; }
    [[nodiscard]] static Result<ZkUrl> parse(const QString &text);
    [[nodiscard]] static bool looksLikeZk(const QString &text)
    {
        return text.startsWith(QStringLiteral("zk://"));
    }
};

} // namespace mc::zookeeper
