#pragma once

#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace mc::test {

// Options for jsonShapeProblems().
struct JsonShapeOptions
{
    // Keys that may be missing from the actual document wherever they occur.
    QSet<QString> optional;
    // Keys whose object value is a map (arbitrary keys): only the value
    // types are compared, not the key set.
    QSet<QString> maps;
    // Keys whose value is only checked for its JSON type, not descended into.
    QSet<QString> opaque;
};

// Compares the *shape* of `actual` with a reference payload `expected`:
// same JSON types at the same places, every key of an expected object present
// (unless optional or null in the reference), nested the same way. Array elements are compared with the
// merged shape of all expected elements (a key present in only some expected
// elements is optional). Extra keys in `actual` are allowed; null in
// `expected` matches anything. Returns one line per mismatch, empty if none.
QStringList jsonShapeProblems(const QJsonValue &actual, const QJsonValue &expected,
                              const JsonShapeOptions &options = {});

} // namespace mc::test
