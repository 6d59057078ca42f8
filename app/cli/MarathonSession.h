#pragma once

// What the Marathon verbs of mesos-console-cli share (apps, pods): the connection options,
// a session that runs one MarathonClient call at a time and waits for its deployment, and
// the common parsing of a verb's arguments.
#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/HttpCliOptions.h"

#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "core/marathon/MarathonParser.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace mc::cli {

struct Connection
{
    QCommandLineOption marathon { QStringLiteral("marathon"),
                                  QStringLiteral("Marathon URL, e.g. http://m1:8080."),
                                  QStringLiteral("url") };
    QCommandLineOption wait { QStringLiteral("wait"),
                              QStringLiteral("Wait up to this many seconds (0-86400) for the deployment to "
                                             "finish."),
                              QStringLiteral("s") };
    HttpCliOptions http;
    GateCliOptions gate;
    mutable bool hasWait = true;
    mutable bool hasGate = true;

    // `withGate`: the verb changes something (--read-only, --cluster, --confirm-cluster).
    void addTo(CommandParser &parser, bool withWait = true, bool withGate = true) const
    {
        hasWait = withWait;
        hasGate = withGate;
        parser.addOption(marathon);
        http.addTo(parser, true);
        if (withGate)
            gate.addTo(parser);
        if (withWait)
            parser.addOption(wait);
    }
};

class Session
{
public:
    Session(const Connection &c, const CommandParser &parser, int waitSeconds)
        : m_waitSeconds(waitSeconds)
    {
        m_http = std::make_unique<mc::http::HttpClient>(c.http.options());
        const QUrl marathon(parser.value(c.marathon));
        m_client = std::make_unique<mc::marathon::MarathonClient>(m_http.get(), marathon);
        if (c.hasGate)
            m_client->setGate(c.gate.gate(parser, marathon.host()));
    }

    mc::marathon::MarathonClient &client() { return *m_client; }

    // One read of the client (fetchQueue, fetchVersions, ...): the value, or nullopt with the
    // reason printed.
    template<typename T>
    std::optional<T> read(const std::function<void(QObject *, std::function<void(mc::Result<T>)>)> &start)
    {
        const auto r = await<mc::Result<T>>([&](auto done) { start(&m_context, done); });
        if (!r->ok()) {
            failure(r->error().message);
            return std::nullopt;
        }
        return r->value();
    }

    bool detectDialect()
    {
        const auto r = await<mc::Result<mc::marathon::AppDialect>>([&](auto done) {
            m_client->detectDialect(&m_context, [done](mc::Result<mc::marathon::AppDialect> d) { done(d); });
        });
        if (!r->ok()) {
            err() << "Cannot read Marathon's version: " << r->error().message << '\n';
            return false;
        }
        return true;
    }

    // Marathon's PUT creates an app (or pod) that does not exist: every verb on one asks first.
    // Prints why and returns false when it is not there or Marathon does not answer.
    bool appExists(const QString &id)
    {
        return exists(QStringLiteral("/v2/apps"), QStringLiteral("app"), id);
    }
    bool podExists(const QString &id)
    {
        return exists(QStringLiteral("/v2/pods"), QStringLiteral("pod"), id);
    }

    // Runs one change, reports it, waits for its deployment if asked. Returns the exit code.
    int change(const std::function<void(QObject *, mc::marathon::MarathonClient::Callback)> &start)
    {
        const auto r = await<mc::marathon::ActionResult>([&](auto done) { start(&m_context, done); });
        if (!r->ok()) {
            err() << r->outcome.error().message << '\n';
            for (const mc::marathon::FieldError &e : r->fieldErrors)
                err() << "  " << e.path << ": " << e.message << '\n';
            if (r->isLocked())
                err() << "  Run again with --force to cancel the running deployment, or wait for it.\n";
            return ExitFailure;
        }
        const QString deployment = r->outcome->deploymentId;
        if (deployment.isEmpty()) {
            out() << "done\n";
            return ExitOk;
        }
        out() << "deployment " << deployment << " started\n";
        out().flush();
        if (m_waitSeconds <= 0)
            return ExitOk;
        return waitForDeployment(deployment);
    }

private:
    bool exists(const QString &collection, const QString &noun, const QString &id)
    {
        QUrl url = m_client->baseUrl();
        url.setPath(url.path() + collection + id);
        auto r = await<mc::Result<mc::http::HttpResponse>>([&](auto done) {
            m_http->get(url, &m_context, [done](mc::Result<mc::http::HttpResponse> x) { done(x); });
        });
        if (r->ok() && (*r)->status == 404) {
            failure(QStringLiteral("no %1 %2").arg(noun, id));
            return false;
        }
        const auto answer = mc::http::HttpClient::expectSuccess(std::move(*r));
        if (!answer) {
            failure(QStringLiteral("cannot read the %1 %2: %3").arg(noun, id, answer.error().message));
            return false;
        }
        return true;
    }

