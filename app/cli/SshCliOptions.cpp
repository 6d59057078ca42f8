#include "app/cli/SshCliOptions.h"

#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"

#include "core/cluster/ServiceTypes.h"
#include "core/inventory/Workspace.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/SshPool.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <tuple>

namespace mc::cli {

namespace {

QString readSecretLine()
{
    static QTextStream in(stdin);
    return in.readLine();
}

} // namespace

void SshCliOptions::addTo(CommandParser &parser, SshDefaults defaults)
{
    m_defaults = defaults;
    m_forks.setDescription(QStringLiteral("Hosts at a time (1-500, default %1).").arg(defaults.forks));
    m_become.setDescription(m_become.description()
                            + (defaults.become ? QStringLiteral(" The default here.") : QString()));
    m_noBecome.setDescription(m_noBecome.description()
                              + (defaults.become ? QString() : QStringLiteral(" The default here.")));
    if (defaults.hostsOn)
        parser.addOption(m_on);
    parser.addOptions({ m_workspace, m_user, m_key, m_knownHosts, m_sshConfig, m_acceptNew, m_askPass,
                        m_become, m_noBecome, m_askBecomePass, m_forks, m_timeout, m_deadAfter });
}

std::optional<int> SshCliOptions::parse(CommandParser &parser, const QStringList &args,
                                        const HttpCliOptions *http) const
{
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = check(parser))
        return *exit;
    return http ? http->apply(parser) : std::nullopt;
}

std::optional<int> SshCliOptions::check(const QCommandLineParser &parser) const
{
    for (const auto &[option, min, max, fallback] :
         { std::tuple { &m_forks, 1, 500, m_defaults.forks }, std::tuple { &m_timeout, 1, 600, 10 },
           std::tuple { &m_deadAfter, 0, 3600, 30 } }) {
        if (const auto value = wholeNumber(parser, *option, min, max, fallback); !value)
            return usageError(value.error().message);
    }
    if (parser.isSet(m_become) && parser.isSet(m_noBecome))
        return usageError(QStringLiteral("-b/--become and --no-become contradict each other; give one"));
    if (parser.isSet(m_key) && !QFileInfo(parser.value(m_key)).isReadable())
        return usageError(QStringLiteral("-i %1: no such readable key file").arg(parser.value(m_key)));
    return std::nullopt;
}

bool SshCliOptions::become(const QCommandLineParser &parser, bool fallback) const
{
    if (parser.isSet(m_become))
        return true;
    return parser.isSet(m_noBecome) ? false : fallback;
}

void SshCliOptions::readSecrets(const QCommandLineParser &parser) const
{
    if (m_secrets)
        return;
    QString password = qEnvironmentVariable("MC_SSH_PASSWORD");
    QString becomePassword = qEnvironmentVariable("MC_BECOME_PASSWORD");
    if (parser.isSet(m_askPass))
        password = readSecretLine();
    if (parser.isSet(m_askBecomePass))
        becomePassword = readSecretLine();
    m_secrets = std::pair { password, becomePassword };
}

QString SshCliOptions::password(const QCommandLineParser &parser) const
{
    readSecrets(parser);
    return m_secrets->first;
}

QString SshCliOptions::becomePassword(const QCommandLineParser &parser) const
{
    readSecrets(parser);
    return m_secrets->second;
}

QStringList serviceNames()
{
    QStringList names;
    for (const cluster::Service service : cluster::allServices())
        names << cluster::serviceName(service);
    return names;
}

