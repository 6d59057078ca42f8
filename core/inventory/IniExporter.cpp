#include "core/inventory/IniExporter.h"

#include "core/inventory/HostPattern.h"
#include "core/inventory/PythonLiteral.h"
#include "core/inventory/ShellSplit.h"
#include "core/inventory/VariantUtil.h"

#include <QRegularExpression>

#include <optional>

namespace mc::inventory {

namespace {

const QString kPriorityVar = QStringLiteral("ansible_group_priority");

Error cannot(const QString &what)
{
    return Error {
        IniExporter::tr("Cannot write this inventory as INI: %1 Export it as YAML instead.").arg(what), {}
    };
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return VariantUtil::toPythonJson(a) == VariantUtil::toPythonJson(b);
}

Status checkGroupName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^:\]\s]+\z)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(name).hasMatch() || name.startsWith(u'#') || name.startsWith(u';'))
        return cannot(
            IniExporter::tr("the group name \"%1\" has characters INI section names cannot hold.").arg(name));
    return {};
}

Status checkHostName(const QString &name)
{
    const ShellSplit::Outcome split = ShellSplit::split(name);
    if (name.startsWith(u'#') || name.startsWith(u';') || name.startsWith(u'[') || split.tokens.size() != 1
        || split.tokens.first().text != name || !HostPattern::roundTrips(name, true)) {
        return cannot(
            IniExporter::tr("the host name \"%1\" would be read as something else (a range, a port or "
                            "several words).")
                .arg(name));
    }
    return {};
}

// A value as an INI line writes it: a string as it is where it reads back as that string
// (one line, `trimmed`: without spaces around it, and not a Python literal), else its
// Python literal; none for NaN.
std::optional<QString> iniText(const QVariant &value, bool trimmed)
{
    const QString s = value.toString();
    if (VariantUtil::kind(value) == VariantUtil::Kind::String && (!trimmed || s.trimmed() == s)
        && !s.contains(u'\n') && !s.contains(u'\r') && !PythonLiteral::parse(s))
        return s;
    return PythonLiteral::repr(value);
}

} // namespace

Result<QString> IniExporter::hostVariable(const QString &key, const QVariant &value)
{
    static const QRegularExpression keyRe(QStringLiteral(R"(^[^\s=#'"\\]+\z)"));
    if (!keyRe.match(key).hasMatch())
        return cannot(tr("the variable name \"%1\" cannot be written on a host line.").arg(key));
    const std::optional<QString> written = iniText(value, false);
    if (!written)
        return cannot(tr("the value of \"%1\" (NaN) has no INI form.").arg(key));
    const QString &text = *written;
    const QString token = key + u'=' + ShellSplit::quote(text);
    // Read it back as the INI plugin will.
    const ShellSplit::Outcome split = ShellSplit::split(token);
    if (split.tokens.size() != 1 || !split.tokens.first().text.startsWith(key + u'=')
        || !sameValue(PythonLiteral::valueOf(split.tokens.first().text.mid(key.size() + 1)), value)) {
        return cannot(tr("the value of \"%1\" does not survive INI quoting.").arg(key));
    }
    return token;
}

Result<QString> IniExporter::groupVariable(const QString &key, const QVariant &value)
{
    if (key.isEmpty() || key.contains(u'=') || key.trimmed() != key || key.startsWith(u'#')
        || key.startsWith(u';') || key.startsWith(u'[') || key.contains(u'\n') || key.contains(u'\r')) {
        return cannot(tr("the variable name \"%1\" cannot be written in a [group:vars] section.").arg(key));
    }
    const std::optional<QString> written = iniText(value, true);
    if (!written)
        return cannot(tr("the value of \"%1\" (NaN) has no INI form.").arg(key));
    const QString &text = *written;
    if (!sameValue(PythonLiteral::valueOf(text), value) || text.contains(u'\n'))
        return cannot(tr("the value of \"%1\" does not survive INI quoting.").arg(key));
    return QString(key + u'=' + text);
}

Result<QString> IniExporter::write(const Inventory &inventory)
{
    const QString all = allGroupName();
    const QString ungrouped = ungroupedGroupName();
    QString out;
    QSet<QString> hostsWritten;

    auto hostLine = [&](const QString &name) -> Result<QString> {
        if (auto s = checkHostName(name); !s)
            return s.error();
        QString line = name;
        if (!hostsWritten.contains(name)) {
            hostsWritten.insert(name);
            const QVariantMap vars = inventory.host(name)->vars;
            for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
                auto token = hostVariable(it.key(), it.value());
                if (!token)
                    return token.error();
                line += u' ' + token.value();
            }
        }
        return QString(line + u'\n');
    };

    for (const QString &h : inventory.group(ungrouped)->hosts) {
        auto line = hostLine(h);
        if (!line)
            return line.error();
        out += line.value();
    }
    for (const Group &g : inventory.groups()) {
        if (g.name == all || g.name == ungrouped)
            continue;
        if (auto s = checkGroupName(g.name); !s)
            return s.error();
        if (!out.isEmpty())
            out += u'\n';
        out += u'[' + g.name + QStringLiteral("]\n");
        for (const QString &h : g.hosts) {
            auto line = hostLine(h);
            if (!line)
                return line.error();
            out += line.value();
        }
    }
    // Children after every group exists, so they keep their order.
    QStringList natural { ungrouped };
    for (const Group &g : inventory.groups()) {
        if (g.name == all || g.name == ungrouped)
            continue;
        const QStringList parents = inventory.parentsOf(g.name);
        if (parents.isEmpty() || parents == QStringList { all })
            natural << g.name;
    }
    for (const Group &g : inventory.groups()) {
        QStringList children = g.children;
        if (g.name == all) {
            if (children == natural)
                continue;
            children.removeAll(ungrouped);
        }
        if (children.isEmpty())
            continue;
        out += QStringLiteral("\n[%1:children]\n").arg(g.name);
        for (const QString &c : std::as_const(children))
            out += c + u'\n';
    }
    for (const Group &g : inventory.groups()) {
        if (g.vars.isEmpty() && g.priority == Group::kDefaultPriority)
            continue;
        out += QStringLiteral("\n[%1:vars]\n").arg(g.name);
        for (auto it = g.vars.cbegin(); it != g.vars.cend(); ++it) {
            if (it.key() == kPriorityVar)
                continue;
            auto line = groupVariable(it.key(), it.value());
            if (!line)
                return line.error();
            out += line.value() + u'\n';
        }
        if (g.priority != Group::kDefaultPriority)
            out += QStringLiteral("%1=%2\n").arg(kPriorityVar).arg(g.priority);
    }
    return out;
}

} // namespace mc::inventory
