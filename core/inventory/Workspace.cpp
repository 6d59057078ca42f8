#include "core/inventory/Workspace.h"

#include "core/inventory/InventoryImporter.h"
#include "core/inventory/InventoryValidator.h"
#include "core/inventory/SourceError.h"
#include "core/inventory/TextFile.h"
#include "core/inventory/VariantUtil.h"
#include "core/inventory/YamlExporter.h"
#include "core/inventory/YamlImporter.h"
#include "core/inventory/YamlValue.h"
#include "core/inventory/YamlWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace mc::inventory {

namespace {

const QString kVersionKey = QStringLiteral("mesos_console_workspace");

// Where a key sits in the file, for messages.
Error errorAt(const QString &file, const YAML::Node &node, const QString &message)
{
    const YAML::Mark m = node.Mark();
    if (m.is_null())
        return SourceError::inFile(file, message);
    return SourceError::at(file, m.line + 1, m.column + 1, message);
}

YAML::Node child(const YAML::Node &node, const char *key)
{
    if (!node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return it->second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

// Reads one profile field of the expected kind.
class ProfileReader
{
public:
    ProfileReader(const QString &file)
        : m_file(file)
    { }

    std::optional<Error> error;

    QString text(const YAML::Node &parent, const char *key, const QString &fallback = {})
    {
        const YAML::Node n = child(parent, key);
        if (!n.IsDefined() || n.IsNull())
            return fallback;
        const QVariant v = YamlValue::convert(n).value;
        const auto kind = VariantUtil::kind(v);
        if (n.IsScalar() && kind != VariantUtil::Kind::List && kind != VariantUtil::Kind::Map)
            return n.Tag() == "?" ? QString::fromStdString(n.Scalar()) : v.toString();
        fail(n, Workspace::tr("\"%1\" must be a single value").arg(QLatin1String(key)));
        return fallback;
    }

    int number(const YAML::Node &parent, const char *key, int fallback, int min, int max)
    {
        const YAML::Node n = child(parent, key);
        if (!n.IsDefined() || n.IsNull())
            return fallback;
        const QVariant v = YamlValue::convert(n).value;
        if (VariantUtil::kind(v) == VariantUtil::Kind::Int && v.toLongLong() >= min && v.toLongLong() <= max)
            return int(v.toLongLong());
        fail(n,
             Workspace::tr("\"%1\" must be a whole number from %2 to %3")
                 .arg(QLatin1String(key))
                 .arg(min)
                 .arg(max));
        return fallback;
    }

    bool flag(const YAML::Node &parent, const char *key, bool fallback)
    {
        const YAML::Node n = child(parent, key);
        if (!n.IsDefined() || n.IsNull())
            return fallback;
        const QVariant v = YamlValue::convert(n).value;
        if (VariantUtil::kind(v) == VariantUtil::Kind::Bool)
            return v.toBool();
        fail(n, Workspace::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
        return fallback;
    }

    QStringList list(const YAML::Node &parent, const char *key, const QStringList &fallback)
    {
        const YAML::Node n = child(parent, key);
        if (!n.IsDefined() || n.IsNull())
            return fallback;
        const QVariant v = YamlValue::convert(n).value;
        if (VariantUtil::kind(v) == VariantUtil::Kind::List) {
            QStringList out;
            for (const QVariant &item : v.toList())
                out << VariantUtil::displayText(item);
            return out;
        }
        if (VariantUtil::kind(v) == VariantUtil::Kind::String)
            return { v.toString() };
        fail(n, Workspace::tr("\"%1\" must be a list of group names").arg(QLatin1String(key)));
        return fallback;
    }

private:
    void fail(const YAML::Node &n, const QString &message)
    {
        if (!error)
            error = errorAt(m_file, n, message);
    }
    QString m_file;
};

Status saveText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            Workspace::tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}
        };
    file.write(text.toUtf8());
    if (!file.commit())
        return Error {
            Workspace::tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}
        };
    return {};
}

QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, u' ');
    QString out;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (!line.isEmpty())
            out += pad + line + u'\n';
    }
    return out;
}

} // namespace

Workspace::Workspace(Inventory inventory, ClusterProfile profile)
    : m_inventory(std::move(inventory))
    , m_profile(std::move(profile))
{ }

namespace {
// The `profile:` mapping of a workspace (YAML errors are thrown, as everywhere in fromText()).
Result<ClusterProfile> readProfile(const YAML::Node &p, const QString &name)
{
    ProfileReader r(name);
    ClusterProfile prof;
    prof.name = r.text(p, "name");
    const YAML::Node ssh = child(p, "ssh");
    prof.ssh.user = r.text(ssh, "user");
    prof.ssh.port = r.number(ssh, "port", SshSettings::kDefaultPort, 1, 65535);
    prof.ssh.keyPath = r.text(ssh, "key");
    prof.ssh.knownHostsPath = r.text(ssh, "known_hosts");
    prof.ssh.become = r.flag(ssh, "become", true);
    prof.ssh.becomeMethod = r.text(ssh, "become_method", QStringLiteral("sudo"));
    prof.ssh.becomeUser = r.text(ssh, "become_user", QStringLiteral("root"));
    prof.haproxyDomain = r.text(p, "haproxy_domain");
    prof.mesosUrl = r.text(p, "mesos_url");
    prof.marathonUrl = r.text(p, "marathon_url");
    prof.httpUser = r.text(p, "http_user");
    const QString mode = r.text(p, "mode", audit::clusterModeName(audit::ClusterMode::ReadWrite)).trimmed();
    if (const auto known = audit::clusterModeFromName(mode))
        prof.mode = *known;
    else
        return errorAt(
            name, child(p, "mode"),
            Workspace::tr("\"mode\" must be read-write, protected or read-only, not \"%1\"").arg(mode));
    prof.colour = r.text(p, "colour").trimmed();
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!prof.colour.isEmpty() && !colourPattern.match(prof.colour).hasMatch())
        return errorAt(
            name, child(p, "colour"),
            Workspace::tr("\"colour\" must be a colour written #rrggbb (e.g. \"#d93025\"), not \"%1\"")
                .arg(prof.colour));
    const YAML::Node roles = child(p, "roles");
    prof.roles.masterGroups = r.list(roles, "masters", prof.roles.masterGroups);
    prof.roles.agentGroups = r.list(roles, "agents", prof.roles.agentGroups);
    const YAML::Node jump = child(p, "jump_host");
    if (jump.IsDefined() && !jump.IsNull() && !jump.IsMap())
        return errorAt(name, jump,
                       Workspace::tr("\"jump_host\" must be a mapping (via, host, user, port, "
                                     "key, known_hosts)"));
    const QString via = r.text(jump, "via");
    if (const auto mode = JumpHostSettings::modeFromName(via))
        prof.jump.mode = *mode;
    else
        return errorAt(name, child(jump, "via"),
                       Workspace::tr("\"via\" must be direct, host (an inventory host) or bastion, not "
                                     "\"%1\"")
                           .arg(via));
    prof.jump.host = r.text(jump, "host").trimmed();
    prof.jump.user = r.text(jump, "user").trimmed();
    prof.jump.port = r.number(jump, "port", 0, 0, 65535);
    prof.jump.keyPath = r.text(jump, "key").trimmed();
    prof.jump.knownHostsPath = r.text(jump, "known_hosts").trimmed();
    if (r.error)
        return *r.error;
    if (!prof.jump.isDirect() && prof.jump.host.isEmpty())
        return errorAt(name, jump,
                       Workspace::tr("\"jump_host\" says via %1 but names no host")
                           .arg(JumpHostSettings::modeName(prof.jump.mode)));
    return prof;
}
} // namespace

