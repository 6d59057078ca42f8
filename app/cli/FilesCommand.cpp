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

#include <memory>

namespace {

using namespace mc::cli;

// A path in the sandbox as given ("conf/app.yaml", "./conf/", "/conf"): relative, cleaned;
// nothing that climbs out of it.
std::optional<QString> sandboxPath(const QString &given)
{
    const QString clean = QDir::cleanPath(QStringLiteral("/") + given).mid(1);
    if (clean.startsWith(QLatin1String("..")))
        return std::nullopt;
    return clean;
}

// What every files verb takes: TASKID, a path in the sandbox (and more words), --master and
// the HTTP options; then the task and its agent, looked up.
struct FilesArgs
{
    QCommandLineOption master { QStringLiteral("master"), QStringLiteral("A Mesos master: http://host:5050."),
                                QStringLiteral("url") };
    HttpCliOptions httpOptions;
    std::unique_ptr<mc::http::HttpClient> http;
    FoundTask task;
    QString path; // cleaned, relative to the sandbox
    QStringList positional;

    void declare(CommandParser &parser, const QString &pathSyntax, const QString &pathHelp)
    {
        parser.addOption(master);
        httpOptions.addTo(parser, false);
        parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task id (or a unique prefix)."),
                                     QStringLiteral("TASKID"));
        parser.addPositionalArgument(QStringLiteral("path"), pathHelp, pathSyntax);
    }
    // `words`: how many positional words the verb takes (`optionalPath`: the last but one may be left out).
    std::optional<int> parse(CommandParser &parser, const QStringList &args, int words, bool optionalPath,
                             const QString &usage)
    {
        if (const auto exit = parseArguments(parser, args))
            return exit;
        if (const auto exit = httpOptions.apply(parser))
            return exit;
        positional = parser.positionalArguments();
        if (positional.size() != words && !(optionalPath && positional.size() == words - 1))
            return usageError(QStringLiteral("expected %1").arg(usage));
        const auto clean = sandboxPath(positional.value(1));
        if (!clean || (!optionalPath && clean->isEmpty()))
            return usageError(QStringLiteral("%1 is not a path inside the sandbox").arg(positional.value(1)));
        path = *clean;
        if (!parser.isSet(master))
            return usageError(QStringLiteral("--master URL is required"));
        http = std::make_unique<mc::http::HttpClient>(httpOptions.options());
        return lookupTask(positional.first(), parser.value(master), *http, task);
    }
    [[nodiscard]] mc::logs::TaskRef ref() const
    {
        return { task.task.id, task.task.frameworkId, task.task.executorId };
    }
};

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
    files.declare(parser, QStringLiteral("[PATH]"), QStringLiteral("A directory in the sandbox."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON array of the entries."));
    parser.addOption(json);
    if (const auto exit = files.parse(parser, args, 2, true, QStringLiteral("TASKID [PATH]")))
        return *exit;
    mc::logs::SandboxBrowser browser(files.http.get(), files.task.agent.url(), files.ref());
    const auto entries = listNow(browser, files.path);
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
    printColumns({ QStringLiteral("MODE"), QStringLiteral("SIZE"), QStringLiteral("MODIFIED"),
                   QStringLiteral("NAME") },
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
    const QCommandLineOption follow({ QStringLiteral("F"), QStringLiteral("follow") },
                                    QStringLiteral("Keep printing new bytes."));
    parser.addOption(follow);
    files.declare(parser, QStringLiteral("PATH"), QStringLiteral("A file in the sandbox."));
    if (const auto exit = files.parse(parser, args, 2, false, QStringLiteral("TASKID PATH")))
        return *exit;
    mc::logs::TaskLogSource source(files.http.get(), files.task.agent.url(), files.ref(), files.path);
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
    files.declare(parser, QStringLiteral("PATH"), QStringLiteral("A file in the sandbox."));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("The local file to write."),
                                 QStringLiteral("OUT"));
    if (const auto exit = files.parse(parser, args, 3, false, QStringLiteral("TASKID PATH OUT")))
        return *exit;
    const QString &path = files.path;
    const QString local = files.positional.at(2);
    // The sandbox first: its path (virtual or real) and a clear word when it is gone.
    mc::logs::SandboxBrowser browser(files.http.get(), files.task.agent.url(), files.ref());
    const QString parent = path.contains(u'/') ? path.section(u'/', 0, -2) : QString();
    const auto entries = listNow(browser, parent);
    if (!entries)
        return failure(entries.error().message);
    const auto entry = std::find_if(entries->begin(), entries->end(),
                                    [&](const mc::logs::SandboxEntry &e) { return e.relativePath == path; });
    if (entry == entries->end())
        return failure(QStringLiteral("there is no %1 in the sandbox of %2").arg(path, files.task.task.id));
    if (entry->directory)
        return failure(QStringLiteral("%1 is a directory (files ls lists it)").arg(path));
    mc::logs::FileDownload download(files.http.get(), browser.downloadUrl(path), local);
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
    err() << "files get: " << local << " (" << mc::util::grouped(download.received()) << " bytes)\n";
    return ExitOk;
}

const Registration filesNoun({ QStringLiteral("files"),
                               QStringLiteral("A task's sandbox: list it, print or download its files."),
                               {} });
const Registration lsVerb({ QStringLiteral("files ls"),
                            QStringLiteral("List a directory of a task's sandbox."), filesLs });
const Registration catVerb({ QStringLiteral("files cat"),
                             QStringLiteral("Print (or --follow) a file of a task's sandbox."), filesCat });
const Registration getVerb({ QStringLiteral("files get"),
                             QStringLiteral("Download a file of a task's sandbox to a local file."),
                             filesGet });

} // namespace
