#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mc::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed or killed after the timeout
    QString out;
    QString err;
};

// Runs the build tree's mesos-console-cli with `args` and waits for it (30 s, then kills it).
// Its environment is the test's without the variables that would change what it does behind
// the test's back (MC_HTTP_PASSWORD, MC_PASSWORD, QT_LOGGING_RULES, QT_MESSAGE_PATTERN), plus
// `environment`.
CliRun runCli(const QStringList &args, const QList<QPair<QString, QString>> &environment = {});

} // namespace mc::test
