#include "core/inventory/YamlImporter.h"

#include "core/inventory/HostPattern.h"
#include "core/inventory/SourceError.h"
#include "core/inventory/VariantUtil.h"
#include "core/inventory/YamlSyntax.h"
#include "core/inventory/YamlValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <yaml-cpp/yaml.h>

#include <exception>

namespace mc::inventory {

namespace {

QString typeName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return YamlImporter::tr("a list");
    case YAML::NodeType::Map:
        return YamlImporter::tr("a mapping");
    case YAML::NodeType::Scalar: {
        const QVariant v = YamlValue::convert(node).value;
        switch (VariantUtil::kind(v)) {
        case VariantUtil::Kind::Bool:
            return YamlImporter::tr("a boolean");
        case VariantUtil::Kind::Int:
            return YamlImporter::tr("an integer");
        case VariantUtil::Kind::Float:
            return YamlImporter::tr("a number");
        default:
            return YamlImporter::tr("a string");
        }
    }
    default:
        return YamlImporter::tr("empty");
    }
}

// Loads one YAML document; yaml-cpp's exceptions stop here.
Result<YAML::Node> load(const QString &text, const QString &fileName)
{
    try {
        if (auto syntax = YamlSyntax::check(text, fileName); !syntax)
            return syntax.error();
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        const QString what = QString::fromStdString(e.msg);
        if (e.mark.is_null())
            return SourceError::inFile(fileName, YamlImporter::tr("not valid YAML: %1").arg(what));
        return SourceError::at(fileName, e.mark.line + 1, e.mark.column + 1,
                               YamlImporter::tr("not valid YAML: %1").arg(what));
    } catch (const std::exception &e) {
        return SourceError::inFile(
            fileName, YamlImporter::tr("cannot read the YAML: %1").arg(QString::fromUtf8(e.what())));
    }
}

// YAML::Node has no move assignment and its copy assignment throws only for an invalid
// node; entries() stores only nodes it iterated.
struct Entry // NOLINT(bugprone-exception-escape): see above
{
    YAML::Node key;
    YAML::Node value;
    QVariant keyValue;
};

// A mapping's entries as Python builds a dict from them: a repeated key
// keeps its first place and takes its last value.
QList<Entry> entries(const YAML::Node &map)
{
    QList<Entry> out;
    QHash<QString, qsizetype> index;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QVariant k = YamlValue::convert(it->first).value;
        const QString text = VariantUtil::keyText(k) + QString::number(int(VariantUtil::kind(k)));
        if (const auto found = index.constFind(text); found != index.cend()) {
            out[*found].value = it->second;
        } else {
            index.insert(text, out.size());
            out.append(Entry { it->first, it->second, k });
        }
    }
    return out;
}

class Parser
{
public:
    explicit Parser(const QString &fileName)
        : m_file(fileName)
    { }

    Result<ImportedInventory> run(const QString &text)
    {
        auto doc = load(text, m_file);
        if (!doc)
            return doc.error();
        return runNode(doc.value());
    }

