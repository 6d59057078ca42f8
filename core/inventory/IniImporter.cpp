#include "core/inventory/IniImporter.h"

#include "core/inventory/HostPattern.h"
#include "core/inventory/PythonLiteral.h"
#include "core/inventory/ShellSplit.h"
#include "core/inventory/SourceError.h"

#include <QRegularExpression>

namespace mc::inventory {

namespace {

// Python's str.splitlines() boundaries.
QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool boundary = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
            || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!boundary)
            continue;
        lines << text.mid(start, i - start);
        if (c == '\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < n)
        lines << text.mid(start);
    return lines;
}

const QRegularExpression &sectionPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &groupNamePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^([^:\]\s]+)\s*(?:#.*)?$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

struct Pending
{
    qsizetype line = 0;
    QString state; // "vars" or "children"
    QStringList parents;
};

class Parser
{
public:
    Parser(const QString &fileName)
        : m_file(fileName)
    { }

    Result<ImportedInventory> run(const QString &text)
    {
        const QStringList lines = splitLines(text);
        QString groupName = ungroupedGroupName();
        QString state = QStringLiteral("hosts");
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = i + 1;
            const QString &raw = lines.at(i);
            qsizetype lead = 0;
            while (lead < raw.size() && raw.at(lead).isSpace())
                ++lead;
            m_lead = lead;
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
                continue;

            const auto m = sectionPattern().match(line);
            if (m.hasMatch()) {
                groupName = m.captured(1);
                state = m.captured(2).isEmpty() ? QStringLiteral("hosts") : m.captured(2);
                if (state != QLatin1String("hosts") && state != QLatin1String("children")
                    && state != QLatin1String("vars")) {
                    return fail(
                        1,
                        IniImporter::tr("section [%1:%2] has an unknown type \"%2\"; use [%1], [%1:vars] "
                                        "or [%1:children]")
                            .arg(groupName, state));
                }
                warnAboutGroupName(groupName);
                if (!m_result.inventory.hasGroup(groupName)) {
                    if (state == QLatin1String("vars") && !m_pending.contains(groupName)) {
                        m_pending.insert(groupName, Pending { m_line, state, {} });
                        m_pendingOrder << groupName;
                    }
                    m_result.inventory.addGroup(groupName);
                }
                if (m_pending.contains(groupName) && state != QLatin1String("vars")) {
                    if (m_pending.value(groupName).state == QLatin1String("children")) {
                        if (auto s = addPendingChildren(groupName); !s)
                            return s.error();
                    } else {
                        removePending(groupName);
                    }
                }
                continue;
            }
            if (line.startsWith(u'[') && line.endsWith(u']')) {
                return fail(
                    1,
                    IniImporter::tr("invalid section header %1: a group name cannot contain spaces, ':' or "
                                    "']' (for example [my_group])")
                        .arg(line));
            }

            if (state == QLatin1String("hosts")) {
                if (auto s = parseHostLine(line, groupName); !s)
                    return s.error();
            } else if (state == QLatin1String("vars")) {
                const qsizetype eq = line.indexOf(u'=');
                if (eq < 0) {
                    return fail(
                        1,
                        IniImporter::tr("expected key=value in [%1:vars], got \"%2\"").arg(groupName, line));
                }
                const QString key = line.left(eq).trimmed();
                const QString value = line.mid(eq + 1).trimmed();
                m_result.inventory.setVariable(groupName, key, PythonLiteral::valueOf(value));
            } else {
                const auto gm = groupNamePattern().match(line);
                if (!gm.hasMatch()) {
                    return fail(
                        1,
                        IniImporter::tr("expected one group name per line in [%1:children], got \"%2\"")
                            .arg(groupName, line));
                }
                const QString child = gm.captured(1);
                if (!m_result.inventory.hasGroup(child)) {
                    if (!m_pending.contains(child)) {
                        m_pending.insert(child,
                                         Pending { m_line, QStringLiteral("children"), { groupName } });
                        m_pendingOrder << child;
                    } else {
                        m_pending[child].parents << groupName;
                    }
                } else if (auto s = m_result.inventory.addChild(groupName, child); !s) {
                    return fail(1, s.error().message);
                }
            }
        }
        for (const QString &name : std::as_const(m_pendingOrder)) {
            if (!m_pending.contains(name))
                continue;
            const Pending p = m_pending.value(name);
            if (p.state == QLatin1String("vars")) {
                return SourceError::at(
                    m_file, p.line, 1,
                    IniImporter::tr("section [%1:vars] is for a group that is never defined; add a "
                                    "[%1] or [%1:children] section, or remove it")
                        .arg(name));
            }
            return SourceError::at(
                m_file, p.line, 1,
                IniImporter::tr("section [%1:children] includes the group \"%2\", which is never "
                                "defined; add a [%2] section or remove the line")
                    .arg(p.parents.last(), name));
        }
        m_result.inventory.reconcile();
        m_result.format = InventoryFormat::Ini;
        return std::move(m_result);
    }

private:
    Error fail(qsizetype column, const QString &message) const
    {
        return SourceError::at(m_file, m_line, m_lead + column, message);
    }

    void removePending(const QString &name) { m_pending.remove(name); }

    Status addPendingChildren(const QString &group)
    {
        const Pending p = m_pending.value(group);
        for (const QString &parent : p.parents) {
            if (auto s = m_result.inventory.addChild(parent, group); !s)
                return fail(1, s.error().message);
            if (m_pending.contains(parent) && m_pending.value(parent).state == QLatin1String("children")) {
                if (auto s = addPendingChildren(parent); !s)
                    return s;
            }
        }
        m_pending.remove(group);
        return {};
    }

    void warnAboutGroupName(const QString &name)
    {
        static const QRegularExpression invalid(QStringLiteral(R"(^[\d\W]|[^\w])"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        if (m_warnedGroups.contains(name) || !invalid.match(name).hasMatch())
            return;
        m_warnedGroups << name;
        m_result.warnings << IniImporter::tr(
                                 "%1:%2:%3: the group name \"%4\" has characters Ansible warns about; "
                                 "letters, digits and _ are safe")
                                 .arg(m_file)
                                 .arg(m_line)
                                 .arg(m_lead + 2)
                                 .arg(name);
    }

    Status parseHostLine(const QString &line, const QString &groupName)
    {
        const ShellSplit::Outcome split = ShellSplit::split(line);
        if (!split.error.isEmpty()) {
            const QString what = split.error == QLatin1String("No closing quotation")
                ? IniImporter::tr("a quote opened here is never closed; close it or escape it with \\")
                : IniImporter::tr("the line ends with a backslash that escapes nothing");
            return fail(split.errorOffset + 1, what);
        }
        if (split.tokens.isEmpty())
            return {};
        const ShellSplit::Token &first = split.tokens.first();
        const HostPattern::Expansion expansion = HostPattern::expand(first.text, true);
        if (!expansion.error.isEmpty())
            return fail(first.offset + expansion.errorOffset + 1, expansion.error);

        QList<std::pair<QString, QVariant>> variables;
        for (qsizetype i = 1; i < split.tokens.size(); ++i) {
            const ShellSplit::Token &t = split.tokens.at(i);
            const qsizetype eq = t.text.indexOf(u'=');
            if (eq < 0) {
                return fail(t.offset + 1,
                            IniImporter::tr("expected key=value after the host name, got \"%1\" (quote "
                                            "values that contain spaces)")
                                .arg(t.text));
            }
            variables.append({ t.text.left(eq), PythonLiteral::valueOf(t.text.mid(eq + 1)) });
        }
        for (const QString &h : expansion.hosts) {
            if (m_result.inventory.hasGroup(h) && !m_result.inventory.hasHost(h)) {
                m_result.warnings << IniImporter::tr(
                                         "%1:%2:%3: \"%4\" is both a group and a host name; Ansible "
                                         "mixes them up")
                                         .arg(m_file)
                                         .arg(m_line)
                                         .arg(m_lead + first.offset + 1)
                                         .arg(h);
            }
            m_result.inventory.addHost(h, groupName, expansion.port);
            for (const auto &[k, v] : variables)
                m_result.inventory.setVariable(h, k, v);
        }
        return {};
    }

    QString m_file;
    qsizetype m_line = 0;
    qsizetype m_lead = 0;
    ImportedInventory m_result;
    QHash<QString, Pending> m_pending;
    QStringList m_pendingOrder;
    QStringList m_warnedGroups;
};

} // namespace

Result<ImportedInventory> IniImporter::parse(const QString &text, const QString &fileName)
{
    Parser parser(fileName);
    return parser.run(text);
}

} // namespace mc::inventory
