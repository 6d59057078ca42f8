#include "core/provision/Planner.h"

#include "core/haproxy/HaproxyConfig.h"
#include "core/provision/RecipeLoader.h"
#include "core/template/TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mc::provision {

namespace {

QString stringVar(const QVariantMap &vars, const QString &key)
{
    const QVariant v = vars.value(key);
    return v.isValid() && !v.isNull() ? v.toString() : QString();
}

// The recipe's variables, the host's inventory variables, the target's
// variables: what the user gave, before anything is computed.
QVariantMap givenValues(const Recipe &recipe, const ProvisionTarget &target, const QString &host)
{
    QVariantMap values = recipe.variables;
    const QVariantMap inv = target.inventory.effectiveVars(host);
    for (auto it = inv.begin(); it != inv.end(); ++it)
        values.insert(it.key(), it.value());
    for (auto it = target.variables.begin(); it != target.variables.end(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mc::provision::Planner", text);
}

} // namespace

bool Planner::isIPv4(const QString &text)
{
    static const QRegularExpression quad(
        QStringLiteral(R"(^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\z)"));
    return quad.match(text).hasMatch() && text != u"0.0.0.0";
}

QString Planner::ipAddress(const Recipe &recipe, const ProvisionTarget &target, const QString &host,
                           QString *problem)
{
    const QVariantMap given = givenValues(recipe, target, host);
    QString ip = stringVar(given, QStringLiteral("ip")).trimmed();
    if (!ip.isEmpty()) {
        if (isIPv4(ip))
            return ip;
        if (problem)
            *problem = tr("%1: ip is '%2', not an IPv4 address (Mesos takes only an address for --ip). "
                          "Set ip=<IPv4 address> for %1 in the inventory, or remove ip to use the "
                          "address the host reports.")
                           .arg(host, ip);
        return {};
    }
    QString address = stringVar(target.inventory.effectiveVars(host), QStringLiteral("ansible_host"));
    if (isIPv4(address))
        return address;
    QString learned = target.hostAddresses.value(host);
    if (isIPv4(learned))
        return learned;
    if (problem)
        *problem = tr("%1: no IPv4 address for ip: its address '%2' is a name and Mesos takes only an "
                      "address for --ip. Run the host checks (they ask %1 for its address over SSH) "
                      "or set ip=<IPv4 address> for %1 in the inventory.")
                       .arg(host, address.isEmpty() ? host : address);
    return {};
}

QStringList Planner::hostsNeedingAddress(const Recipe &recipe, const ProvisionTarget &target,
                                         const QStringList &hosts)
{
    QStringList out;
    for (const QString &h : hosts) {
        const QVariantMap given = givenValues(recipe, target, h);
        if (!stringVar(given, QStringLiteral("ip")).trimmed().isEmpty())
            continue; // given: right or wrong, the user's word
        if (ipAddress(recipe, target, h).isEmpty())
            out << h;
    }
    return out;
}

bool Planner::condition(const QString &when, const QVariantMap &values)
{
    if (when.isEmpty())
        return true;
    const bool negate = when.startsWith(u'!');
    const QString name = (negate ? when.mid(1) : when).trimmed();
    const QVariant v = values.value(name);
    bool truth = false;
    if (v.typeId() == QMetaType::Bool) {
        truth = v.toBool();
    } else if (v.isValid() && !v.isNull()) {
        const QString s = v.toString().trimmed().toLower();
        truth = !(s.isEmpty() || s == u"false" || s == u"no" || s == u"0" || s == u"off");
    }
    return negate ? !truth : truth;
}

ssh::HostSpec Planner::hostSpec(const ProvisionTarget &target, const QString &host)
{
    const QVariantMap vars = target.inventory.effectiveVars(host);
    ssh::HostSpec spec;
    spec.name = host;
    spec.address = stringVar(vars, QStringLiteral("ansible_host"));
    bool okPort = false;
    const int port = vars.value(QStringLiteral("ansible_port")).toInt(&okPort);
    spec.port = okPort && port > 0 && port < 65536 ? quint16(port) : target.sshPort;
    spec.user = stringVar(vars, QStringLiteral("ansible_user"));
    if (spec.user.isEmpty())
        spec.user = target.sshUser;
    spec.keyPath = stringVar(vars, QStringLiteral("ansible_ssh_private_key_file"));
    if (spec.keyPath.isEmpty())
        spec.keyPath = target.keyPath;
    spec.password = target.sshPassword;
    spec.becomePassword = target.becomePassword;
    return spec;
}

QVariantMap Planner::hostValues(const Recipe &recipe, const ProvisionTarget &target, const QString &host)
{
    QVariantMap values = givenValues(recipe, target, host);

    auto addressOf = [&](const QString &name) {
        const QString a = stringVar(target.inventory.effectiveVars(name), QStringLiteral("ansible_host"));
        return a.isEmpty() ? name : a;
    };
    const QStringList masters = target.roles.masters(target.inventory);
    const QStringList agents = target.roles.agents(target.inventory);
    const QString clientPort = values.value(QStringLiteral("zk_client_port"), 2181).toString();
    QVariantList masterList;
    QStringList zkHosts;
    for (const QString &m : masters) {
        const QVariantMap mv = target.inventory.effectiveVars(m);
        QVariantMap entry;
        entry.insert(QStringLiteral("name"), m);
        entry.insert(QStringLiteral("address"), addressOf(m));
        entry.insert(QStringLiteral("zoo_id"), stringVar(mv, QStringLiteral("zoo_id")));
        masterList << entry;
        zkHosts << addressOf(m) + u':' + clientPort;
    }
    const QString zk = zkHosts.join(u',');
    values.insert(QStringLiteral("inventory_hostname"), host);
    values.insert(QStringLiteral("address"), addressOf(host));
    // Never the name: a template using {{ip}} then fails planning with
    // ipAddress()'s reason (see build()).
    const QString ip = ipAddress(recipe, target, host);
    if (ip.isEmpty())
        values.remove(QStringLiteral("ip"));
    else
        values.insert(QStringLiteral("ip"), ip);
    values.insert(QStringLiteral("is_master"), masters.contains(host));
    values.insert(QStringLiteral("is_agent"), agents.contains(host));
    values.insert(QStringLiteral("masters"), masterList);
    values.insert(QStringLiteral("master_count"), int(masters.size()));
    values.insert(QStringLiteral("quorum"), int(masters.size()) / 2 + 1);
    values.insert(QStringLiteral("zk_hosts"), zk);
    values.insert(QStringLiteral("zk_url"), QStringLiteral("zk://%1/mesos").arg(zk));
    values.insert(QStringLiteral("marathon_zk_url"), QStringLiteral("zk://%1/marathon").arg(zk));
    const QString domain = target.haproxyDomain.isEmpty()
        ? stringVar(values, QStringLiteral("haproxy_domain"))
        : target.haproxyDomain;
    values.insert(QStringLiteral("haproxy_domain"), domain);
    if (masters.contains(host)) {
        haproxy::RoutingOptions options;
        options.domain = domain.isEmpty() ? QStringLiteral("localdomain") : domain;
        const auto cfg = haproxy::renderConfig({}, options);
        values.insert(QStringLiteral("haproxy_initial_cfg"), cfg ? cfg->text : QString());
    } else {
        values.insert(QStringLiteral("haproxy_initial_cfg"), QString());
    }
    return values;
}

Result<QStringList> Planner::resolveLimit(const ProvisionTarget &target, const QStringList &limit)
{
    QStringList out;
    for (const QString &raw : limit) {
        for (QString item : raw.split(u',', Qt::SkipEmptyParts)) {
            item = item.trimmed();
            if (target.inventory.hasHost(item)) {
                if (!out.contains(item))
                    out << item;
            } else if (target.inventory.hasGroup(item)) {
                for (const QString &h : target.inventory.hostsIn(item)) {
                    if (!out.contains(h))
                        out << h;
                }
            } else {
                return Error { tr("--limit: '%1' is neither a host nor a group of the inventory.").arg(item),
                               {} };
            }
        }
    }
    return out;
}

namespace {
// Renders the steps of one host with its values; the errors go to `errors`. A render
// that fails for want of `ip` is tried again with a stand-in address: when that
// renders, the reason the host has no `ip` is said (once) instead of "no value".
class StepRenderer
{
public:
    StepRenderer(const Recipe &recipe, const QString &host, const QVariantMap &values,
                 const QString &ipProblem, QStringList &errors)
        : m_recipe(recipe)
        , m_host(host)
        , m_values(values)
        , m_ipProblem(ipProblem)
        , m_errors(errors)
    {
        if (!ipProblem.isEmpty()) {
            m_withIp = values;
            m_withIp.insert(QStringLiteral("ip"), QStringLiteral("192.0.2.1"));
        }
    }

    PlannedStep render(const Step &s);

private:
    template<typename Retry> bool ipCaused(const Step &s, const Retry &retry);
    void renderArgs(const Step &s, const QString &where, PlannedStep &ps);
    void checkNumbers(const QString &where, const PlannedStep &ps);

    const Recipe &m_recipe;
    const QString m_host;
    const QVariantMap &m_values;
    const QString m_ipProblem;
    QVariantMap m_withIp;
    bool m_ipReported = false;
    QStringList &m_errors;
};

template<typename Retry> bool StepRenderer::ipCaused(const Step &s, const Retry &retry)
{
    if (m_ipProblem.isEmpty() || !retry(m_withIp).ok())
        return false;
    if (!m_ipReported)
        m_errors << QStringLiteral("%1 (step '%2' at %3)").arg(m_ipProblem, s.name, s.where());
    m_ipReported = true;
    return true;
}

PlannedStep StepRenderer::render(const Step &s)
{
    PlannedStep ps;
    ps.step = s;
    ps.skipped = !Planner::condition(s.when, m_values);
    if (ps.skipped)
        return ps;
    const QString where = QStringLiteral("%1 (step '%2')").arg(s.where(), s.name);
    renderArgs(s, where, ps);
    if (s.kind == StepKind::Template) {
        const QString src
            = RecipeLoader::resolveTemplate(m_recipe, s.args.value(QStringLiteral("src")).toString());
        const auto r = tmpl::renderFile(src, m_values);
        if (r)
            ps.content = r->toUtf8();
        else if (!ipCaused(s, [&](const QVariantMap &v) { return tmpl::renderFile(src, v); }))
            m_errors << QStringLiteral("%1: %2 (step '%3' at %4)")
                            .arg(m_host, r.error().message, s.name, s.where());
    } else if (s.kind == StepKind::Copy) {
        ps.content = ps.args.value(QStringLiteral("content")).toString().toUtf8();
    }
    checkNumbers(where, ps);
    return ps;
}

void StepRenderer::renderArgs(const Step &s, const QString &where, PlannedStep &ps)
{
    for (auto it = s.args.begin(); it != s.args.end(); ++it) {
        if (it.value().typeId() == QMetaType::QStringList) {
            QStringList rendered;
            for (const QString &item : it.value().toStringList()) {
                const auto r = tmpl::render(where, item, m_values);
                if (r)
                    rendered << *r;
                else if (!ipCaused(s, [&](const QVariantMap &v) { return tmpl::render(where, item, v); }))
                    m_errors << QStringLiteral("%1: %2").arg(m_host, r.error().message);
            }
            ps.args.insert(it.key(), rendered);
        } else {
            const QString text = it.value().toString();
            const auto r = tmpl::render(where, text, m_values);
            if (r)
                ps.args.insert(it.key(), *r);
            else if (!ipCaused(s, [&](const QVariantMap &v) { return tmpl::render(where, text, v); }))
                m_errors << QStringLiteral("%1: %2").arg(m_host, r.error().message);
        }
    }
}

void StepRenderer::checkNumbers(const QString &where, const PlannedStep &ps)
{
    for (const QString &key : { QStringLiteral("port"), QStringLiteral("timeout") }) {
        if (!ps.args.contains(key))
            continue;
        bool isInt = false;
        ps.args.value(key).toString().toInt(&isInt);
        if (!isInt)
            m_errors << QStringLiteral("%1: %2: %3 must be a whole number, not '%4'")
                            .arg(m_host, where, key, ps.args.value(key).toString());
    }
}
} // namespace

Result<Plan> Planner::build(const Recipe &recipe, const ProvisionTarget &target, const QStringList &limit)
{
    Plan plan;
    plan.recipeName = recipe.name;
    plan.roleOrder = recipe.roleNames();
    const QStringList masters = target.roles.masters(target.inventory);
    const QStringList agents = target.roles.agents(target.inventory);
    QStringList hosts = masters;
    for (const QString &a : agents) {
        if (!hosts.contains(a))
            hosts << a;
    }
    if (hosts.isEmpty())
        return Error { tr("The inventory has no masters or agents (groups %1 / %2).")
                           .arg(target.roles.masterGroups.join(u'|'), target.roles.agentGroups.join(u'|')),
                       {} };
    if (!limit.isEmpty()) {
        const auto selected = resolveLimit(target, limit);
        if (!selected)
            return selected.error();
        QStringList kept;
        for (const QString &h : hosts) {
            if (selected->contains(h))
                kept << h;
        }
        if (kept.isEmpty())
            return Error { tr("--limit %1 selects no master or agent.").arg(limit.join(u',')), {} };
        hosts = kept;
    }

    QStringList errors;
    for (const QString &host : hosts) {
        HostPlan hp;
        hp.host = host;
        hp.spec = hostSpec(target, host);
        hp.master = masters.contains(host);
        hp.agent = agents.contains(host);
        hp.values = hostValues(recipe, target, host);
        // Without an address for `ip`, a template that uses it fails with the
        // reason instead of "no value".
        QString ipProblem;
        if (!hp.values.contains(QStringLiteral("ip")))
            (void)ipAddress(recipe, target, host, &ipProblem);
        StepRenderer renderer(recipe, host, hp.values, ipProblem, errors);
        for (const Role &role : recipe.roles) {
            const bool applies = (hp.master && recipe.masterRoles.contains(role.name))
                || (hp.agent && recipe.agentRoles.contains(role.name));
            if (!applies)
                continue;
            RolePlan rp;
            rp.role = role.name;
            for (const Step &s : role.steps)
                rp.steps << renderer.render(s);
            for (const Step &s : role.handlers)
                rp.handlers << renderer.render(s);
            hp.roles << rp;
        }
        plan.hosts << hp;
    }
    if (!errors.isEmpty()) {
        errors.removeDuplicates();
        return Error { errors.size() == 1
                           ? errors.first()
                           : tr("%1 rendering errors:\n%2").arg(errors.size()).arg(errors.join(u'\n')),
                       errors.join(u'\n') };
    }
    return plan;
}

} // namespace mc::provision
