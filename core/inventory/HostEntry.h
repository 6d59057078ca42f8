#pragma once

#include <QString>
#include <QVariantMap>

namespace mc::inventory {

// A host with what it takes to connect to it, after variable precedence:
// address = ansible_host or the inventory name, port = ansible_port or the
// profile's SSH port, user = ansible_user or the profile's SSH user.
struct HostEntry
{
    QString name;
    QString address;
    int port = 22;
    QString user;
    int zooId = -1; // the master's ZooKeeper id; -1 when not set or not a master
    bool master = false;
    bool agent = false;
    QVariantMap vars; // all effective variables

    bool operator==(const HostEntry &) const = default;
};

} // namespace mc::inventory
