#pragma once

#include <QList>
#include <QString>

namespace mc::mesos {

// A v0 resource object: scalars in their units (mem/disk in MB), ports as the
// range text Mesos prints ("[31000-32000, 33000-33010]").
struct Resources
{
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    double gpus = 0;
    QString ports;

    bool operator==(const Resources &) const = default;
};

// The ports of a range text ("[31000-31001, 31005-31005]"), in order; a task's
// host ports as PORT0, PORT1, ... number them.
[[nodiscard]] QList<quint16> portList(const QString &ranges);

} // namespace mc::mesos
