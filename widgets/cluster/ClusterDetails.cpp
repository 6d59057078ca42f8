#include "widgets/cluster/ClusterDetails.h"

#include "models/cluster/Format.h"
#include "models/common/StateColorPalette.h"

#include <QCoreApplication>
#include <QStringList>

namespace mc::widgets {

namespace {

class Html
{
public:
    explicit Html(const QString &title)
    {
        m_out = QStringLiteral("<h3>%1</h3><table cellspacing=\"2\">").arg(title.toHtmlEscaped());
    }
    Html &row(const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            m_out += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\">%2</td><td>%3</td></tr>")
                         .arg(models::StateColorPalette().name(models::StateColorPalette::Role::Muted),
                              key.toHtmlEscaped(), value.toHtmlEscaped());
        return *this;
    }
    QString done() const { return m_out + QStringLiteral("</table>"); }

private:
    QString m_out;
};

QString resources(const mesos::Resources &r)
{
    QStringList parts { ClusterDetails::tr("%1 CPUs").arg(models::Format::cpus(r.cpus)),
                        models::Format::megabytes(r.mem),
                        ClusterDetails::tr("%1 disk").arg(models::Format::megabytes(r.disk)) };
    if (r.gpus > 0)
        parts << ClusterDetails::tr("%1 GPUs").arg(models::Format::number(r.gpus));
    if (!r.ports.isEmpty())
        parts << ClusterDetails::tr("ports %1").arg(r.ports);
    return parts.join(QStringLiteral(", "));
}

QString ports(const QList<int> &list)
{
    QStringList out;
    for (int p : list)
        out << QString::number(p);
    return out.join(QStringLiteral(", "));
}
} // namespace

QString ClusterDetails::agent(const mesos::Agent &a)
{
    return Html(a.hostname)
        .row(tr("Agent ID"), a.id)
        .row(tr("Address"), a.pid)
        .row(tr("Version"), a.version)
        .row(tr("Registered"), models::Format::epochSeconds(a.registeredTime))
        .row(tr("Total"), resources(a.total))
        .row(tr("Used"), resources(a.used))
        .row(tr("Offered"), resources(a.offered))
        .row(tr("Attributes"), a.attributesText())
        .row(tr("Status"),
             a.deactivated  ? tr("deactivated")
                 : a.active ? tr("active")
                            : tr("inactive"))
        .done();
}

QString ClusterDetails::framework(const mesos::Framework &f)
{
    return Html(f.name)
        .row(tr("Framework ID"), f.id)
        .row(tr("Web UI"), f.webuiUrl)
        .row(tr("Host"), f.hostname)
        .row(tr("User"), f.user)
        .row(tr("Principal"), f.principal)
        .row(tr("Roles"), f.roles.join(QStringLiteral(", ")))
        .row(tr("Registered"), models::Format::epochSeconds(f.registeredTime))
        .row(tr("Used"), resources(f.used))
        .row(tr("Offered"), resources(f.offered))
        .row(tr("Active tasks"), models::Format::count(f.activeTasks()))
        .done();
}

QString ClusterDetails::app(const marathon::App &a)
{
    QStringList labels;
    for (const auto &[key, value] : a.labels)
        labels << key + u'=' + value;
    Html html(a.id);
    html.row(tr("Image"), a.image)
        .row(tr("Command"), a.cmd)
        .row(tr("Instances"),
             tr("%1 wanted, %2 running, %3 staged")
                 .arg(models::Format::count(a.instances), models::Format::count(a.tasksRunning),
                      models::Format::count(a.tasksStaged)))
        .row(tr("Health"),
             a.hasHealthChecks
                 ? tr("%1 healthy, %2 unhealthy")
                       .arg(models::Format::count(a.tasksHealthy), models::Format::count(a.tasksUnhealthy))
                 : tr("no health checks"))
        .row(tr("Resources"),
             tr("%1 CPUs, %2, %3 disk per instance")
                 .arg(models::Format::cpus(a.cpus), models::Format::megabytes(a.mem),
                      models::Format::megabytes(a.disk)))
        .row(tr("Service ports"), ports(a.servicePorts))
        .row(tr("Deployments"), a.deploymentIds.join(QStringLiteral(", ")))
        .row(tr("Version"), models::Format::isoTime(a.version))
        .row(tr("Labels"), labels.join(QStringLiteral(", ")));
    if (a.lastTaskFailure) {
        html.row(tr("Last failure"),
                 tr("%1 %2 on %3: %4")
                     .arg(models::Format::isoTime(a.lastTaskFailure->timestamp), a.lastTaskFailure->state,
                          a.lastTaskFailure->host, a.lastTaskFailure->message));
    }
    return html.done();
}

QString ClusterDetails::task(const models::TaskRow &r)
{
    const mesos::Task &t = *r.task;
    return Html(t.id)
        .row(tr("Name"), t.name)
        .row(tr("App"), r.appId())
        .row(tr("State"), mesos::taskStateName(t.state) + (t.completed ? tr(" (completed)") : QString()))
        .row(tr("Host"), r.host())
        .row(tr("Agent ID"), t.agentId)
        .row(tr("Framework ID"), t.frameworkId)
        .row(tr("Executor"), t.executorId)
        .row(tr("IP addresses"), t.ipAddresses.join(QStringLiteral(", ")))
        .row(tr("Ports"), models::TaskRow::portsText(t.resources.ports))
        .row(tr("Image"), t.image)
        .row(tr("Resources"), resources(t.resources))
        .row(tr("Started"), models::Format::epochSeconds(t.startedAt))
        .row(tr("Last status"), models::Format::epochSeconds(t.updatedAt))
        .row(tr("Health"), r.healthy ? (*r.healthy ? tr("healthy") : tr("unhealthy")) : QString())
        .done();
}

QString ClusterDetails::deployment(const marathon::Deployment &d)
{
    return Html(d.id)
        .row(tr("Apps"), d.affectedApps.join(QStringLiteral(", ")))
        .row(tr("Step"),
             tr("%1 of %2").arg(models::Format::count(d.currentStep), models::Format::count(d.totalSteps)))
        .row(tr("Current actions"), d.currentActions.join(QStringLiteral("; ")))
        .row(tr("Started"), models::Format::isoTime(d.version))
        .done();
}

} // namespace mc::widgets
