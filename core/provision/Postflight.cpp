#include "core/provision/Postflight.h"

#include "core/provision/ProbeSocket.h"
#include "core/zookeeper/MesosMasterDiscovery.h"

#include <QCoreApplication>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::Postflight)
};

using Exchange = ProbeSocket::Exchange;
using HttpAnswer = ProbeSocket::HttpAnswer;

Exchange exchange(const QString &address, quint16 port, const QByteArray &request, int timeoutMs)
{
    return ProbeSocket::exchange(address, port, request, timeoutMs);
}

HttpAnswer httpGet(const QString &address, quint16 port, const QByteArray &path, int timeoutMs)
{
    return ProbeSocket::get(address, port, path, timeoutMs);
}

QString endpointText(const PostflightTargets::Endpoint &e)
{
    return QStringLiteral("%1:%2").arg(e.address, QString::number(e.port));
}

// The check of `service` at `e`, before it is asked.
PostflightCheck checkOf(const QString &service, const PostflightTargets::Endpoint &e)
{
    return { service, e.host, endpointText(e), false, false, {}, {} };
}

// Whether the service answered; when not, `c` says why it could not be asked (`error`).
bool markReached(PostflightCheck &c, bool answered, const QString &error)
{
    if (!answered) {
        c.detail = Tr::tr("cannot ask %1: %2").arg(c.endpoint, error);
        return false;
    }
    c.reached = true;
    return true;
}

PostflightCheck askZooKeeper(const PostflightTargets::Endpoint &e, int timeoutMs)
{
    PostflightCheck c = checkOf(Postflight::kZooKeeper, e);
    const Exchange x = exchange(e.address, e.port, "srvr", timeoutMs);
    if (!markReached(c, !x.answer.isEmpty(), x.error))
        return c;
    for (const QByteArray &line : x.answer.split('\n')) {
        if (line.startsWith("Mode: "))
            c.role = QString::fromLatin1(line.mid(6).trimmed());
    }
    if (c.role.isEmpty()) {
        const QString said = QString::fromLatin1(x.answer.trimmed().left(160));
        c.detail = said.contains(QStringLiteral("whitelist"))
            ? Tr::tr("srvr is not allowed (4lw.commands.whitelist): %1").arg(said)
            : said.contains(QStringLiteral("not currently serving"))
            ? Tr::tr("running, but not serving: no quorum (%1)").arg(said)
            : Tr::tr("unexpected answer to srvr: %1").arg(said);
        return c;
    }
    c.ok = true;
    c.detail = QStringLiteral("Mode: %1").arg(c.role);
    return c;
}

// The check of an HTTP service at `e`: GET `path`, and what `judge` makes of the answer.
PostflightCheck askHttp(const QString &service, const PostflightTargets::Endpoint &e, const QByteArray &path,
                        int timeoutMs,
                        const std::function<void(PostflightCheck &c, const HttpAnswer &a)> &judge)
{
    PostflightCheck c = checkOf(service, e);
    const HttpAnswer a = httpGet(e.address, e.port, path, timeoutMs);
    if (markReached(c, a.reached, a.error))
        judge(c, a);
    return c;
}

// The leader the master redirects to (/master/redirect).
void judgeMesos(PostflightCheck &c, const HttpAnswer &a)
{
    if (a.status == 307 || a.status == 302) {
        QString leader = QString::fromUtf8(a.location);
        const qsizetype scheme = leader.indexOf(QStringLiteral("//"));
        if (scheme >= 0)
            leader = leader.mid(scheme + 2);
        if (leader.endsWith(u'/'))
            leader.chop(1);
        c.role = leader;
        c.ok = !leader.isEmpty();
        c.detail = c.ok ? Tr::tr("leader: %1").arg(leader) : Tr::tr("redirect without a Location header");
    } else if (a.status == 503) {
        c.detail = Tr::tr("no leader elected (503: %1)").arg(QString::fromUtf8(a.body.trimmed().left(80)));
    } else {
        c.detail = Tr::tr("/master/redirect answered HTTP %1").arg(a.status);
    }
}

PostflightCheck askMesos(const PostflightTargets::Endpoint &e, int timeoutMs)
{
    return askHttp(Postflight::kMesos, e, "/master/redirect", timeoutMs, judgeMesos);
}

