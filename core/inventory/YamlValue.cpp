#include "core/inventory/YamlValue.h"

#include "core/inventory/VariantUtil.h"

#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>

namespace mc::inventory {

namespace {

const QRegularExpression &boolPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\\z"));
    return re;
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\z)"));
    return re;
}

const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z)"));
    return re;
}

const QRegularExpression &nullPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)\\z"));
    return re;
}

// Removes a leading '-' or '+' from `v`: -1 when it was a '-', else 1.
int takeSign(QString &v)
{
    const int sign = v.startsWith(u'-') ? -1 : 1;
    if (v.startsWith(u'-') || v.startsWith(u'+'))
        v.remove(0, 1);
    return sign;
}

std::optional<QVariant> constructInt(QString v)
{
    v.remove(u'_');
    if (v.isEmpty())
        return std::nullopt;
    const qlonglong sign = takeSign(v);
    bool ok = true;
    qlonglong result = 0;
    if (v == QLatin1String("0"))
        result = 0;
    else if (v.startsWith(QLatin1String("0b")))
        result = v.mid(2).toLongLong(&ok, 2);
    else if (v.startsWith(QLatin1String("0x")))
        result = v.mid(2).toLongLong(&ok, 16);
    else if (v.startsWith(u'0'))
        result = v.toLongLong(&ok, 8);
    else if (v.contains(u':')) {
        const QStringList parts = v.split(u':');
        qlonglong base = 1;
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            result += parts.at(i).toLongLong(&ok) * base;
            base *= 60;
            if (!ok)
                break;
        }
    } else
        result = v.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QVariant(sign * result);
}

std::optional<QVariant> constructFloat(QString v)
{
    v.remove(u'_');
    v = v.toLower();
    if (v.isEmpty())
        return std::nullopt;
    const double sign = takeSign(v);
    if (v == QLatin1String(".inf"))
        return QVariant(sign * std::numeric_limits<double>::infinity());
    if (v == QLatin1String(".nan"))
        return QVariant(std::numeric_limits<double>::quiet_NaN());
    if (v.contains(u':')) {
        const QStringList parts = v.split(u':');
        double base = 1;
        double result = 0;
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            result += parts.at(i).toDouble() * base;
            base *= 60;
        }
        return QVariant(sign * result);
    }
    if (v.endsWith(u'.'))
        v.append(u'0');
    if (v.startsWith(u'.'))
        v.prepend(u'0');
    bool ok = false;
    double d = v.toDouble(&ok);
    if (!ok)
        d = std::strtod(v.toStdString().c_str(), nullptr);
    return QVariant(sign * d);
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

class Converter
{
public:
    YamlValue::Conversion run(const YAML::Node &node)
    {
        YamlValue::Conversion c;
        c.value = convert(node, 0);
        c.error = m_error;
        c.line = m_line;
        c.column = m_column;
        return c;
    }

private:
    void fail(const YAML::Node &node, const QString &message)
    {
        if (!m_error.isEmpty())
            return;
        m_error = message;
        m_line = node.Mark().line + 1;
        m_column = node.Mark().column + 1;
    }

