#include "core/provision/Drift.h"

#include "core/provision/ProbeSocket.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QThread>

#include <memory>
#include <vector>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::Drift)
};

bool isFileKind(StepKind k)
{
    return k == StepKind::Template || k == StepKind::Copy;
}

QString flagValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString stepKindWord(StepKind k)
{
    switch (k) {
    case StepKind::Package:
        return QStringLiteral("package");
    case StepKind::Repository:
        return QStringLiteral("repository");
    case StepKind::Directory:
        return QStringLiteral("directory");
    case StepKind::Service:
        return QStringLiteral("service");
    case StepKind::Command:
        return QStringLiteral("command");
    default:
        return QStringLiteral("step");
    }
}

} // namespace

QString DriftReport::text(bool diffs) const
{
    QString out;
    for (const HostDrift &h : hosts) {
        if (!h.reachable) {
            out += QStringLiteral("%1 | NOT CHECKED | %2\n").arg(h.host, h.error);
            continue;
        }
        if (h.items.isEmpty())
            out += QStringLiteral("%1 | IN SYNC | %2 steps need nothing\n").arg(h.host).arg(h.inSync);
        else
            out += QStringLiteral("%1 | DRIFTED | %2 file(s), %3 running flag(s), %4 other step(s)\n")
                       .arg(h.host)
                       .arg(h.count(DriftItem::Kind::File))
                       .arg(h.count(DriftItem::Kind::Flag))
                       .arg(h.count(DriftItem::Kind::Step) + h.count(DriftItem::Kind::Failed));
        for (const DriftItem &i : h.items) {
            out += QStringLiteral("%1 |   %2\n").arg(h.host, i.message);
            if (!i.warning.isEmpty())
                out += QStringLiteral("%1 |   WARNING: %2\n").arg(h.host, i.warning);
            if (diffs && !i.diff.isEmpty())
                out += i.diff + (i.diff.endsWith(u'\n') ? QString() : QStringLiteral("\n"));
        }
        for (const QString &n : h.notes)
            out += QStringLiteral("%1 |   note: %2\n").arg(h.host, n);
    }
    return out;
}

DriftReport Drift::fromCheckRun(const Plan &plan, const RunSummary &run)
{
    DriftReport report;
    for (const HostPlan &hp : plan.hosts) {
        HostDrift h;
        h.host = hp.host;
        for (const HostRecap &r : run.recap) {
            if (r.host == hp.host && r.unreachable > 0) {
                h.reachable = false;
                h.error = r.reason.isEmpty() ? Tr::tr("unreachable") : r.reason;
            }
        }
        for (const StepResult &s : run.steps) {
            if (s.host != hp.host)
                continue;
            if (s.state == StepState::Ok) {
                ++h.inSync;
                continue;
            }
            if (s.state == StepState::Skipped || s.state == StepState::Unreachable)
                continue;
            // Waits are not checked in check mode; a host that will change
            // anyway is drifted by its other steps.
            if (s.kind == StepKind::WaitFor)
                continue;
            DriftItem item;
            item.role = s.role;
            if (s.state == StepState::Failed) {
                item.kind = DriftItem::Kind::Failed;
                item.what = s.step;
                item.message = Tr::tr("%1: check failed: %2").arg(s.step, s.message);
            } else if (isFileKind(s.kind) && !s.handler) {
                item.kind = DriftItem::Kind::File;
                item.what = s.path.isEmpty() ? s.step : s.path;
                item.message = s.message;
                item.diff = s.diff;
                item.warning = s.warning;
            } else {
                item.kind = DriftItem::Kind::Step;
                item.what = s.step;
                item.message = QStringLiteral("%1%2 %3: %4")
                                   .arg(s.handler ? QStringLiteral("handler ") : QString(),
                                        stepKindWord(s.kind), s.step, s.message);
            }
            h.items << item;
        }
        report.hosts << h;
    }
    return report;
}

