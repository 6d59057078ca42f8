#include "app/cli/TaskLookup.h"

#include "app/cli/CliCommand.h"
#include "core/mesos/MesosParser.h"

#include <QEventLoop>
#include <QUrl>

namespace mc::cli {

std::optional<int> readMasterState(const QString &master, http::HttpClient &http, mesos::MasterState &out)
{
    QUrl masterUrl
        = QUrl::fromUserInput(master.contains(u"://") ? master : QStringLiteral("http://") + master);
    if (masterUrl.port() < 0)
        masterUrl.setPort(5050);
    if (!masterUrl.isValid() || masterUrl.host().isEmpty())
        return usageError(QStringLiteral("\"%1\" is not a master URL").arg(master));
    // The leader's state (standbys redirect); 0.19-1.7 masters only have state.json on 404.
    Result<mesos::MasterState> state = Error { QStringLiteral("no answer"), {} };
    for (const QString &path : { QStringLiteral("/master/state"), QStringLiteral("/master/state.json") }) {
        QUrl url = masterUrl;
        url.setPath(path);
        QEventLoop loop;
        Result<http::HttpResponse> response = Error {};
        http.get(url, &loop, [&](Result<http::HttpResponse> r) {
            response = std::move(r);
            loop.quit();
        });
        loop.exec();
        if (response.ok() && response->status == 404)
            continue;
        auto checked = http::HttpClient::expectSuccess(std::move(response));
        if (!checked)
            return failure(QStringLiteral("cannot read the master's state: %1").arg(checked.error().message));
        state = mesos::MesosParser::parseState(checked->body);
        break;
    }
    if (!state)
        return failure(QStringLiteral("cannot read the master's state: %1").arg(state.error().message));
    out = std::move(state).value();
    return std::nullopt;
}

std::optional<int> lookupTask(const QString &taskId, const QString &master, http::HttpClient &http,
                              FoundTask &found)
{
    mesos::MasterState leaderState;
    if (const auto exit = readMasterState(master, http, leaderState))
        return exit;
    const mesos::MasterState *state = &leaderState;
    const mesos::Task *task = nullptr;
    int prefixMatches = 0;
    for (const mesos::Task &t : state->tasks) {
        if (t.id == taskId) {
            task = &t;
            prefixMatches = 1;
            break;
        }
        if (t.id.startsWith(taskId)) {
            task = &t;
            ++prefixMatches;
        }
    }
    if (!task)
        return failure(QStringLiteral("the master knows no task %1").arg(taskId));
    if (prefixMatches > 1)
        return usageError(
            QStringLiteral("%1 matches %2 tasks; give more of the id").arg(taskId).arg(prefixMatches));
    for (const mesos::Agent &agent : state->agents) {
        if (agent.id == task->agentId) {
            found = { *task, agent };
            if (agent.url().isValid())
                return std::nullopt;
        }
    }
    return failure(
        QStringLiteral("the agent %1 of task %2 is not known to the master").arg(task->agentId, task->id));
}

} // namespace mc::cli
