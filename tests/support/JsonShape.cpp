#include "tests/support/JsonShape.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mc::test {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

// Merges the shapes of several expected values into one reference. For
// objects, keys seen in only some elements are collected in `partial`.
struct Merged
{
    QJsonValue shape;
    QSet<QString> partial;
};

Merged mergeElements(const QJsonArray &elements)
{
    Merged m;
    if (elements.isEmpty())
        return m;
    bool allObjects = true;
    for (const QJsonValue &e : elements)
        allObjects = allObjects && e.isObject();
    if (!allObjects) {
        m.shape = elements.first();
        return m;
    }
    QJsonObject merged;
    QHash<QString, int> seen;
    for (const QJsonValue &e : elements) {
        const QJsonObject o = e.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            seen[it.key()] += 1;
            if (!merged.contains(it.key()) || merged.value(it.key()).isNull()
                || (it.value().isArray() && merged.value(it.key()).toArray().isEmpty()))
                merged.insert(it.key(), it.value());
        }
    }
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        if (it.value() < elements.size())
            m.partial.insert(it.key());
    }
    m.shape = merged;
    return m;
}

void compare(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
             const JsonShapeOptions &options, const QSet<QString> &partial, QStringList &problems,
             const QString &key)
{
    if (expected.isNull() || expected.isUndefined())
        return;
    if (actual.type() != expected.type()) {
        problems.append(
            QStringLiteral("%1: expected %2, got %3").arg(path, typeName(expected), typeName(actual)));
        return;
    }
    if (options.opaque.contains(key))
        return;
    if (expected.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        if (options.maps.contains(key)) {
            if (e.isEmpty())
                return;
            const QJsonValue valueShape = e.begin().value();
            for (auto it = a.constBegin(); it != a.constEnd(); ++it)
                compare(it.value(), valueShape, path + QLatin1Char('.') + it.key(), options, {}, problems,
                        it.key());
            return;
        }
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key())) {
                // An explicit null in the reference marks a field that may be absent.
                if (!it.value().isNull() && !options.optional.contains(it.key())
                    && !partial.contains(it.key()))
                    problems.append(QStringLiteral("%1: missing").arg(childPath));
                continue;
            }
            compare(a.value(it.key()), it.value(), childPath, options, {}, problems, it.key());
        }
        return;
    }
    if (expected.isArray()) {
        const Merged m = mergeElements(expected.toArray());
        if (m.shape.isUndefined() || m.shape.isNull())
            return;
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            compare(a[i], m.shape, QStringLiteral("%1[%2]").arg(path).arg(i), options, m.partial, problems,
                    key);
    }
}

} // namespace

QStringList jsonShapeProblems(const QJsonValue &actual, const QJsonValue &expected,
                              const JsonShapeOptions &options)
{
    QStringList problems;
    compare(actual, expected, QStringLiteral("$"), options, {}, problems, {});
    return problems;
}

} // namespace mc::test
