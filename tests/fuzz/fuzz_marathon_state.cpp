// Marathon's /v2/events applied to the lists the console keeps
// (core/marathon/MarathonState). The input is parts split at "%%" lines: a
// /v2/apps body (with embedded tasks or not), a /v2/tasks body, a
// /v2/deployments body, then events ("<type>" line, then its data). What the
// state asks to read is answered as the watcher does, from the first read (an
// app it does not hold: gone). An app's counters are its tasks counted.

#include "FuzzInput.h"

#include "core/marathon/MarathonParser.h"
#include "core/marathon/MarathonState.h"

#include <QSet>

using mc::marathon::App;
using mc::marathon::MarathonParser;
using mc::marathon::MarathonState;
using mc::marathon::MarathonTask;

namespace {
void checkCounters(const MarathonState::Lists &lists)
{
    QSet<QString> seen;
    QSet<QString> twice;
    for (const App &app : *lists.apps)
        (seen.contains(app.id) ? twice : seen).insert(app.id);
    for (const App &app : *lists.apps) {
        if (twice.contains(app.id))
            continue; // the counters go to one of them
        int staged = 0, running = 0, healthy = 0, unhealthy = 0;
        for (const MarathonTask &task : *lists.tasks) {
            if (task.appId != app.id)
                continue;
            staged += task.state == u"TASK_STAGING" || task.state == u"TASK_STARTING";
            running += task.state == u"TASK_RUNNING";
            healthy += task.healthy == true;
            unhealthy += task.healthy == false;
        }
        mc::fuzz::check(app.tasksStaged == staged && app.tasksRunning == running && app.tasksHealthy == healthy
                            && app.tasksUnhealthy == unhealthy,
                        "an app's counters are its tasks counted");
    }
}
} // namespace

MC_FUZZ_TARGET(fuzz_marathon_state)
{
    const QList<QByteArray> parts = mc::fuzz::parts(mc::fuzz::bytes(data, size), "%%", 64);
    if (parts.size() < 3)
        return 0;
    std::vector<App> apps;
    std::vector<MarathonTask> tasks;
    if (auto read = MarathonParser::parseApps(parts[0])) {
        apps = std::move(read.value().apps);
        tasks = std::move(read.value().tasks);
    }
    if (auto read = MarathonParser::parseTasks(parts[1]))
        tasks.insert(tasks.end(), read.value().begin(), read.value().end());
    std::vector<mc::marathon::Deployment> deployments;
    if (auto read = MarathonParser::parseDeployments(parts[2]))
        deployments = std::move(read.value());

    MarathonState state;
    state.reset(apps, tasks, deployments);
    checkCounters(state.lists());
    for (qsizetype i = 3; i < parts.size(); ++i) {
        const qsizetype newline = parts[i].indexOf('\n');
        const QString type = QString::fromUtf8(newline < 0 ? parts[i] : parts[i].left(newline));
        auto event = MarathonParser::parseEvent(type, newline < 0 ? QByteArray() : parts[i].mid(newline + 1));
        if (!event)
            continue;
        state.apply(event.value());
        const MarathonState::FollowUp followUp = state.takeFollowUp();
        if (followUp.everything) {
            state.reset(apps, tasks, deployments);
        } else {
            for (const QString &appId : followUp.apps) {
                const auto app = std::find_if(apps.begin(), apps.end(), [&](const App &a) { return a.id == appId; });
                std::vector<MarathonTask> itsTasks;
                std::copy_if(tasks.begin(), tasks.end(), std::back_inserter(itsTasks),
                             [&](const MarathonTask &t) { return t.appId == appId; });
                state.replaceApp(appId, app == apps.end() ? std::nullopt : std::optional<App>(*app), itsTasks);
            }
        }
        checkCounters(state.lists());
    }
    return 0;
}
