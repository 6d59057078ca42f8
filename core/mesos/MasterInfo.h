#pragma once

#include <QString>
#include <QUrl>

namespace mc::mesos {

// A master as ZooKeeper (json.info_*) or leader_info describe it.
struct MasterInfo
{
    QString id;
    QString pid; // master@IP:PORT
    QString hostname;
    QString ip;
    int port = 5050;
    QString version;

    bool operator==(const MasterInfo &) const = default;
    [[nodiscard]] QUrl url() const; // http://IP:PORT (IP preferred), else hostname
    [[nodiscard]] QString displayName() const; // hostname:port
};

} // namespace mc::mesos
