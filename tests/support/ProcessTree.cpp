#include "tests/support/ProcessTree.h"

#include <QDir>
#include <QFile>

namespace mc::test {

namespace {
// The fields after "(comm) " of /proc/<pid>/stat: state, ppid, ...
QList<QByteArray> statFields(const QByteArray &stat)
{
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ');
}
} // namespace

QList<qint64> childProcesses(qint64 parent, const QByteArray &command, const QByteArray &argument)
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = statFields(line);
        if (fields.size() > 1 && fields[1].toLongLong() == parent
            && (command.isEmpty() || line.contains(QByteArray("(" + command + ")")))
            && cmdline.readAll().contains(argument) && fields[0] != "Z")
            found << pid;
    }
    return found;
}

bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    return statFields(stat.readAll()).value(0) != "Z";
}

} // namespace mc::test
