// Parse time and peak memory of Marathon's big bodies: /v2/apps?embed=apps.tasks
// and /v2/tasks at 100,000 tasks, as MarathonParser reads them (simdjson
// on-demand) and, with --qjson, as a QJsonDocument tree mapped to the same
// structs (what MarathonParser did before; appArray/appFromJson/taskFromJson).
//   bench_marathon_parse apps|tasks [--file BODY] [--tasks N] [--qjson|--walk] [--runs N]
// --walk: a plain simdjson on-demand walk of the same body that visits every
// value and builds nothing (what simdjson alone costs here; the parser's time
// is printed as a multiple of it).
// Without --file the body is generated from the shapes of tests/fixtures/marathon
// (app_list.json's app, tasks.json's task), N tasks over N/10 apps. Bodies of a
// scale-mode localcluster: curl "$MARATHON/v2/apps?embed=apps.tasks" > apps.json.
// Run one body kind and one parser per process: the peak (VmHWM) is the process'.
#include "core/marathon/MarathonParser.h"
#include "tests/support/TestPaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace mc;
using marathon::MarathonParser;

namespace {
long statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QJsonObject fixtureObject(const QString &name)
{
    QFile file(test::fixturePath(QStringLiteral("marathon/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray taskOf(QJsonObject shape, int app, int n)
{
    shape.insert(u"id", QStringLiteral("app-%1.task-%2").arg(app).arg(n));
    shape.insert(u"appId", QStringLiteral("/bench/app-%1").arg(app));
    shape.insert(u"host", QStringLiteral("agent-%1.bench.test").arg(n % 2000));
    shape.insert(u"slaveId", QStringLiteral("bench-S%1").arg(n % 2000));
    return compact(shape);
}

// {"apps":[app with "tasks":[...]]} or {"tasks":[...]}.
QByteArray generate(bool apps, int tasks)
{
    const QJsonObject app = fixtureObject(QStringLiteral("app_list.json")).value(u"apps").toArray().at(0).toObject();
    const QJsonObject task = fixtureObject(QStringLiteral("tasks.json")).value(u"tasks").toArray().at(0).toObject();
    const int appCount = std::max(1, tasks / 10);
    QByteArray out = apps ? "{\"apps\":[" : "{\"tasks\":[";
    for (int a = 0; a < appCount; ++a) {
        QByteArray tasksOfApp;
        for (int n = a * 10; n < std::min(tasks, a * 10 + 10); ++n)
            tasksOfApp += (tasksOfApp.isEmpty() ? "" : ",") + taskOf(task, a, n);
        if (!apps) {
            out += (a ? "," : "") + tasksOfApp;
            continue;
        }
        QJsonObject shape = app;
        shape.insert(u"id", QStringLiteral("/bench/app-%1").arg(a));
        shape.insert(u"tasks", QStringLiteral("@TASKS@"));
        out += (a ? "," : "") + compact(shape).replace("\"@TASKS@\"", QByteArray('[' + tasksOfApp + ']'));
    }
    return out + "]}";
}

// What the parse made: kept until the next run starts, so the peak includes it.
struct Parsed
{
    size_t apps = 0;
    size_t tasks = 0;
    std::vector<marathon::App> appList;
    std::vector<marathon::MarathonTask> taskList;
};

Parsed parseOld(bool apps, const QByteArray &body)
{
    Parsed out;
    if (apps) {
        const auto array = MarathonParser::appArray(body);
        if (!array.ok())
            qFatal("%s", qPrintable(array.error().message));
        for (const QJsonValue &value : array.value()) {
            const QJsonObject object = value.toObject();
            out.appList.push_back(MarathonParser::appFromJson(object));
            const QJsonArray tasks = object.value(u"tasks").toArray();
            for (const QJsonValue &t : tasks)
                out.taskList.push_back(MarathonParser::taskFromJson(t.toObject(), out.appList.back().id));
        }
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonArray tasks = document.object().value(u"tasks").toArray();
        for (const QJsonValue &t : tasks)
            out.taskList.push_back(MarathonParser::taskFromJson(t.toObject()));
    }
    out.apps = out.appList.size();
    out.tasks = out.taskList.size();
    return out;
}

// Every value visited, nothing built: counts the scalars.
size_t walk(simdjson::ondemand::value value)
{
    switch (value.type()) {
    case simdjson::ondemand::json_type::object: {
        size_t n = 0;
        for (simdjson::ondemand::field field : value.get_object())
            n += walk(field.value());
        return n;
    }
    case simdjson::ondemand::json_type::array: {
        size_t n = 0;
        for (simdjson::ondemand::value element : value.get_array())
            n += walk(element);
        return n;
    }
    default:
        (void)value.raw_json_token();
        return 1;
    }
}

Parsed parseWalk(QByteArray body)
{
    body.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document = parser.iterate(
        simdjson::padded_string_view(body.constData(), size_t(body.size()), size_t(body.capacity())));
    Parsed out;
    out.tasks = walk(document.get_value()); // scalars, not tasks
    return out;
}

// The body handed over (moved in): padded in place, not copied.
Parsed parseNew(bool apps, QByteArray body)
{
    Parsed out;
    if (apps) {
        auto read = MarathonParser::parseApps(std::move(body));
        if (!read.ok())
            qFatal("%s", qPrintable(read.error().message));
        out.appList = std::move(read.value().apps);
        out.taskList = std::move(read.value().tasks);
    } else {
        auto read = MarathonParser::parseTasks(std::move(body));
        if (!read.ok())
            qFatal("%s", qPrintable(read.error().message));
        out.taskList = std::move(read).value();
    }
    out.apps = out.appList.size();
    out.tasks = out.taskList.size();
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool apps = args.value(1) != u"tasks";
    const bool qjson = args.contains(QStringLiteral("--qjson"));
    const bool plainWalk = args.contains(QStringLiteral("--walk"));
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString file = option(QStringLiteral("--file"), {});

    const auto load = [&] {
        if (file.isEmpty())
            return generate(apps, option(QStringLiteral("--tasks"), QStringLiteral("100000")).toInt());
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return in.readAll();
    };
    QByteArray body = load();
    const double baseMb = statusKb("VmRSS:") / 1024.0;
    std::printf("%s body: %.1f MB (%s), parser: %s, RSS with the body %.0f MB\n",
                apps ? "/v2/apps?embed=apps.tasks" : "/v2/tasks", body.size() / 1e6,
                file.isEmpty() ? "generated" : qPrintable(file),
                qjson       ? "QJsonDocument -> structs"
                    : plainWalk ? "plain simdjson on-demand walk (no structs; 'tasks' = scalars)"
                                : "MarathonParser (simdjson on-demand)",
                baseMb);
    std::vector<double> times;
    Parsed parsed;
    for (int run = 0; run < runs; ++run) {
        parsed = {};
        // The simdjson parsers take the body and pad it in place (a shared one would be copied, in
        // the timed part): each run hands over one of its own, the first run the body loaded
        // above, every later run one loaded again. QJsonDocument only reads `body`.
        QByteArray own = qjson ? QByteArray() : run == 0 ? std::exchange(body, {}) : load();
        QElapsedTimer timer;
        timer.start();
        parsed = qjson  ? parseOld(apps, body)
            : plainWalk ? parseWalk(std::move(own))
                        : parseNew(apps, std::move(own));
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    // Stage 1 (the structural index) is chosen at run time; the on-demand walk is the builtin (compile-time) one.
    std::printf("simdjson stage 1: %s, on-demand: %s\n", simdjson::get_active_implementation()->name().c_str(),
                simdjson::builtin_implementation()->name().c_str());
    std::printf("%zu apps, %zu tasks; parse best %.0f ms, median %.0f ms (%d runs); "
                "peak RSS %.0f MB (%.0f MB above the body), RSS after %.0f MB\n",
                parsed.apps, parsed.tasks, times.front(), times[times.size() / 2], runs,
                statusKb("VmHWM:") / 1024.0, statusKb("VmHWM:") / 1024.0 - baseMb, statusKb("VmRSS:") / 1024.0);
    return 0;
}