PostflightCheck askMarathon(const PostflightTargets::Endpoint &e, int timeoutMs)
{
    return askHttp(Postflight::kMarathon, e, "/ping", timeoutMs, [](PostflightCheck &c, const HttpAnswer &a) {
        c.ok = a.status == 200;
        c.detail = c.ok ? QStringLiteral("/ping: %1").arg(QString::fromUtf8(a.body.trimmed().left(40)))
                        : Tr::tr("/ping answered HTTP %1").arg(a.status);
    });
}

QString unreachableList(const QList<PostflightCheck> &checks)
{
    QStringList out;
    for (const PostflightCheck &c : checks) {
        if (!c.ok)
            out << QStringLiteral("%1 (%2)").arg(c.host, c.detail);
    }
    return out.join(QStringLiteral("; "));
}

PostflightVerdict zooKeeperVerdict(const QList<PostflightCheck> &checks)
{
    PostflightVerdict v { Postflight::kZooKeeper, false, {} };
    int leaders = 0, followers = 0, standalone = 0;
    for (const PostflightCheck &c : checks) {
        leaders += c.role == u"leader";
        followers += c.role == u"follower";
        standalone += c.role == u"standalone";
    }
    const int n = int(checks.size());
    if (n == 1 && standalone == 1) {
        v.ok = true;
        v.text = Tr::tr("one server, standalone");
        return v;
    }
    v.ok = leaders == 1 && followers == n - 1;
    v.text = Tr::tr("%1 leader, %2 followers of %3 servers").arg(leaders).arg(followers).arg(n);
    if (!v.ok) {
        const QString bad = unreachableList(checks);
        if (leaders > 1)
            v.text += Tr::tr(": more than one leader (split ensemble: check server.N lines and myid)");
        else if (leaders == 0)
            v.text += Tr::tr(": no quorum");
        if (!bad.isEmpty())
            v.text += Tr::tr("; not serving: %1").arg(bad);
    }
    return v;
}

// What ZooKeeper says about the Mesos leader: {leader "host:port" or empty, text}.
struct ZkView
{
    bool asked = false;
    QString leader;
    QString text;
};

ZkView askZooKeeperForMesos(const QString &zkUrl, int timeoutMs)
{
    ZkView view;
    if (zkUrl.isEmpty())
        return view;
    view.asked = true;
    const auto url = zookeeper::ZkUrl::parse(zkUrl);
    if (!url) {
        view.text = QStringLiteral("ZooKeeper %1: %2").arg(zkUrl, url.error().message);
        return view;
    }
    const auto masters = zookeeper::MesosMasterDiscovery::fetch(*url, timeoutMs);
    if (!masters) {
        view.text = QStringLiteral("ZooKeeper %1: %2").arg(zkUrl, masters.error().message);
    } else if (!masters->leader) {
        view.text = Tr::tr("ZooKeeper %1: no Mesos master registered").arg(zkUrl);
    } else {
        const mesos::MasterInfo &m = *masters->leader;
        view.leader
            = QStringLiteral("%1:%2").arg(m.hostname.isEmpty() ? m.ip : m.hostname, QString::number(m.port));
        view.text = Tr::tr("ZooKeeper %1 names %2 (%3 registered)")
                        .arg(zkUrl, view.leader, QString::number(masters->members.size()));
    }
    return view;
}

PostflightVerdict mesosVerdict(const QList<PostflightCheck> &checks, const ZkView &zk)
{
    PostflightVerdict v { Postflight::kMesos, false, {} };
    QStringList leaders;
    int answered = 0;
    for (const PostflightCheck &c : checks) {
        if (c.ok) {
            ++answered;
            if (!leaders.contains(c.role))
                leaders << c.role;
        }
    }
    if (leaders.size() == 1) {
        v.ok = true;
        v.text = Tr::tr("leader elected: %1 (%2 of %3 masters agree)")
                     .arg(leaders.first(), QString::number(answered), QString::number(checks.size()));
        if (answered < checks.size())
            v.text += Tr::tr("; not answering: %1").arg(unreachableList(checks));
    } else if (leaders.size() > 1) {
        v.text = Tr::tr("masters name different leaders: %1").arg(leaders.join(QStringLiteral(", ")));
    } else if (answered == 0 && !zk.leader.isEmpty()) {
        v.ok = true;
        v.text = Tr::tr("leader elected per ZooKeeper: %1; the masters do not answer here: %2")
                     .arg(zk.leader, unreachableList(checks));
    } else {
        v.text = Tr::tr("no leader elected: %1").arg(unreachableList(checks));
    }
    if (zk.asked && !(answered == 0 && v.ok))
        v.text += QStringLiteral("; ") + zk.text;
    return v;
}

