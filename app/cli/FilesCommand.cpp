// files ls|cat|get: a task's sandbox on its agent, running or completed.

#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/LogPump.h"
#include "app/cli/TaskLookup.h"
#include "core/http/HttpClient.h"
#include "core/logs/FileDownload.h"
#include "core/logs/SandboxBrowser.h"
#include "core/logs/TaskLogSource.h"
#include "core/util/Numbers.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace mc::cli;

// The options every files verb shares, and the task they name.
struct FilesArgs
{
    QCommandLineOption master { QStringLiteral("master"), QStringLiteral("A Mesos master: http://host:5050."),
                                QStringLiteral("url") };
    HttpCliOptions http;
    FoundTask task;

    void addTo(CommandParser &parser)
    {
        parser.addOption(master);
        http.addTo(parser, false);
    }
    // After parsing: the master's state, the task and its agent. nullopt: go on.
    std::optional<int> find(const CommandParser &parser, const QString &taskId, mc::http::HttpClient &httpClient)
    {
        if (!parser.isSet(master))
            return usageError(QStringLiteral("--master URL is required"));
        return lookupTask(taskId, parser.value(master), httpClient, task);
    }
    [[nodiscard]] mc::logs::TaskRef ref() const
    {
        return { task.task.id, task.task.frameworkId, task.task.executorId };
    }
};

// A path in the sandbox as given ("conf/app.yaml", "./conf/", "/conf"): relative, cleaned;
// nothing that climbs out of it.
std::optional<QString> sandboxPath(const QString &given)
{
    const QString clean = QDir::cleanPath(QStringLiteral("/") + given).mid(1);
    if (clean.startsWith(QLatin1String("..")))
        return std::nullopt;
    return clean;
}

mc::Result<QList<mc::logs::SandboxEntry>> listNow(mc::logs::SandboxBrowser &browser, const QString &dir)
{
    QEventLoop loop;
    mc::Result<QList<mc::logs::SandboxEntry>> result = mc::Error {};
    browser.list(dir, &loop, [&](mc::Result<QList<mc::logs::SandboxEntry>> r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

int filesLs(const QStringList &args)
{
    CommandParser parser(QStringLiteral("files ls"));
    parser.setApplicationDescription(QStringLiteral(
        "List a directory of a task's sandbox (the root without PATH): mode, size, modified, name.\n"
        "Running and completed tasks, while the agent keeps their sandbox."));
    FilesArgs files;
    files.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON array of the entries."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task id (or a unique prefix)."),
                                 QStringLiteral("TASKID"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A directory in the sandbox."),
                                 QStringLiteral("[PATH]"));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = files.http.apply(parser))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usageError(QStringLiteral("expected TASKID [PATH]"));
    const auto dir = sandboxPath(positional.value(1));
    if (!dir)
        return usageError(QStringLiteral("%1 is not a path inside the sandbox").arg(positional.value(1)));
    mc::http::HttpClient http(files.http.options());
    if (const auto exit = files.find(parser, positional.first(), http))
        return *exit;
    mc::logs::SandboxBrowser browser(&http, files.task.agent.url(), files.ref());
    const auto entries = listNow(browser, *dir);
    if (!entries)
        return failure(entries.error().message);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const mc::logs::SandboxEntry &e : *entries)
            array.append(QJsonObject { { QStringLiteral("path"), e.relativePath },
                                       { QStringLiteral("size"), e.size },
                                       { QStringLiteral("mtime"), e.mtime },
                                       { QStringLiteral("mode"), e.mode },
                                       { QStringLiteral("uid"), e.uid },
                                       { QStringLiteral("gid"), e.gid },
                                       { QStringLiteral("directory"), e.directory } });
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const mc::logs::SandboxEntry &e : *entries)
        rows.append({ e.mode, e.directory ? QString() : mc::util::grouped(e.size),
                      QDateTime::fromSecsSinceEpoch(e.mtime, Qt::UTC).toString(Qt::ISODate),
                      e.directory ? e.name + u'/' : e.name });
    printColumns({ QStringLiteral("MODE"), QStringLiteral("SIZE"), QStringLiteral("MODIFIED"), QStringLiteral("NAME") },
                 rows);
    return ExitOk;
}