    QVariant convert(const YAML::Node &node, int depth)
    {
        if (!m_error.isEmpty())
            return {};
        if (++m_nodes > YamlValue::kMaxNodes) {
            fail(node,
                 YamlValue::tr("this value expands to more than %1 values (aliases repeated too often)")
                     .arg(YamlValue::kMaxNodes));
            return {};
        }
        if (depth > 500) {
            fail(node, YamlValue::tr("values are nested too deeply"));
            return {};
        }
        const std::string &tag = node.Tag();
        if (tag == "!vault" || tag == "!vault-encrypted") {
            fail(node,
                 YamlValue::tr("vault-encrypted values are not supported; decrypt them with ansible-vault "
                               "first"));
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return {};
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            QVariantList list;
            for (const YAML::Node &item : node)
                list.append(convert(item, depth + 1));
            return list;
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            // Merge keys ("<<") first, so the mapping's own keys win.
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar() && it->first.Tag() == "?" && it->first.Scalar() == "<<") {
                    const QVariant merged = convert(it->second, depth + 1);
                    const QVariantList sources = VariantUtil::kind(merged) == VariantUtil::Kind::List
                        ? merged.toList()
                        : QVariantList { merged };
                    for (const QVariant &s : sources) {
                        if (VariantUtil::kind(s) != VariantUtil::Kind::Map) {
                            fail(it->second,
                                 YamlValue::tr("a merge key (<<) needs a mapping or a list of mappings"));
                            return {};
                        }
                        const QVariantMap m = s.toMap();
                        for (auto mi = m.cbegin(); mi != m.cend(); ++mi) {
                            if (!map.contains(mi.key()))
                                map.insert(mi.key(), mi.value());
                        }
                    }
                }
            }
            QVariantMap own;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar() && it->first.Tag() == "?" && it->first.Scalar() == "<<")
                    continue;
                const QVariant key = convert(it->first, depth + 1);
                const auto keyKind = VariantUtil::kind(key);
                if (keyKind == VariantUtil::Kind::List || keyKind == VariantUtil::Kind::Map) {
                    fail(it->first,
                         YamlValue::tr("a mapping key must be a plain value, not a list or mapping"));
                    return {};
                }
                own.insert(VariantUtil::keyText(key), convert(it->second, depth + 1));
            }
            for (auto it = own.cbegin(); it != own.cend(); ++it)
                map.insert(it.key(), it.value());
            return map;
        }
        }
        return {};
    }

    QVariant scalar(const YAML::Node &node)
    {
        const QString text = fromStd(node.Scalar());
        const std::string &tag = node.Tag();
        if (tag == "?")
            return YamlValue::resolvePlain(text);
        if (tag == "tag:yaml.org,2002:int") {
            if (auto v = constructInt(text))
                return *v;
            fail(node, YamlValue::tr("\"%1\" is tagged !!int but is not a whole number").arg(text));
            return {};
        }
        if (tag == "tag:yaml.org,2002:float") {
            if (auto v = constructFloat(text))
                return *v;
            fail(node, YamlValue::tr("\"%1\" is tagged !!float but is not a number").arg(text));
            return {};
        }
        if (tag == "tag:yaml.org,2002:bool") {
            if (boolPattern().match(text).hasMatch())
                return YamlValue::resolvePlain(text);
            fail(node,
                 YamlValue::tr("\"%1\" is tagged !!bool but is not yes/no/true/false/on/off").arg(text));
            return {};
        }
        if (tag == "tag:yaml.org,2002:null")
            return {};
        // "!" (quoted), !!str, !unsafe, !!timestamp and others: the text.
        return text;
    }

    QString m_error;
    int m_line = 0;
    int m_column = 0;
    qsizetype m_nodes = 0;
};

} // namespace

QVariant YamlValue::resolvePlain(const QString &text)
{
    if (nullPattern().match(text).hasMatch())
        return {};
    if (boolPattern().match(text).hasMatch()) {
        const QString l = text.toLower();
        return QVariant(l == QLatin1String("yes") || l == QLatin1String("true") || l == QLatin1String("on"));
    }
    if (intPattern().match(text).hasMatch()) {
        if (auto v = constructInt(text))
            return *v;
        return text;
    }
    if (floatPattern().match(text).hasMatch()) {
        if (auto v = constructFloat(text))
            return *v;
    }
    return text;
}

bool YamlValue::isSafePlainString(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_./][A-Za-z0-9_./@%+=,()-]*\z)"));
    if (!safe.match(text).hasMatch())
        return false;
    const QVariant v = resolvePlain(text);
    return VariantUtil::kind(v) == VariantUtil::Kind::String && v.toString() == text;
}

YamlValue::Conversion YamlValue::convert(const YAML::Node &node)
{
    Converter c;
    return c.run(node);
}

} // namespace mc::inventory