    int waitForDeployment(const QString &id)
    {
        QDeadlineTimer deadline(qint64(m_waitSeconds) * 1000);
        while (!deadline.hasExpired()) {
            const QUrl url(m_client->baseUrl().toString() + QStringLiteral("/v2/deployments"));
            const auto r = await<mc::Result<mc::http::HttpResponse>>([&](auto done) {
                m_http->get(url, &m_context, [done](mc::Result<mc::http::HttpResponse> x) { done(x); });
            });
            if (r->ok() && (*r)->isSuccess()) {
                const auto deployments = mc::marathon::MarathonParser::parseDeployments((*r)->body);
                if (deployments.ok()
                    && std::none_of(deployments->begin(), deployments->end(),
                                    [&](const mc::marathon::Deployment &d) { return d.id == id; })) {
                    out() << "deployment " << id << " finished\n";
                    return ExitOk;
                }
            }
            QEventLoop pause;
            QTimer::singleShot(500, &pause, &QEventLoop::quit);
            pause.exec();
        }
        err() << "deployment " << id << " still running after " << m_waitSeconds
              << " s; follow it with 'mesos-console-cli apps --marathon URL'.\n";
        return ExitFailure;
    }

    QObject m_context;
    std::unique_ptr<mc::http::HttpClient> m_http;
    std::unique_ptr<mc::marathon::MarathonClient> m_client;
    int m_waitSeconds = 0;
};

// An app id as Marathon's paths have it: absolute.
inline QString absoluteId(const QString &id)
{
    return id.startsWith(u'/') ? id : u'/' + id;
}

// Parses, checks the options every verb shares (--marathon, HTTP, --wait) and the number of
// positional arguments. `waitSeconds`, where given, gets --wait.
inline std::optional<int> prepare(CommandParser &parser, const Connection &c, const QStringList &args,
                                  int positional, const QString &example, int *waitSeconds = nullptr)
{
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (!parser.isSet(c.marathon))
        return usageError(QStringLiteral("--marathon URL is required, e.g. '%1'").arg(example));
    if (positional >= 0 && parser.positionalArguments().size() != positional)
        return usageError(QStringLiteral("expected e.g. '%1'").arg(example));
    if (c.hasWait) {
        const auto wait = wholeNumber(parser, c.wait, 0, 86400, 0);
        if (!wait)
            return usageError(wait.error().message);
        if (waitSeconds)
            *waitSeconds = *wait;
    }
    return c.http.apply(parser);
}

// Most instances an app or a pod may be given here: a guard against a typo (40 for 4) or a
// number that overflows.
constexpr int kMaxInstances = 100000;

// `apps scale` and `pods scale`: declares ID and N (`noun` "App", "Pod"), then prepare()s;
// `instances` gets N, checked to be 0..kMaxInstances.
inline std::optional<int> prepareScale(CommandParser &parser, const Connection &c, const QStringList &args,
                                       const QString &noun, const QString &example, int *waitSeconds,
                                       int *instances)
{
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("%1 id.").arg(noun),
                                 QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("n"), QStringLiteral("Instances (0-%1).").arg(kMaxInstances),
                                 QStringLiteral("N"));
    if (const auto exit = prepare(parser, c, args, 2, example, waitSeconds))
        return *exit;
    const QString given = parser.positionalArguments().at(1);
    bool ok = false;
    const qlonglong n = given.toLongLong(&ok);
    if (!ok || n < 0 || n > kMaxInstances)
        return usageError(QStringLiteral("N is a whole number of instances from 0 to %1, not '%2'")
                              .arg(kMaxInstances)
                              .arg(given));
    *instances = int(n);
    return std::nullopt;
}

// `apps scale` and `pods scale`: ID N [--force] (`noun` "App", "Pod"). `exists` asks for the
// app or pod first (Marathon's PUT would create it), `scale` is MarathonClient::scaleApp or
// scalePod.
inline int runScale(CommandParser &parser, const QStringList &args, const QString &noun,
                    const QString &example, bool (Session::*exists)(const QString &),
                    void (mc::marathon::MarathonClient::*scale)(const QString &, int, bool, QObject *,
                                                                mc::marathon::MarathonClient::Callback))
{
    Connection c;
    c.addTo(parser);
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Override a deployment lock."));
    parser.addOption(force);
    int waitSeconds = 0;
    int n = 0;
    if (const auto exit = prepareScale(parser, c, args, noun, example, &waitSeconds, &n))
        return *exit;
    Session session(c, parser, waitSeconds);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    if (!(session.*exists)(id))
        return ExitFailure;
    return session.change(
        [&](QObject *ctx, auto done) { (session.client().*scale)(id, n, parser.isSet(force), ctx, done); });
}

// What an ID-only verb sends for the id: a MarathonClient call (force: --force was given).
using SendById = std::function<void(mc::marathon::MarathonClient &client, const QString &id, bool force,
                                    QObject *context, mc::marathon::MarathonClient::Callback done)>;

// `apps restart|suspend|destroy` and `pods restart|destroy`: ID [--force] (`noun` "App", "Pod";
// --force only where `forceable`). `exists` asks for the app or pod first, then `send` sends.
inline int runById(CommandParser &parser, const QStringList &args, const QString &noun,
                   const QString &example, bool forceable, bool (Session::*exists)(const QString &),
                   const SendById &send)
{
    Connection c;
    c.addTo(parser);
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Override a deployment lock."));
    if (forceable)
        parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("%1 id.").arg(noun),
                                 QStringLiteral("ID"));
    int waitSeconds = 0;
    if (const auto exit = prepare(parser, c, args, 1, example, &waitSeconds))
        return *exit;
    Session session(c, parser, waitSeconds);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    if (!(session.*exists)(id))
        return ExitFailure;
    const bool forced = forceable && parser.isSet(force);
    return session.change([&](QObject *ctx, auto done) { send(session.client(), id, forced, ctx, done); });
}

} // namespace mc::cli
