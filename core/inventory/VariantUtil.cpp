#include "core/inventory/VariantUtil.h"

#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace mc::inventory {

VariantUtil::Kind VariantUtil::kind(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return Kind::Null;
    case QMetaType::Bool:
        return Kind::Bool;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return Kind::Int;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Float;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return Kind::List;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return Kind::Map;
    default:
        return Kind::String;
    }
}

QVariant VariantUtil::normalized(const QVariant &value)
{
    if (value.typeId() == QMetaType::QJsonValue)
        return normalized(value.value<QJsonValue>().toVariant());
    switch (kind(value)) {
    case Kind::Null:
        return QVariant();
    case Kind::Bool:
        return QVariant(value.toBool());
    case Kind::Int:
        return QVariant(value.toLongLong());
    case Kind::Float:
        return QVariant(value.toDouble());
    case Kind::String:
        return QVariant(value.toString());
    case Kind::List: {
        QVariantList list;
        for (const QVariant &v : value.toList())
            list.append(normalized(v));
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        const QVariantMap in = value.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            map.insert(it.key(), normalized(it.value()));
        return map;
    }
    }
    return value;
}

QString VariantUtil::pythonFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0.0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, std::abs(value), std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    std::string digits = sci.substr(0, ePos);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int exponent = std::stoi(sci.substr(ePos + 1));
    const int decpt = exponent + 1;
    const int n = int(digits.size());
    std::string out = value < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
        out += digits.substr(0, 1);
        if (n > 1)
            out += "." + digits.substr(1);
        char e[16];
        std::snprintf(e, sizeof e, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += e;
    } else if (decpt <= 0) {
        out += "0." + std::string(size_t(-decpt), '0') + digits;
    } else if (decpt >= n) {
        out += digits + std::string(size_t(decpt - n), '0') + ".0";
    } else {
        out += digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
    }
    return QString::fromLatin1(out);
}

QString VariantUtil::keyText(const QVariant &key)
{
    switch (kind(key)) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Int:
        return QString::number(key.toLongLong());
    case Kind::Float:
        return pythonFloat(key.toDouble());
    default:
        return key.toString();
    }
}

void VariantUtil::appendJsonString(QByteArray &out, const QString &text)
{
    out.append('"');
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (u < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(u));
                out.append(esc);
            } else {
                out.append(QString(c).toUtf8());
            }
        }
    }
    out.append('"');
}

void VariantUtil::appendPythonJson(QByteArray &out, const QVariant &value, int indent)
{
    const QByteArray pad(qsizetype(indent) * 4, ' ');
    const QByteArray innerPad((qsizetype(indent) + 1) * 4, ' ');
    switch (kind(value)) {
    case Kind::Null:
        out.append("null");
        return;
    case Kind::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case Kind::Int:
        out.append(QByteArray::number(value.toLongLong()));
        return;
    case Kind::Float:
        out.append(pythonFloat(value.toDouble()).toLatin1());
        return;
    case Kind::String:
        appendJsonString(out, value.toString());
        return;
    case Kind::List: {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < list.size(); ++i) {
            out.append(innerPad);
            appendPythonJson(out, list.at(i), indent + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        out.append(pad);
        out.append(']');
        return;
    }
    case Kind::Map: {
        const QVariantMap map = value.toMap();
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        // QMap orders keys by UTF-16 code units, as Python sorts them by code
        // point (the same outside the astral planes).
        out.append("{\n");
        qsizetype i = 0;
        for (auto it = map.cbegin(); it != map.cend(); ++it, ++i) {
            out.append(innerPad);
            appendJsonString(out, it.key());
            out.append(": ");
            appendPythonJson(out, it.value(), indent + 1);
            out.append(i + 1 < map.size() ? ",\n" : "\n");
        }
        out.append(pad);
        out.append('}');
        return;
    }
    }
}

QByteArray VariantUtil::toPythonJson(const QVariant &value)
{
    QByteArray out;
    appendPythonJson(out, value, 0);
    return out;
}

QString VariantUtil::displayText(const QVariant &value)
{
    if (kind(value) == Kind::String)
        return value.toString();
    QByteArray out;
    // One line: compact JSON-like text.
    switch (kind(value)) {
    case Kind::List:
    case Kind::Map: {
        QByteArray pretty = toPythonJson(value);
        QString text = QString::fromUtf8(pretty);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text.simplified();
    }
    default:
        appendPythonJson(out, value, 0);
        return QString::fromUtf8(out);
    }
}

} // namespace mc::inventory