Result<Workspace> Workspace::fromText(const QString &text, const QString &name)
{
    auto doc = YamlImporter::loadDocument(text, name);
    if (!doc)
        return doc.error();
    const YAML::Node root = doc.value();
    try {
        if (!root.IsMap()) {
            return SourceError::inFile(name,
                                       tr("this is not a Mesos Console workspace (expected a "
                                          "mapping with \"%1: 1\").")
                                           .arg(kVersionKey));
        }
        const YAML::Node version = child(root, "mesos_console_workspace");
        if (!version.IsDefined()) {
            return SourceError::inFile(name,
                                       tr("this is not a Mesos Console workspace (no \"%1:\" "
                                          "line). To use an Ansible inventory, import it.")
                                           .arg(kVersionKey));
        }
        const QVariant v = YamlValue::convert(version).value;
        if (VariantUtil::kind(v) != VariantUtil::Kind::Int || v.toLongLong() < 1)
            return errorAt(name, version, tr("\"%1\" must be a format version number").arg(kVersionKey));
        if (v.toLongLong() > kFormatVersion) {
            return errorAt(name, version,
                           tr("this workspace was written by a newer Mesos Console (format %1; this "
                              "one reads %2). Update the console.")
                               .arg(v.toLongLong())
                               .arg(kFormatVersion));
        }

        Workspace ws;
        auto profile = readProfile(child(root, "profile"), name);
        if (!profile)
            return profile.error();
        ws.m_profile = std::move(profile).value();

        const YAML::Node inv = child(root, "inventory");
        if (inv.IsDefined() && !inv.IsNull()) {
            auto imported = YamlImporter::parseNode(inv, name);
            if (!imported)
                return imported.error();
            ws.m_inventory = imported->inventory;
        }
        const YAML::Node files = child(root, "vars_files");
        if (files.IsDefined() && !files.IsNull()) {
            const auto converted = YamlValue::convert(files);
            if (!converted.error.isEmpty())
                return SourceError::at(name, converted.line, converted.column, converted.error);
            const QVariantMap m = converted.value.toMap();
            const QVariantMap groupVars = m.value(QStringLiteral("group_vars")).toMap();
            for (auto it = groupVars.cbegin(); it != groupVars.cend(); ++it)
                ws.m_inventory.setGroupFileVars(it.key(), it.value().toMap());
            const QVariantMap hostVars = m.value(QStringLiteral("host_vars")).toMap();
            for (auto it = hostVars.cbegin(); it != hostVars.cend(); ++it)
                ws.m_inventory.setHostFileVars(it.key(), it.value().toMap());
        }
        return ws;
    } catch (const YAML::Exception &e) {
        return SourceError::at(name, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
    }
}

Result<Workspace> Workspace::load(const QString &path)
{
    auto text = TextFile::read(path);
    if (!text)
        return text.error();
    return fromText(text.value(), path);
}

bool Workspace::isWorkspaceFile(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".mcw.yaml")) || lower.endsWith(QLatin1String(".mcw.yml")))
        return true;
    if (!lower.endsWith(QLatin1String(".yaml")) && !lower.endsWith(QLatin1String(".yml")))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression key(QStringLiteral("^%1\\s*:").arg(kVersionKey),
                                        QRegularExpression::MultilineOption);
    return key.match(QString::fromUtf8(file.read(qint64(64) * 1024))).hasMatch();
}

Result<Workspace::Opened> Workspace::openAny(const QString &path)
{
    Opened opened;
    if (isWorkspaceFile(path)) {
        auto ws = load(path);
        if (!ws)
            return ws.error();
        opened.workspace = ws.value();
        opened.isWorkspace = true;
        return opened;
    }
    auto imported = InventoryImporter::importFile(path);
    if (!imported)
        return imported.error();
    opened.workspace = Workspace(imported->inventory, ClusterProfile {});
    opened.warnings = imported->warnings;
    return opened;
}

