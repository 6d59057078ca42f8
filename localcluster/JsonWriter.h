#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace mc::localcluster {

// Appends compact JSON to a byte array. Used for the large Mesos documents
// (a 100,000-task state is built in well under a second this way) and for
// /files/read, whose "data" carries raw file bytes as Mesos 1.x does.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &key(const char *name);
    JsonWriter &key(const QString &name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text);
    // Mesos 1.x renders scalars as doubles: 4 becomes 4.0.
    JsonWriter &value(double number);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // The bytes as they are (need not be UTF-8); only '"', '\' and control
    // characters are escaped, exactly like Mesos 1.x /files/read.
    JsonWriter &rawBytes(const QByteArray &bytes);
    // A value already rendered as JSON.
    JsonWriter &rawJson(const QByteArray &json);

    template<typename T> JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    static void escapeInto(QByteArray &out, const char *data, qsizetype size);

private:
    void separate();
    // An object or array: `bracket` opens it, its first member needs no comma.
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);

    QByteArray &m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

} // namespace mc::localcluster