PostflightVerdict marathonVerdict(const QList<PostflightCheck> &checks)
{
    PostflightVerdict v { Postflight::kMarathon, false, {} };
    int ok = 0;
    for (const PostflightCheck &c : checks)
        ok += c.ok;
    v.ok = ok == checks.size();
    v.text = Tr::tr("%1 of %2 answer /ping").arg(QString::number(ok), QString::number(checks.size()));
    if (!v.ok)
        v.text += QStringLiteral(": ") + unreachableList(checks);
    return v;
}

} // namespace

QString PostflightReport::text() const
{
    QString out;
    for (const PostflightCheck &c : checks)
        out += QStringLiteral("%1 | %2 | %3 | %4\n")
                   .arg(c.host, c.service, c.ok ? QStringLiteral("OK") : QStringLiteral("FAILED"), c.detail);
    for (const PostflightVerdict &v : verdicts)
        out += QStringLiteral("%1: %2 %3\n")
                   .arg(v.service, v.ok ? QStringLiteral("OK") : QStringLiteral("FAILED"), v.text);
    return out;
}

PostflightTargets PostflightTargets::fromPlan(const Plan &plan)
{
    PostflightTargets t;
    for (const HostPlan &h : plan.hosts) {
        const QString address = h.values.value(QStringLiteral("address"), h.host).toString();
        auto port = [&](const char *name, quint16 fallback) {
            const int p = h.values.value(QLatin1String(name)).toInt();
            return p > 0 && p < 65536 ? quint16(p) : fallback;
        };
        if (h.role(QStringLiteral("zookeeper")))
            t.zooKeeper << Endpoint { h.host, address, port("zk_client_port", 2181) };
        if (h.role(QStringLiteral("mesos-master"))) {
            t.mesosMasters << Endpoint { h.host, address, port("mesos_master_port", 5050) };
            if (t.mesosZkUrl.isEmpty())
                t.mesosZkUrl = h.values.value(QStringLiteral("zk_url")).toString();
        }
        if (h.role(QStringLiteral("marathon")))
            t.marathons << Endpoint { h.host, address, port("marathon_http_port", 8080) };
    }
    return t;
}

PostflightReport Postflight::run(const PostflightTargets &targets, int timeoutMs)
{
    struct Job
    {
        int kind;
        PostflightTargets::Endpoint endpoint;
        PostflightCheck result;
    };
    std::vector<Job> jobs;
    for (const auto &e : targets.zooKeeper)
        jobs.push_back({ 0, e, {} });
    for (const auto &e : targets.mesosMasters)
        jobs.push_back({ 1, e, {} });
    for (const auto &e : targets.marathons)
        jobs.push_back({ 2, e, {} });
    std::vector<std::unique_ptr<QThread>> threads;
    ZkView zk;
    if (!targets.mesosMasters.isEmpty() && !targets.mesosZkUrl.isEmpty()) {
        const QString url = targets.mesosZkUrl;
        threads.emplace_back(
            QThread::create([&zk, url, timeoutMs] { zk = askZooKeeperForMesos(url, timeoutMs); }));
        threads.back()->start();
    }
    for (Job &job : jobs) {
        threads.emplace_back(QThread::create([&job, timeoutMs] {
            job.result = job.kind == 0 ? askZooKeeper(job.endpoint, timeoutMs)
                : job.kind == 1        ? askMesos(job.endpoint, timeoutMs)
                                       : askMarathon(job.endpoint, timeoutMs);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();

    PostflightReport report;
    QList<PostflightCheck> byKind[3];
    for (const Job &job : jobs) {
        report.checks << job.result;
        byKind[job.kind] << job.result;
    }
    if (!byKind[0].isEmpty())
        report.verdicts << zooKeeperVerdict(byKind[0]);
    if (!byKind[1].isEmpty())
        report.verdicts << mesosVerdict(byKind[1], zk);
    if (!byKind[2].isEmpty())
        report.verdicts << marathonVerdict(byKind[2]);
    return report;
}

} // namespace mc::provision
