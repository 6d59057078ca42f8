#pragma once

#include <QByteArray>
#include <QList>

namespace mc::test {

// Live children of `parent` (from /proc) whose command name is `command` (any when empty) and
// whose command line contains `argument` (any when empty).
QList<qint64> childProcesses(qint64 parent, const QByteArray &command = {}, const QByteArray &argument = {});
// Is `pid` there and not a zombie?
bool processAlive(qint64 pid);

} // namespace mc::test