QList<ExpectedFlag> Drift::expectedFlags(const HostPlan &host)
{
    QList<ExpectedFlag> out;
    const bool master = host.role(QStringLiteral("mesos-master")) != nullptr;
    const bool agent = host.role(QStringLiteral("mesos-agent")) != nullptr;
    for (const RolePlan &r : host.roles) {
        const bool masterRole = r.role == u"mesos-master";
        const bool agentRole = r.role == u"mesos-agent";
        if (!masterRole && !agentRole)
            continue;
        for (const PlannedStep &s : r.steps) {
            if (s.skipped || !isFileKind(s.step.kind))
                continue;
            const QString dest = s.args.value(QStringLiteral("dest")).toString();
            const QString value = QString::fromUtf8(s.content).trimmed();
            const QFileInfo fi(dest);
            if (dest == u"/etc/mesos/zk") {
                if (masterRole && master)
                    out << ExpectedFlag { QStringLiteral("/master/flags"), QStringLiteral("zk"), value,
                                          dest };
                if (agentRole && agent)
                    out << ExpectedFlag { QStringLiteral("/slave(1)/flags"), QStringLiteral("master"), value,
                                          dest };
            } else if (masterRole && fi.path() == u"/etc/mesos-master") {
                out << ExpectedFlag { QStringLiteral("/master/flags"), fi.fileName(), value, dest };
            } else if (agentRole && fi.path() == u"/etc/mesos-slave") {
                out << ExpectedFlag { QStringLiteral("/slave(1)/flags"), fi.fileName(), value, dest };
            }
        }
    }
    return out;
}

QList<DriftItem> Drift::compareFlags(const QList<ExpectedFlag> &expected, const QJsonObject &answer)
{
    QList<DriftItem> out;
    const QJsonObject flags = answer.value(QLatin1String("flags")).toObject();
    for (const ExpectedFlag &e : expected) {
        const QJsonValue v = flags.value(e.name);
        const QString running = v.isUndefined() ? QString() : flagValue(v);
        if (!v.isUndefined() && running == e.value)
            continue;
        DriftItem item;
        item.kind = DriftItem::Kind::Flag;
        item.role
            = e.endpoint == u"/master/flags" ? QStringLiteral("mesos-master") : QStringLiteral("mesos-agent");
        item.what = e.name;
        item.expected = e.value;
        item.actual = v.isUndefined() ? QString() : running;
        item.message = v.isUndefined()
            ? Tr::tr("flag --%1 is not set in the running process (%2 writes '%3'; restart needed)")
                  .arg(e.name, e.file, e.value)
            : Tr::tr("flag --%1 runs with '%2', %3 says '%4' (restart needed)")
                  .arg(e.name, running, e.file, e.value);
        out << item;
    }
    return out;
}

void Drift::addRunningFlags(DriftReport *report, const Plan &plan, int timeoutMs)
{
    struct Job
    {
        QString host;
        QString address;
        quint16 port = 0;
        QString endpoint;
        QList<ExpectedFlag> expected;
        ProbeSocket::HttpAnswer answer;
    };
    std::vector<Job> jobs;
    for (const HostPlan &h : plan.hosts) {
        const QList<ExpectedFlag> all = expectedFlags(h);
        const QString address = h.values.value(QStringLiteral("address"), h.host).toString();
        for (const QString &endpoint :
             { QStringLiteral("/master/flags"), QStringLiteral("/slave(1)/flags") }) {
            QList<ExpectedFlag> mine;
            for (const ExpectedFlag &e : all) {
                if (e.endpoint == endpoint)
                    mine << e;
            }
            if (mine.isEmpty())
                continue;
            const bool master = endpoint == u"/master/flags";
            const int p = h.values
                              .value(master ? QStringLiteral("mesos_master_port")
                                            : QStringLiteral("mesos_agent_port"))
                              .toInt();
            Job job;
            job.host = h.host;
            job.address = address;
            job.port = p > 0 && p < 65536 ? quint16(p) : quint16(master ? 5050 : 5051);
            job.endpoint = endpoint;
            job.expected = mine;
            jobs.push_back(job);
        }
    }
    std::vector<std::unique_ptr<QThread>> threads;
    for (Job &job : jobs) {
        threads.emplace_back(QThread::create([&job, timeoutMs] {
            job.answer = ProbeSocket::get(job.address, job.port, job.endpoint.toUtf8(), timeoutMs);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    for (const Job &job : jobs) {
        HostDrift *h = report->host(job.host);
        if (!h)
            continue;
        const QString where
            = QStringLiteral("%1:%2%3").arg(job.address, QString::number(job.port), job.endpoint);
        if (!job.answer.reached) {
            h->notes << Tr::tr("running flags not read from %1: %2").arg(where, job.answer.error);
            continue;
        }
        if (job.answer.status != 200) {
            h->notes << Tr::tr("running flags not read from %1: HTTP %2")
                            .arg(where, QString::number(job.answer.status));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(job.answer.body, &error);
        if (!doc.isObject()) {
            h->notes << Tr::tr("running flags from %1 are not JSON: %2").arg(where, error.errorString());
            continue;
        }
        const QList<DriftItem> items = compareFlags(job.expected, doc.object());
        h->items << items;
        h->notes << Tr::tr("running flags read from %1: %2 of %3 as the files say")
                        .arg(where, QString::number(job.expected.size() - items.size()),
                             QString::number(job.expected.size()));
    }
}

} // namespace mc::provision