    Result<ImportedInventory> runNode(const YAML::Node &doc)
    {
        try {
            if (auto s = parseDocument(doc); !s)
                return s.error();
        } catch (const YAML::Exception &e) {
            return SourceError::at(m_file, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
        }
        m_result.inventory.reconcile();
        m_result.format = InventoryFormat::Yaml;
        return std::move(m_result);
    }

private:
    Error errorAt(const YAML::Node &node, const QString &message) const
    {
        const YAML::Mark m = node.Mark();
        if (m.is_null())
            return SourceError::inFile(m_file, message);
        return SourceError::at(m_file, m.line + 1, m.column + 1, message);
    }

    void warnAt(const YAML::Node &node, const QString &message)
    {
        const YAML::Mark m = node.Mark();
        m_result.warnings
            << QStringLiteral("%1:%2:%3: %4").arg(m_file).arg(m.line + 1).arg(m.column + 1).arg(message);
    }

    Status parseDocument(const YAML::Node &doc)
    {
        if (!doc.IsDefined() || doc.IsNull() || (doc.IsMap() && doc.size() == 0))
            return SourceError::inFile(m_file,
                                       YamlImporter::tr("the YAML file is empty; an inventory starts with "
                                                        "\"all:\""));
        if (!doc.IsMap()) {
            return errorAt(
                doc,
                YamlImporter::tr("a YAML inventory must be a mapping of group names (starting with "
                                 "\"all:\"), not %1")
                    .arg(typeName(doc)));
        }
        for (const Entry &e : entries(doc)) {
            if (VariantUtil::kind(e.keyValue) == VariantUtil::Kind::String
                && e.keyValue.toString() == QLatin1String("plugin") && !e.value.IsNull()) {
                return errorAt(e.key,
                               YamlImporter::tr("this is an inventory plugin configuration (it has a "
                                                "\"plugin:\" key), not an inventory; run ansible-inventory "
                                                "--list on it and import that instead"));
            }
        }
        for (const Entry &e : entries(doc)) {
            auto name = parseGroup(e.key, e.keyValue, e.value, 0);
            if (!name)
                return name.error();
        }
        return {};
    }

    Result<QString> groupName(const YAML::Node &keyNode, const QVariant &key)
    {
        if (VariantUtil::kind(key) != VariantUtil::Kind::String || key.toString().isEmpty()) {
            return errorAt(
                keyNode,
                YamlImporter::tr("a group name must be text, not %1; quote it").arg(typeName(keyNode)));
        }
        return key.toString();
    }

    Result<QString> parseGroup(const YAML::Node &keyNode, const QVariant &key, const YAML::Node &data,
                               int depth)
    {
        auto nameResult = groupName(keyNode, key);
        if (!nameResult)
            return nameResult.error();
        const QString group = nameResult.value();
        if (depth > 200)
            return errorAt(keyNode, YamlImporter::tr("groups are nested too deeply"));
        if (!(data.IsMap() || data.IsNull() || !data.IsDefined())) {
            warnAt(keyNode,
                   YamlImporter::tr("skipping \"%1\": a group must be a mapping (with hosts, vars, "
                                    "children) or empty, not %2")
                       .arg(group, typeName(data)));
            return group;
        }
        m_result.inventory.addGroup(group);
        if (!data.IsMap())
            return group;

        for (const Entry &e : entries(data)) {
            const QString key = VariantUtil::kind(e.keyValue) == VariantUtil::Kind::String
                ? e.keyValue.toString()
                : QString();
            YAML::Node value = e.value;
            const bool section = key == QLatin1String("vars") || key == QLatin1String("children")
                || key == QLatin1String("hosts");
            bool bareString = false;
            if (section && value.IsScalar()
                && VariantUtil::kind(YamlValue::convert(value).value) == VariantUtil::Kind::String) {
                bareString = true;
            } else if (section && !(value.IsMap() || value.IsNull())) {
                return errorAt(value,
                               YamlImporter::tr("\"%1\" of the group \"%2\" must be a mapping, not %3")
                                   .arg(key, group, typeName(value)));
            }
            if (!bareString && !(value.IsMap() || value.IsNull())) {
                warnAt(e.key,
                       YamlImporter::tr("skipping the key \"%1\" in the group \"%2\": it is not a mapping")
                           .arg(VariantUtil::keyText(e.keyValue), group));
                continue;
            }
            if (value.IsNull())
                continue;
            QList<Entry> items;
            if (bareString)
                items.append(Entry { value, YAML::Node(), YamlValue::convert(value).value });
            else
                items = entries(value);

            if (key == QLatin1String("vars")) {
                for (const Entry &v : items) {
                    auto c = YamlValue::convert(v.value);
                    if (!c.error.isEmpty())
                        return SourceError::at(m_file, c.line, c.column, c.error);
                    m_result.inventory.setVariable(group, VariantUtil::keyText(v.keyValue), c.value);
                }
            } else if (key == QLatin1String("children")) {
                for (const Entry &child : items) {
                    auto childName = parseGroup(child.key, child.keyValue, child.value, depth + 1);
                    if (!childName)
                        return childName.error();
                    if (auto s = m_result.inventory.addChild(group, childName.value()); !s)
                        return errorAt(child.key, s.error().message);
                }
            } else if (key == QLatin1String("hosts")) {
                for (const Entry &h : items) {
                    if (auto s = parseHost(group, h); !s)
                        return s.error();
                }
            } else {
                warnAt(e.key,
                       YamlImporter::tr("skipping the unexpected key \"%1\" in the group \"%2\"; only vars, "
                                        "children and hosts are read")
                           .arg(VariantUtil::keyText(e.keyValue), group));
            }
        }
        return group;
    }

    Status parseHost(const QString &group, const Entry &h)
    {
        if (VariantUtil::kind(h.keyValue) != VariantUtil::Kind::String) {
            return errorAt(h.key,
                           YamlImporter::tr("the host pattern %1 must be text; put numbers in quotes")
                               .arg(VariantUtil::keyText(h.keyValue)));
        }
        const QString pattern = h.keyValue.toString();
        const HostPattern::Expansion expansion = HostPattern::expand(pattern, false);
        if (!expansion.error.isEmpty()) {
            const YAML::Mark m = h.key.Mark();
            return SourceError::at(m_file, m.line + 1, m.column + 1 + expansion.errorOffset, expansion.error);
        }
        QVariantMap vars;
        if (h.value.IsDefined() && !h.value.IsNull()) {
            auto c = YamlValue::convert(h.value);
            if (!c.error.isEmpty())
                return SourceError::at(m_file, c.line, c.column, c.error);
            const auto kind = VariantUtil::kind(c.value);
            if (kind == VariantUtil::Kind::Map) {
                vars = c.value.toMap();
            } else {
                const bool falsy = (kind == VariantUtil::Kind::Bool && !c.value.toBool())
                    || (kind == VariantUtil::Kind::Int && c.value.toLongLong() == 0)
                    || (kind == VariantUtil::Kind::String && c.value.toString().isEmpty())
                    || (kind == VariantUtil::Kind::List && c.value.toList().isEmpty());
                if (!falsy) {
                    return errorAt(h.value,
                                   YamlImporter::tr("the variables of host \"%1\" must be a mapping "
                                                    "(name: value), not %2")
                                       .arg(pattern, typeName(h.value)));
                }
            }
        }
        for (const QString &name : expansion.hosts) {
            m_result.inventory.addHost(name, group, expansion.port);
            for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                m_result.inventory.setVariable(name, it.key(), it.value());
        }
        return {};
    }

    QString m_file;
    ImportedInventory m_result;
};

} // namespace

