#include "core/inventory/YamlWriter.h"

#include "core/inventory/VariantUtil.h"
#include "core/inventory/YamlValue.h"

#include <cmath>

namespace mc::inventory {

namespace {

QString doubleQuoted(const QString &s)
{
    QString out(u'"');
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (c == u'"' || c == u'\\') {
            out.append(u'\\');
            out.append(c);
        } else if (u == '\n') {
            out.append(QLatin1String("\\n"));
        } else if (u == '\t') {
            out.append(QLatin1String("\\t"));
        } else if (u == '\r') {
            out.append(QLatin1String("\\r"));
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f && u != 0x85) || u == 0xfffe || u == 0xffff) {
            out.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    out.append(u'"');
    return out;
}

} // namespace

bool YamlWriter::isCollection(const QVariant &value)
{
    const auto k = VariantUtil::kind(value);
    return k == VariantUtil::Kind::List || k == VariantUtil::Kind::Map;
}

QString YamlWriter::scalar(const QVariant &value)
{
    switch (VariantUtil::kind(value)) {
    case VariantUtil::Kind::Null:
        return QStringLiteral("null");
    case VariantUtil::Kind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case VariantUtil::Kind::Int:
        return QString::number(value.toLongLong());
    case VariantUtil::Kind::Float: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral(".nan");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
        QString text = VariantUtil::pythonFloat(d);
        // YAML 1.1 floats need a '.': 1e+16 -> 1.0e+16.
        if (!text.contains(u'.')) {
            const qsizetype e = text.indexOf(u'e');
            text.insert(e, QLatin1String(".0"));
        }
        return text;
    }
    case VariantUtil::Kind::String: {
        const QString s = value.toString();
        return YamlValue::isSafePlainString(s) ? s : doubleQuoted(s);
    }
    case VariantUtil::Kind::List:
        return QStringLiteral("[]");
    case VariantUtil::Kind::Map:
        return QStringLiteral("{}");
    }
    return QString();
}

QString YamlWriter::key(const QString &key, int indent)
{
    QString written = scalar(QVariant(key));
    constexpr qsizetype kLongestImplicitKey = 1000; // YAML's limit is 1,024, quotes and all
    if (written.size() <= kLongestImplicitKey)
        return written;
    return QStringLiteral("? ") + written + u'\n' + QString(indent, u' ');
}

void YamlWriter::appendEntry(QString &out, const QString &k, const QVariant &value, int indent)
{
    const QString pad(indent, u' ');
    out += pad + key(k, indent) + u':';
    const bool nonEmpty = (VariantUtil::kind(value) == VariantUtil::Kind::List && !value.toList().isEmpty())
        || (VariantUtil::kind(value) == VariantUtil::Kind::Map && !value.toMap().isEmpty());
    if (nonEmpty) {
        out += u'\n';
        appendBlock(out, value, indent + 2);
    } else {
        out += u' ' + scalar(value) + u'\n';
    }
}

void YamlWriter::appendBlock(QString &out, const QVariant &value, int indent)
{
    const QString pad(indent, u' ');
    if (VariantUtil::kind(value) == VariantUtil::Kind::Map) {
        const QVariantMap map = value.toMap();
        if (map.isEmpty()) {
            out += pad + QStringLiteral("{}\n");
            return;
        }
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            appendEntry(out, it.key(), it.value(), indent);
        return;
    }
    const QVariantList list = value.toList();
    if (list.isEmpty()) {
        out += pad + QStringLiteral("[]\n");
        return;
    }
    for (const QVariant &item : list) {
        const bool nonEmpty = (VariantUtil::kind(item) == VariantUtil::Kind::List && !item.toList().isEmpty())
            || (VariantUtil::kind(item) == VariantUtil::Kind::Map && !item.toMap().isEmpty());
        if (!nonEmpty) {
            out += pad + QStringLiteral("- ") + scalar(item) + u'\n';
            continue;
        }
        QString inner;
        appendBlock(inner, item, indent + 2);
        // The first line of the nested block goes after the dash.
        inner.replace(0, indent + 2, pad + QStringLiteral("- "));
        out += inner;
    }
}

} // namespace mc::inventory