Result<QString> Workspace::toText() const
{
    QString out = QStringLiteral("# Mesos Console workspace (format: docs/workspace-format.md).\n"
                                 "# Passwords and passphrases are never stored here.\n");
    out += QStringLiteral("%1: %2\n").arg(kVersionKey).arg(kFormatVersion);
    QVariantMap ssh { { QStringLiteral("user"), m_profile.ssh.user },
                      { QStringLiteral("port"), qlonglong(m_profile.ssh.port) },
                      { QStringLiteral("key"), m_profile.ssh.keyPath },
                      { QStringLiteral("known_hosts"), m_profile.ssh.knownHostsPath },
                      { QStringLiteral("become"), m_profile.ssh.become },
                      { QStringLiteral("become_method"), m_profile.ssh.becomeMethod },
                      { QStringLiteral("become_user"), m_profile.ssh.becomeUser } };
    QVariantList masters;
    for (const QString &g : m_profile.roles.masterGroups)
        masters << g;
    QVariantList agents;
    for (const QString &g : m_profile.roles.agentGroups)
        agents << g;
    out += QStringLiteral("profile:\n");
    // Written in this order, not sorted, so the file reads top-down.
    const QList<std::pair<QString, QVariant>> fields {
        { QStringLiteral("name"), m_profile.name },
        { QStringLiteral("ssh"), ssh },
        { QStringLiteral("haproxy_domain"), m_profile.haproxyDomain },
        { QStringLiteral("mesos_url"), m_profile.mesosUrl },
        { QStringLiteral("marathon_url"), m_profile.marathonUrl },
        { QStringLiteral("http_user"), m_profile.httpUser },
        { QStringLiteral("roles"),
          QVariantMap { { QStringLiteral("masters"), masters }, { QStringLiteral("agents"), agents } } },
    };
    for (const auto &[key, value] : fields)
        YamlWriter::appendEntry(out, key, value, 2);
    // Written only when set, so that files of earlier consoles stay as they were.
    if (m_profile.mode != audit::ClusterMode::ReadWrite)
        YamlWriter::appendEntry(out, QStringLiteral("mode"), audit::clusterModeName(m_profile.mode), 2);
    if (!m_profile.colour.isEmpty())
        YamlWriter::appendEntry(out, QStringLiteral("colour"), m_profile.colour, 2);
    if (!m_profile.jump.isDirect()) {
        const JumpHostSettings &j = m_profile.jump;
        // Never a password: it is asked for when the tunnel connects.
        QVariantMap jump { { QStringLiteral("via"), JumpHostSettings::modeName(j.mode) },
                           { QStringLiteral("host"), j.host },
                           { QStringLiteral("user"), j.user },
                           { QStringLiteral("port"), qlonglong(j.port) },
                           { QStringLiteral("key"), j.keyPath },
                           { QStringLiteral("known_hosts"), j.knownHostsPath } };
        YamlWriter::appendEntry(out, QStringLiteral("jump_host"), jump, 2);
    }
    auto inventory = YamlExporter::write(m_inventory);
    if (!inventory)
        return inventory.error();
    out += QStringLiteral("inventory:\n") + indented(inventory.value(), 2);
    QVariantMap groupVars;
    for (const Group &g : m_inventory.groups()) {
        if (!g.fileVars.isEmpty())
            groupVars.insert(g.name, g.fileVars);
    }
    QVariantMap hostVars;
    for (const Host &h : m_inventory.hosts()) {
        if (!h.fileVars.isEmpty())
            hostVars.insert(h.name, h.fileVars);
    }
    if (!groupVars.isEmpty() || !hostVars.isEmpty()) {
        out += QStringLiteral(
            "# Variables that came from group_vars/ and host_vars/ files; they outrank the\n"
            "# inventory's own (Ansible's precedence), so they are kept apart.\n");
        QVariantMap files;
        if (!groupVars.isEmpty())
            files.insert(QStringLiteral("group_vars"), groupVars);
        if (!hostVars.isEmpty())
            files.insert(QStringLiteral("host_vars"), hostVars);
        YamlWriter::appendEntry(out, QStringLiteral("vars_files"), files, 0);
    }
    return out;
}