Result<ImportedInventory> YamlImporter::parse(const QString &text, const QString &fileName)
{
    Parser parser(fileName);
    return parser.run(text);
}

Result<ImportedInventory> YamlImporter::parseNode(const YAML::Node &node, const QString &fileName)
{
    Parser parser(fileName);
    return parser.runNode(node);
}

Result<YAML::Node> YamlImporter::loadDocument(const QString &text, const QString &fileName)
{
    return load(text, fileName);
}

Result<QVariant> YamlImporter::parseValue(const QString &text, const QString &fileName)
{
    auto doc = load(text, fileName);
    if (!doc)
        return doc.error();
    try {
        auto c = YamlValue::convert(doc.value());
        if (!c.error.isEmpty())
            return SourceError::at(fileName, c.line, c.column, c.error);
        return c.value;
    } catch (const YAML::Exception &e) {
        return SourceError::at(fileName, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
    }
}

Result<QVariantMap> YamlImporter::parseVarsFile(const QString &text, const QString &fileName)
{
    // Like Ansible's loader: JSON first, then YAML.
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &jsonError);
    QVariant value;
    if (jsonError.error == QJsonParseError::NoError && json.isObject()) {
        value = VariantUtil::normalized(json.object().toVariantMap());
    } else {
        auto parsed = parseValue(text, fileName);
        if (!parsed)
            return parsed.error();
        value = parsed.value();
    }
    if (VariantUtil::kind(value) == VariantUtil::Kind::Null)
        return QVariantMap {};
    if (VariantUtil::kind(value) != VariantUtil::Kind::Map) {
        return SourceError::inFile(fileName,
                                   tr("a variables file must hold a mapping (name: value), "
                                      "not a list or a single value"));
    }
    return value.toMap();
}

} // namespace mc::inventory
