#include "localcluster/JsonWriter.h"

#include <cmath>

namespace mc::localcluster {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    escapeInto(m_out, name, qsizetype(qstrlen(name)));
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    const QByteArray utf8 = name.toUtf8();
    m_out += '"';
    escapeInto(m_out, utf8.constData(), utf8.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    return rawBytes(text.toUtf8());
}

JsonWriter &JsonWriter::value(const char *text)
{
    separate();
    m_out += '"';
    escapeInto(m_out, text, qsizetype(qstrlen(text)));
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out += "0.0";
        return *this;
    }
    if (number == std::floor(number) && std::fabs(number) < 1e15) {
        m_out += QByteArray::number(qint64(number));
        m_out += ".0";
    } else {
        m_out += QByteArray::number(number, 'g', 15);
    }
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::rawBytes(const QByteArray &bytes)
{
    separate();
    m_out += '"';
    escapeInto(m_out, bytes.constData(), bytes.size());
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::rawJson(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}

void JsonWriter::escapeInto(QByteArray &out, const char *data, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    }
}

} // namespace mc::localcluster