Status Workspace::save(const QString &path) const
{
    auto text = toText();
    if (!text)
        return text.error();
    if (auto s = saveText(path, text.value()); !s)
        return s;
    discardAutosave(path);
    return {};
}

QString Workspace::autosavePath(const QString &path)
{
    if (path.isEmpty())
        return untitledAutosavePath();
    const QFileInfo info(path);
    return info.absoluteDir().filePath(u'.' + info.fileName() + QStringLiteral(".autosave"));
}

QString Workspace::untitledAutosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("untitled.mcw.yaml.autosave"));
}

Status Workspace::saveAutosave(const QString &path) const
{
    auto text = toText();
    if (!text)
        return text.error();
    const QString sidecar = autosavePath(path);
    if (path.isEmpty() && !QDir().mkpath(QFileInfo(sidecar).absolutePath()))
        return Error { tr("Cannot autosave the unsaved workspace: cannot create the folder %1")
                           .arg(QDir::toNativeSeparators(QFileInfo(sidecar).absolutePath())),
                       {} };
    return saveText(sidecar, text.value());
}

bool Workspace::hasRecoverableAutosave(const QString &path)
{
    const QFileInfo autosave(autosavePath(path));
    if (!autosave.isFile())
        return false;
    const QFileInfo main(path);
    return !main.exists() || autosave.lastModified() >= main.lastModified();
}

Result<Workspace> Workspace::loadAutosave(const QString &path)
{
    return load(autosavePath(path));
}

void Workspace::discardAutosave(const QString &path)
{
    QFile::remove(autosavePath(path));
}

HostEntry Workspace::entryFor(const QString &name) const
{
    HostEntry e;
    e.name = name;
    e.vars = m_inventory.effectiveVars(name);
    e.address = InventoryValidator::address(m_inventory, name);
    e.port = m_profile.ssh.port;
    bool ok = false;
    const int port = VariantUtil::displayText(e.vars.value(QStringLiteral("ansible_port"))).toInt(&ok);
    if (ok && port > 0 && port < 65536)
        e.port = port;
    const QVariant user = e.vars.value(QStringLiteral("ansible_user"));
    e.user = VariantUtil::kind(user) == VariantUtil::Kind::String && !user.toString().isEmpty()
        ? user.toString()
        : m_profile.ssh.user;
    e.master = m_profile.roles.masters(m_inventory).contains(name);
    e.agent = m_profile.roles.agents(m_inventory).contains(name);
    const int id = InventoryValidator::zooId(m_inventory, name);
    e.zooId
        = e.master && id >= InventoryValidator::kMinZooId && id <= InventoryValidator::kMaxZooId ? id : -1;
    return e;
}

QList<HostEntry> Workspace::masters() const
{
    QList<HostEntry> out;
    for (const QString &h : m_profile.roles.masters(m_inventory))
        out << entryFor(h);
    return out;
}

QList<HostEntry> Workspace::agents() const
{
    QList<HostEntry> out;
    for (const QString &h : m_profile.roles.agents(m_inventory))
        out << entryFor(h);
    return out;
}

std::optional<HostEntry> Workspace::host(const QString &name) const
{
    if (!m_inventory.hasHost(name))
        return std::nullopt;
    return entryFor(name);
}

int Workspace::zooId(const QString &hostName) const
{
    const auto e = host(hostName);
    return e ? e->zooId : -1;
}