int filesCat(const QStringList &args)
{
    CommandParser parser(QStringLiteral("files cat"));
    parser.setApplicationDescription(QStringLiteral(
        "Print a file of a task's sandbox byte for byte. With --follow it keeps printing what\n"
        "is appended until the task ends (exit 0) or Ctrl+C."));
    FilesArgs files;
    files.addTo(parser);
    const QCommandLineOption follow({ QStringLiteral("F"), QStringLiteral("follow") },
                                    QStringLiteral("Keep printing new bytes."));
    parser.addOption(follow);
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task id (or a unique prefix)."),
                                 QStringLiteral("TASKID"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A file in the sandbox."),
                                 QStringLiteral("PATH"));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = files.http.apply(parser))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QStringLiteral("expected TASKID PATH"));
    const auto path = sandboxPath(positional.at(1));
    if (!path || path->isEmpty())
        return usageError(QStringLiteral("%1 is not a file inside the sandbox").arg(positional.at(1)));
    mc::http::HttpClient http(files.http.options());
    if (const auto exit = files.find(parser, positional.first(), http))
        return *exit;
    mc::logs::TaskLogSource source(&http, files.task.agent.url(), files.ref(), *path);
    source.setReadOnce(!parser.isSet(follow));
    return pump(source, true, "files cat");
}

int filesGet(const QStringList &args)
{
    CommandParser parser(QStringLiteral("files get"));
    parser.setApplicationDescription(QStringLiteral(
        "Download a file of a task's sandbox whole to OUT (written atomically: OUT appears only\n"
        "when the whole file arrived)."));
    FilesArgs files;
    files.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task id (or a unique prefix)."),
                                 QStringLiteral("TASKID"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A file in the sandbox."),
                                 QStringLiteral("PATH"));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("The local file to write."),
                                 QStringLiteral("OUT"));
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = files.http.apply(parser))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(QStringLiteral("expected TASKID PATH OUT"));
    const auto path = sandboxPath(positional.at(1));
    if (!path || path->isEmpty())
        return usageError(QStringLiteral("%1 is not a file inside the sandbox").arg(positional.at(1)));
    mc::http::HttpClient http(files.http.options());
    if (const auto exit = files.find(parser, positional.first(), http))
        return *exit;
    // The sandbox first: its path (virtual or real) and a clear word when it is gone.
    mc::logs::SandboxBrowser browser(&http, files.task.agent.url(), files.ref());
    const QString parent = path->contains(u'/') ? path->section(u'/', 0, -2) : QString();
    const auto entries = listNow(browser, parent);
    if (!entries)
        return failure(entries.error().message);
    const auto entry = std::find_if(entries->begin(), entries->end(),
                                    [&](const mc::logs::SandboxEntry &e) { return e.relativePath == *path; });
    if (entry == entries->end())
        return failure(QStringLiteral("there is no %1 in the sandbox of %2").arg(*path, files.task.task.id));
    if (entry->directory)
        return failure(QStringLiteral("%1 is a directory (files ls lists it)").arg(*path));
    mc::logs::FileDownload download(&http, browser.downloadUrl(*path), positional.at(2));
    QEventLoop loop;
    mc::Status status;
    QObject::connect(&download, &mc::logs::FileDownload::finished, &loop, [&](const mc::Status &s) {
        status = s;
        loop.quit();
    });
    download.start();
    loop.exec();
    if (!status.ok())
        return failure(status.error().message);
    err() << "files get: " << positional.at(2) << " (" << mc::util::grouped(download.received()) << " bytes)\n";
    return ExitOk;
}

const Registration filesNoun({ QStringLiteral("files"),
                               QStringLiteral("A task's sandbox: list it, print or download its files."), {} });
const Registration lsVerb({ QStringLiteral("files ls"), QStringLiteral("List a directory of a task's sandbox."),
                            filesLs });
const Registration catVerb({ QStringLiteral("files cat"),
                             QStringLiteral("Print (or --follow) a file of a task's sandbox."), filesCat });
const Registration getVerb({ QStringLiteral("files get"),
                             QStringLiteral("Download a file of a task's sandbox to a local file."), filesGet });

} // namespace