Result<ssh::HostSpec> parseHostSpec(const QString &text)
{
    ssh::HostSpec spec;
    QString rest = text.trimmed();
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        spec.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    if (rest.startsWith(u'[')) { // [v6]:port
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return Error { QStringLiteral("'%1' is not a host: missing ']'").arg(text), {} };
        const QString port = rest.mid(close + 2);
        rest = rest.mid(1, close - 1);
        if (!port.isEmpty())
            spec.port = port.toUShort();
    } else if (rest.count(u':') == 1) {
        bool ok = false;
        const quint16 port = rest.section(u':', 1).toUShort(&ok);
        if (!ok || port == 0)
            return Error { QStringLiteral("'%1' is not host:port with a port 1-65535").arg(text), {} };
        spec.port = port;
        rest = rest.section(u':', 0, 0);
    }
    static const QRegularExpression unsafe(QStringLiteral("[\\s;&|$`'\"<>()]"));
    if (rest.isEmpty() || rest.contains(unsafe))
        return Error { QStringLiteral("'%1' is not a host name or address").arg(text), {} };
    spec.name = rest;
    return spec;
}

Result<QList<ssh::HostSpec>> SshCliOptions::hosts(const QCommandLineParser &parser) const
{
    return resolve(parser, parser.value(m_on).trimmed(), false);
}

Result<QList<ssh::HostSpec>> SshCliOptions::hostsOrMasters(const QCommandLineParser &parser) const
{
    return resolve(parser, parser.value(m_on).trimmed(), true);
}

QString SshCliOptions::workspacePath(const QCommandLineParser &parser) const
{
    return parser.value(m_workspace);
}

Result<QList<ssh::HostSpec>> SshCliOptions::hostsMatching(const QCommandLineParser &parser,
                                                          const QString &pattern) const
{
    return resolve(parser, pattern.trimmed(), false);
}

Result<QList<ssh::HostSpec>> SshCliOptions::resolve(const QCommandLineParser &parser, const QString &on,
                                                    bool mastersByDefault) const
{
    if (mastersByDefault && on.isEmpty() && !parser.isSet(m_workspace))
        return Error { QStringLiteral("-w WORKSPACE is required: its masters are the hosts to work on "
                                      "(or name them with --on)"),
                       {} };
    if (on.isEmpty() && !mastersByDefault)
        return Error {
            QStringLiteral("--on is required: the hosts to work on, e.g. --on m1,m2:2222,admin@m3"), {}
        };
    const QString password = this->password(parser);
    const QString becomePassword = this->becomePassword(parser);

    if (parser.isSet(m_workspace)) {
        auto opened = inventory::Workspace::openAny(parser.value(m_workspace));
        if (!opened)
            return Error { QStringLiteral("cannot open the workspace %1: %2")
                               .arg(parser.value(m_workspace), opened.error().message),
                           opened.error().detail };
        auto entries = on.isEmpty() ? Result<QList<inventory::HostEntry>>(opened->workspace.masters())
                                    : opened->workspace.hostsOf(on);
        if (!entries)
            return entries.error();
        QList<ssh::HostSpec> list = ssh::hostSpecsFor(*entries, opened->workspace.profile().ssh.keyPath);
        for (ssh::HostSpec &spec : list) {
            if (parser.isSet(m_user))
                spec.user = parser.value(m_user);
            if (parser.isSet(m_key))
                spec.keyPath = parser.value(m_key);
            spec.password = password;
            spec.becomePassword = becomePassword;
        }
        if (list.isEmpty() && on.isEmpty())
            return Error { QStringLiteral(
                               "the workspace %1 has no masters (group 'masters' or 'mesos_masters')")
                               .arg(parser.value(m_workspace)),
                           {} };
        if (list.isEmpty())
            return Error { QStringLiteral("the pattern '%1' matches no host of the workspace").arg(on), {} };
        return list;
    }

    QList<ssh::HostSpec> list;
    for (const QString &raw : on.split(u',', Qt::SkipEmptyParts)) {
        auto parsed = parseHostSpec(raw);
        if (!parsed)
            return parsed.error();
        ssh::HostSpec spec = parsed.value();
        if (parser.isSet(m_user) && spec.user.isEmpty())
            spec.user = parser.value(m_user);
        spec.keyPath = parser.value(m_key);
        spec.password = password;
        spec.becomePassword = becomePassword;
        list << spec;
    }
    return list;
}

