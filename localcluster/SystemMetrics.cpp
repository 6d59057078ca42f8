#include "localcluster/SystemMetrics.h"

#include <QFile>
#include <QThread>

namespace mc::localcluster {

void writeSystemMetrics(JsonWriter &w)
{
    double load[3] = { 0, 0, 0 };
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = loadavg.readAll().split(' ');
        for (int i = 0; i < 3 && i < parts.size(); ++i)
            load[i] = parts[i].toDouble();
    }
    double memTotal = 0;
    double memFree = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 2)
                continue;
            if (f[0] == "MemTotal:")
                memTotal = f[1].toDouble() * 1024;
            else if (f[0] == "MemAvailable:")
                memFree = f[1].toDouble() * 1024;
        }
    }
    w.field("system/cpus_total", double(QThread::idealThreadCount()));
    w.field("system/load_15min", load[2]);
    w.field("system/load_1min", load[0]);
    w.field("system/load_5min", load[1]);
    w.field("system/mem_free_bytes", memFree);
    w.field("system/mem_total_bytes", memTotal);
}

} // namespace mc::localcluster