Result<QList<HostEntry>> Workspace::hostsOf(const QString &pattern) const
{
    static const QRegularExpression splitter(QStringLiteral("[:,]"));
    // A whole name first: IPv6 host names contain ':'.
    QStringList terms = m_inventory.hasHost(pattern) || m_inventory.hasGroup(pattern)
        ? QStringList { pattern }
        : pattern.split(splitter, Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return Error { tr("An empty host pattern matches nothing; use \"all\" or a group name."), {} };
    QStringList selected;
    bool first = true;
    for (QString term : terms) {
        term = term.trimmed();
        enum class Op { Union, Intersect, Exclude } op = Op::Union;
        if (term.startsWith(u'&')) {
            op = Op::Intersect;
            term.remove(0, 1);
        } else if (term.startsWith(u'!')) {
            op = Op::Exclude;
            term.remove(0, 1);
        }
        QStringList matched;
        if (term == QLatin1String("all") || term == QLatin1String("*")) {
            for (const Host &h : m_inventory.hosts())
                matched << h.name;
        } else if (m_inventory.hasGroup(term)) {
            matched = m_inventory.hostsIn(term);
        } else if (m_inventory.hasHost(term)) {
            matched << term;
        } else if (term.contains(u'*') || term.contains(u'?')) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                term, QRegularExpression::UnanchoredWildcardConversion));
            const QRegularExpression anchored(u'^' + re.pattern() + u'$');
            for (const Group &g : m_inventory.groups()) {
                if (anchored.match(g.name).hasMatch()) {
                    for (const QString &h : m_inventory.hostsIn(g.name)) {
                        if (!matched.contains(h))
                            matched << h;
                    }
                }
            }
            for (const Host &h : m_inventory.hosts()) {
                if (anchored.match(h.name).hasMatch() && !matched.contains(h.name))
                    matched << h.name;
            }
        } else {
            return Error { tr("\"%1\" is neither a group nor a host of this workspace.").arg(term), {} };
        }
        if (op == Op::Union || first) {
            for (const QString &h : std::as_const(matched)) {
                if (!selected.contains(h))
                    selected << h;
            }
        } else if (op == Op::Intersect) {
            selected.removeIf([&](const QString &h) { return !matched.contains(h); });
        } else {
            selected.removeIf([&](const QString &h) { return matched.contains(h); });
        }
        first = false;
    }
    QList<HostEntry> out;
    for (const QString &h : std::as_const(selected))
        out << entryFor(h);
    return out;
}

QStringList Workspace::mesosEndpoints() const
{
    // One URL, a zk:// URL, or several masters separated by commas (Cluster Settings' "Keep all masters").
    if (m_profile.mesosUrl.startsWith(QStringLiteral("zk://")))
        return { m_profile.mesosUrl };
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    if (!m_profile.mesosUrl.isEmpty())
        return m_profile.mesosUrl.split(separators, Qt::SkipEmptyParts);
    return masterUrls(ClusterProfile::kMesosPort);
}

QStringList Workspace::marathonEndpoints() const
{
    if (!m_profile.marathonUrl.isEmpty())
        return { m_profile.marathonUrl };
    return masterUrls(ClusterProfile::kMarathonPort);
}

QStringList Workspace::masterUrls(int port) const
{
    QStringList out;
    for (const HostEntry &m : masters()) {
        // An IPv6 address in brackets; one argument to arg(), so that a zone id's "%2" stays as it is.
        const QString host = m.address.contains(u':') ? u'[' + m.address + u']' : m.address;
        out << QStringLiteral("http://%1:%2").arg(host, QString::number(port));
    }
    return out;
}

QString Workspace::zookeeperConnectString() const
{
    QStringList parts;
    for (const HostEntry &m : masters()) {
        const QString host = m.address.contains(u':') ? u'[' + m.address + u']' : m.address;
        parts << host + QStringLiteral(":2181");
    }
    return parts.join(u',');
}

ValidationIssues Workspace::validate() const
{
    return InventoryValidator::validate(m_inventory, m_profile.roles);
}

} // namespace mc::inventory