ssh::SessionOptions SshCliOptions::sessionOptions(const QCommandLineParser &parser) const
{
    ssh::SessionOptions options;
    options.knownHostsPath = parser.value(m_knownHosts);
    // The workspace's own known_hosts (profile ssh.known_hosts) is trusted too.
    if (parser.isSet(m_workspace)) {
        if (auto opened = inventory::Workspace::openAny(parser.value(m_workspace)))
            options.extraKnownHostsPath
                = ssh::workspaceKnownHosts(opened->workspace, parser.value(m_workspace));
    }
    options.sshConfigPath = parser.value(m_sshConfig);
    options.connectTimeoutMs = wholeNumber(parser, m_timeout, 1, 600, 10).value() * 1000;
    options.deadPeerSeconds = wholeNumber(parser, m_deadAfter, 0, 3600, 30).value();
    if (options.deadPeerSeconds > 0)
        options.keepaliveSeconds = qMax(1, options.deadPeerSeconds / 2);
    const bool acceptNew = parser.isSet(m_acceptNew);
    options.prompts.unknownHostKey = [acceptNew](const ssh::UnknownHostKey &key) {
        if (!acceptNew)
            return ssh::TrustDecision::Refuse;
        err() << key.host << ": trusting new host key " << key.keyType << ' ' << key.fingerprint << '\n';
        err().flush();
        return ssh::TrustDecision::TrustAlways;
    };
    return options;
}

int SshCliOptions::forks(const QCommandLineParser &parser) const
{
    return wholeNumber(parser, m_forks, 1, 500, m_defaults.forks).value();
}

void SshCliOptions::printProgress(ssh::SshPool &pool, std::function<QString(const ssh::HostResult &)> detail)
{
    QObject::connect(&pool, &ssh::SshPool::outputLine, [](const ssh::OutputLine &line) {
        const auto lock = lockOutput();
        QTextStream &stream = line.stream == ssh::OutputStream::Stderr ? err() : out();
        stream << line.host << " | " << line.text << '\n';
        stream.flush();
    });
    QObject::connect(&pool, &ssh::SshPool::hostFinished,
                     [detail = std::move(detail)](const ssh::HostResult &r) {
                         const QString said = detail(r);
                         const auto lock = lockOutput();
                         out() << r.host << " | " << ssh::hostStateName(r.state).toUpper();
                         if (!said.isEmpty())
                             out() << " | " << said;
                         out() << '\n';
                         out().flush();
                     });
}

int SshCliOptions::recapWhenDone(ssh::SshPool &pool, const Status &started)
{
    if (!started)
        return failure(started.error().message);
    pool.waitForFinished();
    return printRecap(pool.results());
}

int SshCliOptions::printRecap(const QList<ssh::HostResult> &results)
{
    int width = 10;
    for (const ssh::HostResult &r : results)
        width = qMax(width, int(r.host.size()));
    const auto lock = lockOutput();
    QTextStream &o = out();
    o << "\nRECAP " << QString(60, u'*') << '\n';
    bool anyFailed = false;
    for (const ssh::HostResult &r : results) {
        const auto count = [&](ssh::HostState s) { return r.state == s ? 1 : 0; };
        const bool isOk = r.state == ssh::HostState::Ok || r.state == ssh::HostState::Changed;
        o << r.host.leftJustified(width) << " : ok=" << (isOk ? 1 : 0)
          << "  changed=" << count(ssh::HostState::Changed)
          << "  unreachable=" << count(ssh::HostState::Unreachable)
          << "  failed=" << count(ssh::HostState::Failed) << "  skipped=" << count(ssh::HostState::Skipped)
          << '\n';
        if (!isOk)
            anyFailed = true;
    }
    for (const ssh::HostResult &r : results) {
        if (!r.reason.isEmpty() && r.state != ssh::HostState::Ok && r.state != ssh::HostState::Changed)
            o << "  " << r.host << ": " << ssh::hostStateName(r.state) << ": " << r.reason << '\n';
    }
    o.flush();
    return anyFailed ? ExitFailure : ExitOk;
}

} // namespace mc::cli
