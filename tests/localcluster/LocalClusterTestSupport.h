#pragma once

// Helpers shared by the localcluster unit tests (header-only: each test is
// its own executable).

#include "localcluster/Cluster.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/JsonShape.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace mc::test {

inline QJsonDocument fixtureJson(const QString &relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return QJsonDocument::fromJson(f.readAll());
}

// The JSON body of a raw HTTP transcript (headers, blank line, body).
inline QJsonDocument fixtureHttpBody(const QString &relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    const QByteArray text = f.readAll();
    const qsizetype blank = text.indexOf("\n\n");
    return QJsonDocument::fromJson(text.mid(blank + 2));
}

inline mc::localcluster::Options fastOptions(int masters, int agents)
{
    mc::localcluster::Options o;
    o.masters = masters;
    o.agents = agents;
    o.electionDelayMs = 300;
    o.stagingDelayMs = 30;
    o.startingDelayMs = 60;
    o.killGracePeriodMs = 800;
    o.sseHeartbeatMs = 500;
    o.standInExecutable = executablePath(QStringLiteral("localcluster"));
    return o;
}

inline QString masterUrl(const mc::localcluster::Cluster &c, int index)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(c.masters()[size_t(index)].port);
}

inline QString agentUrl(const mc::localcluster::Cluster &c, int index)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(c.agents()[size_t(index)].port);
}

inline QString marathonUrl(const mc::localcluster::Cluster &c)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(c.marathonPort());
}

inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Posts an app and waits until `running` of its tasks run.
inline bool postAppAndWait(const mc::localcluster::Cluster &c, const QJsonObject &app, int running,
                           int timeoutMs = 10000)
{
    const HttpResult r = httpRequest("POST", marathonUrl(c) + QStringLiteral("/v2/apps"), toJson(app));
    if (r.status != 201) {
        qWarning("POST /v2/apps answered %d: %s", r.status, r.body.constData());
        return false;
    }
    const QString id = app.value(QLatin1String("id")).toString();
    return QTest::qWaitFor(
        [&] {
            const HttpResult a = httpGet(marathonUrl(c) + QStringLiteral("/v2/apps") + id);
            return a.json()
                       .object()
                       .value(QLatin1String("app"))
                       .toObject()
                       .value(QLatin1String("tasksRunning"))
                       .toInt()
                == running;
        },
        timeoutMs);
}

#define MC_VERIFY_SHAPE(actual, expected, options)                                                           \
    do {                                                                                                     \
        const QStringList problems_ = mc::test::jsonShapeProblems(actual, expected, options);                \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(QLatin1Char('\n'))));                        \
    } while (false)

} // namespace mc::test
